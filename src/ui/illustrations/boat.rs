//! The opening picture: Business, Dev, Ops and Users, all in the same boat.

use leptos::prelude::*;

use super::figures::{figure, FIGURE_BOX};
use super::label::{label, number, LabelBox};
use super::wrap::fit;
use crate::content::Actor;

/// Where the four figures stand, left to right, as the x of their centres.
const SEATS: [f32; 4] = [132.5, 257.5, 382.5, 507.5];
/// How much the shared figures are scaled to fit in the boat.
const FIGURE_SCALE: f32 = 1.15;
/// The y of the boat's rail, which hides the figures below their waist.
const RAIL_Y: f32 = 236.0;
/// How far down a figure's box the rail cuts it.
const WAIST: f32 = 104.0;
/// The width of the name plates on the hull.
const PLATE_WIDTH: f32 = 118.0;
/// The y of the top of the name plates.
const PLATE_TOP: f32 = 254.0;
/// The height of the name plates.
const PLATE_HEIGHT: f32 = 52.0;
/// The widest a name may be.
const NAME_WIDTH: f32 = PLATE_WIDTH - 10.0;
/// A name's font size when it fits.
const NAME_SIZE: f32 = 18.0;
/// The most lines a name may take.
const NAME_LINES: usize = 2;

/// A small sailing boat on waves carrying four labelled figures: `business`, `dev`, `ops` and
/// `users`, each name on a plate on the hull below its figure, all four in one font size.
/// "All in the same boat".
///
/// One `role="img"` SVG labelled by `description`; every visible word comes from the props.
/// Sized by the `ill-boat` class; the boat bobs gently unless the user prefers reduced motion.
#[component]
pub fn Boat(
    business: &'static str,
    dev: &'static str,
    ops: &'static str,
    users: &'static str,
    description: &'static str,
) -> impl IntoView {
    let crew = Actor::ALL
        .into_iter()
        .zip(SEATS)
        .map(|(actor, x)| crew_member(actor, x))
        .collect_view();
    view! {
        <svg class="ill ill-boat" viewBox="0 0 640 380" role="img" aria-label=description>
            <rect class="ill-boat__sky" x="0" y="0" width="640" height="380" rx="28" />
            <circle class="ill-boat__sun" cx="560" cy="74" r="32" />
            <path
                class="ill-boat__cloud"
                d="M60 104 Q60 84 80 84 Q88 64 110 68 Q124 54 142 70 Q164 68 164 88 Q176 92 172 104 Z"
            />
            <path
                class="ill-boat__cloud"
                d="M440 150 Q440 138 452 138 Q458 126 472 129 Q482 120 492 132 Q506 131 506 143 Q513 146 511 150 Z"
            />
            <path
                class="ill-boat__sea ill-boat__sea--back"
                d="M0 300 Q32 286 64 300 T128 300 T192 300 T256 300 T320 300 T384 300 T448 300 T512 300 T576 300 T640 300 V352 Q640 380 612 380 H28 Q0 380 0 352 Z"
            />
            <g class="ill-boat__vessel">
                <path class="ill-boat__mast" d="M320 36 V236" stroke-width="6" stroke-linecap="round" />
                <path class="ill-boat__sail" d="M328 48 Q392 96 414 148 H328 Z" />
                <path class="ill-boat__sail ill-boat__sail--jib" d="M312 62 Q266 104 250 148 H312 Z" />
                <path class="ill-boat__flag" d="M322 36 L348 43 L322 50 Z" />
                {crew}
                <path class="ill-boat__hull" d="M52 238 H588 L552 316 Q546 328 532 328 H108 Q94 328 88 316 Z" />
                <rect class="ill-boat__rail" x="40" y="230" width="560" height="14" rx="7" />
                {plates(business, dev, ops, users)}
            </g>
            <path
                class="ill-boat__sea ill-boat__sea--front"
                d="M0 322 Q32 308 64 322 T128 322 T192 322 T256 322 T320 322 T384 322 T448 322 T512 322 T576 322 T640 322 V352 Q640 380 612 380 H28 Q0 380 0 352 Z"
            />
            <path
                class="ill-boat__foam"
                d="M36 350 q12 -6 24 0 M170 360 q12 -6 24 0 M300 352 q12 -6 24 0 M440 358 q12 -6 24 0 M566 348 q12 -6 24 0"
                fill="none"
                stroke-width="3"
                stroke-linecap="round"
            />
        </svg>
    }
}

/// One figure standing in the boat, centred on `x`.
fn crew_member(actor: Actor, x: f32) -> impl IntoView {
    let left = x - FIGURE_BOX * FIGURE_SCALE / 2.0;
    let top = RAIL_Y - WAIST * FIGURE_SCALE;
    let transform = format!(
        "translate({} {}) scale({})",
        number(left),
        number(top),
        number(FIGURE_SCALE)
    );
    view! { <g transform=transform>{figure(actor)}</g> }
}

/// The four name plates on the hull, each under its figure.
fn plates(
    business: &'static str,
    dev: &'static str,
    ops: &'static str,
    users: &'static str,
) -> impl IntoView {
    let names = [business, dev, ops, users];
    // One font size for the four names: nobody in the boat matters more than the others.
    let size = names
        .iter()
        .map(|name| fit(name, NAME_WIDTH, NAME_SIZE, NAME_LINES).font_size)
        .fold(NAME_SIZE, f32::min);
    names
        .into_iter()
        .zip(SEATS)
        .map(|(name, x)| {
            view! {
                <rect
                    class="ill-boat__plate"
                    x=number(x - PLATE_WIDTH / 2.0)
                    y=number(PLATE_TOP)
                    width=number(PLATE_WIDTH)
                    height=number(PLATE_HEIGHT)
                    rx="10"
                />
                {label(
                    name,
                    "ill-label ill-label--strong",
                    LabelBox {
                        x,
                        y: PLATE_TOP + PLATE_HEIGHT / 2.0,
                        width: NAME_WIDTH,
                        size,
                        max_lines: NAME_LINES,
                    },
                )}
            }
        })
        .collect_view()
}
