//! An org chart where DevOps is a bridge across departments, not a department of its own.

use super::drawing::{Drawing, Frame};
use super::label::Row;

/// The boxes, their links and the DevOps band, without the names: the CIO's box on top
/// (220 × 76 at (190, 14)), Dev's and Ops's boxes below it (220 × 160 at x = 40 and x = 340,
/// y = 150), each with a coloured cap, and the band laid across both boxes at y = 240..292.
/// Constant markup, no words.
const SHAPES: &str = concat!(
    r#"<path class="ill-org__link" d="M300 90 V122 M150 122 H450 M150 122 V150 M450 122 V150" fill="none" stroke-width="4" stroke-linejoin="round" stroke-linecap="round"/>"#,
    r#"<rect class="ill-org__box ill-org__box--cio" x="190" y="14" width="220" height="76" rx="12" stroke-width="3"/>"#,
    r#"<rect class="ill-org__box ill-org__box--dev" x="40" y="150" width="220" height="160" rx="12" stroke-width="3"/>"#,
    r#"<path class="ill-org__cap ill-org__cap--dev" d="M40 166 V162 A12 12 0 0 1 52 150 H248 A12 12 0 0 1 260 162 V166 Z"/>"#,
    r#"<rect class="ill-org__box ill-org__box--ops" x="340" y="150" width="220" height="160" rx="12" stroke-width="3"/>"#,
    r#"<path class="ill-org__cap ill-org__cap--ops" d="M340 166 V162 A12 12 0 0 1 352 150 H548 A12 12 0 0 1 560 162 V166 Z"/>"#,
    r#"<rect class="ill-org__band" x="14" y="240" width="572" height="52" rx="26" stroke-width="3"/>"#,
    r#"<path class="ill-org__band-arrows" d="M40 266 L28 266 M34 260 L28 266 L34 272 M560 266 L572 266 M566 260 L572 266 L566 272" fill="none" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/>"#,
);

/// The chart without its names, under them. The Dev and Ops names end above the band, so the
/// band may be drawn before them.
const FRAME: Frame = Frame {
    class: "ill ill-org",
    view_box: "0 0 600 330",
    behind: "",
    group: None,
    // A constant: fixed markup without any text.
    shapes: SHAPES,
    in_front: "",
};

/// The CIO's name, in its box.
const CIO: Row = Row {
    class: "ill-label ill-label--strong",
    y: 52.0,
    width: 196.0,
    size: 24.0,
    max_lines: 2,
};
/// The departments' names, in their boxes, above the band.
const DEPARTMENTS: Row = Row { y: 201.0, ..CIO };
/// DevOps, on the band.
const BAND: Row = Row {
    y: 266.0,
    width: 480.0,
    max_lines: 1,
    ..CIO
};

/// An org chart: a `cio` box on top, connected to a `dev` box and an `ops` box below it, and
/// `devops` drawn as a band laid across both boxes, bridging the gap between them, rather than
/// as a third box of the hierarchy.
///
/// One `role="img"` SVG labelled by `description`; every visible word comes from the props.
/// Sized by the `ill-org` class.
pub fn org_chart(
    cio: &'static str,
    dev: &'static str,
    devops: &'static str,
    ops: &'static str,
    description: &'static str,
) -> Drawing {
    let mut drawing = Drawing::new(&FRAME, Some(description));
    drawing.row(&[cio], &[300.0], &CIO);
    drawing.row(&[dev, ops], &[150.0, 450.0], &DEPARTMENTS);
    drawing.row(&[devops], &[300.0], &BAND);
    drawing
}
