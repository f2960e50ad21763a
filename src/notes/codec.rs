//! The stored form of the notes: versioned JSON under one localStorage key.
//!
//! - Version 1 (the first release): `{"version":1,"notes":{"act/1":"text", …}}`.
//! - Version 2: `{"version":2,"current":"<id>","sessions":[{"id","name","team","date","lang","notes"}]}`.
//! - Version 3: each session also has `left_out`, the paths of the screens its run leaves out.
//! - Version 4: each session also has `results`, what the team entered in the exercises, by
//!   field id (see [`crate::exercises::results`]); left out when there are none.
//!
//! [`decode`] reads every version and migrates it (see [`super::migrations`]); [`encode`]
//! always writes the current one. The whole store is one value written by one `setItem`, so a
//! write either happens completely or not at all.

use std::fmt;

use serde::Deserialize;

use super::migrations::{first_release_to_v2, FirstReleaseNotes};
use super::store::{NotesStore, NOTES_FORMAT_VERSION};

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

impl From<serde_json::Error> for DecodeError {
    fn from(error: serde_json::Error) -> Self {
        if error.is_data() {
            DecodeError::NotNotes(error.to_string())
        } else {
            DecodeError::NotJson(error.to_string())
        }
    }
}

/// Stored notes, read and brought to the current schema.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    /// The notes in the current schema.
    pub store: NotesStore,
    /// The schema version they were stored in; older than [`NOTES_FORMAT_VERSION`] means they
    /// were migrated and the stored value is still in the old form.
    pub stored_version: u32,
}

/// The schema version of a stored document: read first, on its own, so that a document of a
/// newer schema is recognised as such whatever its other fields hold.
#[derive(Clone, Copy, Debug, Deserialize)]
pub struct FormatVersion {
    /// The schema version.
    pub version: u32,
}

/// The stored text for `store`, always in the current schema.
pub fn encode(store: &NotesStore) -> String {
    // Strings, vectors and maps of strings always serialise.
    serde_json::to_string(&current_schema(store)).unwrap_or_default()
}

/// `store` as it is written: marked with the current schema version.
pub fn current_schema(store: &NotesStore) -> NotesStore {
    NotesStore {
        version: NOTES_FORMAT_VERSION,
        ..store.clone()
    }
}

/// Reads stored text of any known version into the current schema, or says why it cannot.
pub fn decode(raw: &str) -> Result<Decoded, DecodeError> {
    decode_stored(
        serde_json::from_str(raw),
        || serde_json::from_str(raw),
        || serde_json::from_str(raw),
    )
}

