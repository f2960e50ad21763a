//! A banner that says plainly when notes cannot be kept as usual.

use leptos::prelude::*;

use crate::i18n::{keys, text, text_with, Lang};
use crate::notes::StorageNotice;

/// Shows the storage notice, if there is one.
#[component]
pub fn StorageBanner(notice: Option<StorageNotice>, lang: Signal<Lang>) -> impl IntoView {
    notice.map(|notice| {
        // The technical reason is for whoever debugs, in English; the banner speaks the user's language.
        if let StorageNotice::UnreadableKept { reason, .. }
        | StorageNotice::UnreadableProtected { reason } = &notice
        {
            leptos::logging::warn!("stored notes could not be read: {reason}");
        }
        let message = move || {
            let lang = lang.get();
            match &notice {
                StorageNotice::Unavailable => text(lang, keys::app::BANNER_UNAVAILABLE).to_string(),
                StorageNotice::UnreadableKept { key, .. } => {
                    text_with(lang, keys::app::BANNER_UNREADABLE, &[("key", key)])
                }
                StorageNotice::UnreadableProtected { .. } => {
                    text(lang, keys::app::BANNER_PROTECTING).to_string()
                }
            }
        };
        view! { <div class="storage-banner" role="alert">{message}</div> }
    })
}
