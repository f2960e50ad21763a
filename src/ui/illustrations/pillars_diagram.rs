//! A classical temple: one roof held up by three pillars.

use super::drawing::{Drawing, Frame};
use super::label::{common_size, Row};

/// The x of each column's axis.
const COLUMNS: [f32; 3] = [125.0, 320.0, 515.0];
/// The y of the centre of the plates that carry the pillars' numbers.
const PLATE_CENTRE: f32 = 258.0;
/// The widest a pillar's number may be: the plates are 150 wide.
const NUMBER_WIDTH: f32 = 142.0;
/// The size of a pillar's number: large, for the room to point at "pillar 2".
const NUMBER_SIZE: f32 = 64.0;
/// The pillars' numbers, left to right: the order in which the talk names them.
const NUMBERS: [&str; 3] = ["1", "2", "3"];

/// The temple without its words: the roof and its inner triangle (the tympanum), the frieze,
/// the three columns centred on `COLUMNS`, and the stepped base. Each column has a capital 184
/// wide and its neck 170 wide, a shaft 160 wide from y = 182 to 334 with five flutes 27 apart
/// and a blank 150 × 88 plate for its number, then a base 170 wide and a plinth 184 wide.
/// Constant markup, no words.
const SHAPES: &str = concat!(
    r#"<path class="ill-pillars__roof" d="M10 140 L320 8 L630 140 Z" stroke-width="6" stroke-linejoin="round"/>"#,
    r#"<path class="ill-pillars__tympanum" d="M66 129 L320 21 L574 129 Z"/>"#,
    r#"<rect class="ill-pillars__frieze" x="18" y="140" width="604" height="22"/>"#,
    r#"<rect class="ill-pillars__frieze-line" x="18" y="156" width="604" height="3"/>"#,
    // The column on x = 125.
    r#"<g class="ill-pillars__column">"#,
    r#"<rect class="ill-pillars__capital" x="33" y="162" width="184" height="12"/>"#,
    r#"<rect class="ill-pillars__capital ill-pillars__capital--neck" x="40" y="174" width="170" height="8"/>"#,
    r#"<rect class="ill-pillars__shaft" x="45" y="182" width="160" height="152"/>"#,
    r#"<path class="ill-pillars__flutes" d="M71 188 V328 M98 188 V328 M125 188 V328 M152 188 V328 M179 188 V328" fill="none" stroke-width="4" stroke-linecap="round"/>"#,
    r#"<rect class="ill-pillars__plate" x="50" y="214" width="150" height="88" rx="6"/>"#,
    r#"<rect class="ill-pillars__base" x="40" y="334" width="170" height="8"/>"#,
    r#"<rect class="ill-pillars__base ill-pillars__base--plinth" x="33" y="342" width="184" height="10"/>"#,
    r#"</g>"#,
    // The column on x = 320.
    r#"<g class="ill-pillars__column">"#,
    r#"<rect class="ill-pillars__capital" x="228" y="162" width="184" height="12"/>"#,
    r#"<rect class="ill-pillars__capital ill-pillars__capital--neck" x="235" y="174" width="170" height="8"/>"#,
    r#"<rect class="ill-pillars__shaft" x="240" y="182" width="160" height="152"/>"#,
    r#"<path class="ill-pillars__flutes" d="M266 188 V328 M293 188 V328 M320 188 V328 M347 188 V328 M374 188 V328" fill="none" stroke-width="4" stroke-linecap="round"/>"#,
    r#"<rect class="ill-pillars__plate" x="245" y="214" width="150" height="88" rx="6"/>"#,
    r#"<rect class="ill-pillars__base" x="235" y="334" width="170" height="8"/>"#,
    r#"<rect class="ill-pillars__base ill-pillars__base--plinth" x="228" y="342" width="184" height="10"/>"#,
    r#"</g>"#,
    // The column on x = 515.
    r#"<g class="ill-pillars__column">"#,
    r#"<rect class="ill-pillars__capital" x="423" y="162" width="184" height="12"/>"#,
    r#"<rect class="ill-pillars__capital ill-pillars__capital--neck" x="430" y="174" width="170" height="8"/>"#,
    r#"<rect class="ill-pillars__shaft" x="435" y="182" width="160" height="152"/>"#,
    r#"<path class="ill-pillars__flutes" d="M461 188 V328 M488 188 V328 M515 188 V328 M542 188 V328 M569 188 V328" fill="none" stroke-width="4" stroke-linecap="round"/>"#,
    r#"<rect class="ill-pillars__plate" x="440" y="214" width="150" height="88" rx="6"/>"#,
    r#"<rect class="ill-pillars__base" x="430" y="334" width="170" height="8"/>"#,
    r#"<rect class="ill-pillars__base ill-pillars__base--plinth" x="423" y="342" width="184" height="10"/>"#,
    r#"</g>"#,
    r#"<rect class="ill-pillars__step ill-pillars__step--upper" x="16" y="352" width="608" height="17" rx="2"/>"#,
    r#"<rect class="ill-pillars__step ill-pillars__step--lower" x="2" y="369" width="636" height="19" rx="2"/>"#,
);

