//! "Export now": when a note could not be saved, one click keeps a copy outside the browser.

use leptos::prelude::*;

use super::context::{use_lang, use_notes};
use crate::browser::{clock, download};
use crate::i18n::{keys, text, text_with};
use crate::notes::export_json::{export_file_name, session_json};
use crate::ui::action_button::TextButton;

/// Downloads the open session as a JSON backup, and says whether that worked.
#[component]
pub fn ExportNow() -> impl IntoView {
    let notes = use_notes();
    let lang = use_lang().get_untracked();
    let outcome = RwSignal::new(None::<String>);
    let export = move |_| {
        let Some(session) = notes.store.with_untracked(|s| s.current().cloned()) else {
            return;
        };
        let file = export_file_name(&session, "json");
        let json = session_json(&session, &clock::now_iso());
        outcome.set(Some(
            match download::download_text(&file, "application/json", &json) {
                Ok(()) => text_with(lang, keys::notes::transfer::DOWNLOADED, &[("file", &file)]),
                Err(_) => text(lang, keys::notes::transfer::DOWNLOAD_FAILED).to_string(),
            },
        ));
    };
    view! {
        <TextButton
            label=text(lang, keys::notes::status::EXPORT_NOW)
            class="action-button action-button--primary export-now"
            on_click=export
        />
        <span class="export-now__outcome" role="status">
            {move || outcome.get().unwrap_or_default()}
        </span>
    }
}
