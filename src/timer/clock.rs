//! The workshop clock: how long the team has spent on each screen.
//!
//! It keeps wall-clock timestamps rather than ticking, so it survives a reload and a sleeping
//! laptop: a running segment is `now - running_since`. Pausing is explicit, and a blackout
//! pauses it too, resuming only what it paused.

use serde::Serialize;
use serde_json::Value;

use super::Agenda;
use crate::content::ScreenId;
use crate::json_fields::{FieldError, Reader};

/// The state of the clock, as stored between reloads.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct WorkshopClock {
    /// The workshop's length in minutes, as the facilitator set it.
    pub total_minutes: u32,
    /// Time spent on each screen, by path, not counting the running segment. A list rather
    /// than a map (a few screens, written as a JSON object): one less map type in the wasm.
    #[serde(serialize_with = "crate::json_fields::as_object")]
    pub spent_ms: Vec<(String, u64)>,
    /// When the running segment started (ms since the epoch); `None` while paused.
    #[serde(serialize_with = "crate::json_fields::optional_whole_ms")]
    pub running_since: Option<f64>,
    /// The screen the running segment is counted for.
    pub current: String,
    /// The clock was running when the screen was blacked out, and resumes with it.
    pub paused_by_blackout: bool,
}

impl Default for WorkshopClock {
    fn default() -> Self {
        WorkshopClock {
            total_minutes: Agenda::as_planned().total_minutes(),
            spent_ms: Vec::new(),
            running_since: None,
            current: ScreenId::first().path().to_string(),
            paused_by_blackout: false,
        }
    }
}

fn since(start: f64, now: f64) -> u64 {
    // A clock set back, or a corrupt timestamp, counts as no time rather than a panic.
    let elapsed = now - start;
    if elapsed.is_finite() && elapsed > 0.0 {
        elapsed as u64
    } else {
        0
    }
}

impl WorkshopClock {
    /// A clock as stored (serialised with serde), read back.
    pub fn from_json(value: &Value) -> Result<WorkshopClock, FieldError> {
        let fields = Reader::object(value, "")?;
        Ok(WorkshopClock {
            total_minutes: fields.u32("total_minutes")?,
            spent_ms: fields.u64_entries("spent_ms")?,
            running_since: fields.optional_f64("running_since")?,
            current: fields.text("current")?,
            paused_by_blackout: fields.bool("paused_by_blackout")?,
        })
    }

    /// The agenda for the length the facilitator set.
    pub fn agenda(&self) -> Agenda {
        Agenda::new(self.total_minutes)
    }

    /// Whether time is being counted.
    pub fn is_running(&self) -> bool {
        self.running_since.is_some()
    }

    /// Starts or resumes counting.
    pub fn resume(&mut self, now: f64) {
        if self.running_since.is_none() {
            self.running_since = Some(now);
        }
        self.paused_by_blackout = false;
    }

    /// Stops counting, keeping what was counted.
    pub fn pause(&mut self, now: f64) {
        self.settle(now);
        self.running_since = None;
        self.paused_by_blackout = false;
    }

    /// Counts from now on for `screen`, settling the time spent on the previous one.
    pub fn enter_screen(&mut self, screen: ScreenId, now: f64) {
        if self.current != screen.path() {
            self.settle(now);
            self.current = screen.path().to_string();
        }
    }

    /// A blackout pauses a running clock; the end of the blackout resumes only what it paused.
    pub fn set_blackout(&mut self, blacked_out: bool, now: f64) {
        if blacked_out && self.is_running() {
            self.pause(now);
            self.paused_by_blackout = true;
        } else if !blacked_out && self.paused_by_blackout {
            self.resume(now);
        }
    }

    /// Changes the workshop's length, keeping the time spent.
    pub fn set_total_minutes(&mut self, minutes: u32) {
        self.total_minutes = Agenda::new(minutes).total_minutes();
    }

    /// Forgets all time spent and stops; the length stays.
    pub fn reset(&mut self) {
        *self = WorkshopClock {
            total_minutes: self.total_minutes,
            ..WorkshopClock::default()
        };
    }

