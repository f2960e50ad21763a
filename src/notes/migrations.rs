//! Every earlier schema and the step that brings it to the current one. Each step is a pure
//! function, so that reading old data never depends on the browser, and is tested with
//! fixtures of real old data and with property tests.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::session::{Session, FIRST_RELEASE_SESSION_ID};
use super::store::{NotesStore, NOTES_FORMAT_VERSION};

/// Schema 1, the first release: `{"version":1,"notes":{"act/1":"text", …}}`, one set of notes
/// for whoever used the browser.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct FirstReleaseNotes {
    /// Note text by screen path.
    pub notes: BTreeMap<String, String>,
}

/// Schema 1 → 2: the first release's notes become one session. Its team, name, date and
/// language were never recorded, so they stay empty for the facilitator to fill in; its id is
/// fixed ([`FIRST_RELEASE_SESSION_ID`]) so that every tab migrates to the same session.
pub fn first_release_to_v2(old: FirstReleaseNotes) -> NotesStore {
    let mut session = Session::new(FIRST_RELEASE_SESSION_ID, "", "");
    for (notes_id, text) in &old.notes {
        session.set_note(notes_id, text);
    }
    NotesStore {
        version: NOTES_FORMAT_VERSION,
        current: session.id.clone(),
        sessions: vec![session],
        lineage: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn empty_first_release_notes_become_one_empty_session() {
        let store = first_release_to_v2(FirstReleaseNotes {
            notes: BTreeMap::new(),
        });
        assert_eq!(store.sessions.len(), 1);
        assert_eq!(store.current_id(), Some(FIRST_RELEASE_SESSION_ID));
        assert!(store.sessions[0].notes.is_empty());
    }

    proptest! {
        /// Every non-empty note of the first release survives, under the same screen, in the
        /// open session; nothing else is invented.
        #[test]
        fn migrating_the_first_release_keeps_every_note(
            notes in proptest::collection::btree_map("[a-z]{1,8}(/[a-z0-9]{1,6})?", ".{0,40}", 0..12)
        ) {
            let store = first_release_to_v2(FirstReleaseNotes { notes: notes.clone() });
            let session = store.current().expect("one session is open");
            for (id, text) in &notes {
                prop_assert_eq!(session.note(id), text.as_str());
            }
            prop_assert_eq!(session.notes.len(), notes.values().filter(|t| !t.is_empty()).count());
            prop_assert_eq!(store.version, NOTES_FORMAT_VERSION);
        }
    }
}
