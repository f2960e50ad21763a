//! "Van … naar": where the team stands today on a shift, on a native slider from 0 (fully
//! "from") to 10 (fully "to"). It starts unset, and an unset slider reads "not rated".

use crate::reactive::*;

use crate::exercises::fields::SHIFT_FIELDS;
use crate::exercises::report::shown_value;
use crate::i18n::{keys, text, text_with, Lang};
use crate::ui::dom_tree::{button, el, El};
use crate::ui::NotesContext;

/// The slider of shift `n` (1 to 5), between the labels `from` and `to`.
pub fn shift_slider(notes: NotesContext, lang: Lang, n: usize, from: &str, to: &str) -> El {
    let id = SHIFT_FIELDS[(n - 1) % SHIFT_FIELDS.len()];
    let value = move || notes.result(id);
    let shown = move || shown_value("shifts/1", &value(), lang);
    let label = text_with(
        lang,
        keys::exercises::shifts::LABEL,
        &[("from", from), ("to", to)],
    );
    el("div")
        .class("shift-slider")
        .child(
            el("input")
                .attr("type", "range")
                .attr("min", "0")
                .attr("max", "10")
                .attr("step", "1")
                .attr("aria-label", label)
                .class("shift-slider__range")
                .live_class("shift-slider__range--unset", move || value().is_empty())
                // Unset, the thumb waits in the middle; the words say it is not rated.
                .live_value(move || {
                    let value = value();
                    if value.is_empty() {
                        "5".into()
                    } else {
                        value
                    }
                })
                .live_attr("aria-valuetext", shown)
                .on("input", move |event| {
                    let _ = notes.enter(id, &event_target_value(&event));
                }),
        )
        .child(
            el("span")
                .class("shift-slider__value")
                .attr("aria-hidden", "true")
                .live_text(shown),
        )
        .child(
            button(
                "quiet-button shift-slider__clear",
                text(lang, keys::exercises::shifts::CLEAR),
            )
            .attr(
                "aria-label",
                text_with(
                    lang,
                    keys::exercises::shifts::CLEAR_LABEL,
                    &[("from", from), ("to", to)],
                ),
            )
            .live_flag("disabled", move || value().is_empty())
            .on("click", move |_| {
                let _ = notes.enter(id, "");
            }),
        )
}
