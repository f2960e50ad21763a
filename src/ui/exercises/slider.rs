//! A value on a scale, on a large native slider: where the team stands on a "van … naar" shift
//! (0, fully "from", to 10, fully "to"), or a rate in percent. It starts unset, and an unset
//! slider says so in words; a button unsets it again.

use leptos::prelude::*;

use crate::exercises::report::shown_value;
use crate::i18n::{keys, text};
use crate::ui::context::{use_lang, use_notes};

/// The slider of field `id`, from 0 to `max` in steps of `step`, named `label`; `clear_label`
/// names its button that unsets it.
#[component]
pub fn Slider(
    id: &'static str,
    label: String,
    clear_label: String,
    max: u8,
    step: u8,
) -> impl IntoView {
    let notes = use_notes();
    let lang = use_lang().get_untracked();
    let value = move || notes.result(id);
    let shown = move || shown_value(id, &value(), lang);
    view! {
        <div class="slider">
            <input
                type="range"
                min="0"
                max=max.to_string()
                step=step.to_string()
                aria-label=label
                class="slider__range"
                class:slider__range--unset=move || value().is_empty()
                // Unset, the thumb waits in the middle; the words say it is not set.
                prop:value=move || {
                    let value = value();
                    if value.is_empty() { (max / 2).to_string() } else { value }
                }
                aria-valuetext=shown
                on:input=move |event| {
                    let _ = notes.enter(id, &event_target_value(&event));
                }
            />
            <span class="slider__value" aria-hidden="true">
                {shown}
            </span>
            <button
                type="button"
                class="quiet-button slider__clear"
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
