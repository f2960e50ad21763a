//! The one place that touches localStorage.
//!
//! It goes through gloo-storage's handle, but reads and writes raw strings itself: gloo's
//! `get`/`set` JSON-wrap values and treat a non-`Error` exception as unreachable, and this app
//! must survive a browser whose storage throws anything at all.

use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::{JsCast, JsValue};

use crate::notes::StorageError;

/// The browser's localStorage, if it can be used at all.
fn local_storage() -> Result<web_sys::Storage, StorageError> {
    // `window.localStorage` itself throws when storage is disabled; gloo's `raw()` would
    // panic on that, so ask first without panicking.
    match web_sys::window().map(|w| w.local_storage()) {
        Some(Ok(Some(_))) => Ok(LocalStorage::raw()),
        _ => Err(StorageError::Unavailable),
    }
}

/// The raw text stored under `key`, or `None` when there is none.
pub fn read(key: &str) -> Result<Option<String>, StorageError> {
    local_storage()?.get_item(key).map_err(to_storage_error)
}

/// Stores `value` under `key`.
pub fn write(key: &str, value: &str) -> Result<(), StorageError> {
    local_storage()?
        .set_item(key, value)
        .map_err(to_storage_error)
}

/// Removes `key`.
pub fn remove(key: &str) -> Result<(), StorageError> {
    local_storage()?.remove_item(key).map_err(to_storage_error)
}

/// The text stored under `key` in this tab's sessionStorage, which survives reloads of the tab.
pub fn read_session(key: &str) -> Option<String> {
    web_sys::window()?
        .session_storage()
        .ok()??
        .get_item(key)
        .ok()?
}

/// Stores `value` under `key` in this tab's sessionStorage.
pub fn write_session(key: &str, value: &str) {
    if let Some(Ok(Some(session))) = web_sys::window().map(|w| w.session_storage()) {
        let _ = session.set_item(key, value);
    }
}

fn to_storage_error(thrown: JsValue) -> StorageError {
    let name = thrown
        .dyn_ref::<js_sys::Error>()
        .map(|error| String::from(error.name()))
        .unwrap_or_default();
    match name.as_str() {
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => StorageError::QuotaExceeded,
        "SecurityError" => StorageError::Unavailable,
        _ => {
            let message = thrown
                .dyn_ref::<js_sys::Error>()
                .map(|error| String::from(error.message()))
                .or_else(|| thrown.as_string())
                .unwrap_or_else(|| "unknown error".to_string());
            StorageError::Refused(if name.is_empty() {
                message
            } else {
                format!("{name}: {message}")
            })
        }
    }
}