/// The temple without its words, under them.
const FRAME: Frame = Frame {
    class: "ill ill-pillars",
    view_box: "0 0 640 390",
    behind: "",
    group: None,
    // A constant: fixed markup without any text.
    shapes: SHAPES,
    in_front: "",
};

/// A temple: a triangular roof labelled `roof`, a frieze, three fluted columns numbered 1 to 3
/// on their plates, and a stepped base. The pillars' names are not drawn: in the room's picture
/// they would be too small to read, so the slide names them in text, by these numbers.
///
/// One `role="img"` SVG labelled by `description`, which names the pillars; the roof's word
/// comes from the props. Sized by the `ill-pillars` class.
pub fn pillars_diagram(roof: &'static str, description: &'static str) -> Drawing {
    let mut drawing = Drawing::new(&FRAME, Some(description));
    let (roof_x, roof_row) = roof_row(roof);
    drawing.row(&[roof], &[roof_x], &roof_row);
    let numbers = Row {
        class: "ill-label ill-label--pillar",
        y: PLATE_CENTRE,
        width: NUMBER_WIDTH,
        size: NUMBER_SIZE,
        max_lines: 1,
    };
    drawing.row(&NUMBERS, &COLUMNS, &numbers);
    drawing
}

/// Where the roof's label goes inside the inner triangle, whose base is at y = 129, whose apex
/// is at y = 21, and whose half-width at height y is (y - 21) / 0.425: its x, and its row.
///
/// On one line while that keeps it big; otherwise on two smaller lines raised just enough for
/// the lower one to clear the base, the shorter line on top where the triangle is narrower.
fn roof_row(roof: &str) -> (f32, Row) {
    const ONE_LINE_WIDTH: f32 = 300.0;
    const ONE_LINE_SIZE: f32 = 28.0;
    const TWO_LINES_WIDTH: f32 = 230.0;
    const TWO_LINES_SIZE: f32 = 24.0;
    /// The lowest the descenders may reach.
    const FLOOR: f32 = 125.0;
    let class = "ill-label ill-label--title";
    if common_size(&[roof], ONE_LINE_WIDTH, ONE_LINE_SIZE, 1) >= 22.0 {
        let row = Row {
            class,
            y: 108.0,
            width: ONE_LINE_WIDTH,
            size: ONE_LINE_SIZE,
            max_lines: 1,
        };
        return (320.0, row);
    }
    let size = common_size(&[roof], TWO_LINES_WIDTH, TWO_LINES_SIZE, 2);
    // The lower baseline is 0.95 em below the block's centre; descenders reach 0.22 em below it.
    let row = Row {
        class,
        y: FLOOR - 1.17 * size,
        width: TWO_LINES_WIDTH,
        size: TWO_LINES_SIZE,
        max_lines: 2,
    };
    (320.0, row)
}
