//! The export and import dialog.

use leptos::html::Dialog;
use leptos::prelude::*;

use super::export_panel::ExportPanel;
use super::import_panel::ImportPanel;
use super::notes_context::NotesContext;
use super::session_summary::SessionSummary;
use crate::browser::dialog;
use crate::i18n::{keys, text, Lang};

/// Export of the open session and import of a backup, in one dialog.
#[component]
pub fn TransferDialog(
    dialog_ref: NodeRef<Dialog>,
    notes: NotesContext,
    lang: Signal<Lang>,
    export_lang: Signal<Lang>,
    choose_lang: WriteSignal<Option<Lang>>,
    /// Every session, as listed.
    summaries: Memo<Vec<SessionSummary>>,
) -> impl IntoView {
    let close = move |_| {
        if let Some(element) = dialog_ref.get() {
            dialog::close(&element);
        }
    };
    view! {
        <dialog node_ref=dialog_ref class="panel-dialog" aria-labelledby="transfer-dialog-title">
            <div class="panel-dialog__header">
                <h2 id="transfer-dialog-title" class="panel-dialog__title">{move || text(lang.get(), keys::notes::transfer::DIALOG_TITLE)}</h2>
                <button type="button" class="action-button" on:click=close>{move || text(lang.get(), keys::notes::session::CLOSE)}</button>
            </div>
            <ExportPanel notes=notes lang=lang export_lang=export_lang choose_lang=choose_lang dialog_ref=dialog_ref />
            <ImportPanel notes=notes lang=lang summaries=summaries />
        </dialog>
    }
}
