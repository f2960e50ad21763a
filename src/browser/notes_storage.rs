//! Loads and saves the notes store, applying the recovery rules of [`crate::notes`].

use super::storage;
use crate::notes::recovery::{plan_backup, BackupPlan};
use crate::notes::{
    decode, encode, NotesStore, Persistence, Session, StorageError, StorageNotice,
    NOTES_FORMAT_VERSION, NOTES_KEY,
};

/// Where the value stored by an older schema is copied, once, before the first write of the
/// current schema replaces it. The migration loses nothing, but the original stays at hand.
pub const PRE_MIGRATION_BACKUP_KEY: &str = "devops-workshop.notes.before-v2";

/// The notes found at start-up, whether they may be saved, and what to tell the user.
pub struct LoadedNotes {
    /// The notes to show, in the current schema. Always has an open session.
    pub store: NotesStore,
    /// The raw value that was stored, to tell later whether another tab has written since.
    pub stored_raw: Option<String>,
    /// Whether edits may be written.
    pub persistence: Persistence,
    /// A banner to show, when something is wrong.
    pub notice: Option<StorageNotice>,
}

/// Reads the stored notes, migrating older schemas. `fresh` is the session to open when there
/// is none. Unreadable data is copied to a backup key before anything else may be written;
/// if that copy fails, nothing will be written at all.
pub fn load_notes(fresh: Session) -> LoadedNotes {
    let raw = match storage::read(NOTES_KEY) {
        Ok(raw) => raw,
        Err(_) => return memory_only(fresh),
    };
    let Some(raw) = raw else {
        return LoadedNotes {
            store: NotesStore::with_session(fresh),
            stored_raw: None,
            persistence: Persistence::Writable,
            notice: None,
        };
    };
    let error = match decode(&raw) {
        Ok(decoded) => {
            if decoded.stored_version < NOTES_FORMAT_VERSION {
                keep_pre_migration_copy(&raw);
            }
            let mut store = decoded.store;
            store.ensure_session(|| fresh);
            return LoadedNotes {
                store,
                stored_raw: Some(raw),
                persistence: Persistence::Writable,
                notice: None,
            };
        }
        Err(error) => error,
    };
    let reason = error.to_string();
    let kept_under = match plan_backup(NOTES_KEY, &raw, |key| storage::read(key).ok().flatten()) {
        BackupPlan::AlreadyKept(key) => Some(key),
        BackupPlan::CopyTo(key) => storage::write(&key, &raw).ok().map(|()| key),
        BackupPlan::NoFreeSlot => None,
    };
    let store = NotesStore::with_session(fresh);
    match kept_under {
        Some(key) => LoadedNotes {
            store,
            stored_raw: Some(raw.clone()),
            persistence: Persistence::Writable,
            notice: Some(StorageNotice::UnreadableKept { key, reason, raw }),
        },
        None => LoadedNotes {
            store,
            stored_raw: Some(raw.clone()),
            persistence: Persistence::ProtectingUnreadable,
            notice: Some(StorageNotice::UnreadableProtected { reason, raw }),
        },
    }
}

/// Best effort: a failure here loses nothing, since the migrated store holds every note.
fn keep_pre_migration_copy(raw: &str) {
    if let Ok(None) = storage::read(PRE_MIGRATION_BACKUP_KEY) {
        let _ = storage::write(PRE_MIGRATION_BACKUP_KEY, raw);
    }
}

fn memory_only(fresh: Session) -> LoadedNotes {
    LoadedNotes {
        store: NotesStore::with_session(fresh),
        stored_raw: None,
        persistence: Persistence::MemoryOnly,
        notice: Some(StorageNotice::Unavailable),
    }
}

/// The raw value under the notes key now, to compare with what this tab last wrote or read.
pub fn read_stored_notes() -> Result<Option<String>, StorageError> {
    storage::read(NOTES_KEY)
}

/// Writes the whole store with one `setItem`, so it is stored completely or not at all.
/// Returns the text written.
pub fn save_notes(store: &NotesStore) -> Result<String, StorageError> {
    let raw = encode(store);
    storage::write(NOTES_KEY, &raw).map(|()| raw)
}
