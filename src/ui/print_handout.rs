//! What the page prints: the handout (the open session's acts and deck sections with their
//! questions and the team's notes) or the facilitator guide (every screen with its timebox,
//! questions and script). Built when printing starts; `style/notes.css` prints only it.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::mount::mount_to;
use leptos::mount::UnmountHandle;
use leptos::prelude::*;
use leptos::tachys::view::any_view::AnyViewState;

use super::context::use_notes;
use super::controls::ScriptList;
use super::exercises::SectionView;
use super::session_summary::SessionSummary;
use crate::browser::{clock, document, locale_bundle, print};
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
        self.next.set_value(document);
        match document {
            Printed::Handout => print::print_page(),
            Printed::Guide => {
                locale_bundle::ensure_then(self.lang.get_untracked(), Part::Script, |_| {
                    print::print_page()
                });
            }
        }
    }
}

/// Prints the open session's handout or guide, in `lang`, whenever the page is printed. It is
/// a `<div>` at the end of `<body>`, mounted on its own, so that it prints even though the app
/// around it does not.
pub fn use_printing(lang: Memo<Lang>) -> Printing {
    let notes = use_notes();
    let next = StoredValue::new(Printed::Handout);
    let shown: Rc<RefCell<Option<UnmountHandle<AnyViewState>>>> = Rc::default();
    let printed = Rc::clone(&shown);
    let start = move || {
        if printed.borrow().is_some() {
            return;
        }
        let Some(body) = document::body() else { return };
        let lang = lang.get_untracked();
        let document = next.get_value();
        next.set_value(Printed::Handout);
        let session = notes
            .store
            .with_untracked(|store| store.current().cloned())
            .unwrap_or_default();
        let today = clock::today_iso();
        let handle = mount_to(body, move || match document {
            Printed::Handout => view! { <Handout session lang today /> }.into_any(),
            Printed::Guide => view! { <Guide session lang /> }.into_any(),
        });
        *printed.borrow_mut() = Some(handle);
    };
    let stop = move || drop(shown.borrow_mut().take());
    print::use_printing_events(start, stop);
    Printing { next, lang }
}

/// The facilitator guide for `session` in `lang`: for every screen its number, title and
/// timebox (and whether this session's run leaves it out), its questions and its script.
#[component]
pub fn Guide(session: Session, lang: Lang) -> impl IntoView {
    let summary = SessionSummary::of(&session, lang, true);
    let title = text_with(
        lang,
        keys::notes::export::GUIDE_TITLE,
        &[("session", &summary.label)],
    );
    let sections = screens()
        .map(|screen| {
            let number = (screen.id.position() + 1).to_string();
            let minutes = screen.timebox_minutes.to_string();
            let mut facts = text_with(lang, keys::app::TIMEBOX, &[("minutes", &minutes)]);
            if !session.run.includes(screen.id) {
                facts = format!("{facts} · {}", text(lang, keys::app::NOT_IN_RUN_SHORT));
            }
            let heading = format!(
                "{} · {}",
                text_with(
                    lang,
                    keys::notes::export::GUIDE_SCREEN,
                    &[("number", &number)]
                ),
                text(lang, screen.title)
            );
            view! {
                <section class="handout__section">
                    <h2>{heading}</h2>
                    <p class="handout__meta">{facts}</p>
                    {(!screen.questions.is_empty()).then(|| view! { <Questions screen lang /> })}
                    <ScriptList shown=screen lang />
                </section>
            }
        })
        .collect_view();
    view! {
        <div class="handout" lang=lang.code()>
            <h1>{title}</h1>
            <p class="handout__meta">{summary.meta}</p>
            {sections}
        </div>
    }
}

/// A screen's questions, as a numbered list.
#[component]
fn Questions(screen: &'static crate::content::Screen, lang: Lang) -> impl IntoView {
    let items = screen
        .questions
        .iter()
        .map(|key| view! { <li>{text(lang, *key)}</li> })
        .collect_view();
    view! { <ol>{items}</ol> }
}

/// The handout of `session` in `lang`: a title, the session's details, every exercise's
/// results, and for each act and deck section its questions and the team's notes. `today`
/// tells which of the plan's dates have passed.
#[component]
pub fn Handout(session: Session, lang: Lang, today: String) -> impl IntoView {
    let summary = SessionSummary::of(&session, lang, true);
    let title = text_with(
        lang,
        keys::notes::export::TITLE,
        &[("session", &summary.label)],
    );
    let sections = screens()
        .filter_map(|screen| {
            let note = session.note(screen.notes_id()?).to_string();
            let note_view = if note.trim().is_empty() {
                view! {
                    <p class="handout__empty">{text(lang, keys::notes::export::NO_NOTES)}</p>
                }
                .into_any()
            } else {
                view! { <p class="handout__note">{note}</p> }.into_any()
            };
            Some(view! {
                <section class="handout__section">
                    <h2>{text(lang, screen.title)}</h2>
                    <h3>{text(lang, keys::app::QUESTIONS)}</h3>
                    <Questions screen lang />
                    <h3>{text(lang, keys::notes::export::NOTES)}</h3>
                    {note_view}
                </section>
            })
        })
        .collect_view();
    let exercises = report::sections(&session.results, lang, &today)
        .into_iter()
        .zip(HANDOUT_IDS)
        .map(|(section, id)| {
            view! { <SectionView section results=session.results.clone() lang id /> }
        })
        .collect_view();
    view! {
        <div class="handout" lang=lang.code()>
            <h1>{title}</h1>
            <p class="handout__meta">{summary.meta}</p>
            <section class="handout__section handout__exercises">
                <h2>{text(lang, keys::notes::export::EXERCISES)}</h2>
                {exercises}
            </section>
            {sections}
        </div>
    }
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
