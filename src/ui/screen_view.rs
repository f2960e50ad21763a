//! One screen of the workshop: heading, then a step of its content, or its questions and
//! notes; or, for the facilitator, all of it.

use leptos::prelude::*;

use super::block_view::{DiscussionQuestions, ScreenContent, ScreenHeader};
use super::context::{use_lang, use_notes};
use super::notes_editor::{NotesEditor, SaveFailure};
use crate::content::{Block, Part, Screen, Step};
use crate::i18n::{keys, text};
use crate::ui::action_button::TextButton;

pub use super::block_view::part_label;

/// `screen` in the language shown: its step `step` (from 0) as the room sees it; without a
/// step, every step, with the facilitator's tools, as the presenter view shows it.
#[component]
pub fn ScreenView(screen: &'static Screen, #[prop(optional)] step: Option<u8>) -> impl IntoView {
    let notes = use_notes();
    let lang = use_lang().get_untracked();
    let part_class = match screen.part {
        Part::Opening => "screen screen--opening",
        Part::Play => "screen screen--play",
        Part::Deck => "screen screen--deck",
        Part::Close => "screen screen--close",
    };
    let (blocks, discussion): (Vec<&'static Block>, bool) = match step.map(|n| screen.step(n)) {
        None => (screen.blocks().collect(), true),
        Some(Step::Blocks(blocks)) => (blocks.iter().collect(), false),
        Some(Step::Discussion) => (Vec::new(), true),
    };
    let content =
        (!blocks.is_empty()).then(|| view! { <ScreenContent blocks facilitator=step.is_none() /> });
    let discussion = screen.notes_id().filter(|_| discussion).map(|notes_id| {
        view! {
            <aside class="discussion" aria-labelledby="questions-heading">
                <DiscussionQuestions screen />
                <NotesEditor notes_id screen_title=text(lang, screen.title) />
            </aside>
        }
    });
    // A step without the notes' own status still says when saving fails: an answer typed here
    // would otherwise be lost unseen.
    let failure = discussion.is_none().then(|| view! { <SaveFailure /> });
    let id = screen.id;
    let steps = step.map(|n| (n, untrack(|| notes.step_count(id))));
    // Opened by its address although the run leaves it out: say so, and offer it back.
    let left_out = move || {
        (!notes.run.with(|run| run.includes(id))).then(|| {
            view! {
                <p class="screen__out" role="status">
                    {text(lang, keys::app::NOT_IN_RUN)}
                    <TextButton
                        label=text(lang, keys::app::NOT_IN_RUN_RESTORE)
                        class="quiet-button"
                        on_click=move |_| notes.set_in_run(id, true)
                    />
                </p>
            }
        })
    };
    view! {
        <article
            class=part_class
            data-screen=screen.id.path()
            data-step=step.map(|n| n.to_string())
            aria-labelledby="screen-heading"
        >
            <ScreenHeader screen steps />
            {left_out}
            <div class="screen__body">{content} {discussion} {failure}</div>
        </article>
    }
}
