//! The summary screen: the session's exercises and notes, a page at a time (see
//! [`crate::exercises::summary`] for how the pages are cut).

use crate::reactive::*;

use super::report_view::section_view;
use crate::browser::clock::today_iso;
use crate::content::{screen, Exercise};
use crate::exercises::report::section;
use crate::exercises::summary::{pages, Page};
use crate::i18n::{keys, text, text_with, Lang};
use crate::notes::Session;
use crate::ui::dom_tree::{el, El};
use crate::ui::NotesContext;

/// Page `page` of the open session's summary (the last, if there are fewer).
pub fn summary_view(notes: NotesContext, lang: Lang, page: u8) -> El {
    let today = today_iso();
    el("div").class("summary").live_run(move || {
        notes.store.with(|store| {
            let empty = Session::default();
            let session = store.current().unwrap_or(&empty);
            let all = pages(session);
            let index = usize::from(page).min(all.len() - 1);
            let number = text_with(
                lang,
                keys::exercises::summary::PAGE,
                &[
                    ("page", &(index + 1).to_string()),
                    ("pages", &all.len().to_string()),
                ],
            );
            vec![
                el("p").class("summary__page").text(number),
                page_view(&all[index], session, lang, &today),
            ]
        })
    })
}

fn page_view(page: &Page, session: &Session, lang: Lang, today: &str) -> El {
    let results = &session.results;
    let exercises: &[(Exercise, &'static str)] = match page {
        Page::Results => &[
            (Exercise::Cast, "summary-cast"),
            (Exercise::Hands, "summary-hands"),
            (Exercise::Dora, "summary-dora"),
        ],
        Page::Checks => &[
            (Exercise::Pillars, "summary-pillars"),
            (Exercise::Shifts, "summary-shifts"),
        ],
        Page::Plan => &[
            (Exercise::Team, "summary-team"),
            (Exercise::Plan, "summary-plan"),
        ],
        Page::Notes(chunks) => {
            return el("div")
                .class("summary__grid summary__grid--notes")
                .children(chunks.iter().map(|chunk| {
                    let title = text(lang, screen(chunk.screen).title);
                    let heading = if chunk.continued {
                        text_with(
                            lang,
                            keys::exercises::summary::CONTINUED,
                            &[("screen", title)],
                        )
                    } else {
                        title.to_string()
                    };
                    el("section")
                        .class("report")
                        .child(el("h2").class("report__heading").text(heading))
                        .child(el("p").class("summary__note").text(chunk.text.clone()))
                }));
        }
    };
    // The checks' long rows (ideas, shifts) read best across the whole page, one under the other.
    let grid = if *page == Page::Checks {
        "summary__grid summary__grid--stacked"
    } else {
        "summary__grid"
    };
    el("div")
        .class(grid)
        .children(exercises.iter().map(|(exercise, id)| {
            section_view(&section(*exercise, results, lang, today), results, lang, id)
        }))
}
