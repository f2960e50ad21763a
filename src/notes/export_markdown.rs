//! The Markdown export, for pasting into a wiki: the session, the team and the date, then a
//! heading per act and deck section in the chosen language, each followed by the team's notes.
//!
//! Whatever the team typed is made inert: `<`, `>` and `&` become entities so a wiki never
//! reads them as HTML, and in one-line fields (names) Markdown punctuation is escaped too.
//! Inside notes, Markdown the team wrote on purpose (lists, emphasis) still works.

use crate::content::screens;
use crate::exercises::report::sections;
use crate::i18n::{keys, text, text_with, Lang};

use super::session::Session;

/// How a session is called in headings and lists: its name, else its team, else "untitled".
pub fn session_label(session: &Session, lang: Lang) -> String {
    [&session.name, &session.team]
        .into_iter()
        .map(|label| label.trim())
        .find(|label| !label.is_empty())
        .map(str::to_string)
        .unwrap_or_else(|| text(lang, keys::notes::session::UNTITLED).to_string())
}

/// The Markdown export of `session`, with headings in `lang`. `today` (`YYYY-MM-DD`) tells
/// which of the plan's dates have passed.
pub fn session_markdown(session: &Session, lang: Lang, today: &str) -> String {
    let mut out = String::new();
    let title = text_with(
        lang,
        keys::notes::export::TITLE,
        &[("session", &session_label(session, lang))],
    );
    out.push_str(&format!("# {}\n\n", escape_inline(&title)));
    let facts = [
        (keys::notes::export::SESSION, session.name.as_str()),
        (keys::notes::export::TEAM, session.team.as_str()),
        (keys::notes::export::DATE, session.date.as_str()),
    ];
    for (label, value) in facts {
        if !value.trim().is_empty() {
            out.push_str(&format!(
                "- **{}:** {}\n",
                escape_inline(text(lang, label)),
                escape_inline(value)
            ));
        }
    }
    out.push_str(&format!(
        "\n## {}\n",
        escape_inline(text(lang, keys::notes::export::EXERCISES))
    ));
    for section in sections(&session.results, lang, today) {
        out.push_str(&format!("\n### {}\n\n", escape_inline(section.heading)));
        for row in &section.rows {
            let value = escape_inline(&row.value);
            let value = if row.flagged {
                format!("**{value}**")
            } else {
                value
            };
            if row.label.is_empty() {
                out.push_str(&format!("- {value}\n"));
            } else {
                out.push_str(&format!("- {}: {value}\n", escape_inline(&row.label)));
            }
        }
    }
    let mut known = Vec::new();
    for screen in screens() {
        let Some(notes_id) = screen.notes_id() else {
            continue;
        };
        known.push(notes_id);
        out.push_str(&format!(
            "\n## {}\n\n",
            escape_inline(text(lang, screen.title))
        ));
        push_note(&mut out, session.note(notes_id), lang);
    }
    // Notes for screens this version does not have (imported from elsewhere) are never dropped.
    let others: Vec<_> = session
        .notes
        .iter()
        .filter(|(id, text)| !known.contains(&id.as_str()) && !text.trim().is_empty())
        .collect();
    if !others.is_empty() {
        out.push_str(&format!(
            "\n## {}\n",
            escape_inline(text(lang, keys::notes::export::OTHER))
        ));
        for (id, note) in others {
            out.push_str(&format!("\n### {}\n\n", escape_inline(id)));
            push_note(&mut out, note, lang);
        }
    }
    out
}

fn push_note(out: &mut String, note: &str, lang: Lang) {
    if note.trim().is_empty() {
        out.push_str(&format!(
            "_{}_\n",
            escape_inline(text(lang, keys::notes::export::NO_NOTES))
        ));
    } else {
        out.push_str(&escape_block(note.trim_end()));
        out.push('\n');
    }
}

fn escape_html(c: char, out: &mut String) -> bool {
    match c {
        '<' => out.push_str("&lt;"),
        '>' => out.push_str("&gt;"),
        '&' => out.push_str("&amp;"),
        _ => return false,
    }
    true
}

