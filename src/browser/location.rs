//! The one place that reads and writes the URL hash.

/// The current `location.hash`, percent-decoded so that a not-found message shows what was
/// typed; `""` when there is none or no window.
pub fn current_hash() -> String {
    let raw = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    js_sys::decode_uri_component(&raw)
        .ok()
        .and_then(|decoded| decoded.as_string())
        .unwrap_or(raw)
}

/// Goes to `hash`, adding a history entry (back returns here).
pub fn go_to(hash: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().set_hash(hash);
    }
}

/// Replaces the current hash without a history entry, for redirects. A `hashchange` event is
/// not fired by `replaceState`, so the caller updates its own route signal.
pub fn replace_with(hash: &str) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(hash));
    }
}

/// Whether this page is a preview in the presenter view (its address's query is
/// [`crate::route::PREVIEW_QUERY`]).
pub fn is_preview() -> bool {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .is_some_and(|query| query == crate::route::PREVIEW_QUERY)
}
