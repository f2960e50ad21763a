//! The one frame of every drawing: an `<svg>` whose static shapes are constant markup, with the
//! translated labels added over them as text nodes.
//!
//! The drawings are static, so [`Drawing`] builds its DOM by hand, with the renderer's own
//! calls, and is shown as a child of static markup (`ui::dom_tree`), which explains why.

use tachys::renderer::{types::Element, Rndr};

use super::label::{Label, Row};

/// The namespace of SVG elements.
const SVG: Option<&str> = Some("http://www.w3.org/2000/svg");

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
    #[cfg(test)]
    pub fn description(&self) -> Option<&'static str> {
        self.description
    }

    /// Builds the `<svg>` element.
    #[inline(never)]
    pub(crate) fn into_element(self) -> Element {
        let frame = self.frame;
        let svg = Rndr::create_element("svg", SVG);
        Rndr::set_attribute(&svg, "class", frame.class);
        Rndr::set_attribute(&svg, "viewBox", frame.view_box);
        match self.description {
            Some(description) => {
                Rndr::set_attribute(&svg, "role", "img");
                Rndr::set_attribute(&svg, "aria-label", description);
            }
            None => Rndr::set_attribute(&svg, "aria-hidden", "true"),
        }
        layer(&svg, frame.behind);
        let parent = match frame.group {
            Some(class) => {
                let group = child(&svg, "g");
                Rndr::set_attribute(&group, "class", class);
                group
            }
            None => svg.clone(),
        };
        layer(&parent, frame.shapes);
        for label in &self.labels {
            label.draw(&parent);
        }
        layer(&svg, frame.in_front);
        svg
    }
}

/// Appends a new SVG element to `parent`.
pub(super) fn child(parent: &Element, tag: &str) -> Element {
    let element = Rndr::create_element(tag, SVG);
    Rndr::insert_node(parent, &element, None);
    element
}

/// Appends to `parent` a `<g>` holding `markup`, unless it is empty. Only ever called with the
/// constant markup of a [`Frame`]: fixed shapes, no text.
fn layer(parent: &Element, markup: &'static str) {
    if !markup.is_empty() {
        Rndr::set_inner_html(&child(parent, "g"), markup);
    }
}
