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

pub use blackout::Blackout;
pub use goto_dialog::GoToDialog;
pub use help_dialog::HelpDialog;
pub use overview::Overview;
pub use presenter_view::PresenterView;
pub use state::{Controls, Overlay};
pub use timer_panel::TimerPanel;
pub use toolbar::Toolbar;
