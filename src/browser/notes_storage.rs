//! Loads and saves the notes document, applying the recovery rules of [`crate::notes`].

use super::storage;
use crate::notes::recovery::{plan_backup, BackupPlan};
use crate::notes::{decode, encode, NotesDoc, Persistence, StorageError, StorageNotice, NOTES_KEY};

/// The notes found at start-up, whether they may be saved, and what to tell the user.
pub struct LoadedNotes {
    /// The notes to show.
    pub doc: NotesDoc,
    /// Whether edits may be written.
    pub persistence: Persistence,
    /// A banner to show, when something is wrong.
    pub notice: Option<StorageNotice>,
}

/// Reads the stored notes. Unreadable data is copied to a backup key before anything else may
/// be written; if that copy fails, nothing will be written at all.
pub fn load_notes() -> LoadedNotes {
    let raw = match storage::read(NOTES_KEY) {
        Ok(raw) => raw,
        Err(_) => return memory_only(),
    };
    let Some(raw) = raw else {
        return LoadedNotes {
            doc: NotesDoc::default(),
            persistence: Persistence::Writable,
            notice: None,
        };
    };
    let error = match decode(&raw) {
        Ok(doc) => {
            return LoadedNotes {
                doc,
                persistence: Persistence::Writable,
                notice: None,
            }
        }
        Err(error) => error,
    };
    let reason = error.to_string();
    let kept_under = match plan_backup(NOTES_KEY, &raw, |key| storage::read(key).ok().flatten()) {
        BackupPlan::AlreadyKept(key) => Some(key),
        BackupPlan::CopyTo(key) => storage::write(&key, &raw).ok().map(|()| key),
        BackupPlan::NoFreeSlot => None,
    };
    match kept_under {
        Some(key) => LoadedNotes {
            doc: NotesDoc::default(),
            persistence: Persistence::Writable,
            notice: Some(StorageNotice::UnreadableKept { key, reason }),
        },
        None => LoadedNotes {
            doc: NotesDoc::default(),
            persistence: Persistence::ProtectingUnreadable,
            notice: Some(StorageNotice::UnreadableProtected { reason }),
        },
    }
}

fn memory_only() -> LoadedNotes {
    LoadedNotes {
        doc: NotesDoc::default(),
        persistence: Persistence::MemoryOnly,
        notice: Some(StorageNotice::Unavailable),
    }
}

/// Writes the whole notes document.
pub fn save_notes(doc: &NotesDoc) -> Result<(), StorageError> {
    storage::write(NOTES_KEY, &encode(doc))
}
