//! Which screen is which, and the order in which the workshop shows them.

/// The acts of the play.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Act {
    /// Act 1: speed at the expense of quality.
    One,
    /// Act 2: quality control is expensive and slows down.
    Two,
    /// Act 3: becoming agile.
    Three,
    /// The final act: everyone on board.
    Final,
}

/// The three pillars of DevOps, each with a screen of its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Pillar {
    /// Systems thinking.
    SystemsThinking,
    /// Shorter feedback loops.
    FeedbackLoops,
    /// Continual learning and experimentation.
    ContinualLearning,
}

/// The sections of the Dutch deck.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Slide {
    /// "Praised for success, you are Dev; blamed for downtime, you are Ops."
    Quote,
    /// Quality Assurance and DevOps.
    QualityAssurance,
    /// "Van … naar": five shifts.
    Shifts,
    /// Why DevOps: the old split, the benefits, the result.
    WhyDevops,
    /// The DORA four keys check, right after the benefits.
    DoraCheck,
    /// Dev, DevOps and Ops under the CIO.
    NotANewDepartment,
    /// The three pillars at a glance.
    Pillars,
    /// One pillar explained.
    Pillar(Pillar),
    /// The team rates itself on the three pillars.
    PillarsCheck,
    /// Who is on the team.
    TeamComposition,
}

/// One screen of the workshop.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ScreenId {
    /// The title screen with the credits.
    Opening,
    /// The four actors.
    Cast,
    /// An act of the play.
    Act(Act),
    /// A section of the deck.
    Slide(Slide),
    /// The action plan: what the team will try.
    Plan,
    /// The whole workshop session on a page or a few.
    Summary,
}

impl ScreenId {
    /// Every screen, in the order of the workshop.
    pub const ORDER: [ScreenId; 20] = [
        ScreenId::Opening,
        ScreenId::Cast,
        ScreenId::Act(Act::One),
        ScreenId::Act(Act::Two),
        ScreenId::Act(Act::Three),
        ScreenId::Act(Act::Final),
        ScreenId::Slide(Slide::Quote),
        ScreenId::Slide(Slide::QualityAssurance),
        ScreenId::Slide(Slide::Shifts),
        ScreenId::Slide(Slide::WhyDevops),
        ScreenId::Slide(Slide::DoraCheck),
        ScreenId::Slide(Slide::NotANewDepartment),
        ScreenId::Slide(Slide::Pillars),
        ScreenId::Slide(Slide::Pillar(Pillar::SystemsThinking)),
        ScreenId::Slide(Slide::Pillar(Pillar::FeedbackLoops)),
        ScreenId::Slide(Slide::Pillar(Pillar::ContinualLearning)),
        ScreenId::Slide(Slide::PillarsCheck),
        ScreenId::Slide(Slide::TeamComposition),
        ScreenId::Plan,
        ScreenId::Summary,
    ];

