//! The screen wake lock: no leptos-use hook covers it.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::refusal::ignore_refusal;

/// Asks the browser to keep the screen on while the page is visible, where it can. The browser
/// drops the lock when the page is hidden: ask again when it is shown.
pub fn request_screen_wake_lock() {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return;
    };
    // Not every browser has `navigator.wakeLock`: look it up rather than call it blind.
    let Ok(wake_lock) = js_sys::Reflect::get(&navigator, &JsValue::from_str("wakeLock")) else {
        return;
    };
    if wake_lock.is_undefined() {
        return;
    }
    let request = js_sys::Reflect::get(&wake_lock, &JsValue::from_str("request"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let promise = request
        .and_then(|request| request.call1(&wake_lock, &JsValue::from_str("screen")).ok())
        .and_then(|promise| promise.dyn_into::<js_sys::Promise>().ok());
    if let Some(promise) = promise {
        // A refusal (battery saver, a hidden page) is fine: the screen may just sleep.
        ignore_refusal(&promise);
    }
}
