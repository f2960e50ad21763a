//! The opening picture: Business, Dev, Ops and Users, all in the same boat.

use super::drawing::{Drawing, Frame};
use super::figures::{business_figure, dev_figure, ops_figure, users_figure};
use super::label::{common_size, Row};

/// Where the four figures stand, left to right, as the x of their centres. The constant
/// markup below places the figures and the name plates around these.
const SEATS: [f32; 4] = [132.5, 257.5, 382.5, 507.5];
/// The y of the top of the name plates.
pub(super) const PLATE_TOP: f32 = 254.0;
/// The height of the name plates.
pub(super) const PLATE_HEIGHT: f32 = 52.0;
/// The widest a name may be: the plates are 122 wide.
const NAME_WIDTH: f32 = 116.0;
/// A name's font size when it fits.
pub(super) const NAME_SIZE: f32 = 18.0;
/// The most lines a name may take.
pub(super) const NAME_LINES: usize = 2;

/// Behind the boat: the sky, the sun, two clouds and the far waves. Constant markup, no words.
pub(super) const BACKGROUND: &str = concat!(
    r#"<rect class="ill-boat__sky" x="0" y="16" width="640" height="349" rx="28"/>"#,
    r#"<circle class="ill-boat__sun" cx="560" cy="74" r="32"/>"#,
    r#"<path class="ill-boat__cloud" d="M60 104 Q60 84 80 84 Q88 64 110 68 Q124 54 142 70 Q164 68 164 88 Q176 92 172 104 Z"/>"#,
    r#"<path class="ill-boat__cloud" d="M440 150 Q440 138 452 138 Q458 126 472 129 Q482 120 492 132 Q506 131 506 143 Q513 146 511 150 Z"/>"#,
    r#"<path class="ill-boat__sea ill-boat__sea--back" d="M0 300 Q32 286 64 300 T128 300 T192 300 T256 300 T320 300 T384 300 T448 300 T512 300 T576 300 T640 300 V337 Q640 365 612 365 H28 Q0 365 0 337 Z"/>"#,
);

/// The boat and its crew, without the names: mast, sails and flag, the four figures (scaled by
/// 1.15 in their 120 × 120 boxes, centred on `SEATS`, cut at the waist by the rail at y = 236),
/// the hull, the rail and the four blank name plates (122 × 52, centred on `SEATS`, top at
/// `PLATE_TOP`). Constant markup, no words.
const VESSEL: &str = concat!(
    r#"<path class="ill-boat__mast" d="M320 36 V236" stroke-width="6" stroke-linecap="round"/>"#,
    r#"<path class="ill-boat__sail" d="M328 48 Q392 96 414 148 H328 Z"/>"#,
    r#"<path class="ill-boat__sail ill-boat__sail--jib" d="M312 62 Q266 104 250 148 H312 Z"/>"#,
    r#"<path class="ill-boat__flag" d="M322 36 L348 43 L322 50 Z"/>"#,
    r#"<g transform="translate(63.5 116.4) scale(1.15)">"#,
    business_figure!(),
    r#"</g><g transform="translate(188.5 116.4) scale(1.15)">"#,
    dev_figure!(),
    r#"</g><g transform="translate(313.5 116.4) scale(1.15)">"#,
    ops_figure!(),
    r#"</g><g transform="translate(438.5 116.4) scale(1.15)">"#,
    users_figure!(),
    r#"</g>"#,
    r#"<path class="ill-boat__hull" d="M52 238 H588 L552 316 Q546 328 532 328 H108 Q94 328 88 316 Z"/>"#,
    r#"<rect class="ill-boat__rail" x="40" y="230" width="560" height="14" rx="7"/>"#,
    r#"<rect class="ill-boat__plate" x="71.5" y="254" width="122" height="52" rx="10"/>"#,
    r#"<rect class="ill-boat__plate" x="196.5" y="254" width="122" height="52" rx="10"/>"#,
    r#"<rect class="ill-boat__plate" x="321.5" y="254" width="122" height="52" rx="10"/>"#,
    r#"<rect class="ill-boat__plate" x="446.5" y="254" width="122" height="52" rx="10"/>"#,
);

/// In front of the boat: the near waves and their foam. Constant markup, no words.
pub(super) const FOREGROUND: &str = concat!(
    r#"<path class="ill-boat__sea ill-boat__sea--front" d="M0 322 Q32 308 64 322 T128 322 T192 322 T256 322 T320 322 T384 322 T448 322 T512 322 T576 322 T640 322 V337 Q640 365 612 365 H28 Q0 365 0 337 Z"/>"#,
    r#"<path class="ill-boat__foam" d="M36 350 q12 -6 24 0 M170 360 q12 -6 24 0 M300 352 q12 -6 24 0 M440 358 q12 -6 24 0 M566 348 q12 -6 24 0" fill="none" stroke-width="3" stroke-linecap="round"/>"#,
);

/// The picture without the names: the boat and its crew bob in a group, between the sky and the
/// near waves; the names go on the plates, in the group.
const FRAME: Frame = Frame {
    class: "ill ill-boat",
    view_box: "0 16 640 349",
    // Constants, all three: fixed markup without any text.
    behind: BACKGROUND,
    group: Some("ill-boat__vessel"),
    shapes: VESSEL,
    in_front: FOREGROUND,
};

/// A small sailing boat on waves carrying four labelled figures: `business`, `dev`, `ops` and
/// `users`, each name on a plate on the hull below its figure, all four in one font size.
/// "All in the same boat".
///
/// One `role="img"` SVG labelled by `description`; every visible word comes from the props.
/// Sized by the `ill-boat` class; the boat bobs gently unless the user prefers reduced motion.
pub fn boat(
    business: &'static str,
    dev: &'static str,
    ops: &'static str,
    users: &'static str,
    description: &'static str,
) -> Drawing {
    let names = [business, dev, ops, users];
    // One font size for the four names: nobody in the boat matters more than the others.
    let size = common_size(&names, NAME_WIDTH, NAME_SIZE, NAME_LINES);
    let plates = Row {
        class: "ill-label ill-label--strong",
        y: PLATE_TOP + PLATE_HEIGHT / 2.0,
        width: NAME_WIDTH,
        size,
        max_lines: NAME_LINES,
    };
    let mut drawing = Drawing::new(&FRAME, Some(description));
    drawing.row(&names, &SEATS, &plates);
    drawing
}
