//! A decorative figure for one actor of the play, shown next to its name in the cast.

use super::drawing::{Drawing, Frame};
use super::figures::{business_figure, dev_figure, ops_figure, users_figure};
use crate::content::Actor;

/// The soft round backdrop behind a figure, as constant SVG markup.
macro_rules! backdrop {
    () => {
        r#"<circle class="ill-actor__backdrop" cx="60" cy="62" r="56"/>"#
    };
}

/// A figure on its backdrop, in an `<svg>` of class `$class`: a constant frame, whose markup
/// is a constant without any text.
macro_rules! frame {
    ($class:literal, $figure:expr) => {
        Frame {
            class: $class,
            view_box: "0 0 120 120",
            behind: concat!(backdrop!(), $figure),
            group: None,
            shapes: "",
            in_front: "",
        }
    };
}

const BUSINESS: Frame = frame!("ill ill-actor ill-actor--business", business_figure!());
const DEV: Frame = frame!("ill ill-actor ill-actor--dev", dev_figure!());
const OPS: Frame = frame!("ill ill-actor ill-actor--ops", ops_figure!());
const USERS: Frame = frame!("ill ill-actor ill-actor--users", users_figure!());

/// A flat, icon-style figure for `actor` on a soft round backdrop: Business with a tie and a
/// briefcase, Dev with a laptop showing code brackets, Ops with a headset and a gauge, Users as
/// a small crowd, one of them holding a phone.
///
/// Decorative (`aria-hidden`), with no words: the actor's name is always written next to it.
/// Sized by the `ill-actor` class in `style/illustrations.css`.
pub fn actor_figure(actor: Actor) -> Drawing {
    let frame = match actor {
        Actor::Business => &BUSINESS,
        Actor::Dev => &DEV,
        Actor::Ops => &OPS,
        Actor::Users => &USERS,
    };
    // Decorative: `aria-hidden="true"`.
    Drawing::new(frame, None)
}
