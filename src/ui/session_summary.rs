//! How a session is named on screen: its label and a line with its team and date.

use crate::i18n::{keys, text, Lang};
use crate::notes::export_markdown::session_label;
use crate::notes::Session;

/// What a list row or the top bar shows about a session. Plain data, so a list only redraws
/// when something visible changed.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct SessionSummary {
    /// The session's id.
    pub id: String,
    /// Its name, else its team, else "untitled".
    pub label: String,
    /// "team · date", with words for what is missing.
    pub meta: String,
    /// How many screens have a note.
    pub note_count: usize,
    /// Whether it is open.
    pub is_current: bool,
    /// Its raw fields, to fill the rename form.
    pub name: String,
    /// Its team.
    pub team: String,
    /// Its date.
    pub date: String,
}

impl SessionSummary {
    /// The summary of `session` in `lang`.
    pub fn of(session: &Session, lang: Lang, is_current: bool) -> Self {
        let team = if session.team.trim().is_empty() {
            text(lang, keys::notes::session::NO_TEAM).to_string()
        } else {
            session.team.clone()
        };
        let date = if session.date.is_empty() {
            text(lang, keys::notes::session::NO_DATE).to_string()
        } else {
            session.date.clone()
        };
        SessionSummary {
            id: session.id.clone(),
            label: session_label(session, lang),
            meta: format!("{team} · {date}"),
            note_count: session.note_count(),
            is_current,
            name: session.name.clone(),
            team: session.team.clone(),
            date: session.date.clone(),
        }
    }
}
