//! Keeps the workshop clock in localStorage, one per pair of windows, so that it survives a
//! reload and both windows of a pair share it.

use super::storage;
use crate::timer::WorkshopClock;

/// The localStorage key of the clock of `pair`.
pub fn clock_key(pair: &str) -> String {
    format!("devops-workshop.clock.{pair}")
}

/// The stored clock of `pair`; a fresh one when there is none or it cannot be read (a clock is
/// not the team's work, so starting it afresh loses nothing they wrote).
pub fn load_clock(pair: &str) -> WorkshopClock {
    storage::get(&clock_key(pair))
        .ok()
        .flatten()
        .unwrap_or_default()
}

/// Stores the clock of `pair`. A failure only means a reload starts the clock afresh.
pub fn save_clock(pair: &str, clock: &WorkshopClock) {
    let _ = storage::set(&clock_key(pair), clock);
}