/// One line of plain text as Markdown text: no markup, no HTML, no line breaks.
pub fn escape_inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if escape_html(c, &mut out) {
            continue;
        }
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '|' | '!' | '{' | '}' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' | '\t' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

/// A note as a Markdown block: HTML made inert, each line kept as its own line (hard breaks),
/// and a line that would start a heading escaped so it cannot break the export's structure.
pub fn escape_block(text: &str) -> String {
    let lines: Vec<String> = text
        .replace("\r\n", "\n")
        .split('\n')
        .map(|line| {
            let mut out = String::with_capacity(line.len());
            if line.trim_start().starts_with('#') {
                out.push('\\');
            }
            for c in line.chars() {
                if !escape_html(c, &mut out) {
                    out.push(c);
                }
            }
            out
        })
        .collect();
    let mut out = String::new();
    for (index, line) in lines.iter().enumerate() {
        out.push_str(line);
        if index + 1 < lines.len() {
            let next_is_blank = lines[index + 1].trim().is_empty();
            if line.trim().is_empty() || next_is_blank {
                out.push('\n');
            } else {
                out.push_str("  \n");
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::screens;

    fn session() -> Session {
        let mut s = Session::new("s", "2026-03-14", "nl");
        s.name = "Ochtend".into();
        s.team = "Team <script>alert(1)</script>".into();
        s.set_note(
            "act/1",
            "First line\nsecond <img src=x onerror=alert(1)>\n# not a heading",
        );
        s.set_note("gone/screen", "kept anyway");
        s
    }

    #[test]
    fn has_the_session_the_team_the_date_and_a_heading_per_act() {
        let md = session_markdown(&session(), Lang::Nl, "2026-03-14");
        assert!(md.starts_with(&format!(
            "# {}",
            escape_inline(&text_with(
                Lang::Nl,
                keys::notes::export::TITLE,
                &[("session", "Ochtend")]
            ))
        )));
        assert!(md.contains("2026-03-14"));
        assert!(md.contains("Ochtend"));
        for screen in screens().filter(|s| s.notes_id().is_some()) {
            assert!(
                md.contains(&format!(
                    "\n## {}\n",
                    escape_inline(text(Lang::Nl, screen.title))
                )),
                "{md}"
            );
        }
        assert!(md.contains(text(Lang::Nl, keys::notes::export::NO_NOTES)));
        assert!(
            md.contains("kept anyway"),
            "notes of unknown screens are not dropped"
        );
    }

    #[test]
    fn user_text_is_never_markup() {
        let md = session_markdown(&session(), Lang::En, "2026-03-14");
        assert!(!md.contains('<'), "{md}");
        assert!(md.contains("&lt;script&gt;"));
        assert!(md.contains("First line  \nsecond &lt;img"));
        assert!(md.contains("\n\\# not a heading"));
    }

    #[test]
    fn every_exercise_is_in_the_export_with_what_the_team_entered_as_text() {
        let mut s = session();
        s.set_result("cast/ops", "*Dee* <i>");
        s.set_result("hands/both", "4");
        s.set_result("plan/1/what", "Pair with Ops");
        let md = session_markdown(&s, Lang::En, "2026-03-14");
        for heading in sections(&s.results, Lang::En, "").iter().map(|s| s.heading) {
            assert!(
                md.contains(&format!("\n### {}\n", escape_inline(heading))),
                "{heading}"
            );
        }
        assert!(md.contains("- Ops: \\*Dee\\* &lt;i&gt;"), "{md}");
        assert!(md.contains("Pair with Ops"));
        assert!(md.contains(": 4\n"));
    }

    #[test]
    fn the_label_falls_back_to_team_then_untitled() {
        let mut s = Session::new("s", "", "en");
        assert_eq!(
            session_label(&s, Lang::Fr),
            text(Lang::Fr, keys::notes::session::UNTITLED)
        );
        s.team = "Ops".into();
        assert_eq!(session_label(&s, Lang::En), "Ops");
        s.name = "Run 2".into();
        assert_eq!(session_label(&s, Lang::En), "Run 2");
    }
}
