//! Event listeners that live as long as what they listen to: the window, for the page's whole
//! life, or an element, until it is collected.

use wasm_bindgen::JsCast;

use super::js_callback::js_callback;

/// Calls `handler` on every `event` (e.g. `"keydown"`) on the window, for as long as the page
/// lives.
pub fn on_window(event: &'static str, handler: impl FnMut(web_sys::Event) + 'static) {
    if let Some(window) = web_sys::window() {
        listen(&window, event, Box::new(handler));
    }
}

/// Calls `handler` on every `event` on `target`, never removed before the page goes.
pub fn listen(
    target: &web_sys::EventTarget,
    event: &'static str,
    mut handler: Box<dyn FnMut(web_sys::Event)>,
) {
    // A listener is only ever called with an event.
    let callback = js_callback(Box::new(move |event| handler(event.unchecked_into())));
    let _ = target.add_event_listener_with_callback(event, &callback);
}
