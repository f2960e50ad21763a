//! Reading a JSON export back in. Everything in the file is checked before anything changes:
//! its size, that it is JSON, its schema version, the type of every field and the length of
//! every text. The first problem found is reported, with the field it is in.

use std::fmt;

use serde_json::{Map, Value};

use super::export_json::EXPORT_APP;
use super::limits::{
    is_valid_date, MAX_IMPORT_BYTES, MAX_NAME_CHARS, MAX_NOTES_PER_SESSION, MAX_NOTE_CHARS,
    MAX_NOTE_ID_CHARS,
};
use super::session::Session;
use super::store::NOTES_FORMAT_VERSION;
use crate::i18n::Lang;
use crate::json_text::{self, TextPosition};

/// A session read from an import file, not yet added anywhere.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportedSession {
    /// The session; its `id` is empty until it is added or replaces one.
    pub session: Session,
    /// The schema version of the file.
    pub file_version: u32,
}

/// The kind of value a field should hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    /// A string.
    Text,
    /// An object of named fields.
    Object,
    /// A whole number.
    Number,
}

/// Why an import file was refused. Nothing changes when a file is refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// The file is larger than [`MAX_IMPORT_BYTES`].
    TooLarge {
        /// Its size in bytes.
        bytes: usize,
    },
    /// The file is not text (UTF-8).
    NotText,
    /// The file is not valid JSON.
    NotJson {
        /// Where the first error is, if the parser said.
        at: Option<TextPosition>,
    },
    /// The file is JSON but not a notes export of this app.
    NotAnExport,
    /// A newer version of the app wrote it.
    NewerVersion(u64),
    /// The version is not one this app ever wrote.
    UnknownVersion(u64),
    /// A field holds the wrong kind of value.
    WrongType {
        /// The field, e.g. `session.team`.
        field: String,
        /// What it should hold.
        expected: Expected,
    },
    /// A text is longer than allowed.
    TooLong {
        /// The field, e.g. `session.notes.act/1`.
        field: String,
        /// The most characters allowed.
        max: usize,
    },
    /// The session has more notes than allowed.
    TooManyNotes {
        /// The most notes allowed.
        max: usize,
    },
    /// A date is not `YYYY-MM-DD`.
    BadDate {
        /// The field.
        field: String,
    },
    /// A language code is not one of the app's languages.
    BadLanguage {
        /// The field.
        field: String,
    },
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::TooLarge { bytes } => write!(
                f,
                "the file has {bytes} bytes; at most {MAX_IMPORT_BYTES} are accepted"
            ),
            ImportError::NotText => f.write_str("the file is not text"),
            ImportError::NotJson {
                at: Some(TextPosition { line, column }),
            } => write!(
                f,
                "the file is not valid JSON (line {line}, column {column})"
            ),
            ImportError::NotJson { at: None } => f.write_str("the file is not valid JSON"),
            ImportError::NotAnExport => {
                f.write_str("the file is not a notes export of this workshop")
            }
            ImportError::NewerVersion(v) => {
                write!(f, "the file was made by a newer version (format {v})")
            }
            ImportError::UnknownVersion(v) => {
                write!(f, "the file has an unknown format version ({v})")
            }
            ImportError::WrongType { field, expected } => {
                write!(f, "{field} should be {expected:?}")
            }
            ImportError::TooLong { field, max } => {
                write!(f, "{field} is longer than {max} characters")
            }
            ImportError::TooManyNotes { max } => write!(f, "the session has more than {max} notes"),
            ImportError::BadDate { field } => write!(f, "{field} is not a date like 2026-03-14"),
            ImportError::BadLanguage { field } => write!(f, "{field} is not a known language"),
        }
    }
}

/// Reads and checks an import file. Accepts the JSON export of this version and of every
/// earlier schema, including the first release's stored notes (`{"version":1,"notes":{…}}`).
pub fn parse_import(bytes: &[u8]) -> Result<ImportedSession, ImportError> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { bytes: bytes.len() });
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::NotText)?;
    let value = json_text::parse(text).map_err(|e| ImportError::NotJson { at: e.at })?;
    let Value::Object(top) = value else {
        return Err(ImportError::NotAnExport);
    };
    let version = match top.get("version") {
        None => return Err(ImportError::NotAnExport),
        Some(v) => v
            .as_u64()
            .ok_or_else(|| wrong_type("version", Expected::Number))?,
    };
    if version > u64::from(NOTES_FORMAT_VERSION) {
        return Err(ImportError::NewerVersion(version));
    }
    let session = match version {
        1 => {
            let mut session = Session::default();
            read_notes(&top, "notes", "notes", &mut session)?;
            session
        }
        2 => {
            match top.get("app") {
                Some(Value::String(app)) if app == EXPORT_APP => {}
                _ => return Err(ImportError::NotAnExport),
            }
            let fields = match top.get("session") {
                Some(Value::Object(fields)) => fields,
                Some(_) => return Err(wrong_type("session", Expected::Object)),
                None => return Err(ImportError::NotAnExport),
            };
            read_session(fields)?
        }
        other => return Err(ImportError::UnknownVersion(other)),
    };
    Ok(ImportedSession {
        session,
        file_version: version as u32,
    })
}

