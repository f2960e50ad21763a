//! One screen of the workshop: heading, content, questions and notes.

use leptos::prelude::*;

use super::block_view::{discussion_questions, screen_content, screen_header};
use super::notes_context::NotesContext;
use super::notes_editor::NotesEditor;
use crate::content::{Part, Screen};
use crate::i18n::{text, Lang};

pub use super::block_view::part_label;

/// A screen in a language.
#[component]
pub fn ScreenView(screen: &'static Screen, lang: Lang, notes: NotesContext) -> impl IntoView {
    let title = text(lang, screen.title);
    let part_class = match screen.part {
        Part::Opening => "screen screen--opening",
        Part::Play => "screen screen--play",
        Part::Deck => "screen screen--deck",
    };
    let discussion = screen.notes_id().map(|notes_id| {
        view! {
            <aside class="discussion" aria-labelledby="questions-heading">
                {discussion_questions(screen, lang)}
                <NotesEditor notes=notes lang=lang notes_id=notes_id screen_title=title />
            </aside>
        }
    });
    view! {
        <article class=part_class data-screen=screen.id.path() aria-labelledby="screen-heading">
            {screen_header(screen, lang)}
            <div class="screen__body">
                {screen_content(screen, lang)}
                {discussion}
            </div>
        </article>
    }
}
