//! The blacked-out projector, with a visible way back.

use leptos::prelude::*;

use super::state::Controls;
use crate::i18n::{keys, text, Lang};

/// Covers the screen in black while `controls.blackout` is on.
#[component]
pub fn Blackout(controls: Controls, lang: Signal<Lang>) -> impl IntoView {
    move || {
        controls.blackout.get().then(|| {
            let lang = lang.get();
            view! {
                <div class="blackout" role="region" aria-label=text(lang, keys::controls::BLACKOUT_ACTIVE)>
                    <button type="button" class="blackout__resume" on:click=move |_| controls.set_blackout(false)>
                        {text(lang, keys::controls::BLACKOUT_RESUME)}
                    </button>
                </div>
            }
        })
    }
}
