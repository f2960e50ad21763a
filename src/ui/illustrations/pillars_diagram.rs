//! A classical temple: one roof held up by three pillars.

use leptos::prelude::*;

use super::label::{label, number, LabelBox};
use super::wrap::fit;

/// The x of each column's axis.
const COLUMNS: [f32; 3] = [125.0, 320.0, 515.0];
/// The width of a column's shaft.
const SHAFT_WIDTH: f32 = 160.0;
/// The y of the top of the shafts.
const SHAFT_TOP: f32 = 182.0;
/// The y of the bottom of the shafts.
const SHAFT_BOTTOM: f32 = 334.0;
/// The widest a pillar's name may be.
const NAME_WIDTH: f32 = SHAFT_WIDTH - 18.0;
/// A pillar's name's font size when it fits.
const NAME_SIZE: f32 = 18.0;
/// The most lines a pillar's name may take.
const NAME_LINES: usize = 3;

/// A temple: a triangular roof labelled `roof`, a frieze, three fluted columns each labelled
/// with one of `pillars` (long names wrap over up to three lines and shrink to fit), and
/// a stepped base. The three names share one font size.
///
/// One `role="img"` SVG labelled by `description`; every visible word comes from the props.
/// Sized by the `ill-pillars` class.
#[component]
pub fn PillarsDiagram(
    roof: &'static str,
    pillars: [&'static str; 3],
    description: &'static str,
) -> impl IntoView {
    // One font size for the three names, so that no pillar looks less important.
    let size = pillars
        .iter()
        .map(|name| fit(name, NAME_WIDTH, NAME_SIZE, NAME_LINES).font_size)
        .fold(NAME_SIZE, f32::min);
    let columns = pillars
        .into_iter()
        .zip(COLUMNS)
        .map(|(name, x)| column(name, x, size))
        .collect_view();
    view! {
        <svg class="ill ill-pillars" viewBox="0 0 640 390" role="img" aria-label=description>
            <path class="ill-pillars__roof" d="M10 140 L320 8 L630 140 Z" stroke-width="6" stroke-linejoin="round" />
            <path class="ill-pillars__tympanum" d="M66 129 L320 21 L574 129 Z" />
            {label(roof, "ill-label ill-label--title", roof_label_box(roof))}
            <rect class="ill-pillars__frieze" x="18" y="140" width="604" height="22" />
            <rect class="ill-pillars__frieze-line" x="18" y="156" width="604" height="3" />
            {columns}
            <rect class="ill-pillars__step ill-pillars__step--upper" x="16" y="352" width="608" height="17" rx="2" />
            <rect class="ill-pillars__step ill-pillars__step--lower" x="2" y="369" width="636" height="19" rx="2" />
        </svg>
    }
}

/// Where the roof's label goes inside the inner triangle, whose base is at y = 129, whose apex
/// is at y = 21, and whose half-width at height y is (y - 21) / 0.425.
///
/// On one line while that keeps it big; otherwise on two smaller lines raised just enough for
/// the lower one to clear the base, the shorter line on top where the triangle is narrower.
fn roof_label_box(roof: &str) -> LabelBox {
    const ONE_LINE_WIDTH: f32 = 300.0;
    const ONE_LINE_SIZE: f32 = 28.0;
    const TWO_LINES_WIDTH: f32 = 230.0;
    const TWO_LINES_SIZE: f32 = 24.0;
    /// The lowest the descenders may reach.
    const FLOOR: f32 = 125.0;
    if fit(roof, ONE_LINE_WIDTH, ONE_LINE_SIZE, 1).font_size >= 22.0 {
        return LabelBox {
            x: 320.0,
            y: 108.0,
            width: ONE_LINE_WIDTH,
            size: ONE_LINE_SIZE,
            max_lines: 1,
        };
    }
    let size = fit(roof, TWO_LINES_WIDTH, TWO_LINES_SIZE, 2).font_size;
    // The lower baseline is 0.95 em below the block's centre; descenders reach 0.22 em below it.
    LabelBox {
        x: 320.0,
        y: FLOOR - 1.17 * size,
        width: TWO_LINES_WIDTH,
        size: TWO_LINES_SIZE,
        max_lines: 2,
    }
}

/// One column centred on `x`: capital, fluted shaft with its name on a plate, and base.
fn column(name: &'static str, x: f32, size: f32) -> impl IntoView {
    let half = SHAFT_WIDTH / 2.0;
    let flutes = [-54.0_f32, -27.0, 0.0, 27.0, 54.0]
        .into_iter()
        .map(|dx| {
            format!(
                "M{} {} V{}",
                number(x + dx),
                number(SHAFT_TOP + 6.0),
                number(SHAFT_BOTTOM - 6.0)
            )
        })
        .collect::<Vec<_>>()
        .join(" ");
    view! {
        <g class="ill-pillars__column">
            <rect class="ill-pillars__capital" x=number(x - half - 12.0) y="162" width=number(SHAFT_WIDTH + 24.0) height="12" />
            <rect class="ill-pillars__capital ill-pillars__capital--neck" x=number(x - half - 5.0) y="174" width=number(SHAFT_WIDTH + 10.0) height="8" />
            <rect
                class="ill-pillars__shaft"
                x=number(x - half)
                y=number(SHAFT_TOP)
                width=number(SHAFT_WIDTH)
                height=number(SHAFT_BOTTOM - SHAFT_TOP)
            />
            <path class="ill-pillars__flutes" d=flutes fill="none" stroke-width="4" stroke-linecap="round" />
            <rect class="ill-pillars__plate" x=number(x - half + 5.0) y="214" width=number(SHAFT_WIDTH - 10.0) height="88" rx="6" />
            {label(
                name,
                "ill-label ill-label--pillar",
                LabelBox { x, y: 258.0, width: NAME_WIDTH, size, max_lines: NAME_LINES },
            )}
            <rect class="ill-pillars__base" x=number(x - half - 5.0) y="334" width=number(SHAFT_WIDTH + 10.0) height="8" />
            <rect class="ill-pillars__base ill-pillars__base--plinth" x=number(x - half - 12.0) y="342" width=number(SHAFT_WIDTH + 24.0) height="10" />
        </g>
    }
}
