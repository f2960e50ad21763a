//! The notes as the UI sees them: a signal of the document, the save status, and the one
//! way to change a note.

use leptos::prelude::*;

use crate::browser::notes_storage::{load_notes, save_notes};
use crate::notes::{NotSavedReason, NotesDoc, Persistence, SaveStatus, StorageNotice};

/// Shared by every component that shows or edits notes. Cheap to copy.
#[derive(Clone, Copy)]
pub struct NotesContext {
    /// The notes.
    pub doc: RwSignal<NotesDoc>,
    /// What happened to the last edit.
    pub status: RwSignal<SaveStatus>,
    /// A banner about storage, if something is wrong with it.
    pub notice: StoredValue<Option<StorageNotice>>,
    persistence: StoredValue<Persistence>,
}

impl NotesContext {
    /// Reads the stored notes (see [`load_notes`] for the recovery rules).
    pub fn load() -> Self {
        let loaded = load_notes();
        NotesContext {
            doc: RwSignal::new(loaded.doc),
            status: RwSignal::new(SaveStatus::Idle),
            notice: StoredValue::new(loaded.notice),
            persistence: StoredValue::new(loaded.persistence),
        }
    }

    /// Changes a note and saves all notes at once. The text is kept in memory whatever
    /// happens to the write, so a failure never loses what was typed.
    pub fn edit_note(&self, notes_id: &str, text: &str) {
        self.doc.update(|doc| doc.set_note(notes_id, text));
        let status = match self.persistence.get_value() {
            Persistence::Writable => match self.doc.with_untracked(save_notes) {
                Ok(()) => SaveStatus::Saved,
                Err(error) => SaveStatus::NotSaved(error.into()),
            },
            Persistence::ProtectingUnreadable => {
                SaveStatus::NotSaved(NotSavedReason::ProtectingUnreadable)
            }
            Persistence::MemoryOnly => SaveStatus::NotSaved(NotSavedReason::Unavailable),
        };
        self.status.set(status);
    }
}
