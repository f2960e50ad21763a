//! Components. They read signals and context, call the domain and render with `view!`; no
//! logic of their own.

mod action_button;
mod block_view;
pub mod context;
pub mod controls;
mod exercise_entry;
mod exercises;
mod export_now;
mod export_panel;
pub mod illustrations;
mod import_panel;
mod language_switch;
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

pub use action_button::{ActionButton, Emphasis, TextButton};
pub use block_view::{illustration_drawing, scene_description, BlockView, ScreenHeader};
pub use controls::Controls;
pub use language_switch::LanguageSwitch;
pub use not_found::NotFound;
pub use notes_context::NotesContext;
pub use pager::Pager;
pub use print_handout::{Guide, Handout};
pub use session_form::{SessionFields, SessionForm};
pub use shell::Shell;
