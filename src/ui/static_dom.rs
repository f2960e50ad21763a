//! Static markup as plain data: an element tree that is built in ordinary Rust and turned into
//! DOM by one small function.
//!
//! A view written with `view!` compiles to code for each element and attribute, plus tachys's
//! generic code to build, rebuild and drop each distinct view type. Content that never changes
//! once it is shown (a screen's text, the key list) is better described as data: [`El`] is a
//! single view type whatever the tree holds, so its rendering code is in the wasm once, and the
//! trees can be checked in native unit tests. Every word becomes a text node or an attribute
//! value, never markup, so nothing in a translation or typed by a user is ever parsed as HTML.
//!
//! An element can carry event handlers ([`El::on`]): a button that calls back is still static
//! markup. What must change in place while it is shown (a typed value, a ticking clock) stays a
//! `view!`; a tree that must change as a whole is rebuilt from a reactive closure.

use leptos::tachys::{
    html::attribute::any_attribute::AnyAttribute,
    hydration::Cursor,
    no_attrs,
    renderer::{types::Element, Rndr},
    view::{Mountable, Position, PositionState, Render, RenderHtml},
};

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use super::illustrations::Drawing;

/// An event handler. `Send`, as Leptos requires of a view; it never leaves the browser's thread.
type Handler = Box<dyn FnMut(web_sys::Event) + Send>;

