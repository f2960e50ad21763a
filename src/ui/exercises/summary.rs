//! The summary screen: the session's exercises and notes, a page at a time (see
//! [`crate::exercises::summary`] for how the pages are cut).

use leptos::prelude::*;

use super::report_view::SectionView;
use crate::browser::clock::today_iso;
use crate::content::{screen, Exercise};
use crate::exercises::report::section;
use crate::exercises::summary::{pages, Page};
use crate::i18n::{keys, text, text_with, Lang};
use crate::notes::Session;
use crate::route::Route;
use crate::ui::context::{use_lang, use_notes, use_route};

/// The page of the open session's summary that the route names (the last, if there are
/// fewer).
#[component]
pub fn SummaryView() -> impl IntoView {
    let notes = use_notes();
    let lang = use_lang().get_untracked();
    let page = use_route().with_untracked(Route::step);
    let today = today_iso();
    let shown = move || {
        notes.store.with(|store| {
            let empty = Session::default();
            let session = store.current().unwrap_or(&empty);
            let all = pages(session);
            let index = usize::from(page).min(all.len() - 1);
            page_view(&all[index], session, lang, &today)
        })
    };
    view! { <div class="summary">{shown}</div> }
}

fn page_view(page: &Page, session: &Session, lang: Lang, today: &str) -> AnyView {
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
            let sections = chunks
                .iter()
                .map(|chunk| {
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
                    view! {
                        <section class="report">
                            <h2 class="report__heading">{heading}</h2>
                            <p class="summary__note">{chunk.text.clone()}</p>
                        </section>
                    }
                })
                .collect_view();
            return view! { <div class="summary__grid summary__grid--notes">{sections}</div> }
                .into_any();
        }
    };
    // The checks' long rows (ideas, shifts) read best across the whole page, one under the other.
    let grid = if *page == Page::Checks {
        "summary__grid summary__grid--stacked"
    } else {
        "summary__grid"
    };
    let sections = exercises
        .iter()
        .map(|(exercise, id)| {
            view! {
                <SectionView
                    section=section(*exercise, results, lang, today)
                    results=results.clone()
                    lang
                    id=*id
                />
            }
        })
        .collect_view();
    view! { <div class=grid>{sections}</div> }.into_any()
}
