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
    let exercises = match page {
        Page::Exercises(exercises) => *exercises,
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
            return view! { <div class="summary__notes">{sections}</div> }.into_any();
        }
    };
    let sections = exercises
        .iter()
        .map(|exercise| {
            view! {
                <SectionView
                    section=section(*exercise, results, lang, today)
                    results=results.clone()
                    lang
                    id=section_id(*exercise)
                />
            }
        })
        .collect_view();
    view! { <div class="summary__grid">{sections}</div> }.into_any()
}

/// The id of `exercise`'s section on the summary.
fn section_id(exercise: Exercise) -> &'static str {
    match exercise {
        Exercise::Cast => "summary-cast",
        Exercise::Hands => "summary-hands",
        Exercise::Dora => "summary-dora",
        Exercise::Pillars => "summary-pillars",
        Exercise::Shifts => "summary-shifts",
        Exercise::Team => "summary-team",
        Exercise::Plan => "summary-plan",
        Exercise::Summary => "summary",
    }
}
