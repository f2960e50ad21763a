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
mod shifts;
mod summary;
mod team;

pub use cast::{CastDraw, CastLine, PartField};
pub use field::bad_value_text;
pub use replaced_notice::ReplacedNotice;
pub use report_view::SectionView;
pub use shifts::ShiftSlider;
pub use team::RoleField;

use leptos::prelude::*;

use crate::content::Exercise;

/// The stage part of `exercise`: what its block on a screen shows.
#[component]
pub fn ExerciseView(exercise: Exercise) -> impl IntoView {
    match exercise {
        Exercise::Cast => view! { <CastDraw /> }.into_any(),
        Exercise::Hands => view! { <hands::Hands /> }.into_any(),
        Exercise::Dora => view! { <dora::DoraCheck /> }.into_any(),
        Exercise::Pillars => view! { <pillars::PillarsCheck /> }.into_any(),
        Exercise::Team => view! { <team::TeamCanvasReading /> }.into_any(),
        Exercise::Plan => view! { <plan::ActionPlan /> }.into_any(),
        Exercise::Summary => view! { <summary::SummaryView /> }.into_any(),
        // The shifts are entered on the slide's own rows (see `block_view`).
        Exercise::Shifts => view! { <div></div> }.into_any(),
    }
}
