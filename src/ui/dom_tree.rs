//! Markup as plain data: an element tree that is built in ordinary Rust and turned into DOM by
//! one small function.
//!
//! A view written with `view!` compiles to code for each element and attribute, plus tachys's
//! generic code to build, rebuild and drop each distinct view type. [`El`] is a single type
//! whatever the tree holds, so its rendering code is in the wasm once, and the trees can be
//! checked in native unit tests. Every word becomes a text node or an attribute value, never
//! markup, so nothing in a translation or typed by a user is ever parsed as HTML.
//!
//! An element can carry event handlers ([`El::on`]) and live parts that follow signals while
//! it is shown ([`El::live_text`], [`El::live_run`], [`El::live_attr`], [`El::live_class`],
//! [`El::live_value`]; see [`super::live`]): a text or an attribute changes in place, and a
//! run of elements is rebuilt as a whole.

use tachys::renderer::{types::Element, Rndr};

use crate::reactive::{untrack, Get, Memo, With};

use super::illustrations::Drawing;
use super::live::{self, Binding, LiveRun, LiveText, MountHook};
use crate::browser::events;
use crate::i18n::{text, Key, Lang};

/// Builds a live view's elements from the value it shows.
type BuildFrom<V> = Box<dyn FnMut(&V) -> Vec<El>>;
/// Where an element is kept once it is in the document (see [`El::on_mount`]), for code
/// that acts on it later, such as opening a dialog.
pub type ElementRef =
    crate::reactive::StoredValue<Option<web_sys::Element>, crate::reactive::LocalStorage>;

/// An event handler.
type Handler = Box<dyn FnMut(web_sys::Event)>;

/// One HTML element with its attributes and children. Build it with [`el`].
///
/// Boxed, so that each builder call moves one pointer rather than the whole node: there are
/// hundreds of calls, and the copies were a good part of their code.
pub struct El(Box<Node>);

