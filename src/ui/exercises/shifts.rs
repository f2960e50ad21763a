//! "Van … naar": where the team stands today on a shift, on a native slider from 0 (fully
//! "from") to 10 (fully "to"). It starts unset, and an unset slider reads "not rated".

use leptos::prelude::*;

use crate::exercises::fields::SHIFT_FIELDS;
use crate::exercises::report::shown_value;
use crate::i18n::{keys, text, text_with};
use crate::ui::context::{use_lang, use_notes};

/// The slider of shift `n` (1 to 5), between the labels `from` and `to`.
#[component]
pub fn ShiftSlider(n: usize, from: &'static str, to: &'static str) -> impl IntoView {
    let notes = use_notes();
    let lang = use_lang().get_untracked();
    let id = SHIFT_FIELDS[(n - 1) % SHIFT_FIELDS.len()];
    let value = move || notes.result(id);
    let shown = move || shown_value("shifts/1", &value(), lang);
    let label = text_with(
        lang,
        keys::exercises::shifts::LABEL,
        &[("from", from), ("to", to)],
    );
    let clear_label = text_with(
        lang,
        keys::exercises::shifts::CLEAR_LABEL,
        &[("from", from), ("to", to)],
    );
    view! {
        <div class="shift-slider">
            <input
                type="range"
                min="0"
                max="10"
                step="1"
                aria-label=label
                class="shift-slider__range"
                class:shift-slider__range--unset=move || value().is_empty()
                // Unset, the thumb waits in the middle; the words say it is not rated.
                prop:value=move || {
                    let value = value();
                    if value.is_empty() { "5".to_string() } else { value }
                }
                aria-valuetext=shown
                on:input=move |event| {
                    let _ = notes.enter(id, &event_target_value(&event));
                }
            />
            <span class="shift-slider__value" aria-hidden="true">
                {shown}
            </span>
            <button
                type="button"
                class="quiet-button shift-slider__clear"
                aria-label=clear_label
                disabled=move || value().is_empty()
                on:click=move |_| {
                    let _ = notes.enter(id, "");
                }
            >
                {text(lang, keys::exercises::shifts::CLEAR)}
            </button>
        </div>
    }
}
