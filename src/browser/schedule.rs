//! Work that the first screen does not need, put off until it is shown.

use wasm_bindgen::JsCast;

use super::js_callback::js_callback;

/// Runs `later` once the page has painted its first frame and the main thread is free again:
/// in a task after the next animation frame.
pub fn after_first_paint(later: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let mut later = Some(later);
    let in_a_task = js_callback(Box::new(move |_| {
        if let Some(later) = later.take() {
            later();
        }
    }));
    let after_frame = js_callback(Box::new(move |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback(&in_a_task);
        }
    }));
    let _ = window.request_animation_frame(after_frame.unchecked_ref());
}
