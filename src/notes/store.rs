//! Every session kept in this browser, and which one is open.

use serde::{Deserialize, Serialize};

use super::session::{Session, SessionId};

/// The schema version this build writes. See [`super::codec`] for how older versions are read.
pub const NOTES_FORMAT_VERSION: u32 = 4;

/// All sessions, in the order they were created, and the open one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NotesStore {
    /// The schema version; see [`NOTES_FORMAT_VERSION`].
    pub version: u32,
    /// The id of the open session. When it names no session, the first one is open.
    pub current: SessionId,
    /// The sessions, oldest first.
    pub sessions: Vec<Session>,
    /// The ids of the write that stored this value and of the writes it took in, oldest
    /// first (at most [`LINEAGE_LEN`]). Lets a tab tell whether another tab's value already
    /// includes what this tab last stored; see [`super::merge`].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lineage: Vec<String>,
}

/// How many write ids a stored value remembers.
pub const LINEAGE_LEN: usize = 32;

/// A session taken out by [`NotesStore::delete_session`], with what is needed to put it back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeletedSession {
    /// The session as it was.
    pub session: Session,
    /// Where it stood in the list.
    pub position: usize,
    /// Whether it was the open session.
    pub was_current: bool,
}

impl NotesStore {
    /// A store holding only `session`, which is open.
    pub fn with_session(session: Session) -> Self {
        NotesStore {
            version: NOTES_FORMAT_VERSION,
            current: session.id.clone(),
            sessions: vec![session],
            lineage: Vec::new(),
        }
    }

    /// The id of the write that stored this value, if it was stored by this version.
    pub fn head(&self) -> Option<&str> {
        self.lineage.last().map(String::as_str)
    }

    /// Whether this value includes the content of write `id`.
    pub fn includes_write(&self, id: &str) -> bool {
        self.lineage.iter().any(|known| known == id)
    }

    /// Records that this value also includes every write of `other`, whose head becomes this
    /// value's head.
    pub fn take_in_lineage(&mut self, other: &[String]) {
        let mut lineage: Vec<String> = self
            .lineage
            .iter()
            .filter(|id| !other.contains(id))
            .cloned()
            .collect();
        lineage.extend(other.iter().cloned());
        let excess = lineage.len().saturating_sub(LINEAGE_LEN);
        lineage.drain(..excess);
        self.lineage = lineage;
    }

    /// Records a new write of this value, with id `write_id`.
    pub fn record_write(&mut self, write_id: String) {
        self.take_in_lineage(&[write_id]);
    }

    /// The open session, if there is any session at all.
    pub fn current(&self) -> Option<&Session> {
        self.session(&self.current)
            .or_else(|| self.sessions.first())
    }

    /// The id of the open session, if there is any session at all.
    pub fn current_id(&self) -> Option<&str> {
        self.current().map(|session| session.id.as_str())
    }

    /// The session with this id.
    pub fn session(&self, id: &str) -> Option<&Session> {
        self.sessions.iter().find(|session| session.id == id)
    }

    /// The session with this id, to change it.
    pub fn session_mut(&mut self, id: &str) -> Option<&mut Session> {
        self.sessions.iter_mut().find(|session| session.id == id)
    }

    /// Makes sure a session is open, adding `fresh()` when there is none.
    pub fn ensure_session(&mut self, fresh: impl FnOnce() -> Session) {
        if self.sessions.is_empty() {
            let session = fresh();
            self.current = session.id.clone();
            self.sessions.push(session);
        } else if self.session(&self.current).is_none() {
            self.current = self.sessions[0].id.clone();
        }
    }

    /// The open session's note for a screen; empty when there is none.
    pub fn note(&self, notes_id: &str) -> &str {
        self.current().map(|s| s.note(notes_id)).unwrap_or("")
    }

    /// Sets the open session's note for a screen. Returns false when no session is open.
    pub fn set_note(&mut self, notes_id: &str, text: &str) -> bool {
        let Some(id) = self.current_id().map(str::to_string) else {
            return false;
        };
        match self.session_mut(&id) {
            Some(session) => {
                session.set_note(notes_id, text);
                true
            }
            None => false,
        }
    }

    /// Sets exercise field `id` of the open session. Returns false when no session is open.
    pub fn set_result(&mut self, id: &str, value: &str) -> bool {
        let Some(current) = self.current_id().map(str::to_string) else {
            return false;
        };
        self.set_result_of(&current, id, value)
    }

    /// Sets exercise field `id` of session `session_id`. Returns false when there is none.
    pub fn set_result_of(&mut self, session_id: &str, id: &str, value: &str) -> bool {
        match self.session_mut(session_id) {
            Some(session) => {
                session.set_result(id, value);
                true
            }
            None => false,
        }
    }

    /// Adds `session` and opens it.
    pub fn add_session(&mut self, session: Session) {
        self.current = session.id.clone();
        self.sessions.push(session);
    }

    /// Opens the session with this id. Returns false when there is none.
    pub fn switch_to(&mut self, id: &str) -> bool {
        if self.session(id).is_some() {
            self.current = id.to_string();
            true
        } else {
            false
        }
    }

