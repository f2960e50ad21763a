//! The browser's localStorage and sessionStorage, through gloo-storage.
//!
//! Values are written and read with gloo's [`Storage::get`] and [`Storage::set`], as JSON
//! through serde. Where a text must stay byte for byte, [`read_raw`] and [`write_raw`] use
//! gloo's raw handle; each caller says why.
//!
//! gloo-storage panics where the browser gives it no storage at all (`window.localStorage`
//! throws when storage is disabled, or is missing), so every call here checks that first and
//! reports [`StorageError::Unavailable`] instead.

use gloo_storage::errors::StorageError as GlooError;
use gloo_storage::{LocalStorage, SessionStorage, Storage};
use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::notes::StorageError;

/// Why a stored value could not be read.
#[derive(Debug)]
pub enum ReadError {
    /// The storage itself failed.
    Storage(StorageError),
    /// The stored text is not the expected JSON.
    Unreadable(serde_json::Error),
}

/// Whether `window.localStorage` can be used without throwing.
fn local_storage_usable() -> bool {
    matches!(
        web_sys::window().map(|window| window.local_storage()),
        Some(Ok(Some(_)))
    )
}

/// Whether `window.sessionStorage` can be used without throwing.
fn session_storage_usable() -> bool {
    matches!(
        web_sys::window().map(|window| window.session_storage()),
        Some(Ok(Some(_)))
    )
}

fn usable() -> Result<(), StorageError> {
    if local_storage_usable() {
        Ok(())
    } else {
        Err(StorageError::Unavailable)
    }
}

/// The value stored under `key`, read as `T`; `None` when there is none.
pub fn get<T: DeserializeOwned>(key: &str) -> Result<Option<T>, ReadError> {
    usable().map_err(ReadError::Storage)?;
    read_result(LocalStorage::get(key))
}

/// Stores `value` under `key`, as JSON.
pub fn set<T: Serialize>(key: &str, value: &T) -> Result<(), StorageError> {
    usable()?;
    LocalStorage::set(key, value).map_err(storage_error)
}

/// Removes `key`, if storage is there at all.
pub fn delete(key: &str) {
    if local_storage_usable() {
        LocalStorage::delete(key);
    }
}

/// The text stored under `key`, byte for byte.
pub fn read_raw(key: &str) -> Result<Option<String>, StorageError> {
    usable()?;
    LocalStorage::raw().get_item(key).map_err(thrown_error)
}

/// Stores `raw` under `key`, byte for byte.
pub fn write_raw(key: &str, raw: &str) -> Result<(), StorageError> {
    usable()?;
    LocalStorage::raw().set_item(key, raw).map_err(thrown_error)
}

/// The value stored under `key` in this tab's sessionStorage, which survives reloads of the
/// tab; `None` when there is none, it cannot be read, or there is no sessionStorage.
pub fn session_get<T: DeserializeOwned>(key: &str) -> Option<T> {
    if !session_storage_usable() {
        return None;
    }
    read_result(SessionStorage::get(key)).ok().flatten()
}

/// Stores `value` under `key` in this tab's sessionStorage. A failure only means a reload of
/// the tab starts afresh.
pub fn session_set<T: Serialize>(key: &str, value: &T) {
    if session_storage_usable() {
        let _ = SessionStorage::set(key, value);
    }
}

fn read_result<T>(result: Result<T, GlooError>) -> Result<Option<T>, ReadError> {
    match result {
        Ok(value) => Ok(Some(value)),
        Err(GlooError::KeyNotFound(_)) => Ok(None),
        Err(GlooError::SerdeError(error)) => Err(ReadError::Unreadable(error)),
        Err(other) => Err(ReadError::Storage(storage_error(other))),
    }
}

/// What the raw handle threw: browsers throw a `DOMException`, which is an `Error`.
fn thrown_error(thrown: wasm_bindgen::JsValue) -> StorageError {
    use wasm_bindgen::JsCast;
    match thrown.dyn_ref::<js_sys::Error>() {
        Some(error) => named_error(&String::from(error.name()), &String::from(error.message())),
        None => StorageError::Refused(format!("{thrown:?}")),
    }
}

fn storage_error(error: GlooError) -> StorageError {
    match error {
        GlooError::JsError(error) => named_error(&error.name, &error.message),
        other => StorageError::Refused(other.to_string()),
    }
}

fn named_error(name: &str, message: &str) -> StorageError {
    match name {
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => StorageError::QuotaExceeded,
        "SecurityError" => StorageError::Unavailable,
        _ => StorageError::Refused(format!("{name}: {message}")),
    }
}
