//! Timing the workshop: the agenda, the clock and the pace. Plain Rust, no browser.

mod agenda;
mod clock;
mod pacing;

pub use agenda::{Agenda, LENGTH_RANGE_MINUTES};
pub use clock::WorkshopClock;
pub use pacing::{format_duration, pacing, remaining_on, Pace, ON_TRACK_TOLERANCE_MS};
