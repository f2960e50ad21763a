//! Workshop sessions: which team's notes are open. (Filled in by the sessions work, issue 4.)

use leptos::prelude::*;

use super::notes_context::NotesContext;
use crate::i18n::Lang;

/// The current session, always visible in the top bar, and the way to manage sessions.
#[component]
pub fn SessionControls(notes: NotesContext, lang: Signal<Lang>) -> impl IntoView {
    let _ = (notes, lang);
}
