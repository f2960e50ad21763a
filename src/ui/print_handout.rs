//! The printed handout: the open session's acts and deck sections with their questions and
//! the team's notes. Hidden on screen; `style/notes.css` shows only it when printing.

use leptos::portal::Portal;
use leptos::prelude::*;

use super::notes_context::NotesContext;
use super::session_summary::SessionSummary;
use crate::content::screens;
use crate::i18n::{keys, text, text_with, Lang};

/// The handout, mounted at the end of `<body>` so that it prints even though the page around
/// it does not.
#[component]
pub fn PrintHandout(notes: NotesContext, lang: Signal<Lang>) -> impl IntoView {
    let handout = move || {
        let lang = lang.get();
        notes.store.with(|store| {
            let session = store.current().cloned().unwrap_or_default();
            let summary = SessionSummary::of(&session, lang, true);
            let sections = screens()
                .filter_map(|screen| {
                    let id = screen.notes_id()?;
                    let note = session.note(id).to_string();
                    let questions = screen
                        .questions
                        .iter()
                        .map(|key| view! { <li>{text(lang, *key)}</li> })
                        .collect_view();
                    let note_view = if note.trim().is_empty() {
                        view! { <p class="handout__empty">{text(lang, keys::notes::export::NO_NOTES)}</p> }.into_any()
                    } else {
                        view! { <p class="handout__note">{note}</p> }.into_any()
                    };
                    Some(view! {
                        <section class="handout__section">
                            <h2>{text(lang, screen.title)}</h2>
                            <h3>{text(lang, keys::app::QUESTIONS)}</h3>
                            <ol>{questions}</ol>
                            <h3>{text(lang, keys::notes::export::NOTES)}</h3>
                            {note_view}
                        </section>
                    })
                })
                .collect_view();
            view! {
                <h1>{text_with(lang, keys::notes::export::TITLE, &[("session", &summary.label)])}</h1>
                <p class="handout__meta">{summary.meta}</p>
                {sections}
            }
        })
    };
    view! {
        <Portal>
            <div class="handout" lang=move || lang.get().code()>{handout}</div>
        </Portal>
    }
}
