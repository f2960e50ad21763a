//! A DevOps workshop that runs in the browser: the play "All in the same boat" and a Dutch
//! deck on Quality Assurance and DevOps, in English, Dutch and French, with the team's notes
//! kept in the browser.
//!
//! See `ARCHITECTURE.md` for the codemap.

mod app;
pub mod browser;
pub mod content;
pub mod exercises;
pub mod i18n;
pub mod keys;
pub mod notes;
pub mod route;
pub mod sync;
pub mod theme;
pub mod timer;
pub mod ui;

pub use app::App;
