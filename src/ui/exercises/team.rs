//! The team composition canvas: who fills each role, entered on the slide's own groups, and
//! what the canvas says: the roles nobody fills, and whether operations sits inside the team.

use leptos::prelude::*;

use super::field::{Control, Field};
use crate::exercises::report::team_reading;
use crate::exercises::team::Role;
use crate::i18n::text;
use crate::ui::context::{use_lang, use_notes};

/// Who fills `role`: a field named after the role, highlighted while nobody does.
#[component]
pub fn RoleField(role: &'static Role) -> impl IntoView {
    let lang = use_lang().get_untracked();
    view! { <Field id=role.field label=text(lang, role.name) control=Control::Line mark_unfilled=true /> }
}

/// What the canvas says, kept up to date.
#[component]
pub fn TeamCanvasReading() -> impl IntoView {
    let notes = use_notes();
    let lang = use_lang().get_untracked();
    view! {
        <p class="exercise team-reading" role="status">
            {move || notes.results.with(|results| team_reading(results, lang))}
        </p>
    }
}
