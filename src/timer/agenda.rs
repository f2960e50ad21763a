//! The workshop's agenda: each screen's timebox, scaled so that the screens of the run share
//! the length the facilitator chose.

use crate::content::{screen, Run, ScreenId};

/// The shortest and longest workshop the facilitator can set, in minutes.
pub const LENGTH_RANGE_MINUTES: (u32, u32) = (15, 480);

/// The time budget of every screen for a workshop of a given length and run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Agenda {
    total_minutes: u32,
    /// The sum of the timeboxes of the run's screens.
    planned_minutes: u32,
    /// The screens of the run, one bit per position in [`ScreenId::ORDER`].
    in_run: u32,
}

impl Agenda {
    /// An agenda of `total_minutes` (kept within [`LENGTH_RANGE_MINUTES`]) for the screens of
    /// `run`. A screen left out gets no time; the others share the length by their timeboxes.
    pub fn new(total_minutes: u32, run: &Run) -> Agenda {
        let (shortest, longest) = LENGTH_RANGE_MINUTES;
        Agenda {
            total_minutes: total_minutes.clamp(shortest, longest),
            planned_minutes: run.planned_minutes(),
            in_run: run.screens().fold(0, |bits, id| bits | 1 << id.position()),
        }
    }

    /// The agenda as the material plans it: every screen, for the sum of the timeboxes.
    pub fn as_planned() -> Agenda {
        let run = Run::full();
        Agenda::new(run.planned_minutes(), &run)
    }

    /// The workshop's length in minutes.
    pub fn total_minutes(self) -> u32 {
        self.total_minutes
    }

    /// The workshop's length in milliseconds.
    pub fn total_ms(self) -> u64 {
        u64::from(self.total_minutes) * 60_000
    }

    /// Whether `id` is in the run.
    pub fn includes(self, id: ScreenId) -> bool {
        self.in_run & (1 << id.position()) != 0
    }

    /// The time budget of `id`: its timebox, scaled to the workshop's length; none for a
    /// screen left out.
    pub fn budget_ms(self, id: ScreenId) -> u64 {
        if !self.includes(id) {
            return 0;
        }
        let timebox = u64::from(screen(id).timebox_minutes);
        let planned = u64::from(self.planned_minutes).max(1);
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
    use crate::content::{Act, Pillar, Preset, Slide};

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
        let half = Agenda::new(planned.total_minutes() / 2, &Run::full());
        let act = ScreenId::Act(Act::Two);
        let ratio = half.budget_ms(act) as f64 / planned.budget_ms(act) as f64;
        assert!((ratio - 0.5).abs() < 0.01, "{ratio}");
    }

    #[test]
    fn the_screens_of_a_run_share_the_whole_length() {
        let pillar = ScreenId::Slide(Slide::Pillar(Pillar::FeedbackLoops));
        let run = Run::leaving_out([pillar]);
        let full = Agenda::new(133, &Run::full());
        let shorter = Agenda::new(133, &run);
        assert_eq!(shorter.budget_ms(pillar), 0);
        assert!(!shorter.includes(pillar));
        // The length stays; the screens that remain get more time each.
        let act = ScreenId::Act(Act::One);
        assert!(shorter.budget_ms(act) > full.budget_ms(act));
        let sum: u64 = ScreenId::ORDER
            .iter()
            .map(|id| shorter.budget_ms(*id))
            .sum();
        let total = shorter.total_ms();
        assert!(
            total - sum < 60_000,
            "{sum} of {total}: only rounding is lost"
        );
    }

    #[test]
    fn the_hour_preset_fits_its_screens_in_sixty_minutes() {
        let preset = Preset::SixtyMinutes;
        let agenda = Agenda::new(preset.minutes().unwrap_or_default(), &preset.run());
        let sum: u64 = ScreenId::ORDER.iter().map(|id| agenda.budget_ms(*id)).sum();
        assert!(60 * 60_000 - sum < 60_000, "{sum}");
        let last = ScreenId::Summary;
        assert_eq!(agenda.starts_at_ms(last), sum - agenda.budget_ms(last));
    }

    #[test]
    fn the_length_stays_within_bounds() {
        assert_eq!(
            Agenda::new(0, &Run::full()).total_minutes(),
            LENGTH_RANGE_MINUTES.0
        );
        assert_eq!(
            Agenda::new(10_000, &Run::full()).total_minutes(),
            LENGTH_RANGE_MINUTES.1
        );
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
