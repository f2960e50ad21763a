//! A Rust closure as a JavaScript function that the browser owns.
//!
//! Every callback the app hands the browser (event listeners, promise reactions, timers) is
//! made here, from one boxed closure type, so the glue that wasm-bindgen writes for a closure
//! is in the wasm and in its JS once: for a function of one value.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// What the browser calls: with one value, or with none (`undefined`).
pub type Handler = Box<dyn FnMut(JsValue)>;

/// `handler` as a closure the browser can hold; forget it once handed over.
pub fn js_closure(handler: Handler) -> Closure<dyn FnMut(JsValue)> {
    Closure::new(handler)
}

/// `handler` as a function the browser may call any number of times. The browser owns it:
/// it lives while the browser holds it (a listener, for as long as its target).
pub fn js_callback(handler: Handler) -> js_sys::Function {
    js_closure(handler).into_js_value().unchecked_into()
}
