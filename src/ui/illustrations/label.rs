//! One translated label drawn in SVG: a centred `<text>` whose lines are `<tspan>`s.

use leptos::prelude::*;

use super::wrap::fit;

/// Line height, in ems, between the lines of one label.
const LINE_HEIGHT_EM: f32 = 1.2;
/// Shifts a line's baseline down so that the text, not its baseline, sits on the anchor.
const CENTRE_SHIFT_EM: f32 = 0.35;

/// Where and how big a label may be, in the drawing's user units.
#[derive(Clone, Copy, Debug)]
pub(super) struct LabelBox {
    /// The centre of the label, horizontally.
    pub x: f32,
    /// The centre of the label, vertically (the middle of its block of lines).
    pub y: f32,
    /// The widest a line may be.
    pub width: f32,
    /// The font size when the label fits; smaller when it does not.
    pub size: f32,
    /// The most lines the label may take.
    pub max_lines: usize,
}

/// Draws `text` centred on the box, wrapped and shrunk so that it stays inside `width`.
///
/// The font size is a presentation attribute, so CSS for `class` must not set `font-size`.
pub(super) fn label(text: &'static str, class: &'static str, at: LabelBox) -> impl IntoView {
    let fitted = fit(text, at.width, at.size, at.max_lines);
    let count = fitted.lines.len();
    let x = number(at.x);
    let first_dy = CENTRE_SHIFT_EM - (count.saturating_sub(1) as f32) * LINE_HEIGHT_EM / 2.0;
    let lines = fitted
        .lines
        .into_iter()
        .enumerate()
        .map(|(index, line)| {
            let dy = if index == 0 { first_dy } else { LINE_HEIGHT_EM };
            view! { <tspan x=x.clone() dy=format!("{}em", number(dy))>{line}</tspan> }
        })
        .collect_view();
    view! {
        <text
            class=class
            x=x.clone()
            y=number(at.y)
            font-size=number(fitted.font_size)
            text-anchor="middle"
        >
            {lines}
        </text>
    }
}

/// Formats a coordinate with at most two decimals and no trailing zeros.
pub(super) fn number(value: f32) -> String {
    let rounded = (value * 100.0).round() / 100.0;
    let text = format!("{rounded:.2}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" {
        "0".to_string()
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::number;

    #[test]
    fn numbers_are_short() {
        assert_eq!(number(12.0), "12");
        assert_eq!(number(12.5), "12.5");
        assert_eq!(number(-0.25), "-0.25");
        assert_eq!(number(1.0 / 3.0), "0.33");
        assert_eq!(number(-0.001), "0");
        assert_eq!(number(0.0), "0");
    }
}
