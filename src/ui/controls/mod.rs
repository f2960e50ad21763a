//! The facilitator's controls: toolbar, overlays (overview, go-to, help), blackout, the timer
//! and the presenter view, with the state they share.

mod blackout;
mod goto_dialog;
mod help_dialog;
mod icons;
mod idle_cursor;
mod modal;
mod overlays;
mod overview;
mod presenter_view;
mod script;
mod state;
mod timer_panel;
mod toolbar;

pub use blackout::Blackout;
pub use idle_cursor::use_idle_cursor;
pub use overlays::Overlays;
pub use presenter_view::PresenterView;
pub use script::{ScriptList, SCRIPT_LABELS};
pub use state::{Controls, Overlay};
pub use timer_panel::TimerPanel;
pub use toolbar::{LangUnavailableNotice, PresenterBlockedNotice, Toolbar};