    /// Changes a session's name, team and date. Returns false when there is no such session.
    pub fn rename(&mut self, id: &str, name: &str, team: &str, date: &str) -> bool {
        match self.session_mut(id) {
            Some(session) => {
                session.name = name.to_string();
                session.team = team.to_string();
                session.date = date.to_string();
                true
            }
            None => false,
        }
    }

    /// Puts `replacement`'s content in the place of session `id`, keeping that session's id.
    /// Returns false when there is no such session.
    pub fn replace_session(&mut self, id: &str, replacement: Session) -> bool {
        match self.session_mut(id) {
            Some(session) => {
                *session = Session {
                    id: session.id.clone(),
                    ..replacement
                };
                true
            }
            None => false,
        }
    }

    /// Takes a session out. The last session cannot be deleted (one is always open). If the
    /// open session goes, its neighbour opens.
    pub fn delete_session(&mut self, id: &str) -> Option<DeletedSession> {
        if self.sessions.len() < 2 {
            return None;
        }
        let position = self.sessions.iter().position(|s| s.id == id)?;
        let was_current = self.current_id() == Some(id);
        let session = self.sessions.remove(position);
        if was_current {
            let neighbour = position.min(self.sessions.len() - 1);
            self.current = self.sessions[neighbour].id.clone();
        }
        Some(DeletedSession {
            session,
            position,
            was_current,
        })
    }

    /// Puts a deleted session back where it was (undo). Nothing happens if a session with the
    /// same id has come back meanwhile.
    pub fn restore(&mut self, deleted: DeletedSession) {
        if self.session(&deleted.session.id).is_some() {
            return;
        }
        if deleted.was_current {
            self.current = deleted.session.id.clone();
        }
        let position = deleted.position.min(self.sessions.len());
        self.sessions.insert(position, deleted.session);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn three() -> NotesStore {
        let mut store = NotesStore::with_session(Session::new("a", "2026-01-01", "en"));
        store.add_session(Session::new("b", "2026-01-02", "nl"));
        store.add_session(Session::new("c", "2026-01-03", "fr"));
        store
    }

    #[test]
    fn each_session_keeps_its_own_notes() {
        let mut store = three();
        assert_eq!(store.current_id(), Some("c"));
        assert!(store.set_note("act/1", "team C"));
        assert!(store.switch_to("a"));
        assert_eq!(store.note("act/1"), "");
        store.set_note("act/1", "team A");
        assert!(store.switch_to("c"));
        assert_eq!(store.note("act/1"), "team C");
        assert!(!store.switch_to("nope"));
    }

    #[test]
    fn rename_changes_name_team_and_date() {
        let mut store = three();
        assert!(store.rename("b", "Morning", "Payments", "2026-02-02"));
        let b = store.session("b").expect("b exists");
        assert_eq!(
            (b.name.as_str(), b.team.as_str(), b.date.as_str()),
            ("Morning", "Payments", "2026-02-02")
        );
        assert!(!store.rename("zz", "", "", ""));
    }

    #[test]
    fn delete_then_undo_restores_everything() {
        let mut store = three();
        store.switch_to("b");
        store.set_note("act/2", "keep me");
        let before = store.clone();
        let deleted = store.delete_session("b").expect("b can be deleted");
        assert!(store.session("b").is_none());
        assert_eq!(store.current_id(), Some("c"), "the neighbour opens");
        store.restore(deleted);
        assert_eq!(store, before);
    }

    #[test]
    fn the_last_session_cannot_be_deleted() {
        let mut store = NotesStore::with_session(Session::new("only", "", "en"));
        assert_eq!(store.delete_session("only"), None);
        assert_eq!(store.sessions.len(), 1);
    }

    #[test]
    fn the_lineage_is_bounded_and_ends_with_the_newest_write() {
        let mut store = three();
        assert_eq!(store.head(), None);
        for n in 0..40 {
            store.record_write(format!("w{n}"));
        }
        assert_eq!(store.lineage.len(), LINEAGE_LEN);
        assert_eq!(store.head(), Some("w39"));
        assert!(!store.includes_write("w0"));
        store.take_in_lineage(&["x".to_string(), "w39".to_string()]);
        assert_eq!(store.head(), Some("w39"));
        assert!(store.includes_write("x"));
    }

    #[test]
    fn replace_keeps_the_identity() {
        let mut store = three();
        let mut imported = Session::new("other", "2025-05-05", "nl");
        imported.team = "Imported".into();
        assert!(store.replace_session("a", imported));
        let a = store.session("a").expect("a is still there");
        assert_eq!(a.team, "Imported");
        assert!(store.session("other").is_none());
    }

    #[test]
    fn a_missing_current_falls_back_to_the_first() {
        let mut store = three();
        store.current = "gone".into();
        assert_eq!(store.current_id(), Some("a"));
        store.ensure_session(|| Session::new("fresh", "", "en"));
        assert_eq!(store.current, "a");
        let mut empty = NotesStore {
            version: NOTES_FORMAT_VERSION,
            current: String::new(),
            sessions: vec![],
            lineage: vec![],
        };
        empty.ensure_session(|| Session::new("fresh", "", "en"));
        assert_eq!(empty.current_id(), Some("fresh"));
    }
}
