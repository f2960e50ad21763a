//! The one frame of every drawing: an `<svg>` whose static shapes are constant markup, with the
//! translated labels added over them as text nodes.
//!
//! A drawing function returns a [`Drawing`], plain data that the unit tests read; the
//! [`DrawingView`] component shows it.

use leptos::prelude::*;

use super::label::{Label, Line, Row};

/// The fixed part of a drawing: everything but its labels and its description.
///
/// `behind`, `shapes` and `in_front` must be compile-time constants of SVG markup, without a
/// single translated or user-supplied word, and without `style` attributes (the CSP forbids
/// them): each becomes the `innerHTML` of a `<g>`, which parses it as SVG. Static geometry
/// then costs only its bytes in the wasm. An empty string draws nothing. Every word is in the
/// labels of the [`Drawing`], whose lines are added as text nodes, never parsed as markup.
pub(super) struct Frame {
    /// The classes of the `<svg>`.
    pub class: &'static str,
    pub view_box: &'static str,
    /// Constant markup drawn first.
    pub behind: &'static str,
    /// The class of a `<g>` that holds `shapes` and the labels (the boat's moving part);
    /// `None` to draw them straight into the `<svg>`.
    pub group: Option<&'static str>,
    /// Constant markup under the labels.
    pub shapes: &'static str,
    /// Constant markup drawn last.
    pub in_front: &'static str,
}

/// A drawing: a constant `Frame`, what it shows and its translated labels. What all five
/// drawing functions return.
pub struct Drawing {
    frame: &'static Frame,
    /// What the drawing shows, as the accessible name of a `role="img"`; `None` for a
    /// decorative drawing, which is then `aria-hidden`.
    description: Option<&'static str>,
    labels: Vec<Label>,
}

impl Drawing {
    /// A drawing of `frame`, without labels yet.
    pub(super) fn new(frame: &'static Frame, description: Option<&'static str>) -> Self {
        Self {
            frame,
            description,
            labels: Vec::new(),
        }
    }

    /// Adds a row of labels: `texts[i]` centred on `xs[i]`, all laid out as `row` says.
    #[inline(never)]
    pub(super) fn row(&mut self, texts: &[&'static str], xs: &[f32], row: &Row) {
        for (&text, &x) in texts.iter().zip(xs) {
            self.labels.push(Label { text, x, row: *row });
        }
    }

    /// What the drawing shows, as its accessible name; `None` when it is decorative.
    pub fn description(&self) -> Option<&'static str> {
        self.description
    }

    /// The labels' lines, in drawing order.
    fn lines(&self) -> Vec<Line> {
        self.labels.iter().flat_map(Label::lines).collect()
    }
}

/// A drawing as an inline `<svg>`: its constant layers, each a `<g>` that parses its markup,
/// and its labels as text nodes over them.
#[component]
pub fn DrawingView(drawing: Drawing) -> impl IntoView {
    let frame = drawing.frame;
    let lines = drawing
        .lines()
        .into_iter()
        .map(|line| {
            view! {
                <text class=line.class x=line.x y=line.y font-size=line.font_size>
                    {line.text}
                </text>
            }
        })
        .collect_view();
    let layer =
        |markup: &'static str| (!markup.is_empty()).then(|| view! { <g inner_html=markup></g> });
    let (labelled, label) = match drawing.description {
        Some(description) => (Some("img"), Some(description)),
        None => (None, None),
    };
    let middle = match frame.group {
        Some(class) => view! {
            <g class=class>
                {layer(frame.shapes)}
                {lines}
            </g>
        }
        .into_any(),
        None => view! {
            {layer(frame.shapes)}
            {lines}
        }
        .into_any(),
    };
    view! {
        <svg
            class=frame.class
            viewBox=frame.view_box
            role=labelled
            aria-label=label
            aria-hidden=label.is_none().then_some("true")
        >
            {layer(frame.behind)}
            {middle}
            {layer(frame.in_front)}
        </svg>
    }
}
