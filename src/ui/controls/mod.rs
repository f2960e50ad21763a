//! The facilitator's controls: toolbar, overlays (overview, go-to, help), blackout, the timer
//! and the presenter view.

mod blackout;
mod goto_dialog;
mod help_dialog;
mod icons;
mod modal;
mod overview;
mod presenter_view;
mod state;
mod timer_panel;
mod toolbar;

pub use blackout::blackout;
pub use goto_dialog::goto_dialog;
pub use help_dialog::help_dialog;
pub use overview::overview;
pub use presenter_view::{presenter_view, script_list};
pub use state::{Controls, Overlay};
pub use timer_panel::timer_panel;
pub use toolbar::{lang_unavailable_notice, presenter_blocked_notice, toolbar};
