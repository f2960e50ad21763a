//! Fullscreen: no leptos-use hook covers it.

use wasm_bindgen::{JsCast, JsValue};

use super::refusal::ignore_refusal;

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Enters fullscreen, or leaves it.
pub fn toggle_fullscreen() {
    let Some(document) = document() else { return };
    if document.fullscreen_element().is_some() {
        document.exit_fullscreen();
    } else if let Some(root) = document.document_element() {
        // The browser may refuse (no user gesture, a policy): its promise then rejects, which
        // must not go unhandled. `web_sys` drops that promise, so it is called by name.
        let promise = js_sys::Reflect::get(&root, &JsValue::from_str("requestFullscreen"))
            .ok()
            .and_then(|request| request.dyn_into::<js_sys::Function>().ok())
            .and_then(|request| request.call0(&root).ok())
            .and_then(|promise| promise.dyn_into::<js_sys::Promise>().ok());
        if let Some(promise) = promise {
            ignore_refusal(&promise);
        }
    }
}

/// Whether the page is fullscreen now.
pub fn is_fullscreen() -> bool {
    document().is_some_and(|d| d.fullscreen_element().is_some())
}
