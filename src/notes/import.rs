//! Reading a JSON export back in. Everything in the file is checked before anything changes:
//! its size, that it is JSON of the right shape (serde_json reports where it is not), its
//! schema version, and the length of every text. The first problem found is reported.

use std::collections::BTreeMap;
use std::fmt;

use serde::Deserialize;
use serde_json::error::Category;

use super::export_json::EXPORT_APP;
use super::limits::{
    is_valid_date, MAX_IMPORT_BYTES, MAX_NAME_CHARS, MAX_NOTES_PER_SESSION, MAX_NOTE_CHARS,
    MAX_NOTE_ID_CHARS,
};
use super::migrations::FirstReleaseNotes;
use super::session::Session;
use super::store::NOTES_FORMAT_VERSION;
use crate::content::{Run, ScreenId};
use crate::exercises::{check, BadValue};
use crate::i18n::Lang;

/// A session read from an import file, not yet added anywhere.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportedSession {
    /// The session; its `id` is empty until it is added or replaces one.
    pub session: Session,
    /// The schema version of the file.
    pub file_version: u32,
}

/// What serde_json found wrong with a file that is not JSON of the expected shape.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JsonProblem {
    /// Not JSON at all: a stray character, a missing comma or quote.
    Syntax,
    /// The JSON stops before it is complete: the file was cut short.
    CutShort,
    /// Valid JSON, but a field holds the wrong kind of value, or a required one is missing.
    WrongValue,
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
    /// The file is not JSON of the shape an export has, as serde_json reports it.
    BadJson {
        /// What kind of problem.
        problem: JsonProblem,
        /// Its line, from 1.
        line: usize,
        /// Its column, from 1.
        column: usize,
    },
    /// The file is JSON but not a notes export of this app.
    NotAnExport,
    /// A newer version of the app wrote it.
    NewerVersion(u64),
    /// The version is not one this app ever wrote.
    UnknownVersion(u64),
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
    /// The run leaves out a screen this workshop does not have.
    UnknownScreen {
        /// The screen's path, as the file has it.
        path: String,
    },
    /// The run leaves out every screen.
    EmptyRun,
    /// An exercise result is not one this workshop's exercises hold.
    BadResult {
        /// The field, as the file names it.
        field: String,
        /// Its value as the file has it, cut to a length fit for a message.
        value: String,
        /// What is wrong with it.
        problem: BadValue,
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
            ImportError::BadJson {
                problem,
                line,
                column,
            } => {
                let what = match problem {
                    JsonProblem::Syntax => "is not valid JSON",
                    JsonProblem::CutShort => "is cut short",
                    JsonProblem::WrongValue => "has a missing or wrong value",
                };
                write!(f, "the file {what} (line {line}, column {column})")
            }
            ImportError::NotAnExport => {
                f.write_str("the file is not a notes export of this workshop")
            }
            ImportError::NewerVersion(v) => {
                write!(f, "the file was made by a newer version (format {v})")
            }
            ImportError::UnknownVersion(v) => {
                write!(f, "the file has an unknown format version ({v})")
            }
            ImportError::TooLong { field, max } => {
                write!(f, "{field} is longer than {max} characters")
            }
            ImportError::TooManyNotes { max } => write!(f, "the session has more than {max} notes"),
            ImportError::BadDate { field } => write!(f, "{field} is not a date like 2026-03-14"),
            ImportError::BadLanguage { field } => write!(f, "{field} is not a known language"),
            ImportError::UnknownScreen { path } => {
                write!(
                    f,
                    "session.left_out names a screen this workshop does not have: {path}"
                )
            }
            ImportError::EmptyRun => f.write_str("session.left_out leaves out every screen"),
            ImportError::BadResult { field, problem, .. } => {
                write!(f, "session.results.{field} is refused: {problem:?}")
            }
        }
    }
}

