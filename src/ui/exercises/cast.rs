//! Casting the play: who reads each part, entered on the cast screen's cards, a random draw
//! from a list of names, and the line that shows the cast on every act.

use leptos::prelude::*;

use super::field::{Control, Field};
use crate::browser::clock::random_seed;
use crate::content::Actor;
use crate::exercises::cast::{self, NAMES_FIELD};
use crate::exercises::report::actor_name;
use crate::exercises::results::text as text_of;
use crate::i18n::{keys, text, text_with};
use crate::ui::action_button::TextButton;
use crate::ui::context::{use_lang, use_notes};

/// Who reads `actor`'s part, on its card: a name, several names, or "everyone".
#[component]
pub fn PartField(actor: Actor) -> impl IntoView {
    let lang = use_lang().get_untracked();
    let part = text(lang, actor_name(actor));
    view! {
        <Field
            id=cast::field(actor)
            label=text_with(lang, keys::exercises::cast::PART_LABEL, &[("part", part)])
            control=Control::Line
            hint=text(lang, keys::exercises::cast::PART_HINT)
        />
    }
}

/// The random draw: the list of names, and the button that deals the parts out of it.
#[component]
pub fn CastDraw() -> impl IntoView {
    let notes = use_notes();
    let lang = use_lang().get_untracked();
    let no_names = RwSignal::new(None::<String>);
    let draw = move |_| {
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
    };
    view! {
        <div class="exercise cast-draw">
            <Field
                id=NAMES_FIELD
                label=text(lang, keys::exercises::cast::NAMES_LABEL)
                control=Control::Line
                hint=text(lang, keys::exercises::cast::NAMES_HINT)
            />
            <TextButton label=text(lang, keys::exercises::cast::DRAW) class="button" on_click=draw />
            <p class="field__error" role="alert">
                {move || no_names.get().unwrap_or_default()}
            </p>
        </div>
    }
}

/// Who plays whom, under an act's title, following the cast screen; nothing while nobody is
/// cast.
#[component]
pub fn CastLine() -> impl IntoView {
    let notes = use_notes();
    let lang = use_lang().get_untracked();
    let line = move || {
        notes.results.with(|results| {
            Actor::ALL
                .into_iter()
                .filter_map(|actor| {
                    let names = cast::on_the_act(text_of(results, cast::field(actor)));
                    (!names.is_empty())
                        .then(|| format!("{}: {names}", text(lang, actor_name(actor))))
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <div class="screen__cast">
            {move || {
                let parts = line();
                (!parts.is_empty()).then(|| {
                        view! {
                            <p class="cast-line">
                                <span class="cast-line__label">
                                    {text(lang, keys::exercises::cast::PLAYING)}
                                </span>
                                {format!(" {}", parts.join(" · "))}
                            </p>
                        }
                })
            }}
        </div>
    }
}
