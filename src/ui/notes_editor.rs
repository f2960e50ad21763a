//! The team's notes for one screen, in the open session.

use crate::reactive::*;

use super::export_now::export_now;
use super::notes_context::NotesContext;
use crate::i18n::{keys, text, text_with, Lang};
use crate::notes::{NotSavedReason, SaveStatus};
use crate::ui::dom_tree::{button, el, El};

/// A labelled text area that saves as the team types, with a spoken save status. It follows
/// the open session, and edits made in another tab.
pub fn notes_editor(
    notes: NotesContext,
    lang: Lang,
    notes_id: &'static str,
    screen_title: &'static str,
) -> El {
    let field_id = format!("notes-{}", notes_id.replace('/', "-"));
    let value = move || notes.note(notes_id);
    let status = move || status_text(lang, &notes.status.get());
    let failed = move || matches!(notes.status.get(), SaveStatus::NotSaved(_));
    let save_failed = Memo::new(move |_| failed());
    let status_class = move || {
        if failed() {
            "save-status save-status--failed"
        } else {
            "save-status"
        }
        .to_string()
    };
    // A memo, so that the alert is built (and announced) once when a conflict appears, not
    // again at every keystroke that changes the store.
    let conflicted = Memo::new(move |_| {
        notes.conflicts.with(|all| {
            let current = notes.store.with(|s| s.current_id().map(str::to_string));
            all.iter()
                .any(|c| c.notes_id == notes_id && Some(&c.session_id) == current.as_ref())
        })
    });
    el("div")
        .class("notes")
        .child(
            el("label")
                .attr("id", format!("{field_id}-label"))
                .attr("for", field_id.clone())
                .class("notes__label")
                .text(text_with(
                    lang,
                    keys::app::NOTES_LABEL,
                    &[("screen", screen_title)],
                )),
        )
        .child(
            el("p")
                .class("notes__hint")
                .attr("id", format!("{field_id}-hint"))
                .text(text(lang, keys::app::NOTES_HINT)),
        )
        .child(
            el("textarea")
                .attr("id", field_id.clone())
                .class("notes__field")
                .attr("rows", "6")
                .attr(
                    "aria-describedby",
                    format!("{field_id}-hint {field_id}-status"),
                )
                .live_value(value)
                .on("input", move |event| {
                    notes.edit_note(notes_id, &event_target_value(&event))
                })
                .on("blur", move |_| notes.flush()),
        )
        .live_part(move || {
            conflicted.get().then(|| {
                el("div")
                    .class("notes__conflict")
                    .attr("role", "alert")
                    .child(el("p").text(text(lang, keys::notes::conflict::NOTICE)))
                    .child(
                        button("quiet-button", text(lang, keys::notes::conflict::DISMISS))
                            .on("click", move |_| notes.dismiss_conflicts()),
                    )
            })
        })
        .child(
            el("div")
                .class("notes__status-row")
                .child(
                    el("p")
                        .attr("id", format!("{field_id}-status"))
                        .live_attr("class", status_class)
                        .attr("role", "status")
                        .attr("aria-live", "polite")
                        .live_text(status),
                )
                // Kept while saving keeps failing: its own message stays until it succeeds.
                .live_run(move || {
                    if save_failed.get() {
                        export_now(notes, lang)
                    } else {
                        Vec::new()
                    }
                }),
        )
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
