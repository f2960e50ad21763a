//! "Export now": when a note could not be saved, one click keeps a copy outside the browser.

use crate::reactive::*;

use super::dom_tree::{button, el, El};
use super::notes_context::NotesContext;
use crate::browser::{clock, download};
use crate::i18n::{keys, text, text_with, Lang};
use crate::notes::export_json::{export_file_name, session_json};

/// Downloads the open session as a JSON backup, and says whether that worked.
pub fn export_now(notes: NotesContext, lang: Lang) -> Vec<El> {
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
    vec![
        button(
            "action-button action-button--primary export-now",
            text(lang, keys::notes::status::EXPORT_NOW),
        )
        .on("click", export),
        el("span")
            .class("export-now__outcome")
            .attr("role", "status")
            .live_text(move || outcome.get().unwrap_or_default()),
    ]
}
