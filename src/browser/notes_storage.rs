//! The notes in the browser's localStorage: [`NotesStorage`] over gloo-storage.

use super::storage::{self, ReadError};
use crate::notes::codec::{current_schema, decode_stored, DecodeError, FormatVersion};
use crate::notes::migrations::FirstReleaseNotes;
use crate::notes::storage::{NotesStorage, StoredNotes};
use crate::notes::{NotesStore, StorageError, NOTES_KEY};

/// This browser's localStorage, holding the notes under [`NOTES_KEY`].
#[derive(Clone, Copy, Debug, Default)]
pub struct BrowserNotesStorage;

impl NotesStorage for BrowserNotesStorage {
    fn read_notes(&self) -> Result<StoredNotes, StorageError> {
        // The version first, on its own: a newer schema is recognised whatever else it holds.
        let version = match storage::get::<FormatVersion>(NOTES_KEY) {
            Ok(None) => return Ok(None),
            Ok(Some(version)) => version,
            Err(ReadError::Storage(error)) => return Err(error),
            Err(ReadError::Unreadable(error)) => return Ok(Some(Err(error.into()))),
        };
        Ok(Some(decode_stored::<DecodeError>(
            Ok(version),
            read_as::<FirstReleaseNotes>,
            read_as::<NotesStore>,
        )))
    }

    fn write_notes(&mut self, store: &NotesStore) -> Result<(), StorageError> {
        storage::set(NOTES_KEY, &current_schema(store))
    }

    fn read_raw(&self, key: &str) -> Result<Option<String>, StorageError> {
        storage::read_raw(key)
    }

    fn write_raw(&mut self, key: &str, raw: &str) -> Result<(), StorageError> {
        storage::write_raw(key, raw)
    }
}

/// The stored notes read as `T`, just after their version was read.
fn read_as<T: serde::de::DeserializeOwned>() -> Result<T, DecodeError> {
    match storage::get::<T>(NOTES_KEY) {
        Ok(Some(value)) => Ok(value),
        Err(ReadError::Unreadable(error)) => Err(error.into()),
        // Gone or failing between two reads of one task: as unreadable as it gets.
        Ok(None) => Err(DecodeError::NotNotes(
            "removed while it was read".to_string(),
        )),
        Err(ReadError::Storage(error)) => Err(DecodeError::NotNotes(error.to_string())),
    }
}