    /// Time spent on `screen` so far, the running segment included.
    pub fn spent_on(&self, screen: ScreenId, now: f64) -> u64 {
        let settled = self
            .spent_ms
            .iter()
            .find(|(path, _)| path == screen.path())
            .map_or(0, |(_, ms)| *ms);
        match self.running_since {
            Some(start) if self.current == screen.path() => settled + since(start, now),
            _ => settled,
        }
    }

    /// Time spent on the whole workshop so far.
    pub fn elapsed(&self, now: f64) -> u64 {
        let settled: u64 = self.spent_ms.iter().map(|(_, ms)| ms).sum();
        settled + self.running_since.map_or(0, |start| since(start, now))
    }

    fn settle(&mut self, now: f64) {
        if let Some(start) = self.running_since {
            let spent = since(start, now);
            match self
                .spent_ms
                .iter_mut()
                .find(|(path, _)| *path == self.current)
            {
                Some((_, ms)) => *ms += spent,
                None => self.spent_ms.push((self.current.clone(), spent)),
            }
            self.running_since = Some(now);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Act;

    const MINUTE: f64 = 60_000.0;
    const ACT_1: ScreenId = ScreenId::Act(Act::One);
    const ACT_2: ScreenId = ScreenId::Act(Act::Two);

    #[test]
    fn a_new_clock_is_paused_at_zero() {
        let clock = WorkshopClock::default();
        assert!(!clock.is_running());
        assert_eq!(clock.elapsed(1e12), 0);
    }

    #[test]
    fn time_is_counted_for_the_current_screen_while_running() {
        let mut clock = WorkshopClock::default();
        clock.enter_screen(ACT_1, 0.0);
        clock.resume(0.0);
        clock.enter_screen(ACT_2, 3.0 * MINUTE);
        assert_eq!(clock.spent_on(ACT_1, 10.0 * MINUTE), 3 * 60_000);
        assert_eq!(clock.spent_on(ACT_2, 10.0 * MINUTE), 7 * 60_000);
        assert_eq!(clock.elapsed(10.0 * MINUTE), 10 * 60_000);
    }

    #[test]
    fn a_paused_clock_does_not_count() {
        let mut clock = WorkshopClock::default();
        clock.resume(0.0);
        clock.pause(MINUTE);
        assert_eq!(clock.elapsed(60.0 * MINUTE), 60_000);
        clock.resume(60.0 * MINUTE);
        assert_eq!(clock.elapsed(61.0 * MINUTE), 120_000);
    }

    #[test]
    fn a_blackout_pauses_and_resumes_only_a_running_clock() {
        let mut clock = WorkshopClock::default();
        clock.resume(0.0);
        clock.set_blackout(true, MINUTE);
        assert!(!clock.is_running());
        assert_eq!(clock.elapsed(30.0 * MINUTE), 60_000);
        clock.set_blackout(false, 30.0 * MINUTE);
        assert!(clock.is_running());
        assert_eq!(clock.elapsed(31.0 * MINUTE), 120_000);

        let mut paused = WorkshopClock::default();
        paused.set_blackout(true, 0.0);
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
        clock.resume(0.0);
        clock.reset();
        assert_eq!(clock.elapsed(MINUTE), 0);
        assert!(!clock.is_running());
        assert_eq!(clock.total_minutes, 90);
    }

    #[test]
    fn a_clock_set_back_or_a_corrupt_timestamp_counts_no_time() {
        let mut clock = WorkshopClock::default();
        clock.resume(10.0 * MINUTE);
        assert_eq!(clock.elapsed(MINUTE), 0);
        clock.running_since = Some(f64::NAN);
        assert_eq!(clock.elapsed(MINUTE), 0);
    }

    #[test]
    fn the_state_survives_a_round_trip_through_json() {
        let mut clock = WorkshopClock::default();
        clock.enter_screen(ACT_2, 0.0);
        clock.resume(0.0);
        clock.pause(5.0 * MINUTE);
        let json = serde_json::to_string(&clock).expect("serialises");
        let value = serde_json::from_str(&json).expect("valid JSON");
        let back = WorkshopClock::from_json(&value).expect("reads back");
        assert_eq!(back, clock);
        assert_eq!(back.spent_on(ACT_2, 99.0 * MINUTE), 5 * 60_000);
    }
}
