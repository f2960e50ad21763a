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

pub use cast::{cast_draw, cast_line, part_field};
pub use field::bad_value_text;
pub use replaced_notice::replaced_notice;
pub use report_view::section_view;
pub use shifts::shift_slider;
pub use team::role_field;

use crate::content::Exercise;
use crate::i18n::Lang;
use crate::ui::dom_tree::El;
use crate::ui::NotesContext;

/// The stage part of `exercise`: what its block on a screen shows. `page` is the page of a
/// paged screen (the summary).
pub fn exercise_view(exercise: Exercise, notes: NotesContext, lang: Lang, page: u8) -> El {
    match exercise {
        Exercise::Cast => cast_draw(notes, lang),
        Exercise::Hands => hands::hands(notes, lang),
        Exercise::Dora => dora::dora_check(notes, lang),
        Exercise::Pillars => pillars::pillars_check(notes, lang),
        Exercise::Team => team::team_canvas_reading(notes, lang),
        Exercise::Plan => plan::action_plan(notes, lang),
        Exercise::Summary => summary::summary_view(notes, lang, page),
        // The shifts are entered on the slide's own rows (see `block_view`).
        Exercise::Shifts => crate::ui::dom_tree::el("div"),
    }
}
