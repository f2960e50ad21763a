//! A banner that says plainly when notes cannot be kept as usual.

use leptos::prelude::*;

use super::static_dom::{button, el};
use crate::browser::download;
use crate::i18n::{keys, text, text_with, Lang};
use crate::notes::StorageNotice;

/// The file name of a download of unreadable stored notes.
const UNREADABLE_FILE: &str = "devops-workshop-unreadable-notes.txt";

/// Shows the storage notice, if there is one. When stored notes could not be read, it offers
/// to download them exactly as they are.
#[component]
pub fn StorageBanner(notice: Option<StorageNotice>, lang: Signal<Lang>) -> impl IntoView {
    notice.map(|notice| {
        // The technical reason is for whoever debugs, in English; the banner speaks the user's language.
        let raw = match &notice {
            StorageNotice::UnreadableKept { reason, raw, .. }
            | StorageNotice::UnreadableProtected { reason, raw } => {
                leptos::logging::warn!("stored notes could not be read: {reason}");
                Some(raw.clone())
            }
            StorageNotice::Unavailable => None,
        };
        // Redrawn only if the language changes.
        move || {
            let lang = lang.get();
            let message = match &notice {
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
            el("div")
                .class("storage-banner")
                .attr("role", "alert")
                .child(el("span").class("storage-banner__message").text(message))
                .maybe(download_button)
        }
    })
}
