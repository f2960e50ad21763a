//! The blacked-out projector, with a visible way back.

use crate::reactive::*;

use super::state::Controls;
use crate::i18n::{keys, text, Lang};
use crate::ui::dom_tree::{button, el, El};

/// Covers the screen in black while `controls.blackout` is on.
pub fn blackout(controls: Controls, lang: Memo<Lang>) -> impl FnMut() -> Option<El> {
    move || {
        controls.blackout.get().then(|| {
            let lang = lang.get();
            el("div")
                .class("blackout")
                .attr("role", "region")
                .attr("aria-label", text(lang, keys::controls::BLACKOUT_ACTIVE))
                .child(
                    button(
                        "blackout__resume",
                        text(lang, keys::controls::BLACKOUT_RESUME),
                    )
                    .on("click", move |_| controls.set_blackout(false)),
                )
        })
    }
}