struct Node {
    tag: &'static str,
    /// An SVG element rather than an HTML one.
    svg: bool,
    attributes: Vec<(&'static str, String)>,
    styles: Vec<(&'static str, String)>,
    children: Vec<Child>,
    handlers: Vec<(&'static str, Handler)>,
    bindings: Vec<Binding>,
    mounted: Option<MountHook>,
}

/// What an [`El`] can hold.
pub enum Child {
    /// A text node.
    Text(String),
    /// An element.
    El(El),
    /// A drawing (an `<svg>`).
    Drawing(Drawing),
    /// A text node that follows the signals it reads.
    LiveText(LiveText),
    /// Elements rebuilt whenever a signal read while building them changes.
    LiveRun(LiveRun),
    /// Constant markup (an icon's SVG), parsed in its place among the other children. Only a
    /// `&'static str`: never a translation or anything typed.
    Markup(&'static str),
}

/// Reads the text of `key` in the language that `lang` reads: a live text or heading.
pub fn words(lang: Memo<Lang>, key: Key) -> impl FnMut() -> String + 'static {
    move || text(lang.get(), key).to_string()
}

/// A new `<tag>` element, without attributes or children.
pub fn el(tag: &'static str) -> El {
    node(tag, false)
}

/// A new SVG `<tag>` element (`svg`, `rect`, `text`…), for a chart drawn from data.
pub fn svg(tag: &'static str) -> El {
    node(tag, true)
}

fn node(tag: &'static str, svg: bool) -> El {
    El(Box::new(Node {
        tag,
        svg,
        attributes: Vec::new(),
        styles: Vec::new(),
        children: Vec::new(),
        handlers: Vec::new(),
        bindings: Vec::new(),
        mounted: None,
    }))
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
        self.0.attributes.push((name, value));
        self
    }

    #[inline(never)]
    fn with_child(mut self, child: Child) -> Self {
        self.0.children.push(child);
        self
    }

    /// Sets the `class` attribute.
    pub fn class(self, class: &'static str) -> Self {
        self.attr("class", class)
    }

    /// Sets the CSS `property` (e.g. `"width"`) to `value` through the CSSOM, which a strict
    /// Content-Security-Policy allows, unlike a `style` attribute.
    pub fn style(mut self, property: &'static str, value: String) -> Self {
        self.0.styles.push((property, value));
        self
    }

    /// Calls `handler` on each `event` (e.g. `"click"`) on this element.
    pub fn on(self, event: &'static str, handler: impl FnMut(web_sys::Event) + 'static) -> Self {
        self.with_handler(event, Box::new(handler))
    }

    #[inline(never)]
    fn with_handler(mut self, event: &'static str, handler: Handler) -> Self {
        self.0.handlers.push((event, handler));
        self
    }

    #[inline(never)]
    fn with_binding(mut self, binding: Binding) -> Self {
        self.0.bindings.push(binding);
        self
    }

    /// Keeps the attribute `name` set to what `value` reads.
    pub fn live_attr(
        self,
        name: &'static str,
        mut value: impl FnMut() -> String + 'static,
    ) -> Self {
        self.with_binding(Box::new(move |element| {
            Rndr::set_attribute(element, name, &value())
        }))
    }

    /// Keeps the boolean attribute `name` (e.g. `selected`) present while `on` reads true.
    pub fn live_flag(self, name: &'static str, mut on: impl FnMut() -> bool + 'static) -> Self {
        self.with_binding(Box::new(move |element| {
            let _ = element.toggle_attribute_with_force(name, on());
        }))
    }

    /// Keeps the class `name` on the element while `on` reads true.
    pub fn live_class(self, name: &'static str, mut on: impl FnMut() -> bool + 'static) -> Self {
        self.with_binding(Box::new(move |element| {
            let _ = element.class_list().toggle_with_force(name, on());
        }))
    }

    /// Keeps this checkbox ticked while `on` reads true (the `checked` property, which the
    /// user's clicks change, not the attribute).
    pub fn live_checked(self, mut on: impl FnMut() -> bool + 'static) -> Self {
        self.with_binding(Box::new(move |element| live::set_checked(element, on())))
    }

    /// Keeps the value of this form field at what `value` reads, without moving the caret of
    /// a field being typed in.
    pub fn live_value(self, mut value: impl FnMut() -> String + 'static) -> Self {
        self.with_binding(Box::new(move |element| live::set_value(element, &value())))
    }

    /// Appends constant markup (an icon) after the children so far: it is one child among
    /// the others, so nothing else is replaced. Only a `&'static str`: never a translation or
    /// anything typed.
    pub fn markup(self, markup: &'static str) -> Self {
        self.with_child(Child::Markup(markup))
    }

    /// Calls `hook` with the element once it is in the document.
    pub fn on_mount(mut self, hook: impl FnOnce(&Element) + 'static) -> Self {
        self.0.mounted = Some(Box::new(hook));
        self
    }

    /// Appends a text node that follows what `text` reads.
    pub fn live_text(self, text: impl FnMut() -> String + 'static) -> Self {
        self.with_child(Child::LiveText(Box::new(text)))
    }

    /// Appends the text of `key` in the language that `lang` reads, following it.
    pub fn live_words(self, lang: Memo<Lang>, key: Key) -> Self {
        self.live_text(words(lang, key))
    }

    /// Appends the elements `run` builds, rebuilt whenever a signal it read changes.
    pub fn live_run(self, run: impl FnMut() -> Vec<El> + 'static) -> Self {
        self.with_child(Child::LiveRun(Box::new(run)))
    }

    /// Appends the elements `build` makes of `shown`'s value, rebuilt only when that value
    /// changes (see [`super::live`]).
    pub fn live_view<V: Send + Sync + 'static>(
        self,
        shown: Memo<V>,
        build: impl FnMut(&V) -> Vec<El> + 'static,
    ) -> Self {
        self.with_child(Child::live_view(shown, build))
    }

    /// Appends the element `part` builds, if any, rebuilt whenever a signal it read changes.
    pub fn live_part(self, part: impl FnMut() -> Option<El> + 'static) -> Self {
        self.with_child(Child::live(part))
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
        // A plain loop over the out-of-line push: `extend` would bring its own reserving code
        // to each of the many places that build a list.
        for child in children {
            self = self.with_child(child.into());
        }
        self
    }

    /// The DOM element, for a place outside the view tree (see `print_handout`).
    pub fn into_dom(self) -> web_sys::Element {
        self.element()
    }

    /// Builds the DOM element.
    fn element(self) -> Element {
        let node = *self.0;
        let namespace = node.svg.then_some("http://www.w3.org/2000/svg");
        let element = Rndr::create_element(node.tag, namespace);
        for (name, value) in &node.attributes {
            Rndr::set_attribute(&element, name, value);
        }
        if !node.styles.is_empty() {
            let style = Rndr::style(&element);
            for (property, value) in &node.styles {
                Rndr::set_css_property(&style, property, value);
            }
        }
        for child in node.children {
            append(&element, child);
        }
        for binding in node.bindings {
            live::bind(&element, binding);
        }
        if let Some(hook) = node.mounted {
            live::after_mount(&element, hook);
        }
        for (event, handler) in node.handlers {
            events::listen(&element, event, handler);
        }
        element
    }
}

/// Adds `child` at the end of `parent`.
fn append(parent: &Element, child: Child) {
    match child {
        Child::Text(text) => Rndr::insert_node(parent, &Rndr::create_text_node(&text), None),
        Child::El(child) => Rndr::insert_node(parent, &child.element(), None),
        Child::Drawing(drawing) => Rndr::insert_node(parent, &drawing.into_element(), None),
        Child::LiveText(text) => live::append_text(parent, text),
        Child::LiveRun(run) => live::append_run(parent, run),
        Child::Markup(markup) => {
            let _ = parent.insert_adjacent_html("beforeend", markup);
        }
    }
}

/// Builds the page's parts with `build` and puts them at the end of `parent`, under a reactive
/// owner that lives as long as the page: the way the app is mounted.
pub fn mount(parent: &Element, build: impl FnOnce() -> Vec<Child>) {
    // Drives the effects; an error only means that it was already running.
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let owner = crate::reactive::Owner::new();
    owner.with(|| {
        for child in build() {
            append(parent, child);
        }
    });
    // The page's owner is never cleaned up.
    std::mem::forget(owner);
}

/// Reading a tree back, for the unit tests.
#[cfg(test)]
impl El {
    /// The element's tag.
    pub fn tag(&self) -> &'static str {
        self.0.tag
    }

