//! The export and import dialog.

use leptos::prelude::*;

use super::export_panel::{ExportChoices, ExportPanel};
use super::import_panel::ImportPanel;
use super::panel_dialog::PanelDialog;
use super::session_summary::SessionSummary;
use crate::i18n::keys;

/// Export of the open session and import of a backup, in one dialog. `summaries` lists every
/// session, to choose which one an import replaces.
#[component]
pub fn TransferDialog(
    open: RwSignal<bool>,
    export: ExportChoices,
    summaries: Memo<Vec<SessionSummary>>,
) -> impl IntoView {
    view! {
        <PanelDialog
            open
            title_id="transfer-dialog-title"
            title=keys::notes::transfer::DIALOG_TITLE
        >
            <ExportPanel export />
            <ImportPanel summaries />
        </PanelDialog>
    }
}