/// One HTML element with its attributes and children. Build it with [`el`].
pub struct El {
    tag: &'static str,
    attributes: Vec<(&'static str, String)>,
    styles: Vec<(&'static str, String)>,
    children: Vec<Child>,
    handlers: Vec<(&'static str, Handler)>,
}

/// What an [`El`] can hold.
pub enum Child {
    /// A text node.
    Text(String),
    /// An element.
    El(El),
    /// A drawing (an `<svg>`).
    Drawing(Drawing),
}

/// A new `<tag>` element, without attributes or children.
pub fn el(tag: &'static str) -> El {
    El {
        tag,
        attributes: Vec::new(),
        styles: Vec::new(),
        children: Vec::new(),
        handlers: Vec::new(),
    }
}

/// A `<button type="button">` of `class` that reads `label`; give it a click handler.
pub fn button(class: &'static str, label: &str) -> El {
    el("button").attr("type", "button").class(class).text(label)
}

impl El {
    /// Sets the attribute `name` to `value`.
    pub fn attr(self, name: &'static str, value: impl Into<String>) -> Self {
        self.with_attr(name, value.into())
    }

    // The builder methods are called hundreds of times; kept out of line, their code is in
    // the wasm once rather than at every call.
    #[inline(never)]
    fn with_attr(mut self, name: &'static str, value: String) -> Self {
        self.attributes.push((name, value));
        self
    }

    #[inline(never)]
    fn with_child(mut self, child: Child) -> Self {
        self.children.push(child);
        self
    }

    /// Sets the `class` attribute.
    pub fn class(self, class: &'static str) -> Self {
        self.attr("class", class)
    }

    /// Sets the CSS `property` (e.g. `"width"`) to `value` through the CSSOM, which a strict
    /// Content-Security-Policy allows, unlike a `style` attribute.
    pub fn style(mut self, property: &'static str, value: String) -> Self {
        self.styles.push((property, value));
        self
    }

    /// Calls `handler` on each `event` (e.g. `"click"`) on this element.
    pub fn on(
        self,
        event: &'static str,
        handler: impl FnMut(web_sys::Event) + Send + 'static,
    ) -> Self {
        self.with_handler(event, Box::new(handler))
    }

    #[inline(never)]
    fn with_handler(mut self, event: &'static str, handler: Handler) -> Self {
        self.handlers.push((event, handler));
        self
    }

    /// Appends a text node.
    pub fn text(self, text: impl Into<String>) -> Self {
        self.with_child(Child::Text(text.into()))
    }

    /// Appends a child element or drawing.
    pub fn child(self, child: impl Into<Child>) -> Self {
        self.with_child(child.into())
    }

    /// Appends a child if there is one.
    pub fn maybe(self, child: Option<impl Into<Child>>) -> Self {
        match child {
            Some(child) => self.child(child),
            None => self,
        }
    }

    /// Appends every child of `children`, in order.
    pub fn children<C: Into<Child>>(mut self, children: impl IntoIterator<Item = C>) -> Self {
        self.children.extend(children.into_iter().map(Into::into));
        self
    }

    /// The DOM element, for a place outside the view tree (see `print_handout`).
    pub fn into_dom(self) -> web_sys::Element {
        self.element()
    }

    /// Builds the DOM element.
    fn element(self) -> Element {
        let element = Rndr::create_element(self.tag, None);
        for (name, value) in &self.attributes {
            Rndr::set_attribute(&element, name, value);
        }
        if !self.styles.is_empty() {
            let style = Rndr::style(&element);
            for (property, value) in &self.styles {
                Rndr::set_css_property(&style, property, value);
            }
        }
        for child in self.children {
            match child {
                Child::Text(text) => {
                    Rndr::insert_node(&element, &Rndr::create_text_node(&text), None);
                }
                Child::El(child) => Rndr::insert_node(&element, &child.element(), None),
                Child::Drawing(drawing) => {
                    Rndr::insert_node(&element, &drawing.into_element(), None);
                }
            }
        }
        for (event, handler) in self.handlers {
            // Owned by the JS function from here: dropped when the element is collected.
            let callback = Closure::<dyn FnMut(web_sys::Event)>::new(handler);
            let _ = element
                .add_event_listener_with_callback(event, callback.into_js_value().unchecked_ref());
        }
        element
    }
}

/// Reading a tree back, for the unit tests.
#[cfg(test)]
impl El {
    /// The element's tag.
    pub fn tag(&self) -> &'static str {
        self.tag
    }

    /// The value of the attribute `name`, if it is set.
    pub fn attribute(&self, name: &str) -> Option<&str> {
        value_named(&self.attributes, name)
    }

    /// The value of the CSS property `name`, if it is set.
    pub fn style_property(&self, name: &str) -> Option<&str> {
        value_named(&self.styles, name)
    }

    /// The child elements (not the text nodes or drawings), in order.
    pub fn elements(&self) -> impl Iterator<Item = &El> {
        self.children.iter().filter_map(|child| match child {
            Child::El(el) => Some(el),
            _ => None,
        })
    }

    /// The text of the element and all its descendants, as the DOM's `textContent` reads it
    /// (without the drawings' labels).
    pub fn text_content(&self) -> String {
        let mut text = String::new();
        self.collect_text(&mut text);
        text
    }

    fn collect_text(&self, into: &mut String) {
        for child in &self.children {
            match child {
                Child::Text(t) => into.push_str(t),
                Child::El(el) => el.collect_text(into),
                Child::Drawing(_) => {}
            }
        }
    }

    /// How many handlers this element has for `event`.
    pub fn handlers_for(&self, event: &str) -> usize {
        self.handlers.iter().filter(|(e, _)| *e == event).count()
    }

    /// Every element of the tree, this one first, depth first.
    pub fn descendants(&self) -> Vec<&El> {
        let mut all = vec![self];
        for child in self.elements() {
            all.extend(child.descendants());
        }
        all
    }
}

/// The value paired with `name` in a list of attributes or CSS properties.
#[cfg(test)]
fn value_named<'a>(pairs: &'a [(&'static str, String)], name: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, value)| value.as_str())
}

impl From<El> for Child {
    fn from(el: El) -> Child {
        Child::El(el)
    }
}

impl From<Drawing> for Child {
    fn from(drawing: Drawing) -> Child {
        Child::Drawing(drawing)
    }
}

impl Render for El {
    type State = Element;

    fn build(self) -> Element {
        self.element()
    }

    fn rebuild(self, state: &mut Element) {
        let mut new = self.element();
        state.insert_before_this(&mut new);
        state.unmount();
        *state = new;
    }
}

no_attrs!(El);

/// Client-side rendering only, as the whole app: never rendered to HTML on a server, nor
/// hydrated.
impl RenderHtml for El {
    type AsyncOutput = Self;
    type Owned = Self;
    const MIN_LENGTH: usize = 0;

    fn dry_resolve(&mut self) {}

    async fn resolve(self) -> Self {
        self
    }

    fn to_html_with_buf(
        self,
        _buf: &mut String,
        _position: &mut Position,
        _escape: bool,
        _mark_branches: bool,
        _extra_attrs: Vec<AnyAttribute>,
    ) {
        unimplemented!("static markup is rendered in the browser only");
    }

    fn hydrate<const FROM_SERVER: bool>(self, _: &Cursor, _: &PositionState) -> Element {
        unimplemented!("static markup is rendered in the browser only");
    }

    fn into_owned(self) -> Self {
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> El {
        el("ul")
            .class("list")
            .children(["one", "two"].map(|word| el("li").text(word)))
            .maybe(None::<El>)
            .maybe(Some(el("li").attr("aria-current", "true").text("three")))
    }

    #[test]
    fn a_tree_keeps_its_attributes_and_children_in_order() {
        let list = sample();
        assert_eq!(list.tag(), "ul");
        assert_eq!(list.attribute("class"), Some("list"));
        assert_eq!(list.attribute("id"), None);
        let items: Vec<String> = list.elements().map(El::text_content).collect();
        assert_eq!(items, ["one", "two", "three"]);
        assert_eq!(
            list.elements()
                .nth(2)
                .and_then(|li| li.attribute("aria-current")),
            Some("true")
        );
    }

    #[test]
    fn text_content_joins_every_descendant_text() {
        let p = el("p").text("a ").child(el("b").text("b")).text(" c");
        assert_eq!(p.text_content(), "a b c");
        assert_eq!(p.descendants().len(), 2);
    }

    #[test]
    fn text_that_looks_like_markup_stays_text() {
        let p = el("p").text("<img src=x onerror=alert(1)>");
        assert_eq!(p.elements().count(), 0);
        assert_eq!(p.text_content(), "<img src=x onerror=alert(1)>");
    }
}