    /// The value of the attribute `name`, if it is set.
    pub fn attribute(&self, name: &str) -> Option<&str> {
        value_named(&self.0.attributes, name)
    }

    /// The value of the CSS property `name`, if it is set.
    pub fn style_property(&self, name: &str) -> Option<&str> {
        value_named(&self.0.styles, name)
    }

    /// The child elements (not the text nodes or drawings), in order.
    pub fn elements(&self) -> impl Iterator<Item = &El> {
        self.0.children.iter().filter_map(|child| match child {
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
        for child in &self.0.children {
            match child {
                Child::Text(t) => into.push_str(t),
                Child::El(el) => el.collect_text(into),
                Child::Drawing(_) | Child::LiveText(_) | Child::LiveRun(_) | Child::Markup(_) => {}
            }
        }
    }

    /// The accessible names of the drawings in the element and all its descendants.
    pub fn drawing_descriptions(&self) -> Vec<&'static str> {
        let mut found = Vec::new();
        for child in &self.0.children {
            match child {
                Child::Drawing(drawing) => found.extend(drawing.description()),
                Child::El(el) => found.extend(el.drawing_descriptions()),
                _ => {}
            }
        }
        found
    }

    /// How many handlers this element has for `event`.
    pub fn handlers_for(&self, event: &str) -> usize {
        self.0.handlers.iter().filter(|(e, _)| *e == event).count()
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

impl Child {
    /// The element `part` builds, if any, rebuilt whenever a signal it read changes.
    pub fn live(part: impl FnMut() -> Option<El> + 'static) -> Child {
        Child::live_boxed(Box::new(part))
    }

    /// [`Child::live`] with the part boxed: the code that turns it into a run is in the wasm
    /// once, not once for each live part.
    fn live_boxed(mut part: Box<dyn FnMut() -> Option<El>>) -> Child {
        Child::LiveRun(Box::new(move || part().into_iter().collect()))
    }

    /// The elements `build` makes of `shown`'s value, rebuilt only when that value changes:
    /// nothing `build` reads is tracked (see [`super::live`]).
    pub fn live_view<V: Send + Sync + 'static>(
        shown: Memo<V>,
        build: impl FnMut(&V) -> Vec<El> + 'static,
    ) -> Child {
        Child::live_view_boxed(shown, Box::new(build))
    }

    /// [`Child::live_view`] with the builder boxed: its code is in the wasm once for each type
    /// of value shown, not once for each place that shows one.
    fn live_view_boxed<V: Send + Sync + 'static>(shown: Memo<V>, mut build: BuildFrom<V>) -> Child {
        // The memo is read (and so computed) while tracked: read untracked first, a memo's
        // first value would count as a change and rebuild the run once more.
        Child::LiveRun(Box::new(move || {
            shown.with(|value| untrack(|| build(value)))
        }))
    }
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
    fn markup_is_one_child_among_the_others() {
        let button = el("button")
            .text("before")
            .markup("<svg></svg>")
            .text("after");
        assert_eq!(button.0.children.len(), 3);
        assert!(matches!(button.0.children[1], Child::Markup("<svg></svg>")));
        assert_eq!(button.text_content(), "beforeafter");
    }
}
