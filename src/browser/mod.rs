//! Thin adapters over the browser. Nothing else in the crate touches `web_sys` for storage,
//! the URL, the document or other windows.

pub mod clock_storage;
pub mod document;
pub mod keyboard;
pub mod location;
pub mod notes_storage;
pub mod presentation;
pub mod storage;
pub mod sync_channel;
