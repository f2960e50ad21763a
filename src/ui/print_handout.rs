//! What the page prints: the handout (the open session's acts and deck sections with their
//! questions and the team's notes) or the facilitator guide (every screen with its timebox,
//! questions and script). Built when printing starts; `style/notes.css` prints only it.

use crate::reactive::*;

use super::controls::script_list;
use super::dom_tree::{el, El};
use super::exercises::section_view;
use super::notes_context::NotesContext;
use super::session_summary::SessionSummary;
use crate::browser::{clock, locale_bundle, print};
use crate::content::screens;
use crate::exercises::report;
use crate::i18n::bundle::Part;
use crate::i18n::{keys, text, text_with, Lang};
use crate::notes::Session;

/// A document the page can print.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Printed {
    /// The team's handout: what Ctrl+P prints.
    Handout,
    /// The facilitator's guide.
    Guide,
}

/// Prints a document on request; anything else that prints the page prints the handout.
#[derive(Clone, Copy)]
pub struct Printing {
    next: StoredValue<Printed>,
    lang: Memo<Lang>,
}

impl Printing {
    /// Opens the print dialog for `document`. The guide waits for the facilitator's script,
    /// fetched the first time it is printed or the presenter view is opened (without it, as
    /// offline on a device that never fetched it, the guide prints its other parts).
    pub fn print(self, document: Printed) {
        let next = self.next;
        let print_now = move |_| {
            next.set_value(document);
            print::print_page();
        };
        match document {
            Printed::Handout => print_now(true),
            Printed::Guide => {
                locale_bundle::ensure(self.lang.get_untracked(), Part::Script, print_now)
            }
        }
    }
}

/// Prints the open session's handout or guide, in the export language, whenever the page is
/// printed. It is a `<div>` at the end of `<body>`, so that it prints even though the app
/// around it does not.
pub fn printing(notes: NotesContext, lang: Memo<Lang>) -> Printing {
    let next = StoredValue::new(Printed::Handout);
    print::while_printing(move || {
        let lang = lang.get_untracked();
        let document = next.get_value();
        next.set_value(Printed::Handout);
        let sections = notes.store.with_untracked(|store| {
            let fallback = Session::default();
            let session = store.current().unwrap_or(&fallback);
            match document {
                Printed::Handout => handout(session, lang, &clock::today_iso()),
                Printed::Guide => guide(session, lang),
            }
        });
        Some(
            el("div")
                .class("handout")
                .attr("lang", lang.code())
                .children(sections)
                .into_dom(),
        )
    });
    Printing { next, lang }
}

/// The facilitator guide for `session` in `lang`: for every screen its number, title and
/// timebox (and whether this session's run leaves it out), its questions and its script.
fn guide(session: &Session, lang: Lang) -> Vec<El> {
    let summary = SessionSummary::of(session, lang, true);
    let title = text_with(
        lang,
        keys::notes::export::GUIDE_TITLE,
        &[("session", &summary.label)],
    );
    let sections = screens().map(|screen| {
        let number = (screen.id.position() + 1).to_string();
        let minutes = screen.timebox_minutes.to_string();
        let mut facts = text_with(lang, keys::app::TIMEBOX, &[("minutes", &minutes)]);
        if !session.run.includes(screen.id) {
            facts = format!("{facts} · {}", text(lang, keys::app::NOT_IN_RUN_SHORT));
        }
        el("section")
            .class("handout__section")
            .child(el("h2").text(format!(
                "{} · {}",
                text_with(
                    lang,
                    keys::notes::export::GUIDE_SCREEN,
                    &[("number", &number)]
                ),
                text(lang, screen.title)
            )))
            .child(el("p").class("handout__meta").text(facts))
            .maybe((!screen.questions.is_empty()).then(|| {
                el("ol").children(
                    screen
                        .questions
                        .iter()
                        .map(|key| el("li").text(text(lang, *key))),
                )
            }))
            .child(script_list(screen, lang))
    });
    [
        el("h1").text(title),
        el("p").class("handout__meta").text(summary.meta),
    ]
    .into_iter()
    .chain(sections)
    .collect()
}

/// The handout of `session` in `lang`: a title, the session's details, every exercise's
/// results, and for each act and deck section its questions and the team's notes. `today`
/// tells which of the plan's dates have passed.
fn handout(session: &Session, lang: Lang, today: &str) -> Vec<El> {
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
    let exercises = el("section")
        .class("handout__section handout__exercises")
        .child(el("h2").text(text(lang, keys::notes::export::EXERCISES)))
        .children(
            report::sections(&session.results, lang, today)
                .iter()
                .zip(HANDOUT_IDS)
                .map(|(section, id)| section_view(section, &session.results, lang, id)),
        );
    [
        el("h1").text(title),
        el("p").class("handout__meta").text(summary.meta),
        exercises,
    ]
    .into_iter()
    .chain(sections)
    .collect()
}

/// The ids of the handout's exercise sections, in the order of [`report::EXERCISES`].
const HANDOUT_IDS: [&str; 7] = [
    "handout-cast",
    "handout-hands",
    "handout-shifts",
    "handout-dora",
    "handout-pillars",
    "handout-team",
    "handout-plan",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_guide_has_every_screen_with_its_script_and_says_what_the_run_leaves_out() {
        let mut session = Session::new("s-1", "2026-03-14", "nl");
        session.run = crate::content::Preset::SixtyMinutes.run();
        let parts = guide(&session, Lang::Nl);
        let sections: Vec<&El> = parts.iter().filter(|e| e.tag() == "section").collect();
        assert_eq!(sections.len(), screens().count());
        for (section, screen) in sections.iter().zip(screens()) {
            let words = section.text_content();
            assert!(words.contains(text(Lang::Nl, screen.title)));
            for part in screen.script.parts() {
                assert!(words.contains(text(Lang::Nl, part)), "{:?}", screen.id);
            }
            let out = text(Lang::Nl, keys::app::NOT_IN_RUN_SHORT);
            assert_eq!(
                words.contains(out),
                !session.run.includes(screen.id),
                "{:?}",
                screen.id
            );
        }
    }

    #[test]
    fn the_handout_has_every_act_with_its_note_or_a_placeholder() {
        let mut session = Session::new("s-1", "2026-03-14", "en");
        session.team = "Blue".into();
        session.set_note("act/2", "<b>VMs</b> everywhere");
        session.set_result("hands/praised", "6");
        session.set_result("team/ux", "<i>Eve</i>");
        let parts = handout(&session, Lang::En, "2026-03-14");
        let sections: Vec<&El> = parts.iter().filter(|e| e.tag() == "section").collect();
        let with_notes = screens().filter(|s| s.notes_id().is_some()).count();
        assert_eq!(
            sections.len(),
            with_notes + 1,
            "the notes' sections and the exercises'"
        );
        let exercises = sections[0].text_content();
        for section in report::sections(&session.results, Lang::En, "") {
            assert!(exercises.contains(section.heading), "{}", section.heading);
        }
        assert!(exercises.contains("<i>Eve</i>") && exercises.contains('6'));
        let all: String = parts.iter().map(El::text_content).collect();
        assert!(all.contains("<b>VMs</b> everywhere"));
        assert!(all.contains(text(Lang::En, keys::notes::export::NO_NOTES)));
    }
}
