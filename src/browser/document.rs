//! The document and navigator: language, title, the page's own elements.

use wasm_bindgen::JsCast;

/// Sets `<html lang>`.
pub fn set_lang(code: &str) {
    set_root_attribute("lang", code);
}

/// Sets the document's title.
pub fn set_title(title: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(title);
    }
}

/// The page's `<body>`, if it has one.
pub fn body() -> Option<web_sys::HtmlElement> {
    web_sys::window()?.document()?.body()
}

fn root() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.document_element()
}

/// Sets the attribute `name` of `<html>` to `value` (the theme: `data-theme`).
pub fn set_root_attribute(name: &str, value: &str) {
    if let Some(root) = root() {
        let _ = root.set_attribute(name, value);
    }
}

/// Keeps the boolean attribute `name` of `<html>` while `on` (`data-fullscreen`).
pub fn set_root_flag(name: &str, on: bool) {
    if let Some(root) = root() {
        let _ = root.toggle_attribute_with_force(name, on);
    }
}

/// Keeps the class `name` on `<html>` while `on` (`cursor-idle`).
pub fn set_root_class(name: &str, on: bool) {
    if let Some(root) = root() {
        let _ = root.class_list().toggle_with_force(name, on);
    }
}

/// The element with `id`, as a `T`, if the page has one of that kind.
fn element_by_id<T: JsCast>(id: &str) -> Option<T> {
    web_sys::window()?
        .document()?
        .get_element_by_id(id)?
        .dyn_into::<T>()
        .ok()
}

/// Removes the element with `id` from the page, if it is there.
pub fn remove_by_id(id: &str) {
    if let Some(element) = element_by_id::<web_sys::Element>(id) {
        element.remove();
    }
}

/// Shows the element with `id`, which `index.html` holds `hidden` until it is needed.
pub fn reveal_by_id(id: &str) {
    if let Some(element) = element_by_id::<web_sys::Element>(id) {
        let _ = element.remove_attribute("hidden");
    }
}

/// The browser's preferred languages (`navigator.languages`), most preferred first.
pub fn preferred_languages() -> Vec<String> {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let listed: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|value| value.as_string())
        .collect();
    if listed.is_empty() {
        navigator.language().into_iter().collect()
    } else {
        listed
    }
}
