//! One workshop session: a team's run through the workshop, with its own notes.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::content::Run;
use crate::exercises::Results;

/// A session's identity, stable across renames. Generated once, when the session is created.
pub type SessionId = String;

/// The id given to the session that holds notes migrated from the first release. It is fixed so
/// that two tabs migrating the same data at once agree on it.
pub const FIRST_RELEASE_SESSION_ID: &str = "first-release";

/// A team's run through the workshop. A field missing from stored or imported data is empty
/// (the import reads an exported session with this same type).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Session {
    /// Stable identity; see [`SessionId`].
    pub id: SessionId,
    /// What the facilitator calls this run ("Tuesday morning"); may be empty.
    pub name: String,
    /// The team's name; may be empty.
    pub team: String,
    /// The day of the run as `YYYY-MM-DD`, or empty when unknown.
    pub date: String,
    /// The language code the session was created in (`en`, `nl`, `fr`), or empty when unknown.
    /// Exports use it for headings unless another language is chosen.
    pub lang: String,
    /// Note text by screen path (see [`crate::content::Screen::notes_id`]). Empty notes are
    /// not stored.
    pub notes: BTreeMap<String, String>,
    /// The screens this session's run leaves out (schema 3; none before).
    #[serde(rename = "left_out")]
    pub run: Run,
    /// What the team entered in the exercises, by field id (schema 4; none before). See
    /// [`crate::exercises::results`]. Empty fields are not stored.
    #[serde(skip_serializing_if = "Results::is_empty")]
    pub results: Results,
}

impl Session {
    /// A new, empty session.
    pub fn new(id: impl Into<SessionId>, date: &str, lang: &str) -> Self {
        Session {
            id: id.into(),
            date: date.to_string(),
            lang: lang.to_string(),
            ..Session::default()
        }
    }

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

    /// What the team entered in exercise field `id`; empty when nothing.
    pub fn result(&self, id: &str) -> &str {
        crate::exercises::results::text(&self.results, id)
    }

    /// Sets exercise field `id`. An empty value is removed rather than stored.
    pub fn set_result(&mut self, id: &str, value: &str) {
        if value.is_empty() {
            self.results.remove(id);
        } else {
            self.results.insert(id.to_string(), value.to_string());
        }
    }

    /// Whether the screen has a note worth showing.
    pub fn has_note(&self, notes_id: &str) -> bool {
        !self.note(notes_id).trim().is_empty()
    }

    /// How many screens have a note.
    pub fn note_count(&self) -> usize {
        self.notes
            .values()
            .filter(|text| !text.trim().is_empty())
            .count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_emptied_note_is_removed() {
        let mut session = Session::new("s1", "2026-03-14", "en");
        session.set_note("act/1", "one");
        session.set_note("deck/why", "two");
        session.set_note("act/1", "");
        assert!(!session.notes.contains_key("act/1"));
        assert!(!session.has_note("act/1"));
        assert!(session.has_note("deck/why"));
        assert_eq!(session.note_count(), 1);
    }

    #[test]
    fn an_emptied_result_is_removed() {
        let mut session = Session::new("s1", "2026-03-14", "en");
        session.set_result("hands/both", "3");
        assert_eq!(session.result("hands/both"), "3");
        session.set_result("hands/both", "");
        assert!(session.results.is_empty());
        assert_eq!(session.result("hands/both"), "");
    }
}
