//! Thin adapters over the browser. Nothing else in the crate touches `web_sys` for storage,
//! the URL, the document or other windows.

pub mod clipboard;
pub mod clock;
pub mod clock_storage;
pub mod dialog;
pub mod document;
pub mod download;
pub mod events;
pub mod file_input;
pub mod focus;
pub mod js_callback;
pub mod keyboard;
pub mod locale_bundle;
pub mod location;
pub mod notes_storage;
pub mod page_lifecycle;
pub mod presentation;
pub mod print;
pub mod promise;
pub mod schedule;
pub mod service_worker;
pub mod storage;
pub mod storage_events;
pub mod sync_channel;
