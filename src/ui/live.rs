//! The parts of an [`El`] tree that follow signals while they are shown: a
//! text, an attribute, a class, a form field's value, or a run of elements rebuilt as a whole.
//!
//! Each part is one render effect over a boxed closure: it runs at once, while the tree is
//! built, and again whenever a signal it read changes. The effect lives as long as the
//! reactive owner around it: the whole app, or the live run of elements it was built in, whose
//! next rebuild cleans up the effects of the one before. Every closure here has the same type,
//! so the effect's code is in the wasm once, whatever the parts do.
//!
//! A live run rebuilds whenever anything it read changes. Where it reads more than it shows
//! (a clock, to show an agenda), give it a `Memo` of what it shows: [`El::live_view`] builds
//! from a memo alone, so it is rebuilt exactly when what it shows changes.
//!
//! A live part must be built under a reactive owner (inside [`super::dom_tree::mount`], or a
//! live run): without one its effect would be dropped at once, and the part would show its
//! first value for ever. Debug builds and tests panic instead.
//!
//! [`El::live_view`]: super::dom_tree::El::live_view

use crate::reactive::{on_cleanup, Owner};
use reactive_graph::effect::RenderEffect;
use tachys::renderer::{types::Element, Rndr};
use wasm_bindgen::JsCast;

use super::dom_tree::El;

/// Builds the elements of a live run, again whenever a signal it read changes.
pub type LiveRun = Box<dyn FnMut() -> Vec<El>>;

/// Reads a live text.
pub type LiveText = Box<dyn FnMut() -> String>;

/// Runs once an element is in the document.
pub type MountHook = Box<dyn FnOnce(&Element)>;

/// Brings one property of an element up to date.
pub type Binding = Box<dyn FnMut(&Element)>;

/// Runs `update` now, and again each time a signal it read changes, until the current owner
/// is cleaned up. The app's effects (the document's title and language, the theme, the
/// handout…) are written with it too: one effect type in the wasm for all of them.
pub fn watch(update: impl FnMut() + 'static) {
    follow(Box::new(update));
}

fn follow(mut update: Box<dyn FnMut()>) {
    debug_assert!(
        Owner::current().is_some(),
        "a live part was built outside a reactive owner: it would update once, then never \
         again. Build it inside dom_tree::mount or a live run."
    );
    let effect = RenderEffect::new(move |_: Option<()>| update());
    on_cleanup(move || drop(effect));
}

/// Appends a text node to `parent` that reads `text`.
pub fn append_text(parent: &Element, mut text: LiveText) {
    let node = Rndr::create_text_node("");
    Rndr::insert_node(parent, &node, None);
    let mut shown = String::new();
    follow(Box::new(move || {
        let now = text();
        // Only a real change touches the node, so that a live region is not read out again.
        if now != shown {
            Rndr::set_text(&node, &now);
            shown = now;
        }
    }));
}

/// Appends the elements that `run` builds to `parent`, and replaces them with a new build
/// whenever a signal read while building changes.
pub fn append_run(parent: &Element, mut run: LiveRun) {
    // The run's place among its siblings: its elements always go just before this marker.
    let end = Rndr::create_placeholder();
    Rndr::insert_node(parent, &end, None);
    let parent = parent.clone();
    let mut shown: Vec<Element> = Vec::new();
    follow(Box::new(move || {
        for old in shown.drain(..) {
            old.remove();
        }
        for el in run() {
            let element = el.into_dom();
            Rndr::insert_node(&parent, &element, Some(&end));
            shown.push(element);
        }
    }));
}

/// Keeps a property of `element` up to date with `binding`.
pub fn bind(element: &Element, mut binding: Binding) {
    let element = element.clone();
    follow(Box::new(move || binding(&element)));
}

/// Sets the `value` of a form field, unless it already holds it (the usual case while the
/// field is typed in: what was typed has just reached the signal).
pub fn set_value(element: &Element, value: &str) {
    if let Some(field) = element.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        if field.value() != value {
            field.set_value(value);
        }
    } else if let Some(field) = element.dyn_ref::<web_sys::HtmlInputElement>() {
        if field.value() != value {
            field.set_value(value);
        }
    } else if let Some(field) = element.dyn_ref::<web_sys::HtmlSelectElement>() {
        if field.value() != value {
            field.set_value(value);
        }
    }
}

/// Ticks or clears a checkbox, unless it already is so.
pub fn set_checked(element: &Element, on: bool) {
    if let Some(field) = element.dyn_ref::<web_sys::HtmlInputElement>() {
        if field.checked() != on {
            field.set_checked(on);
        }
    }
}

/// Calls `hook` with `element` once the tree it is in has been put in the document (in a
/// microtask, after the build that made it), under the owner that built it.
pub fn after_mount(element: &Element, hook: MountHook) {
    let element = element.clone();
    let owner = Owner::current();
    crate::reactive::queue_microtask(move || {
        // A tree replaced before the microtask ran is gone: nothing to do.
        if !element.is_connected() {
            return;
        }
        match owner {
            Some(owner) => owner.with(|| hook(&element)),
            None => hook(&element),
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[should_panic(expected = "outside a reactive owner")]
    fn a_live_part_built_without_an_owner_fails_loudly() {
        watch(|| {});
    }
}
