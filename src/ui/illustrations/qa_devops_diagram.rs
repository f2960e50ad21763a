//! Quality Assurance and DevOps as two overlapping circles.

use super::drawing::{Drawing, Frame};
use super::label::{common_size, Row};

/// The widest each circle's name may be.
const NAME_WIDTH: f32 = 150.0;
/// A circle's name's font size when it fits.
const NAME_SIZE: f32 = 20.0;
/// The most lines each name may take.
const NAME_LINES: usize = 3;
/// The widest the overlap's label may be.
const SHARED_WIDTH: f32 = 112.0;
/// The overlap's label's font size when it fits.
const SHARED_SIZE: f32 = 17.0;

/// The circles, their overlap and the two badges, without the names. Circles of radius 150
/// whose centres are 170 apart: each circle's own part is 170 wide on the middle line, the
/// overlap 130; the circles cross at (270, 160 ± 123.59). Constant markup, no words.
const SHAPES: &str = concat!(
    r#"<circle class="ill-venn__circle ill-venn__circle--qa" cx="185" cy="160" r="150"/>"#,
    r#"<circle class="ill-venn__circle ill-venn__circle--devops" cx="355" cy="160" r="150"/>"#,
    r#"<path class="ill-venn__overlap" d="M270 36.41 A150 150 0 0 1 270 283.59 A150 150 0 0 1 270 36.41 Z"/>"#,
    r#"<circle class="ill-venn__outline ill-venn__outline--qa" cx="185" cy="160" r="150" fill="none" stroke-width="4"/>"#,
    r#"<circle class="ill-venn__outline ill-venn__outline--devops" cx="355" cy="160" r="150" fill="none" stroke-width="4"/>"#,
    r#"<circle class="ill-venn__badge ill-venn__badge--qa" cx="120" cy="94" r="20"/>"#,
    r#"<path class="ill-venn__mark" d="M111 94 L118 101 L130 88" fill="none" stroke-width="4.5" stroke-linecap="round" stroke-linejoin="round"/>"#,
    r#"<circle class="ill-venn__badge ill-venn__badge--devops" cx="420" cy="94" r="20"/>"#,
    r#"<path class="ill-venn__mark" d="M420 94 C415 87 407 87 407 94 C407 101 415 101 420 94 C425 87 433 87 433 94 C433 101 425 101 420 94 Z" fill="none" stroke-width="3.5" stroke-linejoin="round"/>"#,
);

/// The diagram without its words, under them.
const FRAME: Frame = Frame {
    class: "ill ill-venn",
    view_box: "0 0 540 320",
    behind: "",
    group: None,
    // A constant: fixed markup without any text.
    shapes: SHAPES,
    in_front: "",
};

/// A Venn diagram: a `qa` circle (with a check mark) on the left, a `devops` circle (with an
/// infinity loop) on the right, and their overlap labelled `shared`. The two names keep
/// similar sizes even when one is a long word.
///
/// One `role="img"` SVG labelled by `description`; every visible word comes from the props.
/// Sized by the `ill-venn` class.
pub fn qa_devops_diagram(
    qa: &'static str,
    devops: &'static str,
    shared: &'static str,
    description: &'static str,
) -> Drawing {
    // The two names stay within a quarter of each other's size, so that a long word on one
    // side ("Kwaliteitsborging") does not leave the other side looking far more important.
    let smallest = common_size(&[qa, devops], NAME_WIDTH, NAME_SIZE, NAME_LINES);
    let size = NAME_SIZE.min(smallest * 1.25);
    let shared_size = SHARED_SIZE.min(smallest * 1.1);
    let mut drawing = Drawing::new(&FRAME, Some(description));
    let name = Row {
        class: "ill-label ill-label--strong",
        y: 170.0,
        width: NAME_WIDTH,
        size,
        max_lines: NAME_LINES,
    };
    drawing.row(&[qa, devops], &[120.0, 420.0], &name);
    let overlap = Row {
        class: "ill-label ill-label--shared",
        y: 160.0,
        width: SHARED_WIDTH,
        size: shared_size,
        max_lines: 3,
    };
    drawing.row(&[shared], &[270.0], &overlap);
    drawing
}
