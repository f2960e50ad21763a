//! What the notes area tells the user about saving.

use std::fmt;

/// Why the browser's storage refused a read or a write.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// There is no usable localStorage (private mode, a policy, or it throws).
    Unavailable,
    /// The storage is full.
    QuotaExceeded,
    /// Another refusal, with the browser's reason.
    Refused(String),
}

impl fmt::Display for StorageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StorageError::Unavailable => f.write_str("local storage is not available"),
            StorageError::QuotaExceeded => f.write_str("local storage is full"),
            StorageError::Refused(reason) => write!(f, "the browser refused: {reason}"),
        }
    }
}

/// Whether notes may be written to the browser's storage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Persistence {
    /// Notes are saved as the team types.
    Writable,
    /// Stored notes could not be read and could not be backed up; writing would destroy them.
    ProtectingUnreadable,
    /// There is no storage; notes live only as long as the tab.
    MemoryOnly,
    /// Another tab stored the notes in a newer schema; writing would downgrade them.
    YieldingToNewerVersion,
}

/// The state shown beside the notes editor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveStatus {
    /// Nothing typed yet in this visit.
    Idle,
    /// An edit is waiting for the debounce to write it (at most a few hundred milliseconds).
    Saving,
    /// The last edit is stored.
    Saved,
    /// The last edit is only in memory, for this reason.
    NotSaved(NotSavedReason),
}

impl SaveStatus {
    /// Whether the last edit failed to be stored: what the page must never hide.
    pub fn is_failed(&self) -> bool {
        matches!(self, SaveStatus::NotSaved(_))
    }
}

/// Why an edit was not stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NotSavedReason {
    /// The storage is full.
    QuotaExceeded,
    /// There is no storage.
    Unavailable,
    /// Writing would overwrite notes that could not be read.
    ProtectingUnreadable,
    /// The browser refused, with its reason.
    Refused(String),
    /// Another tab stored the notes with a newer version of the app.
    NewerVersionElsewhere,
}

impl From<StorageError> for NotSavedReason {
    fn from(error: StorageError) -> Self {
        match error {
            StorageError::Unavailable => NotSavedReason::Unavailable,
            StorageError::QuotaExceeded => NotSavedReason::QuotaExceeded,
            StorageError::Refused(reason) => NotSavedReason::Refused(reason),
        }
    }
}

/// A banner about the browser's storage, shown on every screen until the page is closed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageNotice {
    /// There is no storage: notes last as long as the tab.
    Unavailable,
    /// Stored notes could not be read; they were copied under `key` and new notes are saved.
    UnreadableKept {
        /// Where the unreadable value now also lives.
        key: String,
        /// Why it could not be read.
        reason: String,
        /// The unreadable value itself, so the user can download it.
        raw: String,
    },
    /// Stored notes could not be read nor copied; nothing will be saved.
    UnreadableProtected {
        /// Why it could not be read.
        reason: String,
        /// The unreadable value itself, so the user can download it.
        raw: String,
    },
}
