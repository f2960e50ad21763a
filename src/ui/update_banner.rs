//! "A new version is available": offered when a new deploy has been installed in the background.

use leptos::prelude::*;

use super::context::use_lang;
use crate::browser::schedule;
use crate::browser::service_worker::{self, WaitingVersion};
use crate::i18n::{keys, text};
use crate::ui::action_button::TextButton;

/// Registers the service worker, once the first screen is shown (it does not need it), and,
/// when a new version is installed and waiting, offers to reload into it. Nothing changes until
/// the user agrees, so a session is never swapped mid-sentence; a plain reload while online
/// also gets the new version. Mounted once.
#[component]
pub fn UpdateBanner() -> impl IntoView {
    let lang = use_lang();
    let waiting = StoredValue::new_local(None::<WaitingVersion>);
    let ready = RwSignal::new(false);
    // `trunk serve` has no `sw.js`.
    if !cfg!(debug_assertions) {
        schedule::after_first_paint(move || {
            leptos::task::spawn_local(service_worker::register(move |worker| {
                waiting.set_value(Some(worker));
                ready.set(true);
            }));
        });
    }
    let offer = move || {
        ready.get().then(|| {
            let lang = lang.get();
            view! {
                <span class="update-banner__text">{text(lang, keys::offline::UPDATE_READY)}</span>
                <TextButton
                    label=text(lang, keys::offline::RELOAD)
                    class="update-banner__reload"
                    on_click=move |_| {
                        waiting.with_value(|version| {
                            version.as_ref().map(WaitingVersion::activate_and_reload)
                        });
                    }
                />
            }
        })
    };
    // The live region is always in the page so that screen readers announce its new text.
    view! {
        <div class="update-banner" role="status" class:update-banner--shown=move || ready.get()>
            {offer}
        </div>
    }
}
