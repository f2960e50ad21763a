//! Workshop sessions in the top bar: the open session, always visible, and the way to manage
//! sessions and to export or import them.

use crate::reactive::*;

use super::dom_tree::{el, Child, El, ElementRef};
use super::export_panel::ExportChoices;
use super::notes_context::NotesContext;
use super::print_handout::printing;
use super::session_summary::SessionSummary;
use super::sessions_dialog::sessions_dialog;
use super::transfer_dialog::transfer_dialog;
use super::undo_notice::undo_notice;
use crate::browser::locale_bundle;
use crate::i18n::bundle::Part;
use crate::i18n::{keys, text_with, Lang};
use crate::ui::live::watch;

/// The current session, always visible in the top bar, and the way to manage sessions.
pub fn session_controls(notes: NotesContext, lang: Memo<Lang>) -> Vec<Child> {
    let sessions_ref = ElementRef::new_local(None);
    let transfer_ref = ElementRef::new_local(None);
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
    let open_sessions = move |_| sessions_open.set(true);
    let open_transfer = move |_| transfer_open.set(true);
    let printing = printing(notes, export_lang);
    // The texts of the export's language, fetched when it is chosen, not when it is used.
    watch(move || locale_bundle::ensure(export_lang.get(), Part::Stage, |_| {}));
    let pill_part = move |class: &'static str, part: fn(&SessionSummary) -> String| {
        el("span").class(class).live_text(move || current(part))
    };
    let controls = el("div")
        .class("session-controls")
        .child(
            el("button")
                .attr("type", "button")
                .class("session-pill")
                .attr("aria-haspopup", "dialog")
                .live_attr("title", move || {
                    let label = current(|s| s.label.clone());
                    text_with(
                        lang.get(),
                        keys::notes::session::BUTTON_LABEL,
                        &[("session", &label)],
                    )
                })
                .on("click", open_sessions)
                .child(
                    el("span")
                        .class("session-pill__kicker")
                        .live_words(lang, keys::notes::session::KICKER),
                )
                .child(pill_part("session-pill__name", |s| s.label.clone()))
                .child(pill_part("session-pill__meta", |s| s.meta.clone())),
        )
        .child(
            el("button")
                .attr("type", "button")
                .class("topbar-action")
                .attr("aria-haspopup", "dialog")
                .on("click", open_transfer)
                .live_words(lang, keys::notes::transfer::OPEN),
        );
    // Each dialog is built when it opens, and taken out of the page when it closes.
    let while_open = |open: RwSignal<bool>, mut build: Box<dyn FnMut() -> El>| {
        Child::live_view(Memo::new(move |_| open.get()), move |open| {
            if *open {
                vec![build()]
            } else {
                Vec::new()
            }
        })
    };
    vec![
        controls.into(),
        while_open(
            sessions_open,
            Box::new(move || sessions_dialog(sessions_ref, sessions_open, notes, lang, summaries)),
        ),
        while_open(
            transfer_open,
            Box::new(move || {
                transfer_dialog(
                    transfer_ref,
                    transfer_open,
                    notes,
                    lang,
                    ExportChoices {
                        lang: export_lang,
                        choose_lang: chosen_lang,
                        printing,
                    },
                    summaries,
                )
            }),
        ),
        // The undo offer after a delete: a toast over the page while the dialog is closed.
        Child::live(move || {
            (!sessions_open.get())
                .then(|| undo_notice(notes, lang.get(), true))
                .flatten()
        }),
    ]
}