fn read_session(fields: &Map<String, Value>) -> Result<Session, ImportError> {
    let name = read_text(fields, "name", "session.name", MAX_NAME_CHARS)?;
    let team = read_text(fields, "team", "session.team", MAX_NAME_CHARS)?;
    let date = read_text(fields, "date", "session.date", MAX_NAME_CHARS)?;
    if !is_valid_date(&date) {
        return Err(ImportError::BadDate {
            field: "session.date".into(),
        });
    }
    let lang = read_text(fields, "lang", "session.lang", MAX_NAME_CHARS)?;
    if !lang.is_empty() && Lang::from_code(&lang).is_none() {
        return Err(ImportError::BadLanguage {
            field: "session.lang".into(),
        });
    }
    let mut session = Session {
        name,
        team,
        date,
        lang,
        ..Session::default()
    };
    read_notes(fields, "notes", "session.notes", &mut session)?;
    Ok(session)
}

/// An optional text field; missing means empty.
fn read_text(
    fields: &Map<String, Value>,
    key: &str,
    field: &str,
    max: usize,
) -> Result<String, ImportError> {
    match fields.get(key) {
        None | Some(Value::Null) => Ok(String::new()),
        Some(Value::String(text)) => {
            if text.chars().count() > max {
                Err(ImportError::TooLong {
                    field: field.into(),
                    max,
                })
            } else {
                Ok(text.clone())
            }
        }
        Some(_) => Err(wrong_type(field, Expected::Text)),
    }
}

fn read_notes(
    fields: &Map<String, Value>,
    key: &str,
    field: &str,
    session: &mut Session,
) -> Result<(), ImportError> {
    let notes = match fields.get(key) {
        None => return Ok(()),
        Some(Value::Object(notes)) => notes,
        Some(_) => return Err(wrong_type(field, Expected::Object)),
    };
    if notes.len() > MAX_NOTES_PER_SESSION {
        return Err(ImportError::TooManyNotes {
            max: MAX_NOTES_PER_SESSION,
        });
    }
    for (notes_id, text) in notes {
        if notes_id.is_empty() || notes_id.chars().count() > MAX_NOTE_ID_CHARS {
            return Err(ImportError::TooLong {
                field: field.into(),
                max: MAX_NOTE_ID_CHARS,
            });
        }
        let note_field = format!("{field}.{notes_id}");
        let Value::String(text) = text else {
            return Err(wrong_type(&note_field, Expected::Text));
        };
        if text.chars().count() > MAX_NOTE_CHARS {
            return Err(ImportError::TooLong {
                field: note_field,
                max: MAX_NOTE_CHARS,
            });
        }
        session.set_note(notes_id, text);
    }
    Ok(())
}

