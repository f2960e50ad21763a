//! "Dev or Ops?": the show of hands on the quote, entered as four counts and shown as bars.

use leptos::prelude::*;

use super::field::{Control, Field};
use crate::exercises::fields::HAND_FIELDS;
use crate::exercises::report::HAND_NAMES;
use crate::exercises::results::number;
use crate::exercises::Results;
use crate::i18n::{keys, text, text_with, Lang};
use crate::ui::context::{use_lang, use_notes};

/// The four counts, each with its bar.
#[component]
pub fn Hands() -> impl IntoView {
    let notes = use_notes();
    let lang = use_lang().get_untracked();
    let fields = HAND_FIELDS
        .iter()
        .zip(HAND_NAMES)
        .map(|(id, name)| {
            let label = text_with(
                lang,
                keys::exercises::hands::COUNT_LABEL,
                &[("answer", text(lang, name))],
            );
            view! { <Field id=*id label control=Control::Number /> }
        })
        .collect_view();
    view! {
        <section class="exercise hands" aria-labelledby="hands-heading">
            <h2 id="hands-heading" class="exercise__heading">
                {text(lang, keys::exercises::hands::HEADING)}
            </h2>
            <div class="hands__fields">{fields}</div>
            {move || view! { <Bars counts=notes.results.with(counts_of) lang /> }}
        </section>
    }
}

/// The counts of the four answers, in the order of [`HAND_FIELDS`].
pub fn counts_of(results: &Results) -> [Option<u16>; 4] {
    HAND_FIELDS.map(|id| number(results, id))
}

/// The show of hands as bars: one per answer, as long as its share of the largest count,
/// with the count written after it. A list, so that a screen reader reads each count.
#[component]
pub fn Bars(counts: [Option<u16>; 4], lang: Lang) -> impl IntoView {
    let largest = counts.iter().flatten().copied().max().unwrap_or(0).max(1);
    let rows = counts
        .iter()
        .zip(HAND_NAMES)
        .map(|(count, name)| {
            let count = count.unwrap_or(0);
            let share = format!("{}%", u32::from(count) * 100 / u32::from(largest));
            view! {
                <li class="bars__row">
                    <span class="bars__label">{text(lang, name)}</span>
                    <span class="bars__track" aria-hidden="true">
                        <span class="bars__bar" style:inline-size=share></span>
                    </span>
                    <span class="bars__count">{count.to_string()}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <ul class="bars" aria-label=text(lang, keys::exercises::hands::CHART)>
            {rows}
        </ul>
    }
}
