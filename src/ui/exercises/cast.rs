//! Casting the play: who reads each part, entered on the cast screen's cards, a random draw
//! from a list of names, and the line that shows the cast on every act.

use crate::reactive::*;

use super::field::{hinted_field, Control};
use crate::browser::presentation::random_seed;
use crate::content::Actor;
use crate::exercises::cast::{self, NAMES_FIELD};
use crate::exercises::report::actor_name;
use crate::exercises::results::text as text_of;
use crate::i18n::{keys, text, text_with, Lang};
use crate::ui::dom_tree::{button, el, El};
use crate::ui::NotesContext;

/// Who reads `actor`'s part, on its card: a name, several names, or "everyone".
pub fn part_field(notes: NotesContext, lang: Lang, actor: Actor) -> El {
    let part = text(lang, actor_name(actor));
    hinted_field(
        notes,
        lang,
        cast::field(actor),
        &text_with(lang, keys::exercises::cast::PART_LABEL, &[("part", part)]),
        Control::Line,
        text(lang, keys::exercises::cast::PART_HINT),
    )
}

/// The random draw: the list of names, and the button that deals the parts out of it.
pub fn cast_draw(notes: NotesContext, lang: Lang) -> El {
    let no_names = RwSignal::new(None::<String>);
    el("div")
        .class("exercise cast-draw")
        .child(hinted_field(
            notes,
            lang,
            NAMES_FIELD,
            text(lang, keys::exercises::cast::NAMES_LABEL),
            Control::Line,
            text(lang, keys::exercises::cast::NAMES_HINT),
        ))
        .child(
            button("button", text(lang, keys::exercises::cast::DRAW)).on("click", move |_| {
                let list = notes.result(NAMES_FIELD);
                let drawn = cast::draw(&cast::names(&list), random_seed());
                no_names.set(
                    drawn
                        .is_none()
                        .then(|| text(lang, keys::exercises::cast::NO_NAMES).to_string()),
                );
                for (actor, names) in Actor::ALL.into_iter().zip(drawn.into_iter().flatten()) {
                    let _ = notes.enter(cast::field(actor), &names);
                }
            }),
        )
        .child(
            el("p")
                .class("field__error")
                .attr("role", "alert")
                .live_text(move || no_names.get().unwrap_or_default()),
        )
}

/// Who plays whom, under an act's title, following the cast screen; nothing while nobody is
/// cast.
pub fn cast_line(notes: NotesContext, lang: Lang) -> El {
    el("div")
        .class("screen__cast")
        .live_view(notes.results, move |results| {
            let mut parts = Vec::new();
            for actor in Actor::ALL {
                let names = cast::on_the_act(text_of(results, cast::field(actor)));
                if !names.is_empty() {
                    parts.push(format!("{}: {names}", text(lang, actor_name(actor))));
                }
            }
            if parts.is_empty() {
                return Vec::new();
            }
            vec![el("p")
                .class("cast-line")
                .child(
                    el("span")
                        .class("cast-line__label")
                        .text(text(lang, keys::exercises::cast::PLAYING)),
                )
                .text(format!(" {}", parts.join(" · ")))]
        })
}