fn wrong_type(field: &str, expected: Expected) -> ImportError {
    ImportError::WrongType {
        field: field.into(),
        expected,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::notes::export_json::session_json;

    fn export_of(team: &str) -> String {
        let mut session = Session::new("s", "2026-03-14", "fr");
        session.team = team.into();
        session.name = "<img src=x onerror=alert(1)>".into();
        session.set_note("act/1", "une note\navec deux lignes");
        session_json(&session, "2026-03-14T10:00:00Z")
    }

    #[test]
    fn an_export_imports_unchanged() {
        let imported = parse_import(export_of("Équipe 🚢").as_bytes()).expect("valid");
        assert_eq!(imported.file_version, 2);
        let s = imported.session;
        assert_eq!(s.team, "Équipe 🚢");
        assert_eq!(s.name, "<img src=x onerror=alert(1)>");
        assert_eq!((s.date.as_str(), s.lang.as_str()), ("2026-03-14", "fr"));
        assert_eq!(s.note("act/1"), "une note\navec deux lignes");
        assert!(s.id.is_empty(), "an import gets its id when it is added");
    }

    #[test]
    fn the_first_release_format_imports() {
        let imported = parse_import(br#"{"version":1,"notes":{"act/2":"VMs"}}"#).expect("valid");
        assert_eq!(imported.file_version, 1);
        assert_eq!(imported.session.note("act/2"), "VMs");
    }

    #[test]
    fn size_is_checked_first() {
        let big = vec![b' '; MAX_IMPORT_BYTES + 1];
        assert_eq!(
            parse_import(&big),
            Err(ImportError::TooLarge {
                bytes: MAX_IMPORT_BYTES + 1
            })
        );
    }

    #[test]
    fn each_problem_is_named() {
        let cases: &[(&[u8], ImportError)] = &[
            (&[0xff, 0xfe], ImportError::NotText),
            (b"{\"version\":2,", ImportError::NotJson { at: Some(TextPosition { line: 1, column: 13 }) }),
            (b"[1,2]", ImportError::NotAnExport),
            (b"{\"hello\":1}", ImportError::NotAnExport),
            (b"{\"version\":\"2\"}", wrong_type("version", Expected::Number)),
            (b"{\"version\":3,\"app\":\"devops-workshop\"}", ImportError::NewerVersion(3)),
            (b"{\"version\":0}", ImportError::UnknownVersion(0)),
            (b"{\"version\":2,\"app\":\"other\",\"session\":{}}", ImportError::NotAnExport),
            (b"{\"version\":2,\"app\":\"devops-workshop\",\"session\":[]}", wrong_type("session", Expected::Object)),
            (b"{\"version\":2,\"app\":\"devops-workshop\",\"session\":{\"team\":5}}", wrong_type("session.team", Expected::Text)),
            (b"{\"version\":2,\"app\":\"devops-workshop\",\"session\":{\"date\":\"14/03/2026\"}}", ImportError::BadDate { field: "session.date".into() }),
            (b"{\"version\":2,\"app\":\"devops-workshop\",\"session\":{\"lang\":\"de\"}}", ImportError::BadLanguage { field: "session.lang".into() }),
            (b"{\"version\":2,\"app\":\"devops-workshop\",\"session\":{\"notes\":\"x\"}}", wrong_type("session.notes", Expected::Object)),
            (b"{\"version\":2,\"app\":\"devops-workshop\",\"session\":{\"notes\":{\"act/1\":1}}}", wrong_type("session.notes.act/1", Expected::Text)),
            (b"{\"version\":1,\"notes\":{\"act/1\":null}}", wrong_type("notes.act/1", Expected::Text)),
        ];
        for (input, expected) in cases {
            assert_eq!(
                &parse_import(input),
                &Err(expected.clone()),
                "{}",
                String::from_utf8_lossy(input)
            );
        }
    }

    proptest::proptest! {
        /// What the fuzz target checks, on a smaller scale: no input makes the parser panic,
        /// and anything it accepts exports and imports again unchanged.
        #[test]
        fn any_bytes_are_refused_or_round_trip(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..200)) {
            if let Ok(imported) = parse_import(&bytes) {
                let again = parse_import(session_json(&imported.session, "t").as_bytes());
                proptest::prop_assert_eq!(again.map(|i| i.session), Ok(imported.session));
            }
        }

        #[test]
        fn any_valid_session_round_trips(
            team in ".{0,20}",
            name in ".{0,20}",
            notes in proptest::collection::btree_map("[a-z]{1,5}/[0-9]", ".{1,40}", 0..6),
        ) {
            let mut session = Session::new("x", "2026-03-14", "nl");
            session.team = team;
            session.name = name;
            for (id, text) in &notes { session.set_note(id, text); }
            let imported = parse_import(session_json(&session, "t").as_bytes()).expect("valid");
            proptest::prop_assert_eq!(imported.session, Session { id: String::new(), ..session });
        }
    }

    #[test]
    fn lengths_are_checked() {
        let long_team = "t".repeat(MAX_NAME_CHARS + 1);
        let file = serde_json::json!({"version":2,"app":EXPORT_APP,"session":{"team":long_team}})
            .to_string();
        assert_eq!(
            parse_import(file.as_bytes()),
            Err(ImportError::TooLong {
                field: "session.team".into(),
                max: MAX_NAME_CHARS
            })
        );
        let long_note = "n".repeat(MAX_NOTE_CHARS + 1);
        let file = serde_json::json!({"version":2,"app":EXPORT_APP,"session":{"notes":{"act/1":long_note}}}).to_string();
        assert_eq!(
            parse_import(file.as_bytes()),
            Err(ImportError::TooLong {
                field: "session.notes.act/1".into(),
                max: MAX_NOTE_CHARS
            })
        );
        let many: serde_json::Map<String, Value> = (0..=MAX_NOTES_PER_SESSION)
            .map(|i| (format!("n/{i}"), Value::from("x")))
            .collect();
        let file =
            serde_json::json!({"version":2,"app":EXPORT_APP,"session":{"notes":many}}).to_string();
        assert_eq!(
            parse_import(file.as_bytes()),
            Err(ImportError::TooManyNotes {
                max: MAX_NOTES_PER_SESSION
            })
        );
    }
}
