//! The team's notes: what is stored, how it is encoded, and what happens when storage fails.

pub mod codec;
pub mod recovery;
mod save_status;

pub use codec::{decode, encode, DecodeError, NotesDoc, NOTES_FORMAT_VERSION};
pub use save_status::{NotSavedReason, Persistence, SaveStatus, StorageError, StorageNotice};

/// The localStorage key of the notes document.
pub const NOTES_KEY: &str = "devops-workshop.notes";

/// The localStorage key of the preferred language.
pub const LANG_KEY: &str = "devops-workshop.lang";