impl From<serde_json::Error> for ImportError {
    fn from(error: serde_json::Error) -> Self {
        let problem = match error.classify() {
            Category::Eof => JsonProblem::CutShort,
            Category::Data => JsonProblem::WrongValue,
            Category::Syntax | Category::Io => JsonProblem::Syntax,
        };
        ImportError::BadJson {
            problem,
            line: error.line(),
            column: error.column(),
        }
    }
}

/// What every export starts with: which app wrote it, and in which schema.
#[derive(Deserialize)]
struct Header {
    version: Option<u64>,
    app: Option<String>,
}

/// An export of schema 2 or later (3 adds the run, 4 the exercise results). Its session is
/// read as the store reads one (a field that is missing is empty), then checked.
#[derive(Deserialize)]
struct ExportFile {
    session: Option<Session>,
}

/// Reads and checks an import file. Accepts the JSON export of this version and of every
/// earlier schema, including the first release's stored notes (`{"version":1,"notes":{…}}`).
pub fn parse_import(bytes: &[u8]) -> Result<ImportedSession, ImportError> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { bytes: bytes.len() });
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::NotText)?;
    // An export is one JSON object; anything else (a list, a number) is some other file.
    if !text.trim_start().starts_with('{') {
        return match serde_json::from_str::<serde::de::IgnoredAny>(text) {
            Err(error) => Err(error.into()),
            Ok(_) => Err(ImportError::NotAnExport),
        };
    }
    let header: Header = serde_json::from_str(text)?;
    let version = header.version.ok_or(ImportError::NotAnExport)?;
    if version > u64::from(NOTES_FORMAT_VERSION) {
        return Err(ImportError::NewerVersion(version));
    }
    let session = match version {
        1 => {
            let file: FirstReleaseNotes = serde_json::from_str(text)?;
            let mut session = Session::default();
            add_notes(&mut session, file.notes, "notes")?;
            session
        }
        2..=4 => {
            if header.app.as_deref() != Some(EXPORT_APP) {
                return Err(ImportError::NotAnExport);
            }
            let file: ExportFile = serde_json::from_str(text)?;
            checked_session(file.session.ok_or(ImportError::NotAnExport)?)?
        }
        other => return Err(ImportError::UnknownVersion(other)),
    };
    Ok(ImportedSession {
        session,
        file_version: version as u32,
    })
}

/// The session of an export, once every field is within its limits (its run as the file
/// writes it). The file's session id is not kept: an import gets its own.
fn checked_session(fields: Session) -> Result<Session, ImportError> {
    within_limit(&fields.name, "session.name", MAX_NAME_CHARS)?;
    within_limit(&fields.team, "session.team", MAX_NAME_CHARS)?;
    within_limit(&fields.date, "session.date", MAX_NAME_CHARS)?;
    if !is_valid_date(&fields.date) {
        return Err(ImportError::BadDate {
            field: "session.date".into(),
        });
    }
    within_limit(&fields.lang, "session.lang", MAX_NAME_CHARS)?;
    if !fields.lang.is_empty() && Lang::from_code(&fields.lang).is_none() {
        return Err(ImportError::BadLanguage {
            field: "session.lang".into(),
        });
    }
    let mut session = Session {
        name: fields.name,
        team: fields.team,
        date: fields.date,
        lang: fields.lang,
        ..Session::default()
    };
    add_notes(&mut session, fields.notes, "session.notes")?;
    session.run = checked_run(fields.run.left_out())?;
    for (field, value) in fields.results {
        let bad = |problem| ImportError::BadResult {
            field: field.chars().take(MAX_NOTE_ID_CHARS).collect(),
            value: value.chars().take(MAX_NOTE_ID_CHARS).collect(),
            problem,
        };
        let checked = check(&field, &value).map_err(bad)?;
        session.set_result(&field, &checked);
    }
    Ok(session)
}

