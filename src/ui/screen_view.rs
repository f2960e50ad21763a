//! One screen of the workshop: heading, content, questions and notes.

use leptos::prelude::*;

use super::block_view::block_view;
use super::notes_context::NotesContext;
use super::notes_editor::NotesEditor;
use crate::content::{Part, Screen};
use crate::i18n::{keys, text, text_with, Key, Lang};

/// The label above a screen's heading that says which part of the workshop it is in.
pub fn part_label(part: Part) -> Key {
    match part {
        Part::Opening => keys::app::PART_OPENING,
        Part::Play => keys::app::PART_PLAY,
        Part::Deck => keys::app::PART_DECK,
    }
}

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
                <h2 id="questions-heading" class="discussion__heading">{text(lang, keys::app::QUESTIONS)}</h2>
                <p class="discussion__timebox">
                    {text_with(lang, keys::app::TIMEBOX, &[("minutes", &screen.timebox_minutes.to_string())])}
                </p>
                <ol class="discussion__questions">
                    {screen.questions.iter().map(|key| view! { <li>{text(lang, *key)}</li> }).collect_view()}
                </ol>
                <NotesEditor notes=notes lang=lang notes_id=notes_id screen_title=title />
            </aside>
        }
    });
    view! {
        <article class=part_class data-screen=screen.id.path() aria-labelledby="screen-heading">
            <header class="screen__header">
                <p class="screen__part">{text(lang, part_label(screen.part))}</p>
                <h1 id="screen-heading" class="screen__title" tabindex="-1">{title}</h1>
                {screen.subtitle.map(|key| view! { <p class="screen__subtitle">{text(lang, key)}</p> })}
            </header>
            <div class="screen__body">
                <div class="screen__content">
                    {screen.blocks.iter().map(|block| block_view(block, lang)).collect_view()}
                </div>
                {discussion}
            </div>
        </article>
    }
}
