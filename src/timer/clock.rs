//! The workshop clock: how long the team has spent on each screen.
//!
//! It keeps wall-clock timestamps rather than ticking, so it survives a reload and a sleeping
//! laptop: a running segment is `now - running_since`. Pausing is explicit, and a blackout
//! pauses it too, resuming only what it paused.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{Agenda, LENGTH_RANGE_MINUTES};
use crate::content::{Run, ScreenId};

/// The state of the clock, as stored between reloads. Times are milliseconds since the Unix
/// epoch, as `Date.now()` gives them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkshopClock {
    /// The workshop's length in minutes, as the facilitator set it.
    pub total_minutes: u32,
    /// Time spent on each screen, by path, not counting the running segment.
    pub spent_ms: BTreeMap<String, u64>,
    /// When the running segment started; `None` while paused.
    pub running_since: Option<u64>,
    /// The screen the running segment is counted for.
    pub current: String,
    /// The clock was running when the screen was blacked out, and resumes with it.
    pub paused_by_blackout: bool,
}

impl Default for WorkshopClock {
    fn default() -> Self {
        WorkshopClock {
            total_minutes: Agenda::as_planned().total_minutes(),
            spent_ms: BTreeMap::new(),
            running_since: None,
            current: ScreenId::first().key().to_string(),
            paused_by_blackout: false,
        }
    }
}

fn since(start: u64, now: u64) -> u64 {
    // A clock set back counts as no time rather than a panic.
    now.saturating_sub(start)
}

impl WorkshopClock {
    /// The agenda for the length the facilitator set and the screens of `run`.
    pub fn agenda(&self, run: &Run) -> Agenda {
        Agenda::new(self.total_minutes, run)
    }

    /// Whether time is being counted.
    pub fn is_running(&self) -> bool {
        self.running_since.is_some()
    }

    /// Starts or resumes counting.
    pub fn resume(&mut self, now: u64) {
        if self.running_since.is_none() {
            self.running_since = Some(now);
        }
        self.paused_by_blackout = false;
    }

    /// Stops counting, keeping what was counted.
    pub fn pause(&mut self, now: u64) {
        self.settle(now);
        self.running_since = None;
        self.paused_by_blackout = false;
    }

    /// Counts from now on for `screen`, settling the time spent on the previous one.
    pub fn enter_screen(&mut self, screen: ScreenId, now: u64) {
        if self.current != screen.key() {
            self.settle(now);
            self.current = screen.key().to_string();
        }
    }

    /// A blackout pauses a running clock; the end of the blackout resumes only what it paused.
    pub fn set_blackout(&mut self, blacked_out: bool, now: u64) {
        if blacked_out && self.is_running() {
            self.pause(now);
            self.paused_by_blackout = true;
        } else if !blacked_out && self.paused_by_blackout {
            self.resume(now);
        }
    }

    /// Changes the workshop's length, keeping the time spent.
    pub fn set_total_minutes(&mut self, minutes: u32) {
        let (shortest, longest) = LENGTH_RANGE_MINUTES;
        self.total_minutes = minutes.clamp(shortest, longest);
    }

    /// Forgets all time spent and stops; the length stays.
    pub fn reset(&mut self) {
        *self = WorkshopClock {
            total_minutes: self.total_minutes,
            ..WorkshopClock::default()
        };
    }

    /// Time spent on `screen` so far, the running segment included.
    pub fn spent_on(&self, screen: ScreenId, now: u64) -> u64 {
        let settled = self.spent_ms.get(screen.key()).copied().unwrap_or(0);
        match self.running_since {
            Some(start) if self.current == screen.key() => settled + since(start, now),
            _ => settled,
        }
    }

    /// Time spent on the whole workshop so far.
    pub fn elapsed(&self, now: u64) -> u64 {
        let settled: u64 = self.spent_ms.values().sum();
        settled + self.running_since.map_or(0, |start| since(start, now))
    }

    fn settle(&mut self, now: u64) {
        if let Some(start) = self.running_since {
            let spent = since(start, now);
            *self.spent_ms.entry(self.current.clone()).or_default() += spent;
            self.running_since = Some(now);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Act;

    const MINUTE: u64 = 60_000;
    const ACT_1: ScreenId = ScreenId::Act(Act::One);
    const ACT_2: ScreenId = ScreenId::Act(Act::Two);

    #[test]
    fn a_new_clock_is_paused_at_zero() {
        let clock = WorkshopClock::default();
        assert!(!clock.is_running());
        assert_eq!(clock.elapsed(1_000_000_000_000), 0);
    }

    #[test]
    fn time_is_counted_for_the_current_screen_while_running() {
        let mut clock = WorkshopClock::default();
        clock.enter_screen(ACT_1, 0);
        clock.resume(0);
        clock.enter_screen(ACT_2, 3 * MINUTE);
        assert_eq!(clock.spent_on(ACT_1, 10 * MINUTE), 3 * 60_000);
        assert_eq!(clock.spent_on(ACT_2, 10 * MINUTE), 7 * 60_000);
        assert_eq!(clock.elapsed(10 * MINUTE), 10 * 60_000);
    }

    #[test]
    fn a_paused_clock_does_not_count() {
        let mut clock = WorkshopClock::default();
        clock.resume(0);
        clock.pause(MINUTE);
        assert_eq!(clock.elapsed(60 * MINUTE), 60_000);
        clock.resume(60 * MINUTE);
        assert_eq!(clock.elapsed(61 * MINUTE), 120_000);
    }

    #[test]
    fn a_blackout_pauses_and_resumes_only_a_running_clock() {
        let mut clock = WorkshopClock::default();
        clock.resume(0);
        clock.set_blackout(true, MINUTE);
        assert!(!clock.is_running());
        assert_eq!(clock.elapsed(30 * MINUTE), 60_000);
        clock.set_blackout(false, 30 * MINUTE);
        assert!(clock.is_running());
        assert_eq!(clock.elapsed(31 * MINUTE), 120_000);

        let mut paused = WorkshopClock::default();
        paused.set_blackout(true, 0);
        paused.set_blackout(false, MINUTE);
        assert!(
            !paused.is_running(),
            "ending a blackout must not start a paused clock"
        );
    }

    #[test]
    fn reset_forgets_the_time_but_keeps_the_length() {
        let mut clock = WorkshopClock::default();
        clock.set_total_minutes(90);
        clock.resume(0);
        clock.reset();
        assert_eq!(clock.elapsed(MINUTE), 0);
        assert!(!clock.is_running());
        assert_eq!(clock.total_minutes, 90);
    }

    #[test]
    fn a_clock_set_back_counts_no_time() {
        let mut clock = WorkshopClock::default();
        clock.resume(10 * MINUTE);
        assert_eq!(clock.elapsed(MINUTE), 0);
    }

    #[test]
    fn the_state_survives_a_round_trip_through_json() {
        let mut clock = WorkshopClock::default();
        clock.enter_screen(ACT_2, 0);
        clock.resume(0);
        clock.pause(5 * MINUTE);
        let json = serde_json::to_string(&clock).expect("serialises");
        let back: WorkshopClock = serde_json::from_str(&json).expect("reads back");
        assert_eq!(back, clock);
        assert_eq!(back.spent_on(ACT_2, 99 * MINUTE), 5 * 60_000);
    }
}
