//! The notes domain: workshop sessions and their notes, the versioned storage schema and its
//! migrations, merging edits from another tab, and the export and import formats. Plain Rust:
//! nothing here touches the browser.

pub mod codec;
pub mod export_json;
pub mod export_markdown;
pub mod import;
pub mod limits;
pub mod merge;
pub mod migrations;
pub mod recovery;
mod save_status;
pub mod saver;
pub mod session;
pub mod storage;
pub mod store;

pub use codec::{decode, encode, DecodeError, Decoded};
pub use save_status::{NotSavedReason, Persistence, SaveStatus, StorageError, StorageNotice};
pub use saver::{NotesSaver, Outcome, Replaced, SAVE_DELAY_MS};
pub use session::{Session, SessionId};
pub use storage::{MemoryStorage, NotesStorage};
pub use store::{DeletedSession, NotesStore, NOTES_FORMAT_VERSION};

/// The localStorage key of the notes store.
pub const NOTES_KEY: &str = "devops-workshop.notes";

/// The localStorage key of the preferred language.
pub const LANG_KEY: &str = "devops-workshop.lang";
