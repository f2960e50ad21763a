//! A decorative figure for one actor of the play, shown next to its name in the cast.

use leptos::prelude::*;

use super::figures::figure;
use crate::content::Actor;

/// A flat, icon-style figure for `actor` on a soft round backdrop: Business with a tie and a
/// briefcase, Dev with a laptop showing code brackets, Ops with a headset and a gauge, Users as
/// a small crowd, one of them holding a phone.
///
/// Decorative (`aria-hidden`), with no words: the actor's name is always written next to it.
/// Sized by the `ill-actor` class in `style/illustrations.css`.
#[component]
pub fn ActorFigure(actor: Actor) -> impl IntoView {
    let modifier = match actor {
        Actor::Business => "ill ill-actor ill-actor--business",
        Actor::Dev => "ill ill-actor ill-actor--dev",
        Actor::Ops => "ill ill-actor ill-actor--ops",
        Actor::Users => "ill ill-actor ill-actor--users",
    };
    view! {
        <svg class=modifier viewBox="0 0 120 120" aria-hidden="true" focusable="false">
            <circle class="ill-actor__backdrop" cx="60" cy="62" r="56" />
            {figure(actor)}
        </svg>
    }
}