/// The run that leaves out the screens at `paths`, each of which must be a screen.
fn checked_run(paths: &[String]) -> Result<Run, ImportError> {
    if let Some(unknown) = paths.iter().find(|path| ScreenId::from_key(path).is_none()) {
        return Err(ImportError::UnknownScreen {
            path: unknown.chars().take(MAX_NOTE_ID_CHARS).collect(),
        });
    }
    if ScreenId::ORDER
        .iter()
        .all(|id| paths.iter().any(|path| path == id.key()))
    {
        return Err(ImportError::EmptyRun);
    }
    Ok(Run::leaving_out(
        paths.iter().filter_map(|path| ScreenId::from_key(path)),
    ))
}

/// Refuses a text longer than `max` characters.
fn within_limit(text: &str, field: &str, max: usize) -> Result<(), ImportError> {
    if text.chars().count() > max {
        Err(ImportError::TooLong {
            field: field.into(),
            max,
        })
    } else {
        Ok(())
    }
}

/// Adds `notes` (found at `field`) to `session`, checking their number and lengths.
fn add_notes(
    session: &mut Session,
    notes: BTreeMap<String, String>,
    field: &str,
) -> Result<(), ImportError> {
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
        if text.chars().count() > MAX_NOTE_CHARS {
            return Err(ImportError::TooLong {
                field: format!("{field}.{notes_id}"),
                max: MAX_NOTE_CHARS,
            });
        }
        session.set_note(&notes_id, &text);
    }
    Ok(())
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
        assert_eq!(imported.file_version, 4);
        let s = imported.session;
        assert_eq!(s.team, "Équipe 🚢");
        assert_eq!(s.name, "<img src=x onerror=alert(1)>");
        assert_eq!((s.date.as_str(), s.lang.as_str()), ("2026-03-14", "fr"));
        assert_eq!(s.note("act/1"), "une note\navec deux lignes");
        assert!(s.id.is_empty(), "an import gets its id when it is added");
    }

    #[test]
    fn a_run_imports_and_a_version_2_export_runs_every_screen() {
        let mut session = Session::new("s", "2026-03-14", "en");
        session.run = crate::content::Preset::SixtyMinutes.run();
        let imported = parse_import(session_json(&session, "t").as_bytes()).expect("valid");
        assert_eq!(imported.session.run, session.run);
        let version_2 = br#"{"version":2,"app":"devops-workshop","kind":"session","session":{"team":"Ops","notes":{"act/1":"kept"}}}"#;
        let imported = parse_import(version_2).expect("a version 2 export imports");
        assert_eq!(imported.file_version, 2);
        assert_eq!(imported.session.run, Run::full());
        assert_eq!(imported.session.note("act/1"), "kept");
    }

    #[test]
    fn a_run_naming_an_unknown_screen_or_leaving_out_everything_is_refused() {
        let file = |left_out: serde_json::Value| {
            serde_json::json!({"version":3,"app":EXPORT_APP,"session":{"left_out":left_out}})
                .to_string()
        };
        assert_eq!(
            parse_import(file(serde_json::json!(["deck/team", "act/9"])).as_bytes()),
            Err(ImportError::UnknownScreen {
                path: "act/9".into()
            })
        );
        let every: Vec<&str> = ScreenId::ORDER.iter().map(|id| id.key()).collect();
        assert_eq!(
            parse_import(file(serde_json::json!(every)).as_bytes()),
            Err(ImportError::EmptyRun)
        );
    }

    #[test]
    fn results_import_checked_and_a_bad_one_is_named() {
        let mut session = Session::new("s", "2026-03-14", "en");
        session.set_result("hands/praised", "12");
        session.set_result("cast/dev", "Ann <b>");
        session.set_result("plan/1/date", "2027-01-31");
        let imported = parse_import(session_json(&session, "t").as_bytes()).expect("valid");
        assert_eq!(imported.session.results, session.results);
        let file = |results: serde_json::Value| {
            serde_json::json!({"version":4,"app":EXPORT_APP,"session":{"results":results}})
                .to_string()
        };
        assert_eq!(
            parse_import(file(serde_json::json!({"hands/praised": "1000"})).as_bytes()),
            Err(ImportError::BadResult {
                field: "hands/praised".into(),
                value: "1000".into(),
                problem: BadValue::NotACount
            })
        );
        assert_eq!(
            parse_import(file(serde_json::json!({"hands/maybe": "1"})).as_bytes()),
            Err(ImportError::BadResult {
                field: "hands/maybe".into(),
                value: "1".into(),
                problem: BadValue::UnknownField
            })
        );
        assert_eq!(
            parse_import(file(serde_json::json!({"shifts/1": " 7 "})).as_bytes())
                .map(|i| i.session.result("shifts/1").to_string()),
            Ok("7".to_string()),
            "a value is tidied as the app stores it"
        );
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

    fn bad_json(problem: JsonProblem, line: usize, column: usize) -> ImportError {
        ImportError::BadJson {
            problem,
            line,
            column,
        }
    }

    #[test]
    fn each_problem_is_named() {
        use JsonProblem::{CutShort, Syntax, WrongValue};
        let cases: &[(&[u8], ImportError)] = &[
            (&[0xff, 0xfe], ImportError::NotText),
            (b"{\"version\":2,", bad_json(CutShort, 1, 13)),
            (b"{\"version\":2,\n  x}", bad_json(Syntax, 2, 3)),
            (b"[1,2]", ImportError::NotAnExport),
            (b"[1,2", bad_json(CutShort, 1, 4)),
            (b"nonsense", bad_json(Syntax, 1, 2)),
            (b"{\"hello\":1}", ImportError::NotAnExport),
            (b"{\"version\":\"2\"}", bad_json(WrongValue, 1, 14)),
            (b"{\"version\":5,\"app\":\"devops-workshop\"}", ImportError::NewerVersion(5)),
            (b"{\"version\":0}", ImportError::UnknownVersion(0)),
            (b"{\"version\":2,\"app\":\"other\",\"session\":{}}", ImportError::NotAnExport),
            (b"{\"version\":2,\"app\":\"devops-workshop\",\"session\":\"x\"}", bad_json(WrongValue, 1, 50)),
            (b"{\"version\":2,\"app\":\"devops-workshop\",\"session\":{\"team\":5}}", bad_json(WrongValue, 1, 56)),
            (b"{\"version\":2,\"app\":\"devops-workshop\",\"session\":{\"date\":\"14/03/2026\"}}", ImportError::BadDate { field: "session.date".into() }),
            (b"{\"version\":2,\"app\":\"devops-workshop\",\"session\":{\"lang\":\"de\"}}", ImportError::BadLanguage { field: "session.lang".into() }),
            (b"{\"version\":2,\"app\":\"devops-workshop\",\"session\":{\"notes\":\"x\"}}", bad_json(WrongValue, 1, 59)),
            (b"{\"version\":2,\"app\":\"devops-workshop\",\"session\":{\"notes\":{\"act/1\":1}}}", bad_json(WrongValue, 1, 66)),
            (b"{\"version\":1,\"notes\":{\"act/1\":null}}", bad_json(WrongValue, 1, 34)),
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
    fn deep_nesting_is_skipped_or_refused_and_never_recursed_into() {
        let nested = |depth: usize| format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        // In a field the app does not know, serde_json skips it without recursing.
        let unknown = format!(
            r#"{{"version":2,"app":"devops-workshop","session":{{"team":"T"}},"extra":{}}}"#,
            nested(200_000)
        );
        let imported = parse_import(unknown.as_bytes()).expect("the unknown field is skipped");
        assert_eq!(imported.session.team, "T");
        // Where a text belongs, the first bracket is already the wrong kind of value.
        let in_team = format!(
            r#"{{"version":2,"app":"devops-workshop","session":{{"team":{}}}}}"#,
            nested(200_000)
        );
        assert_eq!(
            parse_import(in_team.as_bytes()),
            Err(bad_json(JsonProblem::WrongValue, 1, 55))
        );
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
        let many: serde_json::Map<String, serde_json::Value> = (0..=MAX_NOTES_PER_SESSION)
            .map(|i| (format!("n/{i}"), serde_json::Value::from("x")))
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
