//! The team's notes for one screen, in the open session.

use leptos::prelude::*;

use super::context::{use_lang, use_notes};
use super::export_now::ExportNow;
use crate::i18n::{keys, text, text_with, Lang};
use crate::notes::{NotSavedReason, SaveStatus};
use crate::ui::action_button::TextButton;

/// A labelled text area that saves as the team types, with a spoken save status. It follows
/// the open session, and edits made in another tab. `screen_title` names it.
#[component]
pub fn NotesEditor(notes_id: &'static str, screen_title: &'static str) -> impl IntoView {
    let notes = use_notes();
    let lang = use_lang().get_untracked();
    let field_id = format!("notes-{}", notes_id.replace('/', "-"));
    let save_failed = Memo::new(move |_| notes.status.with(SaveStatus::is_failed));
    // A memo, so that the alert is built (and announced) once when a conflict appears, not
    // again at every keystroke that changes the store.
    let conflicted = Memo::new(move |_| {
        notes.conflicts.with(|all| {
            let current = notes.store.with(|s| s.current_id().map(str::to_string));
            all.iter()
                .any(|c| c.notes_id == notes_id && Some(&c.session_id) == current.as_ref())
        })
    });
    let conflict = move || {
        conflicted.get().then(|| {
            view! {
                <div class="notes__conflict" role="alert">
                    <p>{text(lang, keys::notes::conflict::NOTICE)}</p>
                    <TextButton
                        label=text(lang, keys::notes::conflict::DISMISS)
                        class="quiet-button"
                        on_click=move |_| notes.dismiss_conflicts()
                    />
                </div>
            }
        })
    };
    view! {
        <div class="notes">
            <label id=format!("{field_id}-label") for=field_id.clone() class="notes__label">
                {text_with(lang, keys::app::NOTES_LABEL, &[("screen", screen_title)])}
            </label>
            <p class="notes__hint" id=format!("{field_id}-hint")>
                {text(lang, keys::app::NOTES_HINT)}
            </p>
            <textarea
                id=field_id.clone()
                class="notes__field"
                rows="6"
                aria-describedby=format!("{field_id}-hint {field_id}-status")
                prop:value=move || notes.note(notes_id)
                on:input=move |event| notes.edit_note(notes_id, &event_target_value(&event))
                on:blur=move |_| notes.flush()
            ></textarea>
            {conflict}
            <div class="notes__status-row">
                <p
                    id=format!("{field_id}-status")
                    class=move || {
                        if save_failed.get() {
                            "save-status save-status--failed"
                        } else {
                            "save-status"
                        }
                    }
                    role="status"
                    aria-live="polite"
                >
                    {move || status_text(lang, &notes.status.get())}
                </p>
                // Kept while saving keeps failing: its own message stays until it succeeds.
                {move || save_failed.get().then(|| view! { <ExportNow /> })}
            </div>
        </div>
    }
}

/// While saving fails, the reason and the way out (export now), as an alert; nothing
/// otherwise. For the steps that have no notes field and so no save status of their own.
#[component]
pub fn SaveFailure() -> impl IntoView {
    let notes = use_notes();
    let lang = use_lang().get_untracked();
    let failed = Memo::new(move |_| notes.status.with(SaveStatus::is_failed));
    move || {
        failed.get().then(|| {
            view! {
                <div class="notes__status-row save-failure" role="alert">
                    <p class="save-status save-status--failed">
                        {move || status_text(lang, &notes.status.get())}
                    </p>
                    <ExportNow />
                </div>
            }
        })
    }
}

/// The save status in words.
pub fn status_text(lang: Lang, status: &SaveStatus) -> String {
    match status {
        SaveStatus::Idle => String::new(),
        SaveStatus::Saving => text(lang, keys::notes::status::SAVING).to_string(),
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
        SaveStatus::NotSaved(NotSavedReason::NewerVersionElsewhere) => {
            text(lang, keys::notes::banner::NEWER_ELSEWHERE).to_string()
        }
        SaveStatus::NotSaved(NotSavedReason::Refused(reason)) => {
            text_with(lang, keys::app::NOT_SAVED_OTHER, &[("reason", reason)])
        }
    }
}
