//! The team exercises on the stage: fields bound to the open session's results (see
//! [`crate::exercises`] for the rules), and the views of what they come to.

mod cast;
mod dora;
mod field;
mod hands;
mod pillars;
mod plan;
mod replaced_notice;
mod report_view;
mod slider;
mod summary;
mod team;

pub use cast::{CastDraw, CastLine, PartField};
pub use field::bad_value_text;
pub use replaced_notice::ReplacedNotice;
pub use report_view::SectionView;
pub use slider::Slider;
pub use team::RoleField;

use leptos::prelude::*;

use crate::browser::clock::today_iso;
use crate::content::{Exercise, Question};
use crate::exercises::report::section;
use crate::ui::context::{use_lang, use_notes};

/// The stage part of `exercise`: what its block on a screen shows. Where the team answers
/// question by question, that is the result, the biggest thing on its step. `facilitator`:
/// in the presenter view, with the facilitator's tools (the plan's quick picks).
#[component]
pub fn ExerciseView(exercise: Exercise, #[prop(optional)] facilitator: bool) -> impl IntoView {
    match exercise {
        Exercise::Cast => view! { <CastDraw /> }.into_any(),
        Exercise::Hands => view! { <hands::Hands /> }.into_any(),
        Exercise::Summary => view! { <summary::SummaryView /> }.into_any(),
        // The shifts are entered on the slide's own rows (see `block_view`).
        Exercise::Shifts => ().into_any(),
        Exercise::Dora => view! {
            <ExerciseResult exercise />
            <dora::DoraSource />
        }
        .into_any(),
        Exercise::Plan if facilitator => view! {
            <ExerciseResult exercise />
            <plan::QuickPicks />
        }
        .into_any(),
        Exercise::Pillars | Exercise::Team | Exercise::Plan => {
            view! { <ExerciseResult exercise /> }.into_any()
        }
    }
}

/// What the team's answers to `exercise` come to, as the summary shows it, kept up to date.
#[component]
fn ExerciseResult(exercise: Exercise) -> impl IntoView {
    let notes = use_notes();
    let lang = use_lang().get_untracked();
    let today = today_iso();
    let id = match exercise {
        Exercise::Pillars => "result-pillars",
        _ => "result-rows",
    };
    view! {
        <div class="exercise result">
            {move || {
                notes
                    .results
                    .with(|results| {
                        view! {
                            <SectionView
                                section=section(exercise, results, lang, &today)
                                results=results.clone()
                                lang
                                id
                            />
                        }
                    })
            }}
        </div>
    }
}

/// One question of an exercise, on its own step.
#[component]
pub fn QuestionView(question: Question) -> impl IntoView {
    match question {
        Question::Dora(metric) => view! { <dora::DoraQuestion metric /> }.into_any(),
        Question::PillarsMode => view! { <pillars::PillarsMode /> }.into_any(),
        Question::Pillar(n) => view! { <pillars::PillarQuestion n /> }.into_any(),
        Question::Experiment(n) => view! { <plan::ExperimentQuestion n /> }.into_any(),
    }
}
