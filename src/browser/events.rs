//! Event listeners that live as long as what they listen to: the window, for the page's whole
//! life, or an element, until it is collected.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Calls `handler` on every `event` (e.g. `"keydown"`) on the window, for as long as the page
/// lives.
pub fn on_window(event: &'static str, handler: impl FnMut(web_sys::Event) + 'static) {
    if let Some(window) = web_sys::window() {
        listen(&window, event, Box::new(handler));
    }
}

/// Calls `handler` on every `event` on `target`. One closure type for every listener of the
/// app, so its glue is in the wasm once.
pub fn listen(
    target: &web_sys::EventTarget,
    event: &'static str,
    handler: Box<dyn FnMut(web_sys::Event)>,
) {
    let callback = Closure::<dyn FnMut(web_sys::Event)>::new(handler);
    // Owned by the JS function from here: dropped with the target, never removed before.
    let _ =
        target.add_event_listener_with_callback(event, callback.into_js_value().unchecked_ref());
}
