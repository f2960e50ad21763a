//! Waiting for a browser promise without an async runtime.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsValue;

use super::js_callback::js_closure;

/// Calls `done` once, with the promise's value or its rejection.
///
/// Only used for rare events (copying, reading a chosen file, registering the service worker,
/// asking for the wake lock when the page is shown again): the two small callbacks are handed
/// to the browser for good, since it keeps the unused one forever anyway.
pub fn on_settled(
    promise: &js_sys::Promise,
    done: impl FnOnce(Result<JsValue, JsValue>) + 'static,
) {
    settle(promise, Box::new(done));
}

/// [`on_settled`] with `done` boxed: its code is in the wasm once, whatever waits.
fn settle(promise: &js_sys::Promise, done: Box<dyn FnOnce(Result<JsValue, JsValue>)>) {
    let done = Rc::new(RefCell::new(Some(done)));
    let on_value = {
        let done = Rc::clone(&done);
        js_closure(Box::new(move |value| {
            if let Some(done) = done.borrow_mut().take() {
                done(Ok(value));
            }
        }))
    };
    let on_error = js_closure(Box::new(move |error| {
        if let Some(done) = done.borrow_mut().take() {
            done(Err(error));
        }
    }));
    let _ = promise.then2(&on_value, &on_error);
    on_value.forget();
    on_error.forget();
}
