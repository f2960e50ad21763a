//! The translated labels of a drawing, and the numbers in them.
//!
//! Numbers are printed by [`number`], with integer arithmetic only: formatting a float (`{}`
//! on `f32`/`f64`) would pull Rust's float-printing code into the wasm.

use super::wrap::fit;

/// Line height, in ems, between the lines of one label.
const LINE_HEIGHT_EM: f32 = 1.2;
/// Shifts a line's baseline down so that the text, not its baseline, sits on the anchor.
const CENTRE_SHIFT_EM: f32 = 0.35;

/// How the labels of one row are laid out, in the drawing's user units: each label centred on
/// its own x, all of them on one y.
#[derive(Clone, Copy, Debug)]
pub(super) struct Row {
    /// The classes of the labels' `<text>`s.
    pub class: &'static str,
    /// The centre of each label, vertically (the middle of its block of lines).
    pub y: f32,
    /// The widest a line may be.
    pub width: f32,
    /// The font size when a label fits; smaller when it does not.
    pub size: f32,
    /// The most lines a label may take.
    pub max_lines: usize,
}

/// One translated label, centred on `x` in its row.
pub(super) struct Label {
    pub text: &'static str,
    pub x: f32,
    pub row: Row,
}

/// One line of a label, as drawn: a `<text>` at `x`, `y`.
pub(super) struct Line {
    pub class: &'static str,
    pub x: String,
    pub y: String,
    pub font_size: String,
    pub text: String,
}

impl Label {
    /// The lines of the label: wrapped and shrunk so that they stay within the row's width,
    /// each centred on `x` (by the `text-anchor` of `.ill-label`), the block of lines centred
    /// on the row's `y`.
    ///
    /// The font size is a presentation attribute, so CSS for the row's class must not set
    /// `font-size`.
    pub(super) fn lines(&self) -> Vec<Line> {
        let row = &self.row;
        let fitted = fit(self.text, row.width, row.size, row.max_lines);
        let size = fitted.font_size;
        let x = number(self.x);
        let font_size = number(size);
        // The first baseline, in ems from the centre: half the block of lines up, then down.
        let first = CENTRE_SHIFT_EM - (fitted.lines.len() as f32 - 1.0) * LINE_HEIGHT_EM / 2.0;
        fitted
            .lines
            .into_iter()
            .enumerate()
            .map(|(index, text)| Line {
                class: row.class,
                x: x.clone(),
                y: number(row.y + (first + index as f32 * LINE_HEIGHT_EM) * size),
                font_size: font_size.clone(),
                text,
            })
            .collect()
    }
}

/// The one font size at which each of `names` fits a box `width` wide in `max_lines` lines:
/// the smallest of their sizes, at most `size`. For names that must look equally important.
#[inline(never)]
pub(super) fn common_size(names: &[&str], width: f32, size: f32, max_lines: usize) -> f32 {
    names
        .iter()
        .map(|name| fit(name, width, size, max_lines).font_size)
        .fold(size, f32::min)
}

/// Formats a coordinate with at most two decimals and no trailing zeros ("12", "12.5",
/// "-0.25"), rounding to the nearest hundredth; never "-0".
///
/// Integer arithmetic only: the value is rounded to a whole number of hundredths, and only
/// integers are printed.
pub(super) fn number(value: f32) -> String {
    // `as` saturates, and maps NaN to 0.
    let hundredths = (value * 100.0).round() as i32;
    let sign = if hundredths < 0 { "-" } else { "" };
    let magnitude = hundredths.unsigned_abs();
    let (whole, fraction) = (magnitude / 100, magnitude % 100);
    if fraction == 0 {
        format!("{sign}{whole}")
    } else if fraction % 10 == 0 {
        format!("{sign}{whole}.{}", fraction / 10)
    } else {
        format!("{sign}{whole}.{fraction:02}")
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

    #[test]
    fn numbers_round_to_hundredths_and_keep_inner_zeros() {
        assert_eq!(number(0.05), "0.05");
        assert_eq!(number(-0.05), "-0.05");
        assert_eq!(number(3.07), "3.07");
        assert_eq!(number(10.5), "10.5");
        assert_eq!(number(100.0), "100");
        assert_eq!(number(116.4), "116.4");
        assert_eq!(number(2.0 / 3.0), "0.67");
        assert_eq!(number(-2.0 / 3.0), "-0.67");
        assert_eq!(number(9.996), "10");
        assert_eq!(number(-1.2), "-1.2");
        assert_eq!(number(-7.0), "-7");
        assert_eq!(number(1000.0), "1000");
        assert_eq!(number(-0.004), "0");
        assert_eq!(number(f32::NAN), "0");
    }
}
