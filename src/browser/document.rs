//! The document and navigator: language, title, the page's own elements.

use wasm_bindgen::JsCast;

/// Sets `<html lang>`.
pub fn set_lang(code: &str) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", code);
    }
}

/// Sets the document's title.
pub fn set_title(title: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        document.set_title(title);
    }
}

/// The page's `<body>`, if it has one.
pub fn body() -> Option<web_sys::Element> {
    Some(web_sys::window()?.document()?.body()?.into())
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

/// The value of the `<input>` with `id`; empty if there is none.
pub fn input_value(id: &str) -> String {
    element_by_id::<web_sys::HtmlInputElement>(id)
        .map(|input| input.value())
        .unwrap_or_default()
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
