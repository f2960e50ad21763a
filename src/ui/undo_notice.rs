//! "Session deleted. Undo": shown after a delete until it is undone or replaced.

use leptos::prelude::*;

use super::notes_context::NotesContext;
use crate::i18n::{keys, text, text_with, Lang};
use crate::notes::export_markdown::session_label;

/// The undo offer for the session deleted last, if any.
#[component]
pub fn UndoNotice(
    notes: NotesContext,
    lang: Signal<Lang>,
    /// Shown as a toast over the page rather than inside a dialog.
    #[prop(optional)]
    floating: bool,
) -> impl IntoView {
    let class = if floating {
        "undo-notice undo-notice--floating"
    } else {
        "undo-notice"
    };
    move || {
        notes.last_deleted.with(|deleted| {
            deleted.as_ref().map(|deleted| {
                let label = session_label(&deleted.session, lang.get());
                view! {
                    <div class=class role="status">
                        <span>{text_with(lang.get(), keys::notes::session::DELETED, &[("session", &label)])}</span>
                        <button type="button" class="action-button action-button--primary" on:click=move |_| notes.undo_delete()>
                            {text(lang.get(), keys::notes::session::UNDO)}
                        </button>
                    </div>
                }
            })
        })
    }
}
