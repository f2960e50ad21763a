//! The printed handout: the open session's acts and deck sections with their questions and
//! the team's notes. Built when printing starts; `style/notes.css` prints only it.

use leptos::prelude::*;

use super::dom_tree::{el, El};
use super::notes_context::NotesContext;
use super::session_summary::SessionSummary;
use crate::browser::print;
use crate::content::screens;
use crate::i18n::{keys, text, text_with, Lang};
use crate::notes::Session;

/// Prints the handout of the open session, in the export language, whenever the page is
/// printed. It is a `<div>` at the end of `<body>`, so that it prints even though the app
/// around it does not.
pub fn print_handout(notes: NotesContext, lang: Memo<Lang>) {
    print::while_printing(move || {
        let lang = lang.get_untracked();
        let sections = notes.store.with_untracked(|store| match store.current() {
            Some(session) => handout(session, lang),
            None => handout(&Session::default(), lang),
        });
        Some(
            el("div")
                .class("handout")
                .attr("lang", lang.code())
                .children(sections)
                .into_dom(),
        )
    });
}

/// The handout of `session` in `lang`: a title, the session's details, and for each act and
/// deck section its questions and the team's notes.
fn handout(session: &Session, lang: Lang) -> Vec<El> {
    let summary = SessionSummary::of(session, lang, true);
    let title = text_with(
        lang,
        keys::notes::export::TITLE,
        &[("session", &summary.label)],
    );
    let sections = screens().filter_map(|screen| {
        let note = session.note(screen.notes_id()?);
        let note_view = if note.trim().is_empty() {
            el("p")
                .class("handout__empty")
                .text(text(lang, keys::notes::export::NO_NOTES))
        } else {
            el("p").class("handout__note").text(note)
        };
        Some(
            el("section")
                .class("handout__section")
                .child(el("h2").text(text(lang, screen.title)))
                .child(el("h3").text(text(lang, keys::app::QUESTIONS)))
                .child(
                    el("ol").children(
                        screen
                            .questions
                            .iter()
                            .map(|key| el("li").text(text(lang, *key))),
                    ),
                )
                .child(el("h3").text(text(lang, keys::notes::export::NOTES)))
                .child(note_view),
        )
    });
    [
        el("h1").text(title),
        el("p").class("handout__meta").text(summary.meta),
    ]
    .into_iter()
    .chain(sections)
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_handout_has_every_act_with_its_note_or_a_placeholder() {
        let mut session = Session::new("s-1", "2026-03-14", "en");
        session.team = "Blue".into();
        session.set_note("act/2", "<b>VMs</b> everywhere");
        let parts = handout(&session, Lang::En);
        let sections: Vec<&El> = parts.iter().filter(|e| e.tag() == "section").collect();
        let with_notes = screens().filter(|s| s.notes_id().is_some()).count();
        assert_eq!(sections.len(), with_notes);
        let all: String = parts.iter().map(El::text_content).collect();
        assert!(all.contains("<b>VMs</b> everywhere"));
        assert!(all.contains(text(Lang::En, keys::notes::export::NO_NOTES)));
    }
}
