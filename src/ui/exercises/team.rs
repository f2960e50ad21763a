//! The team composition canvas: who fills each role, entered on the slide's own groups, and
//! what the canvas says: the roles nobody fills, and whether operations sits inside the team.

use crate::reactive::*;

use super::field::{field, Control};
use crate::exercises::report::team_reading;
use crate::exercises::team::Role;
use crate::i18n::{text, Lang};
use crate::ui::dom_tree::{el, El};
use crate::ui::NotesContext;

/// Who fills `role`: a field named after the role, highlighted while nobody does.
pub fn role_field(notes: NotesContext, lang: Lang, role: &'static Role) -> El {
    field(
        notes,
        lang,
        role.field,
        text(lang, role.name),
        Control::Line,
    )
    .live_class("field--unfilled", move || {
        notes.result(role.field).trim().is_empty()
    })
}

/// What the canvas says, kept up to date.
pub fn team_canvas_reading(notes: NotesContext, lang: Lang) -> El {
    el("p")
        .class("exercise team-reading")
        .attr("role", "status")
        .live_text(move || notes.results.with(|results| team_reading(results, lang)))
}
