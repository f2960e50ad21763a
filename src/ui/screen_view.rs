//! One screen of the workshop: heading, content, questions and notes.

use crate::reactive::With;

use super::block_view::{discussion_questions, screen_content, screen_header, Entry};
use super::dom_tree::{button, el, El};
use super::notes_context::NotesContext;
use super::notes_editor::notes_editor;
use crate::content::{Part, Screen};
use crate::i18n::{keys, text, Lang};

pub use super::block_view::part_label;

/// Page `page` of a screen in a language.
pub fn screen_view(screen: &'static Screen, lang: Lang, notes: NotesContext, page: u8) -> El {
    let title = text(lang, screen.title);
    let part_class = match screen.part {
        Part::Opening => "screen screen--opening",
        Part::Play => "screen screen--play",
        Part::Deck => "screen screen--deck",
        Part::Close => "screen screen--close",
    };
    let discussion = screen.notes_id().map(|notes_id| {
        el("aside")
            .class("discussion")
            .attr("aria-labelledby", "questions-heading")
            .children(discussion_questions(screen, lang))
            .child(notes_editor(notes, lang, notes_id, title))
    });
    let id = screen.id;
    // Opened by its address although the run leaves it out: say so, and offer it back.
    let left_out = move || {
        (!notes.run.with(|run| run.includes(id))).then(|| {
            el("p")
                .class("screen__out")
                .attr("role", "status")
                .text(text(lang, keys::app::NOT_IN_RUN))
                .child(
                    button("quiet-button", text(lang, keys::app::NOT_IN_RUN_RESTORE))
                        .on("click", move |_| notes.set_in_run(id, true)),
                )
        })
    };
    el("article")
        .class(part_class)
        .attr("data-screen", screen.id.path())
        .attr("aria-labelledby", "screen-heading")
        .child(screen_header(screen, lang))
        .live_part(left_out)
        .child(
            el("div")
                .class("screen__body")
                .child(screen_content(screen, lang, Some(Entry { notes, page })))
                .maybe(discussion),
        )
}