    /// The screen's path in the URL after the language, e.g. `act/2`; its steps after the
    /// first add `/<n>` (see [`crate::route::place_from_path`]). So that no step's address is
    /// another screen's, a pillar is `deck/pillar/1` rather than under `deck/pillars`.
    pub fn path(self) -> &'static str {
        match self {
            ScreenId::Slide(Slide::Pillar(Pillar::SystemsThinking)) => "deck/pillar/1",
            ScreenId::Slide(Slide::Pillar(Pillar::FeedbackLoops)) => "deck/pillar/2",
            ScreenId::Slide(Slide::Pillar(Pillar::ContinualLearning)) => "deck/pillar/3",
            other => other.key(),
        }
    }

    /// The screen whose [`path`](Self::path) is exactly `path`.
    pub fn from_path(path: &str) -> Option<ScreenId> {
        ScreenId::ORDER
            .into_iter()
            .find(|screen| screen.path() == path)
    }

    /// The name the screen's notes, its place in a run and the clock are stored under, e.g.
    /// `act/2`. Stable: changing one would orphan a team's notes. It was the screen's path
    /// before screens had steps, and still is for all but the pillars.
    pub fn key(self) -> &'static str {
        match self {
            ScreenId::Opening => "",
            ScreenId::Cast => "cast",
            ScreenId::Act(Act::One) => "act/1",
            ScreenId::Act(Act::Two) => "act/2",
            ScreenId::Act(Act::Three) => "act/3",
            ScreenId::Act(Act::Final) => "act/final",
            ScreenId::Slide(Slide::Quote) => "deck/quote",
            ScreenId::Slide(Slide::QualityAssurance) => "deck/qa",
            ScreenId::Slide(Slide::Shifts) => "deck/shifts",
            ScreenId::Slide(Slide::WhyDevops) => "deck/why",
            ScreenId::Slide(Slide::DoraCheck) => "deck/dora",
            ScreenId::Slide(Slide::NotANewDepartment) => "deck/department",
            ScreenId::Slide(Slide::Pillars) => "deck/pillars",
            ScreenId::Slide(Slide::Pillar(Pillar::SystemsThinking)) => "deck/pillars/1",
            ScreenId::Slide(Slide::Pillar(Pillar::FeedbackLoops)) => "deck/pillars/2",
            ScreenId::Slide(Slide::Pillar(Pillar::ContinualLearning)) => "deck/pillars/3",
            ScreenId::Slide(Slide::PillarsCheck) => "deck/pillars/check",
            ScreenId::Slide(Slide::TeamComposition) => "deck/team",
            ScreenId::Plan => "plan",
            ScreenId::Summary => "summary",
        }
    }

    /// The screen stored under `key` (see [`Self::key`]).
    pub fn from_key(key: &str) -> Option<ScreenId> {
        ScreenId::ORDER
            .into_iter()
            .find(|screen| screen.key() == key)
    }

    /// The screen's position in [`ORDER`](Self::ORDER), from 0.
    pub fn position(self) -> usize {
        ScreenId::ORDER
            .iter()
            .position(|screen| *screen == self)
            .unwrap_or_default()
    }

    /// The screen after this one, if any.
    pub fn next(self) -> Option<ScreenId> {
        ScreenId::ORDER.get(self.position() + 1).copied()
    }

    /// The screen before this one, if any.
    pub fn previous(self) -> Option<ScreenId> {
        self.position()
            .checked_sub(1)
            .and_then(|index| ScreenId::ORDER.get(index).copied())
    }

    /// The first screen.
    pub fn first() -> ScreenId {
        ScreenId::ORDER[0]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn every_screen_appears_once_with_a_unique_path() {
        let ids: HashSet<_> = ScreenId::ORDER.iter().collect();
        let paths: HashSet<_> = ScreenId::ORDER.iter().map(|s| s.path()).collect();
        assert_eq!(ids.len(), ScreenId::ORDER.len());
        assert_eq!(paths.len(), ScreenId::ORDER.len());
    }

    #[test]
    fn paths_and_keys_round_trip_and_keys_are_unique() {
        let keys: HashSet<_> = ScreenId::ORDER.iter().map(|s| s.key()).collect();
        assert_eq!(keys.len(), ScreenId::ORDER.len());
        for screen in ScreenId::ORDER {
            assert_eq!(ScreenId::from_path(screen.path()), Some(screen));
            assert_eq!(ScreenId::from_key(screen.key()), Some(screen));
        }
        // Notes stored before screens had steps are found under the same keys.
        assert_eq!(
            ScreenId::from_key("deck/pillars/2"),
            Some(ScreenId::Slide(Slide::Pillar(Pillar::FeedbackLoops)))
        );
        assert_eq!(ScreenId::from_path("act/4"), None);
        assert_eq!(ScreenId::from_path("act/1/"), None);
    }

    #[test]
    fn next_and_previous_walk_the_order_and_stop_at_the_ends() {
        assert_eq!(ScreenId::first().previous(), None);
        let mut walked = vec![ScreenId::first()];
        while let Some(next) = walked.last().and_then(|s| s.next()) {
            assert_eq!(next.previous(), walked.last().copied());
            walked.push(next);
        }
        assert_eq!(walked, ScreenId::ORDER.to_vec());
    }

    #[test]
    fn the_play_comes_before_the_deck() {
        let last_act = ScreenId::Act(Act::Final).position();
        let first_slide = ScreenId::Slide(Slide::Quote).position();
        assert!(last_act < first_slide);
        assert_eq!(ScreenId::Act(Act::One).position(), 2);
    }
}
