//! One screen of the workshop: heading, content, questions and notes.

use leptos::prelude::*;

use super::block_view::{DiscussionQuestions, ScreenContent, ScreenHeader};
use super::context::{use_lang, use_notes};
use super::notes_editor::NotesEditor;
use crate::content::{Part, Screen};
use crate::i18n::{keys, text};

pub use super::block_view::part_label;

/// `screen`, in the language shown, at the page of the route (the summary's pages).
#[component]
pub fn ScreenView(screen: &'static Screen) -> impl IntoView {
    let notes = use_notes();
    let lang = use_lang().get_untracked();
    let part_class = match screen.part {
        Part::Opening => "screen screen--opening",
        Part::Play => "screen screen--play",
        Part::Deck => "screen screen--deck",
        Part::Close => "screen screen--close",
    };
    let discussion = screen.notes_id().map(|notes_id| {
        view! {
            <aside class="discussion" aria-labelledby="questions-heading">
                <DiscussionQuestions screen />
                <NotesEditor notes_id screen_title=text(lang, screen.title) />
            </aside>
        }
    });
    let id = screen.id;
    // Opened by its address although the run leaves it out: say so, and offer it back.
    let left_out = move || {
        (!notes.run.with(|run| run.includes(id))).then(|| {
            view! {
                <p class="screen__out" role="status">
                    {text(lang, keys::app::NOT_IN_RUN)}
                    <button
                        type="button"
                        class="quiet-button"
                        on:click=move |_| notes.set_in_run(id, true)
                    >
                        {text(lang, keys::app::NOT_IN_RUN_RESTORE)}
                    </button>
                </p>
            }
        })
    };
    view! {
        <article class=part_class data-screen=screen.id.path() aria-labelledby="screen-heading">
            <ScreenHeader screen />
            {left_out}
            <div class="screen__body">
                <ScreenContent screen />
                {discussion}
            </div>
        </article>
    }
}
