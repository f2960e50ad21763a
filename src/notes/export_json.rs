//! The JSON export: one session, complete and versioned, for backup and for moving a session
//! to another browser. [`super::import`] reads it back.

use std::collections::BTreeMap;

use serde::Serialize;

use super::session::Session;
use super::store::NOTES_FORMAT_VERSION;
use crate::i18n::fold;

/// What every export says it is, so that an import can tell it from any other JSON.
pub const EXPORT_APP: &str = "devops-workshop";

/// What kind of export this is (a single session).
pub const EXPORT_KIND: &str = "session";

#[derive(Serialize)]
struct ExportFile<'a> {
    app: &'static str,
    kind: &'static str,
    version: u32,
    exported_at: &'a str,
    session: ExportedSession<'a>,
}

#[derive(Serialize)]
struct ExportedSession<'a> {
    name: &'a str,
    team: &'a str,
    date: &'a str,
    lang: &'a str,
    notes: &'a BTreeMap<String, String>,
    left_out: &'a [String],
    results: &'a BTreeMap<String, String>,
}

/// The JSON backup of `session`, compact (one line: a backup is for the app to read back). `exported_at` is an ISO 8601 timestamp.
pub fn session_json(session: &Session, exported_at: &str) -> String {
    let file = ExportFile {
        app: EXPORT_APP,
        kind: EXPORT_KIND,
        version: NOTES_FORMAT_VERSION,
        exported_at,
        session: ExportedSession {
            name: &session.name,
            team: &session.team,
            date: &session.date,
            lang: &session.lang,
            notes: &session.notes,
            left_out: session.run.left_out(),
            results: &session.results,
        },
    };
    // Only strings and maps of strings: serialising cannot fail.
    serde_json::to_string(&file).unwrap_or_default()
}

/// A file name for an export of `session`: `workshop-<team>-<date>.<extension>`, reduced to
/// characters every file system accepts.
pub fn export_file_name(session: &Session, extension: &str) -> String {
    let label: String = [
        session.team.as_str(),
        session.name.as_str(),
        session.date.as_str(),
    ]
    .iter()
    .filter(|part| !part.trim().is_empty())
    .map(|part| slug(part))
    .filter(|part| !part.is_empty())
    .collect::<Vec<_>>()
    .join("-");
    if label.is_empty() {
        format!("workshop-notes.{extension}")
    } else {
        format!("workshop-{label}.{extension}")
    }
}

/// `text` as lower-case ASCII letters and digits joined by single hyphens, at most 40 long:
/// "Équipe Ops" gives "equipe-ops". Letters of other scripts are dropped, so that the file
/// name travels safely through any mail client, file system or zip tool.
fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in fold(text).chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
        if out.chars().count() >= 40 {
            break;
        }
    }
    out.trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_export_is_versioned_and_complete() {
        let mut session = Session::new("s-1", "2026-03-14", "nl");
        session.name = "Ochtend".into();
        session.team = "Betalingen".into();
        session.set_note("act/1", "één\n\"twee\"");
        session.run = crate::content::Run::from_keys(["deck/team"]);
        session.set_result("dora/lead", "4");
        let json = session_json(&session, "2026-03-14T10:00:00.000Z");
        let value: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
        assert_eq!(value["app"], EXPORT_APP);
        assert_eq!(value["version"], NOTES_FORMAT_VERSION);
        assert_eq!(value["session"]["team"], "Betalingen");
        assert_eq!(value["session"]["name"], "Ochtend");
        assert_eq!(value["session"]["date"], "2026-03-14");
        assert_eq!(value["session"]["lang"], "nl");
        assert_eq!(value["session"]["notes"]["act/1"], "één\n\"twee\"");
        assert_eq!(
            value["session"]["left_out"],
            serde_json::json!(["deck/team"])
        );
        assert_eq!(value["session"]["results"]["dora/lead"], "4");
    }

    #[test]
    fn file_names_are_safe() {
        let mut session = Session::new("s", "2026-03-14", "en");
        session.team = "../Team <A>/B".into();
        assert_eq!(
            export_file_name(&session, "md"),
            "workshop-team-a-b-2026-03-14.md"
        );
        session.team = "Équipe Œuvre".into();
        session.name = "Ωμάδα".into();
        assert_eq!(
            export_file_name(&session, "md"),
            "workshop-equipe-oeuvre-2026-03-14.md"
        );
        assert_eq!(
            export_file_name(&Session::default(), "json"),
            "workshop-notes.json"
        );
    }
}
