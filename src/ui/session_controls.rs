//! Workshop sessions in the top bar: the open session, always visible, and the way to manage
//! sessions and to export or import them.

use leptos::html::Dialog;
use leptos::prelude::*;

use super::notes_context::NotesContext;
use super::print_handout::PrintHandout;
use super::session_summary::SessionSummary;
use super::sessions_dialog::SessionsDialog;
use super::transfer_dialog::TransferDialog;
use super::undo_notice::undo_notice;
use crate::browser::dialog;
use crate::i18n::{keys, text, text_with, Lang};

/// The current session, always visible in the top bar, and the way to manage sessions.
#[component]
pub fn SessionControls(notes: NotesContext, lang: Signal<Lang>) -> impl IntoView {
    let sessions_ref = NodeRef::<Dialog>::new();
    let transfer_ref = NodeRef::<Dialog>::new();
    let sessions_open = RwSignal::new(false);
    let chosen_lang = RwSignal::new(None::<Lang>);
    // The export speaks the language chosen for it, else the session's, else the page's.
    let export_lang = Signal::derive(move || {
        chosen_lang.get().unwrap_or_else(|| {
            notes
                .store
                .with(|s| s.current().and_then(|s| Lang::from_code(&s.lang)))
                .unwrap_or_else(|| lang.get())
        })
    });
    // Every session as the dialogs list them, computed once for the pill and both dialogs.
    let summaries = Memo::new(move |_| {
        let lang = lang.get();
        notes.store.with(|store| {
            let current = store.current_id();
            store
                .sessions
                .iter()
                .map(|s| SessionSummary::of(s, lang, current == Some(s.id.as_str())))
                .collect::<Vec<_>>()
        })
    });
    let summary =
        Memo::new(move |_| summaries.with(|all| all.iter().find(|s| s.is_current).cloned()));
    let open_sessions = move |_| {
        if let Some(element) = sessions_ref.get() {
            sessions_open.set(true);
            dialog::open_modal(&element);
        }
    };
    let open_transfer = move |_| {
        if let Some(element) = transfer_ref.get() {
            dialog::open_modal(&element);
        }
    };
    view! {
        <div class="session-controls">
            <button
                type="button"
                class="session-pill"
                aria-haspopup="dialog"
                title=move || {
                    let label = summary.with(|s| s.as_ref().map(|s| s.label.clone()).unwrap_or_default());
                    text_with(lang.get(), keys::notes::session::BUTTON_LABEL, &[("session", &label)])
                }
                on:click=open_sessions
            >
                <span class="session-pill__kicker">{move || text(lang.get(), keys::notes::session::KICKER)}</span>
                <span class="session-pill__name">{move || summary.with(|s| s.as_ref().map(|s| s.label.clone()))}</span>
                <span class="session-pill__meta">{move || summary.with(|s| s.as_ref().map(|s| s.meta.clone()))}</span>
            </button>
            <button type="button" class="topbar-action" aria-haspopup="dialog" on:click=open_transfer>
                {move || text(lang.get(), keys::notes::transfer::OPEN)}
            </button>
        </div>
        <SessionsDialog dialog_ref=sessions_ref open=sessions_open notes=notes lang=lang summaries=summaries />
        <TransferDialog
            dialog_ref=transfer_ref
            notes=notes
            lang=lang
            export_lang=export_lang
            choose_lang=chosen_lang.write_only()
            summaries=summaries
        />
        {move || (!sessions_open.get()).then(|| undo_notice(notes, lang.get(), true)).flatten()}
        <PrintHandout notes=notes lang=export_lang />
    }
}
