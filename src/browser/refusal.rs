//! Browser requests whose refusal needs no answer: the screen wake lock and fullscreen. The
//! page carries on either way, but a rejected promise left alone is an uncaught error.

use wasm_bindgen::prelude::*;

thread_local! {
    /// One handler for every such refusal, kept for the page's life.
    static IGNORE: Closure<dyn FnMut(JsValue)> = Closure::new(|_| {});
}

/// Lets `promise` be refused quietly.
pub fn ignore_refusal(promise: &js_sys::Promise) {
    IGNORE.with(|ignore| {
        let _ = promise.catch(ignore);
    });
}
