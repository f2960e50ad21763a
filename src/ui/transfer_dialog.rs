//! The export and import dialog.

use crate::reactive::*;

use super::dom_tree::{El, ElementRef};
use super::export_panel::{export_panel, ExportChoices};
use super::import_panel::import_panel;
use super::notes_context::NotesContext;
use super::panel_dialog::panel_dialog;
use super::session_summary::SessionSummary;
use crate::i18n::{keys, Lang};

/// Export of the open session and import of a backup, in one dialog.
pub fn transfer_dialog(
    dialog_ref: ElementRef,
    open: RwSignal<bool>,
    notes: NotesContext,
    lang: Memo<Lang>,
    export: ExportChoices,
    // Every session, as listed.
    summaries: Memo<Vec<SessionSummary>>,
) -> El {
    panel_dialog(
        dialog_ref,
        open,
        "transfer-dialog-title",
        lang,
        keys::notes::transfer::DIALOG_TITLE,
    )
    .child(export_panel(notes, lang, export, dialog_ref))
    .child(import_panel(notes, lang, summaries))
}
