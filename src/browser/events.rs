//! Listening to events on the window for the page's whole life.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Calls `handler` on every `event` (e.g. `"keydown"`) on the window, for as long as the page
/// lives. One closure type for every listener, shared with the elements' handlers, so its glue
/// is in the wasm once.
pub fn on_window(event: &'static str, handler: impl FnMut(web_sys::Event) + 'static) {
    listen(event, Box::new(handler));
}

fn listen(event: &'static str, handler: Box<dyn FnMut(web_sys::Event)>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let callback = Closure::<dyn FnMut(web_sys::Event)>::new(handler);
    // Owned by the JS function from here; the page never removes it.
    let _ =
        window.add_event_listener_with_callback(event, callback.into_js_value().unchecked_ref());
}
