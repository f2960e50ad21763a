//! A banner that says plainly when notes cannot be kept as usual.

use crate::reactive::*;

use super::dom_tree::{button, el, El};
use crate::browser::download;
use crate::i18n::{keys, text, text_with, Lang};
use crate::notes::StorageNotice;

/// The file name of a download of unreadable stored notes.
const UNREADABLE_FILE: &str = "devops-workshop-unreadable-notes.txt";

/// Shows the storage notice, if there is one; redrawn only if the language changes. When stored
/// notes could not be read, it offers to download them exactly as they are.
pub fn storage_banner(
    notice: Option<StorageNotice>,
    lang: Memo<Lang>,
) -> impl FnMut() -> Option<El> {
    // The technical reason is for whoever debugs, in English; the banner speaks the user's language.
    let raw = match &notice {
        Some(
            StorageNotice::UnreadableKept { reason, raw, .. }
            | StorageNotice::UnreadableProtected { reason, raw },
        ) => {
            leptos_dom::warn!("stored notes could not be read: {reason}");
            Some(raw.clone())
        }
        _ => None,
    };
    move || {
        let lang = lang.get();
        let message = match notice.as_ref()? {
            StorageNotice::Unavailable => text(lang, keys::app::BANNER_UNAVAILABLE).to_string(),
            StorageNotice::UnreadableKept { key, .. } => {
                text_with(lang, keys::app::BANNER_UNREADABLE, &[("key", key)])
            }
            StorageNotice::UnreadableProtected { .. } => {
                text(lang, keys::app::BANNER_PROTECTING).to_string()
            }
        };
        let download_button = raw.clone().map(|raw| {
            button(
                "storage-banner__action",
                text(lang, keys::notes::banner::EXPORT_UNREADABLE),
            )
            .on("click", move |_| {
                let _ = download::download_text(UNREADABLE_FILE, "text/plain", &raw);
            })
        });
        Some(
            el("div")
                .class("storage-banner")
                .attr("role", "alert")
                .child(el("span").class("storage-banner__message").text(message))
                .maybe(download_button),
        )
    }
}
