//! The stored form of the team's notes: versioned JSON.
//!
//! Version 1 is `{"version":1,"notes":{"act/1":"text", …}}`, keyed by screen path.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

/// The format version this build writes.
pub const NOTES_FORMAT_VERSION: u32 = 1;

/// The team's notes, by screen path (see [`crate::content::Screen::notes_id`]).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NotesDoc {
    /// The format version; see [`NOTES_FORMAT_VERSION`].
    pub version: u32,
    /// Note text by screen path.
    pub notes: BTreeMap<String, String>,
}

impl Default for NotesDoc {
    fn default() -> Self {
        NotesDoc {
            version: NOTES_FORMAT_VERSION,
            notes: BTreeMap::new(),
        }
    }
}

impl NotesDoc {
    /// The note for a screen; empty when the team wrote none.
    pub fn note(&self, notes_id: &str) -> &str {
        self.notes.get(notes_id).map(String::as_str).unwrap_or("")
    }

    /// Sets the note for a screen. An empty note is removed rather than stored.
    pub fn set_note(&mut self, notes_id: &str, text: &str) {
        if text.is_empty() {
            self.notes.remove(notes_id);
        } else {
            self.notes.insert(notes_id.to_string(), text.to_string());
        }
    }

    /// Whether the screen has a note.
    pub fn has_note(&self, notes_id: &str) -> bool {
        !self.note(notes_id).trim().is_empty()
    }
}

/// Why stored notes could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// The stored value is not JSON (it was cut short, or written by something else).
    NotJson(String),
    /// The stored value is JSON but not a notes document.
    NotNotes(String),
    /// A newer version of the app wrote it; this one must not touch it.
    FromNewerVersion(u32),
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::NotJson(reason) => write!(f, "the stored notes are not valid JSON ({reason})"),
            DecodeError::NotNotes(reason) => {
                write!(f, "the stored value is not a notes document ({reason})")
            }
            DecodeError::FromNewerVersion(version) => write!(
                f,
                "the notes were saved by a newer version of the workshop (format {version}); reload to update the app"
            ),
        }
    }
}

#[derive(Deserialize)]
struct VersionOnly {
    version: u32,
}

/// The stored text for `doc`.
pub fn encode(doc: &NotesDoc) -> String {
    // A map of strings to strings always serialises.
    serde_json::to_string(doc).unwrap_or_default()
}

/// Reads stored text back into notes, or says why it cannot.
pub fn decode(raw: &str) -> Result<NotesDoc, DecodeError> {
    let value: serde_json::Value =
        serde_json::from_str(raw).map_err(|e| DecodeError::NotJson(e.to_string()))?;
    let VersionOnly { version } =
        serde_json::from_value(value.clone()).map_err(|e| DecodeError::NotNotes(e.to_string()))?;
    if version > NOTES_FORMAT_VERSION {
        return Err(DecodeError::FromNewerVersion(version));
    }
    serde_json::from_value(value).map_err(|e| DecodeError::NotNotes(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> NotesDoc {
        let mut doc = NotesDoc::default();
        doc.set_note(
            "act/1",
            "Speed hurt us in the last release.\nLine two: \"quotes\" & <tags>",
        );
        doc.set_note("deck/why", "Ünïcödé — 🚢");
        doc
    }

    #[test]
    fn round_trips_every_character() {
        let doc = sample();
        assert_eq!(decode(&encode(&doc)), Ok(doc));
    }

    #[test]
    fn reads_the_first_release_format() {
        let stored = r#"{"version":1,"notes":{"act/2":"VMs everywhere"}}"#;
        let doc = decode(stored).expect("version 1 is readable");
        assert_eq!(doc.note("act/2"), "VMs everywhere");
        assert_eq!(doc.note("act/3"), "");
    }

    #[test]
    fn explains_what_is_wrong_with_unreadable_data() {
        assert!(matches!(
            decode("{\"version\":1,\"notes\":{"),
            Err(DecodeError::NotJson(_))
        ));
        assert!(matches!(
            decode("\"just a string\""),
            Err(DecodeError::NotNotes(_))
        ));
        assert!(matches!(
            decode(r#"{"version":1,"notes":[1]}"#),
            Err(DecodeError::NotNotes(_))
        ));
        assert!(matches!(
            decode(r#"{"notes":{}}"#),
            Err(DecodeError::NotNotes(_))
        ));
        assert_eq!(
            decode(r#"{"version":7,"notes":{}}"#),
            Err(DecodeError::FromNewerVersion(7))
        );
        assert!(DecodeError::FromNewerVersion(7)
            .to_string()
            .contains("newer version"));
    }

    #[test]
    fn an_emptied_note_is_removed() {
        let mut doc = sample();
        doc.set_note("act/1", "");
        assert!(!doc.notes.contains_key("act/1"));
        assert!(!doc.has_note("act/1"));
        assert!(doc.has_note("deck/why"));
    }
}
