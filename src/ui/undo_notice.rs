//! "Session deleted. Undo": shown after a delete until it is undone or replaced.

use crate::reactive::With;

use super::dom_tree::{button, el, El};
use super::notes_context::NotesContext;
use crate::i18n::{keys, text, text_with, Lang};
use crate::notes::export_markdown::session_label;

/// The undo offer for the session deleted last, if any; `floating` shows it as a toast over
/// the page rather than inside a dialog. Tracks the deleted session.
pub fn undo_notice(notes: NotesContext, lang: Lang, floating: bool) -> Option<El> {
    let class = if floating {
        "undo-notice undo-notice--floating"
    } else {
        "undo-notice"
    };
    notes.last_deleted.with(|deleted| {
        let label = session_label(&deleted.as_ref()?.session, lang);
        Some(
            el("div")
                .class(class)
                .attr("role", "status")
                .child(el("span").text(text_with(
                    lang,
                    keys::notes::session::DELETED,
                    &[("session", &label)],
                )))
                .child(
                    button(
                        "action-button action-button--primary",
                        text(lang, keys::notes::session::UNDO),
                    )
                    .on("click", move |_| notes.undo_delete()),
                ),
        )
    })
}
