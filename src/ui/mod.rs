//! Components. They read signals, call the domain and render; no logic of their own.

mod block_view;
pub mod command;
pub mod controls;
pub mod dom_tree;
mod exercise_entry;
mod exercises;
mod export_now;
mod export_panel;
pub mod illustrations;
mod import_panel;
mod language_switch;
pub mod live;
mod not_found;
mod notes_context;
mod notes_editor;
mod pager;
mod panel_dialog;
mod print_handout;
pub mod screen_view;
mod session_commands;
mod session_controls;
mod session_form;
mod session_summary;
mod sessions_dialog;
mod shell;
mod storage_banner;
mod transfer_dialog;
mod undo_notice;
mod update_banner;

pub use controls::Controls;
pub use notes_context::NotesContext;
pub use shell::shell;