/// Reads a stored document from its parts, each read as its own serde type: its `version`,
/// then the document in the shape of that version (the first release's, or the current one,
/// which reads every later schema since each only adds fields with defaults). The parts come
/// from a text ([`decode`]) or from the browser's storage through gloo-storage's typed `get`.
pub fn decode_stored<E>(
    version: Result<FormatVersion, E>,
    first_release: impl FnOnce() -> Result<FirstReleaseNotes, E>,
    current: impl FnOnce() -> Result<NotesStore, E>,
) -> Result<Decoded, DecodeError>
where
    DecodeError: From<E>,
{
    let version = version?.version;
    let mut store = match version {
        1 => first_release_to_v2(first_release()?),
        // Every later schema only added fields with defaults: read, it is the current one.
        2..=NOTES_FORMAT_VERSION => NotesStore {
            version: NOTES_FORMAT_VERSION,
            ..current()?
        },
        newer if newer > NOTES_FORMAT_VERSION => return Err(DecodeError::FromNewerVersion(newer)),
        other => return Err(DecodeError::NotNotes(format!("unknown format {other}"))),
    };
    for session in &mut store.sessions {
        session.run = session.run.tidy();
    }
    if store
        .sessions
        .iter()
        .enumerate()
        .any(|(i, s)| store.sessions[..i].iter().any(|t| t.id == s.id))
    {
        return Err(DecodeError::NotNotes(
            "two sessions share an id".to_string(),
        ));
    }
    Ok(Decoded {
        store,
        stored_version: version,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Preset, Run};
    use crate::notes::session::{Session, FIRST_RELEASE_SESSION_ID};
    use proptest::prelude::*;

    /// Exactly what the first release stored, copied from a real browser.
    const FIRST_RELEASE_FIXTURE: &str = r#"{"version":1,"notes":{"act/1":"Speed hurt us in the last release.\nLine two: \"quotes\" & <tags>","act/2":"VMs everywhere","deck/why":"Ünïcödé — 🚢"}}"#;

    fn sample() -> NotesStore {
        let mut a = Session::new("s-1", "2026-03-14", "nl");
        a.name = "Ochtend".into();
        a.team = "Betalingen <b>".into();
        a.set_note("act/1", "Speed hurt us.\n\"quotes\" & <tags>");
        let mut b = Session::new("s-2", "", "fr");
        b.set_note("deck/why", "Ünïcödé — 🚢");
        let mut store = NotesStore::with_session(a);
        store.add_session(b);
        store
    }

    #[test]
    fn round_trips_every_character() {
        let store = sample();
        let decoded = decode(&encode(&store)).expect("what we write we read");
        assert_eq!(decoded.store, store);
        assert_eq!(decoded.stored_version, NOTES_FORMAT_VERSION);
    }

    #[test]
    fn reads_the_first_release_format() {
        let decoded = decode(FIRST_RELEASE_FIXTURE).expect("version 1 is readable");
        assert_eq!(decoded.stored_version, 1);
        let session = decoded.store.current().expect("one session");
        assert_eq!(session.id, FIRST_RELEASE_SESSION_ID);
        assert_eq!(session.note("act/2"), "VMs everywhere");
        assert_eq!(session.note("deck/why"), "Ünïcödé — 🚢");
        assert_eq!(
            session.note("act/1"),
            "Speed hurt us in the last release.\nLine two: \"quotes\" & <tags>"
        );
        assert_eq!(session.note("act/3"), "");
        // Once written back, it is the current version and reads the same.
        rewrites_as_current(&decoded.store);
    }

    #[test]
    fn reads_an_empty_first_release_document() {
        let decoded = decode(r#"{"version":1,"notes":{}}"#).expect("readable");
        assert_eq!(decoded.store.sessions.len(), 1);
    }

    /// What the second schema stored, as it stored it: every session runs every screen.
    const VERSION_2_FIXTURE: &str = r#"{"version":2,"current":"b","sessions":[
        {"id":"a","name":"","team":"Ops","date":"2026-01-01","lang":"en","notes":{"act/1":"one"}},
        {"id":"b","name":"Run 2","team":"Dev","date":"","lang":"fr","notes":{}}],"lineage":["w-1"]}"#;

    /// Written back, `store` is in the current version and reads the same.
    fn rewrites_as_current(store: &NotesStore) {
        let rewritten = encode(store);
        assert!(rewritten.starts_with(r#"{"version":4"#), "{rewritten}");
        assert_eq!(
            decode(&rewritten).expect("rewritten notes read").store,
            *store
        );
    }

    #[test]
    fn reads_a_version_2_fixture_with_every_screen_in_the_run() {
        let decoded = decode(VERSION_2_FIXTURE).expect("readable");
        assert_eq!(decoded.stored_version, 2);
        let store = decoded.store;
        assert_eq!(store.current_id(), Some("b"));
        assert_eq!(store.session("a").map(|s| s.note("act/1")), Some("one"));
        assert!(store.sessions.iter().all(|s| s.run == Run::full()));
        assert!(store.sessions.iter().all(|s| s.results.is_empty()));
        // Written back, it is the current version and reads the same.
        rewrites_as_current(&store);
    }

    #[test]
    fn a_version_3_session_keeps_its_run() {
        let fixture = r#"{"version":3,"current":"a","sessions":[
            {"id":"a","name":"","team":"","date":"","lang":"nl","notes":{},"left_out":["deck/pillars/1","deck/qa"]}]}"#;
        let store = decode(fixture).expect("readable").store;
        let run = &store.sessions[0].run;
        assert_eq!(run.left_out(), ["deck/qa", "deck/pillars/1"]);
        assert!(
            store.sessions[0].results.is_empty(),
            "version 3 had no exercises"
        );
        rewrites_as_current(&store);
    }

    #[test]
    fn a_version_4_session_keeps_its_results_and_an_empty_one_stores_none() {
        let fixture = r#"{"version":4,"current":"a","sessions":[
            {"id":"a","name":"","team":"","date":"","lang":"fr","notes":{"act/1":"x"},"left_out":[],
             "results":{"hands/both":"3","cast/dev":"Ann, Bo","dora/lead":"4"}}]}"#;
        let decoded = decode(fixture).expect("readable");
        assert_eq!(decoded.stored_version, 4);
        let session = &decoded.store.sessions[0];
        assert_eq!(session.result("cast/dev"), "Ann, Bo");
        assert_eq!(session.result("dora/lead"), "4");
        assert_eq!(session.note("act/1"), "x");
        rewrites_as_current(&decoded.store);
        let empty = NotesStore::with_session(Session::new("e", "", "en"));
        assert!(!encode(&empty).contains("results"));
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
        assert!(matches!(
            decode(r#"{"version":0,"notes":{}}"#),
            Err(DecodeError::NotNotes(_))
        ));
        assert!(matches!(
            decode(r#"{"version":2,"current":"a","sessions":{}}"#),
            Err(DecodeError::NotNotes(_))
        ));
        assert!(matches!(
            decode(
                r#"{"version":2,"current":"a","sessions":[{"id":"a","name":"","team":"","date":"","lang":"","notes":{}},{"id":"a","name":"","team":"","date":"","lang":"","notes":{}}]}"#
            ),
            Err(DecodeError::NotNotes(_))
        ));
        let wrong_type = decode(
            r#"{"version":2,"current":"a","sessions":[{"id":"a","name":"","team":1,"date":"","lang":"","notes":{}}]}"#,
        );
        assert!(
            matches!(&wrong_type, Err(DecodeError::NotNotes(why)) if why.contains("line 1 column 67")),
            "{wrong_type:?}"
        );
        // A newer schema is recognised even when its fields are of another shape.
        assert_eq!(
            decode(r#"{"version":9,"current":[],"sessions":"anything"}"#),
            Err(DecodeError::FromNewerVersion(9))
        );
        assert_eq!(
            decode(r#"{"version":7,"notes":{}}"#),
            Err(DecodeError::FromNewerVersion(7))
        );
        assert!(DecodeError::FromNewerVersion(7)
            .to_string()
            .contains("newer version"));
    }

    fn any_text() -> impl Strategy<Value = String> {
        // Any Unicode, including quotes, backslashes, control characters and emoji.
        proptest::collection::vec(any::<char>(), 0..30)
            .prop_map(|chars| chars.into_iter().collect())
    }

    fn any_session() -> impl Strategy<Value = Session> {
        (
            "[a-z0-9-]{1,12}",
            any_text(),
            any_text(),
            prop_oneof![Just(String::new()), Just("2026-03-14".to_string())],
            prop_oneof![
                Just(String::new()),
                Just("en".to_string()),
                Just("nl".to_string())
            ],
            proptest::collection::btree_map("[a-z]{1,6}/[a-z0-9]{1,4}", any_text(), 0..6),
            prop_oneof![
                Just(Run::full()),
                Just(Preset::PlayOnly.run()),
                Just(Preset::SixtyMinutes.run())
            ],
            proptest::collection::btree_map("[a-z]{1,6}/[a-z0-9]{1,4}", any_text(), 0..4),
        )
            .prop_map(|(id, name, team, date, lang, notes, run, results)| {
                let mut session = Session {
                    id,
                    name,
                    team,
                    date,
                    lang,
                    run,
                    ..Session::default()
                };
                for (notes_id, text) in notes {
                    session.set_note(&notes_id, &text);
                }
                for (field, value) in results {
                    session.set_result(&field, &value);
                }
                session
            })
    }

    fn any_store() -> impl Strategy<Value = NotesStore> {
        proptest::collection::vec(any_session(), 1..5).prop_map(|sessions| {
            let mut store = NotesStore::with_session(sessions[0].clone());
            for session in sessions.into_iter().skip(1) {
                if store.session(&session.id).is_none() {
                    store.add_session(session);
                }
            }
            store
        })
    }

    proptest! {
        #[test]
        fn encode_then_decode_is_the_identity(store in any_store()) {
            let decoded = decode(&encode(&store)).expect("what we write we read");
            prop_assert_eq!(decoded.store, store);
        }

        /// Any first-release document, as the first release's own code wrote it, reads back
        /// with every note in place, and writing it out again loses nothing.
        #[test]
        fn first_release_documents_migrate_without_loss(
            notes in proptest::collection::btree_map("[a-z]{1,6}(/[a-z0-9]{1,4})?", any_text(), 0..8)
        ) {
            let notes: std::collections::BTreeMap<String, String> =
                notes.into_iter().filter(|(_, text)| !text.is_empty()).collect();
            let raw = serde_json::json!({"version": 1, "notes": notes}).to_string();
            let decoded = decode(&raw).expect("version 1 is readable");
            prop_assert_eq!(decoded.stored_version, 1);
            let session = decoded.store.current().expect("one session").clone();
            prop_assert_eq!(&session.notes, &notes);
            let again = decode(&encode(&decoded.store)).expect("the migrated store reads");
            prop_assert_eq!(again.store, decoded.store);
        }

        /// Whatever bytes are stored, reading them never panics.
        #[test]
        fn decoding_garbage_never_panics(raw in any_text()) {
            let _ = decode(&raw);
        }
    }

    #[test]
    fn deep_nesting_is_skipped_or_refused_and_never_recursed_into() {
        let nested = |depth: usize| format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        // In a field the app does not know, serde_json skips it without recursing.
        let unknown = format!(
            r#"{{"version":2,"current":"a","sessions":[],"extra":{}}}"#,
            nested(200_000)
        );
        assert_eq!(
            decode(&unknown).map(|d| d.store.current),
            Ok("a".to_string())
        );
        // Where the sessions belong, a list of lists is the wrong kind of value.
        let in_sessions = format!(
            r#"{{"version":2,"current":"a","sessions":{}}}"#,
            nested(200_000)
        );
        assert!(matches!(
            decode(&in_sessions),
            Err(DecodeError::NotNotes(_))
        ));
    }
}
