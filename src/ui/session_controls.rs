//! Workshop sessions in the top bar: the open session, always visible, and the way to manage
//! sessions and to export or import them.

use leptos::prelude::*;

use super::context::{use_lang, use_notes, words};
use super::export_panel::ExportChoices;
use super::print_handout::use_printing;
use super::session_summary::SessionSummary;
use super::sessions_dialog::SessionsDialog;
use super::transfer_dialog::TransferDialog;
use super::undo_notice::UndoNotice;
use crate::browser::locale_bundle;
use crate::i18n::bundle::Part;
use crate::i18n::{keys, text_with, Lang};

/// The current session, always visible in the top bar, and the way to manage sessions.
#[component]
pub fn SessionControls() -> impl IntoView {
    let notes = use_notes();
    let lang = use_lang();
    let sessions_open = RwSignal::new(false);
    let transfer_open = RwSignal::new(false);
    let chosen_lang = RwSignal::new(None::<Lang>);
    // The export speaks the language chosen for it, else the session's, else the page's.
    let export_lang = Memo::new(move |_| {
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
    // A part of the open session's summary (the memo above already keeps it from being
    // redrawn when nothing changed).
    let current = move |part: fn(&SessionSummary) -> String| {
        summaries.with(|all| {
            all.iter()
                .find(|s| s.is_current)
                .map(part)
                .unwrap_or_default()
        })
    };
    let printing = use_printing(export_lang);
    // The texts of the export's language, fetched when it is chosen, not when it is used.
    Effect::new(move |_| locale_bundle::ensure_then(export_lang.get(), Part::Stage, |_| {}));
    let pill_title = move || {
        let label = current(|s| s.label.clone());
        text_with(
            lang.get(),
            keys::notes::session::BUTTON_LABEL,
            &[("session", &label)],
        )
    };
    let export = ExportChoices {
        lang: export_lang,
        choose_lang: chosen_lang,
        printing,
    };
    view! {
        <div class="session-controls">
            <button
                type="button"
                class="session-pill"
                aria-haspopup="dialog"
                title=pill_title
                on:click=opens(sessions_open)
            >
                <span class="session-pill__kicker">{words(keys::notes::session::KICKER)}</span>
                <span class="session-pill__name">{move || current(|s| s.label.clone())}</span>
                <span class="session-pill__meta">{move || current(|s| s.meta.clone())}</span>
            </button>
            <button
                type="button"
                class="topbar-action"
                aria-haspopup="dialog"
                on:click=opens(transfer_open)
            >
                {words(keys::notes::transfer::OPEN)}
            </button>
        </div>
        // Each dialog is built when it opens (nothing sets it open again while it is: it is
        // modal), and taken out of the page when it closes.
        {move || sessions_open.get().then(|| view! { <SessionsDialog open=sessions_open summaries /> })}
        {move || {
            transfer_open.get().then(|| view! { <TransferDialog open=transfer_open export summaries /> })
        }}
        // The undo offer after a delete: a toast over the page while the dialog is closed.
        {move || (!sessions_open.get()).then(|| view! { <UndoNotice floating=true /> })}
    }
}

/// A click that opens the dialog whose open state is `open`.
fn opens(open: RwSignal<bool>) -> impl Fn(leptos::ev::MouseEvent) + 'static {
    move |_| open.set(true)
}
