//! Components. They read signals, call the domain and render; no logic of their own.

mod block_view;
pub mod illustrations;
mod language_switch;
mod not_found;
mod notes_context;
mod notes_editor;
mod pager;
mod screen_view;
mod session_controls;
mod shell;
mod storage_banner;
mod update_banner;

pub use notes_context::NotesContext;
pub use shell::Shell;
