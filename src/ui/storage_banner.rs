//! A banner that says plainly when notes cannot be kept as usual.

use leptos::prelude::*;

use super::context::use_lang;
use crate::app::StoredNotice;
use crate::browser::download;
use crate::i18n::{keys, text, text_with};
use crate::notes::StorageNotice;
use crate::ui::action_button::TextButton;

/// The file name of a download of unreadable stored notes.
const UNREADABLE_FILE: &str = "devops-workshop-unreadable-notes.txt";

/// Shows the storage notice, if there is one; redrawn only if the language changes. When stored
/// notes could not be read, it offers to download them exactly as they are.
#[component]
pub fn StorageBanner(notice: Option<StoredNotice>) -> impl IntoView {
    let lang = use_lang();
    let notice = notice.map(|StoredNotice(notice)| notice);
    // The technical reason is for whoever debugs, in English; the banner speaks the user's language.
    let raw = match &notice {
        Some(
            StorageNotice::UnreadableKept { reason, raw, .. }
            | StorageNotice::UnreadableProtected { reason, raw },
        ) => {
            leptos::logging::warn!("stored notes could not be read: {reason}");
            Some(raw.clone())
        }
        _ => None,
    };
    move || {
        let lang = lang.get();
        let message = Some(match notice.as_ref()? {
            StorageNotice::Unavailable => text(lang, keys::app::BANNER_UNAVAILABLE).to_string(),
            StorageNotice::UnreadableKept { key, .. } => {
                text_with(lang, keys::app::BANNER_UNREADABLE, &[("key", key)])
            }
            StorageNotice::UnreadableProtected { .. } => {
                text(lang, keys::app::BANNER_PROTECTING).to_string()
            }
        })?;
        let download_button = raw.clone().map(|raw| {
            view! {
                <TextButton
                    label=text(lang, keys::notes::banner::EXPORT_UNREADABLE)
                    class="storage-banner__action"
                    on_click=move |_| {
                        let _ = download::download_text(UNREADABLE_FILE, "text/plain", &raw);
                    }
                />
            }
        });
        Some(view! {
            <div class="storage-banner" role="alert">
                <span class="storage-banner__message">{message}</span>
                {download_button}
            </div>
        })
    }
}
