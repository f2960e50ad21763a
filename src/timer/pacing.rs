//! Are we on schedule? Compares the time spent with the agenda.

use super::{Agenda, WorkshopClock};
use crate::content::ScreenId;

/// How far from the plan the team may be and still be "on track", in milliseconds.
pub const ON_TRACK_TOLERANCE_MS: i64 = 2 * 60_000;

/// Where the workshop stands against its agenda.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pace {
    /// Earlier than planned by more than the tolerance.
    Ahead,
    /// Within the tolerance of the plan.
    OnTrack,
    /// Later than planned by more than the tolerance.
    Behind,
}

/// The pace on `current` at `now`, and by how much (positive: behind).
///
/// The plan says the team should have spent the budgets of every earlier screen, plus as much
/// of the current screen's budget as it has used so far (lingering past it is being late).
pub fn pacing(clock: &WorkshopClock, agenda: Agenda, current: ScreenId, now: u64) -> (Pace, i64) {
    let used_here = clock.spent_on(current, now).min(agenda.budget_ms(current));
    let planned = agenda.starts_at_ms(current) + used_here;
    let delta = clock.elapsed(now) as i64 - planned as i64;
    let pace = if delta > ON_TRACK_TOLERANCE_MS {
        Pace::Behind
    } else if delta < -ON_TRACK_TOLERANCE_MS {
        Pace::Ahead
    } else {
        Pace::OnTrack
    };
    (pace, delta)
}

/// Time left on `screen`'s budget in `agenda`; negative once it is overrun.
pub fn remaining_on(clock: &WorkshopClock, agenda: Agenda, screen: ScreenId, now: u64) -> i64 {
    agenda.budget_ms(screen) as i64 - clock.spent_on(screen, now) as i64
}

/// Formats milliseconds as `m:ss` (or `h:mm:ss`), rounded to the nearest second, with a minus
/// sign when negative.
pub fn format_duration(ms: i64) -> String {
    let seconds = (ms.unsigned_abs() + 500) / 1000;
    let sign = if ms < 0 && seconds > 0 { "−" } else { "" };
    let (hours, minutes, seconds) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    if hours > 0 {
        format!("{sign}{hours}:{minutes:02}:{seconds:02}")
    } else {
        format!("{sign}{minutes}:{seconds:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Act;

    const MINUTE: u64 = 60_000;
    const ACT_1: ScreenId = ScreenId::Act(Act::One);

    fn planned() -> Agenda {
        Agenda::as_planned()
    }

    fn clock_at(screen: ScreenId, elapsed_before: u64) -> WorkshopClock {
        // Spent `elapsed_before` on the opening, then entered `screen` and kept running.
        let mut clock = WorkshopClock::default();
        clock.resume(0);
        clock.enter_screen(screen, elapsed_before);
        clock
    }

    #[test]
    fn on_track_when_the_time_spent_matches_the_agenda() {
        let before = planned().starts_at_ms(ACT_1);
        let clock = clock_at(ACT_1, before);
        assert_eq!(
            pacing(&clock, planned(), ACT_1, before + MINUTE).0,
            Pace::OnTrack
        );
    }

    #[test]
    fn ahead_when_earlier_screens_went_fast() {
        let clock = clock_at(ACT_1, MINUTE);
        let (pace, delta) = pacing(&clock, planned(), ACT_1, 2 * MINUTE);
        assert_eq!(pace, Pace::Ahead);
        assert!(delta < 0);
    }

    #[test]
    fn behind_when_lingering_past_the_budget() {
        let before = planned().starts_at_ms(ACT_1);
        let clock = clock_at(ACT_1, before);
        let budget = planned().budget_ms(ACT_1);
        assert_eq!(
            pacing(&clock, planned(), ACT_1, before + budget + MINUTE).0,
            Pace::OnTrack
        );
        let (pace, delta) = pacing(&clock, planned(), ACT_1, before + budget + 5 * MINUTE);
        assert_eq!(pace, Pace::Behind);
        assert_eq!(delta, 5 * 60_000);
    }

    #[test]
    fn the_countdown_goes_negative_on_overrun() {
        let clock = clock_at(ACT_1, 0);
        let budget = planned().budget_ms(ACT_1) as i64;
        assert_eq!(
            remaining_on(&clock, planned(), ACT_1, MINUTE),
            budget - 60_000
        );
        assert!(remaining_on(&clock, planned(), ACT_1, 60 * MINUTE) < 0);
    }

    #[test]
    fn durations_read_like_a_clock() {
        assert_eq!(format_duration(0), "0:00");
        assert_eq!(format_duration(65_000), "1:05");
        assert_eq!(format_duration(-65_400), "−1:05");
        assert_eq!(format_duration(3_725_000), "1:02:05");
        assert_eq!(
            format_duration(479_999),
            "8:00",
            "a countdown a hair under 8 minutes reads 8:00"
        );
        assert_eq!(format_duration(-400), "0:00", "no minus zero");
    }
}
