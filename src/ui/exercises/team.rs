//! The team composition canvas: who fills each role, entered on the slide's own groups, and
//! what the canvas says: the roles nobody fills, and whether operations sits inside the team.

use leptos::prelude::*;

use super::field::{Control, Field};
use crate::exercises::team::Role;
use crate::i18n::text;
use crate::ui::context::use_lang;

/// Who fills `role`: a field named after the role, highlighted while nobody does.
#[component]
pub fn RoleField(role: &'static Role) -> impl IntoView {
    let lang = use_lang().get_untracked();
    view! { <Field id=role.field label=text(lang, role.name) control=Control::Line mark_unfilled=true /> }
}
