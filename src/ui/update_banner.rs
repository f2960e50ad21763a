//! "A new version is available": offered when a new deploy has been installed in the background.

use crate::reactive::*;

use super::dom_tree::{button, el, El};
use crate::browser::service_worker::{self, WaitingVersion};
use crate::i18n::{keys, text, Lang};

/// Registers the service worker (this component is mounted once) and, when a new version is
/// installed and waiting, offers to reload into it. Nothing changes until the user agrees, so a
/// session is never swapped mid-sentence; a plain reload while online also gets the new version.
pub fn update_banner(lang: Memo<Lang>) -> El {
    let waiting = StoredValue::new_local(None::<WaitingVersion>);
    let ready = RwSignal::new(false);
    service_worker::register(move |worker| {
        waiting.set_value(Some(worker));
        ready.set(true);
    });
    let offer = move || {
        let lang = lang.get();
        if !ready.get() {
            return Vec::new();
        }
        vec![
            el("span")
                .class("update-banner__text")
                .text(text(lang, keys::offline::UPDATE_READY)),
            button("update-banner__reload", text(lang, keys::offline::RELOAD)).on(
                "click",
                move |_| {
                    waiting.with_value(|version| {
                        version.as_ref().map(WaitingVersion::activate_and_reload)
                    });
                },
            ),
        ]
    };
    // The live region is always in the page so that screen readers announce its new text.
    el("div")
        .class("update-banner")
        .attr("role", "status")
        .live_class("update-banner--shown", move || ready.get())
        .live_run(offer)
}
