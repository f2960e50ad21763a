//! Thin adapters over the browser, where no leptos-use hook covers what the app needs:
//! storage (through gloo-storage), the URL hash, the document, fullscreen, the wake lock, the
//! second window, downloads, files, printing and the clipboard's refusals. Nothing else in the
//! crate touches `web_sys`, apart from the typed events and elements of components.

pub mod clipboard;
pub mod clock;
pub mod clock_storage;
pub mod dialog;
pub mod document;
pub mod download;
pub mod file_input;
pub mod focus;
pub mod fullscreen;
pub mod keyboard;
pub mod locale_bundle;
pub mod location;
pub mod notes_storage;
pub mod print;
pub mod refusal;
pub mod schedule;
pub mod second_window;
pub mod service_worker;
pub mod storage;
pub mod storage_events;
pub mod sync_channel;
pub mod wake_lock;
