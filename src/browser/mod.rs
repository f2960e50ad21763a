//! Thin adapters over the browser. Nothing else in the crate touches `web_sys` for storage,
//! the URL or the document.

pub mod document;
pub mod keyboard;
pub mod location;
pub mod notes_storage;
pub mod storage;
