//! The team's notes for one screen.

use leptos::prelude::*;

use super::notes_context::NotesContext;
use crate::i18n::{keys, text, text_with, Lang};
use crate::notes::{NotSavedReason, SaveStatus};

/// A labelled text area that saves as the team types, with a spoken save status.
#[component]
pub fn NotesEditor(
    notes: NotesContext,
    lang: Lang,
    notes_id: &'static str,
    screen_title: &'static str,
) -> impl IntoView {
    let field_id = format!("notes-{}", notes_id.replace('/', "-"));
    let initial = notes
        .doc
        .with_untracked(|doc| doc.note(notes_id).to_string());
    let status = move || status_text(lang, &notes.status.get());
    let status_class = move || match notes.status.get() {
        SaveStatus::NotSaved(_) => "save-status save-status--failed",
        _ => "save-status",
    };
    view! {
        <div class="notes">
            <label id=format!("{field_id}-label") for=field_id.clone() class="notes__label">
                {text_with(lang, keys::app::NOTES_LABEL, &[("screen", screen_title)])}
            </label>
            <p class="notes__hint" id=format!("{field_id}-hint")>{text(lang, keys::app::NOTES_HINT)}</p>
            <textarea
                id=field_id.clone()
                class="notes__field"
                rows="6"
                aria-describedby=format!("{field_id}-hint {field_id}-status")
                prop:value=initial
                on:input=move |event| notes.edit_note(notes_id, &event_target_value(&event))
            ></textarea>
            <p id=format!("{field_id}-status") class=status_class role="status" aria-live="polite">
                {status}
            </p>
        </div>
    }
}

fn status_text(lang: Lang, status: &SaveStatus) -> String {
    match status {
        SaveStatus::Idle => String::new(),
        SaveStatus::Saved => text(lang, keys::app::SAVED).to_string(),
        SaveStatus::NotSaved(NotSavedReason::QuotaExceeded) => {
            text(lang, keys::app::NOT_SAVED_QUOTA).to_string()
        }
        SaveStatus::NotSaved(NotSavedReason::Unavailable) => {
            text(lang, keys::app::NOT_SAVED_UNAVAILABLE).to_string()
        }
        SaveStatus::NotSaved(NotSavedReason::ProtectingUnreadable) => {
            text(lang, keys::app::NOT_SAVED_PROTECTING).to_string()
        }
        SaveStatus::NotSaved(NotSavedReason::Refused(reason)) => {
            text_with(lang, keys::app::NOT_SAVED_OTHER, &[("reason", reason)])
        }
    }
}
