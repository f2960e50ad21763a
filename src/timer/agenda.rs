//! The workshop's agenda: each screen's timebox, scaled to the length the facilitator chose.

use crate::content::{planned_minutes, screen, ScreenId};

/// The shortest and longest workshop the facilitator can set, in minutes.
pub const LENGTH_RANGE_MINUTES: (u32, u32) = (15, 480);

/// The time budget of every screen for a workshop of a given length.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Agenda {
    total_minutes: u32,
}

impl Agenda {
    /// An agenda of `total_minutes`, kept within [`LENGTH_RANGE_MINUTES`].
    pub fn new(total_minutes: u32) -> Agenda {
        let (shortest, longest) = LENGTH_RANGE_MINUTES;
        Agenda {
            total_minutes: total_minutes.clamp(shortest, longest),
        }
    }

    /// The agenda as the material plans it: the sum of the timeboxes.
    pub fn as_planned() -> Agenda {
        Agenda::new(planned_minutes())
    }

    /// The workshop's length in minutes.
    pub fn total_minutes(self) -> u32 {
        self.total_minutes
    }

    /// The workshop's length in milliseconds.
    pub fn total_ms(self) -> u64 {
        u64::from(self.total_minutes) * 60_000
    }

    /// The time budget of `id`: its timebox, scaled to the workshop's length.
    pub fn budget_ms(self, id: ScreenId) -> u64 {
        let timebox = u64::from(screen(id).timebox_minutes);
        let planned = u64::from(planned_minutes()).max(1);
        timebox * 60_000 * u64::from(self.total_minutes) / planned
    }

    /// The budgets of every screen before `id`, added up: when `id` should start.
    pub fn starts_at_ms(self, id: ScreenId) -> u64 {
        ScreenId::ORDER[..id.position()]
            .iter()
            .map(|before| self.budget_ms(*before))
            .sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Act;

    #[test]
    fn as_planned_each_screen_gets_its_timebox() {
        let agenda = Agenda::as_planned();
        assert_eq!(agenda.budget_ms(ScreenId::Act(Act::One)), 10 * 60_000);
        assert_eq!(agenda.budget_ms(ScreenId::Act(Act::Final)), 15 * 60_000);
        let sum: u64 = ScreenId::ORDER.iter().map(|id| agenda.budget_ms(*id)).sum();
        assert_eq!(sum, agenda.total_ms());
    }

    #[test]
    fn a_shorter_workshop_scales_every_budget() {
        let planned = Agenda::as_planned();
        let half = Agenda::new(planned.total_minutes() / 2);
        let act = ScreenId::Act(Act::Two);
        let ratio = half.budget_ms(act) as f64 / planned.budget_ms(act) as f64;
        assert!((ratio - 0.5).abs() < 0.01, "{ratio}");
    }

    #[test]
    fn the_length_stays_within_bounds() {
        assert_eq!(Agenda::new(0).total_minutes(), LENGTH_RANGE_MINUTES.0);
        assert_eq!(Agenda::new(10_000).total_minutes(), LENGTH_RANGE_MINUTES.1);
    }

    #[test]
    fn each_screen_starts_when_the_ones_before_it_are_done() {
        let agenda = Agenda::as_planned();
        assert_eq!(agenda.starts_at_ms(ScreenId::first()), 0);
        let act_one = ScreenId::Act(Act::One);
        let opening_and_cast =
            agenda.budget_ms(ScreenId::Opening) + agenda.budget_ms(ScreenId::Cast);
        assert_eq!(agenda.starts_at_ms(act_one), opening_and_cast);
    }
}
