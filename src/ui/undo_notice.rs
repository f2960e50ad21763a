//! "Session deleted. Undo": shown after a delete until it is undone or replaced.

use leptos::prelude::*;

use super::context::{use_lang, use_notes};
use crate::i18n::{keys, text, text_with};
use crate::notes::export_markdown::session_label;
use crate::ui::action_button::{ActionButton, Emphasis};

/// The undo offer for the session deleted last, if any; `floating` shows it as a toast over
/// the page rather than inside a dialog.
#[component]
pub fn UndoNotice(#[prop(optional)] floating: bool) -> impl IntoView {
    let notes = use_notes();
    let lang = use_lang();
    let class = if floating {
        "undo-notice undo-notice--floating"
    } else {
        "undo-notice"
    };
    move || {
        let lang = lang.get();
        notes.last_deleted.with(|deleted| {
            let label = session_label(&deleted.as_ref()?.session, lang);
            Some(view! {
                <div class=class role="status">
                    <span>
                        {text_with(lang, keys::notes::session::DELETED, &[("session", &label)])}
                    </span>
                    <ActionButton
                        label=text(lang, keys::notes::session::UNDO)
                        emphasis=Emphasis::Primary
                        on_click=move |_| notes.undo_delete()
                    />
                </div>
            })
        })
    }
}
