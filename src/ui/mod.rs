//! Components. They read signals, call the domain and render; no logic of their own.

mod block_view;
pub mod controls;
pub mod illustrations;
mod language_switch;
mod not_found;
mod notes_context;
mod notes_editor;
mod pager;
pub mod screen_view;
mod session_controls;
mod shell;
mod storage_banner;
mod update_banner;

pub use controls::Controls;
pub use notes_context::NotesContext;
pub use shell::Shell;
