//! "Dev or Ops?": the show of hands on the quote, entered as four counts and shown as bars.

use super::field::{field, Control};
use crate::exercises::fields::HAND_FIELDS;
use crate::exercises::report::HAND_NAMES;
use crate::exercises::results::number;
use crate::exercises::Results;
use crate::i18n::{keys, text, text_with, Lang};
use crate::ui::dom_tree::{el, El};
use crate::ui::NotesContext;

/// The four counts, each with its bar.
pub fn hands(notes: NotesContext, lang: Lang) -> El {
    el("section")
        .class("exercise hands")
        .attr("aria-labelledby", "hands-heading")
        .child(
            el("h2")
                .attr("id", "hands-heading")
                .class("exercise__heading")
                .text(text(lang, keys::exercises::hands::HEADING)),
        )
        .child(
            el("div")
                .class("hands__fields")
                .children(HAND_FIELDS.iter().zip(HAND_NAMES).map(|(id, name)| {
                    let label = text_with(
                        lang,
                        keys::exercises::hands::COUNT_LABEL,
                        &[("answer", text(lang, name))],
                    );
                    field(notes, lang, id, &label, Control::Number)
                })),
        )
        .live_view(notes.results, move |results| {
            vec![bars(&counts_of(results), lang)]
        })
}

/// The counts of the four answers, in the order of [`HAND_FIELDS`].
pub fn counts_of(results: &Results) -> [Option<u16>; 4] {
    HAND_FIELDS.map(|id| number(results, id))
}

/// The show of hands as bars: one per answer, as long as its share of the largest count,
/// with the count written after it. A list, so that a screen reader reads each count.
pub fn bars(counts: &[Option<u16>; 4], lang: Lang) -> El {
    let largest = counts.iter().flatten().copied().max().unwrap_or(0).max(1);
    el("ul")
        .class("bars")
        .attr("aria-label", text(lang, keys::exercises::hands::CHART))
        .children(counts.iter().zip(HAND_NAMES).map(|(count, name)| {
            let count = count.unwrap_or(0);
            el("li")
                .class("bars__row")
                .child(el("span").class("bars__label").text(text(lang, name)))
                .child(
                    el("span")
                        .class("bars__track")
                        .attr("aria-hidden", "true")
                        .child(el("span").class("bars__bar").style(
                            "inline-size",
                            format!("{}%", u32::from(count) * 100 / u32::from(largest)),
                        )),
                )
                .child(el("span").class("bars__count").text(count.to_string()))
        }))
}
