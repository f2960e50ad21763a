//! The blacked-out projector, with a visible way back.

use leptos::prelude::*;

use crate::i18n::{keys, text};
use crate::ui::action_button::TextButton;
use crate::ui::context::{use_controls, use_lang};

/// Covers the screen in black while the controls' blackout is on.
#[component]
pub fn Blackout() -> impl IntoView {
    let controls = use_controls();
    let lang = use_lang();
    move || {
        controls.blackout.get().then(|| {
            let lang = lang.get();
            view! {
                <div
                    class="blackout"
                    role="region"
                    aria-label=text(lang, keys::controls::BLACKOUT_ACTIVE)
                >
                    <TextButton
                        label=text(lang, keys::controls::BLACKOUT_RESUME)
                        class="blackout__resume"
                        on_click=move |_| controls.set_blackout(false)
                    />
                </div>
            }
        })
    }
}
