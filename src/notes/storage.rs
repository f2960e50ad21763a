//! Where the notes are kept, as the save logic sees it: a small trait with two
//! implementations, the browser's localStorage (`crate::browser::notes_storage`) and
//! [`MemoryStorage`], for the tests.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use super::codec::{decode, encode, DecodeError, Decoded};
use super::{NotesStore, StorageError, NOTES_KEY};

/// The notes under [`NOTES_KEY`], read: nothing, a readable document, or why it is not one.
pub type StoredNotes = Option<Result<Decoded, DecodeError>>;

/// A key-value storage that holds the notes. Every call may fail as a browser's storage fails:
/// unavailable, full, or refused.
pub trait NotesStorage {
    /// The notes under [`NOTES_KEY`], read and migrated to the current schema.
    fn read_notes(&self) -> Result<StoredNotes, StorageError>;

    /// Stores `store` under [`NOTES_KEY`], in the current schema, in one write: it is stored
    /// completely or not at all.
    fn write_notes(&mut self, store: &NotesStore) -> Result<(), StorageError>;

    /// The text under `key` exactly as it is stored.
    fn read_raw(&self, key: &str) -> Result<Option<String>, StorageError>;

    /// Stores `raw` under `key` exactly as it is.
    fn write_raw(&mut self, key: &str, raw: &str) -> Result<(), StorageError>;
}

/// What a [`MemoryStorage`] holds, shared by every handle to it, as two tabs share one
/// browser's storage.
#[derive(Debug, Default)]
pub struct MemoryState {
    /// The stored texts by key.
    pub entries: BTreeMap<String, String>,
    /// When set, every write fails with this error.
    pub failing_writes: Option<StorageError>,
    /// When set, every read fails with this error.
    pub failing_reads: Option<StorageError>,
}

/// Storage in memory, for tests: cloned handles share one [`MemoryState`].
#[derive(Clone, Debug, Default)]
pub struct MemoryStorage(pub Rc<RefCell<MemoryState>>);

impl MemoryStorage {
    /// An empty storage.
    pub fn new() -> Self {
        Self::default()
    }

    /// A storage holding `raw` under `key`.
    pub fn with(key: &str, raw: &str) -> Self {
        let storage = Self::new();
        storage
            .0
            .borrow_mut()
            .entries
            .insert(key.to_string(), raw.to_string());
        storage
    }

    /// The text stored under `key`.
    pub fn get(&self, key: &str) -> Option<String> {
        self.0.borrow().entries.get(key).cloned()
    }

    fn check_read(&self) -> Result<(), StorageError> {
        self.0.borrow().failing_reads.clone().map_or(Ok(()), Err)
    }

    fn check_write(&self) -> Result<(), StorageError> {
        self.0.borrow().failing_writes.clone().map_or(Ok(()), Err)
    }
}

impl NotesStorage for MemoryStorage {
    fn read_notes(&self) -> Result<StoredNotes, StorageError> {
        Ok(self.read_raw(NOTES_KEY)?.map(|raw| decode(&raw)))
    }

    fn write_notes(&mut self, store: &NotesStore) -> Result<(), StorageError> {
        self.write_raw(NOTES_KEY, &encode(store))
    }

    fn read_raw(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.check_read()?;
        Ok(self.get(key))
    }

    fn write_raw(&mut self, key: &str, raw: &str) -> Result<(), StorageError> {
        self.check_write()?;
        self.0
            .borrow_mut()
            .entries
            .insert(key.to_string(), raw.to_string());
        Ok(())
    }
}
