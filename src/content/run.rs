//! The run: which screens a workshop session shows, and what comes before and after each.
//!
//! A facilitator with an hour rather than two leaves screens out. The run is every screen of
//! [`ScreenId::ORDER`] but those, in that order; next and previous step over the rest. A screen
//! left out can still be opened by its address, and the run says it is not in it.

use serde::{Deserialize, Serialize};

use super::{screen, Part, Pillar, ScreenId, Slide};

/// The screens a workshop session leaves out of its run. Every other screen is in it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(from = "Vec<String>", into = "Vec<String>")]
pub struct Run {
    /// The keys of the screens left out (see [`ScreenId::path`]), in the workshop's order.
    left_out: Vec<String>,
}

/// Runs the facilitator can choose with one click, then adjust.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Preset {
    /// Every screen.
    Full,
    /// The opening, the cast, the four acts of the play, then the plan and the summary.
    PlayOnly,
    /// An hour: the play and the deck without its deepest screens (the pillars one by one and
    /// their check), then the plan and the summary, in 60 minutes.
    SixtyMinutes,
}

impl Preset {
    /// Every preset, in the order they are offered.
    pub const ALL: [Preset; 3] = [Preset::Full, Preset::PlayOnly, Preset::SixtyMinutes];

    /// The run of this preset.
    pub fn run(self) -> Run {
        let left_out: &[ScreenId] = match self {
            Preset::Full => &[],
            Preset::PlayOnly => &[
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
            ],
            Preset::SixtyMinutes => &[
                ScreenId::Slide(Slide::QualityAssurance),
                ScreenId::Slide(Slide::Pillar(Pillar::SystemsThinking)),
                ScreenId::Slide(Slide::Pillar(Pillar::FeedbackLoops)),
                ScreenId::Slide(Slide::Pillar(Pillar::ContinualLearning)),
                ScreenId::Slide(Slide::PillarsCheck),
            ],
        };
        Run::leaving_out(left_out.iter().copied())
    }

    /// The workshop length this preset sets, in minutes; `None` keeps the length as it is.
    pub fn minutes(self) -> Option<u32> {
        match self {
            Preset::SixtyMinutes => Some(60),
            Preset::Full | Preset::PlayOnly => None,
        }
    }

    /// The preset that `run` at `minutes` is, if it is one.
    pub fn matching(run: &Run, minutes: u32) -> Option<Preset> {
        Preset::ALL
            .into_iter()
            .find(|preset| preset.run() == *run && preset.minutes().is_none_or(|m| m == minutes))
    }
}

/// Stored as the list of the paths left out, and read back as written: a reader checks it
/// ([`Run::tidy`] for stored data, the import's own check for a file).
impl From<Vec<String>> for Run {
    fn from(left_out: Vec<String>) -> Run {
        Run { left_out }
    }
}

impl From<Run> for Vec<String> {
    fn from(run: Run) -> Vec<String> {
        run.left_out
    }
}

impl Run {
    /// The run of every screen.
    pub fn full() -> Run {
        Run::default()
    }

    /// The run without `screens`.
    pub fn leaving_out(screens: impl IntoIterator<Item = ScreenId>) -> Run {
        let mut run = Run::full();
        for id in screens {
            run.set_included(id, false);
        }
        run
    }

    /// The run that leaves out the screens stored under these keys ([`ScreenId::key`]). Keys that name no screen are
    /// dropped, and a run that would leave out every screen keeps them all.
    pub fn from_keys<'a>(keys: impl IntoIterator<Item = &'a str>) -> Run {
        let screens: Vec<ScreenId> = keys.into_iter().filter_map(ScreenId::from_key).collect();
        if ScreenId::ORDER.iter().all(|id| screens.contains(id)) {
            Run::full()
        } else {
            Run::leaving_out(screens)
        }
    }

    /// The run as [`Run::from_keys`] makes it of the keys this one holds: only screens
    /// this workshop has, in its order, and never every screen.
    pub fn tidy(&self) -> Run {
        Run::from_keys(self.left_out.iter().map(String::as_str))
    }

    /// The keys of the screens left out, in the workshop's order.
    pub fn left_out(&self) -> &[String] {
        &self.left_out
    }

    /// Whether `id` is in the run.
    pub fn includes(&self, id: ScreenId) -> bool {
        !self.left_out.iter().any(|path| path == id.key())
    }

    /// Puts `id` in the run or leaves it out. The last screen of a run cannot be left out:
    /// returns whether the run changed.
    pub fn set_included(&mut self, id: ScreenId, included: bool) -> bool {
        if included == self.includes(id) {
            return false;
        }
        if included {
            self.left_out.retain(|path| path != id.key());
        } else {
            if self.screens().count() < 2 {
                return false;
            }
            // Kept in the workshop's order: in before the first key of a later screen.
            let at = self
                .left_out
                .iter()
                .position(|path| {
                    ScreenId::from_key(path).is_some_and(|other| other.position() > id.position())
                })
                .unwrap_or(self.left_out.len());
            self.left_out.insert(at, id.key().to_string());
        }
        true
    }

    /// The screens of the run, in the workshop's order.
    pub fn screens(&self) -> impl Iterator<Item = ScreenId> + '_ {
        ScreenId::ORDER
            .into_iter()
            .filter(move |id| self.includes(*id))
    }

    /// How many screens the run has.
    pub fn len(&self) -> usize {
        self.screens().count()
    }

    /// Whether the run has no screen (never true of a run made here).
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The first screen of the run.
    pub fn first(&self) -> ScreenId {
        self.screens().next().unwrap_or_else(ScreenId::first)
    }

    /// The last screen of the run.
    pub fn last(&self) -> ScreenId {
        self.screens().last().unwrap_or_else(ScreenId::first)
    }

    /// The screen of the run after `from`, whether or not `from` is in the run.
    pub fn next(&self, from: ScreenId) -> Option<ScreenId> {
        self.screens().find(|id| id.position() > from.position())
    }

    /// The screen of the run before `from`, whether or not `from` is in the run.
    pub fn previous(&self, from: ScreenId) -> Option<ScreenId> {
        self.screens()
            .filter(|id| id.position() < from.position())
            .last()
    }

    /// Where `id` stands in the run, from 1, if it is in it.
    pub fn position(&self, id: ScreenId) -> Option<usize> {
        self.screens()
            .position(|shown| shown == id)
            .map(|at| at + 1)
    }

    /// The planned minutes of the run's screens: the sum of their timeboxes.
    pub fn planned_minutes(&self) -> u32 {
        self.screens()
            .map(|id| u32::from(screen(id).timebox_minutes))
            .sum()
    }

    /// Whether the run shows `part` at all.
    pub fn shows_part(&self, part: Part) -> bool {
        self.screens().any(|id| screen(id).part == part)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Act;

    const PLAY: [ScreenId; 8] = [
        ScreenId::Opening,
        ScreenId::Cast,
        ScreenId::Act(Act::One),
        ScreenId::Act(Act::Two),
        ScreenId::Act(Act::Three),
        ScreenId::Act(Act::Final),
        ScreenId::Plan,
        ScreenId::Summary,
    ];

    const PILLAR_1: ScreenId = ScreenId::Slide(Slide::Pillar(Pillar::SystemsThinking));
    const PILLAR_2: ScreenId = ScreenId::Slide(Slide::Pillar(Pillar::FeedbackLoops));
    const PILLAR_3: ScreenId = ScreenId::Slide(Slide::Pillar(Pillar::ContinualLearning));
    const PILLARS: ScreenId = ScreenId::Slide(Slide::Pillars);
    const TEAM: ScreenId = ScreenId::Slide(Slide::TeamComposition);
    const CHECK: ScreenId = ScreenId::Slide(Slide::PillarsCheck);

    #[test]
    fn the_full_run_is_every_screen_in_order() {
        let run = Run::full();
        assert_eq!(run.screens().collect::<Vec<_>>(), ScreenId::ORDER.to_vec());
        assert_eq!(run.len(), 20);
        assert_eq!(run.position(ScreenId::first()), Some(1));
        assert_eq!(run.position(TEAM), Some(18));
        assert_eq!(run.position(ScreenId::Summary), Some(20));
    }

    #[test]
    fn next_and_previous_step_over_the_screens_left_out() {
        let run = Run::leaving_out([PILLAR_1, PILLAR_2, PILLAR_3, CHECK]);
        assert_eq!(run.next(PILLARS), Some(TEAM));
        assert_eq!(run.previous(TEAM), Some(PILLARS));
        assert_eq!(run.len(), 16);
        assert_eq!(run.position(TEAM), Some(14));
        assert_eq!(run.position(PILLAR_2), None);
        // From a screen left out (opened by its address), on to the run's next one.
        assert_eq!(run.next(PILLAR_2), Some(TEAM));
        assert_eq!(run.previous(PILLAR_2), Some(PILLARS));
        assert_eq!(run.next(ScreenId::Summary), None);
        assert_eq!(run.previous(ScreenId::first()), None);
    }

    #[test]
    fn the_first_and_last_screens_follow_the_run() {
        let run = Run::leaving_out([ScreenId::Opening, ScreenId::Plan, ScreenId::Summary]);
        assert_eq!(run.first(), ScreenId::Cast);
        assert_eq!(run.last(), TEAM);
    }

    #[test]
    fn a_screen_comes_back_and_the_left_out_keep_the_workshop_order() {
        let mut run = Run::full();
        assert!(run.set_included(TEAM, false));
        assert!(run.set_included(PILLAR_1, false));
        assert!(!run.set_included(PILLAR_1, false), "already out");
        assert_eq!(run.left_out(), ["deck/pillars/1", "deck/team"]);
        assert!(run.set_included(TEAM, true));
        assert_eq!(run.left_out(), ["deck/pillars/1"]);
        assert!(run.includes(TEAM));
    }

    #[test]
    fn the_last_screen_of_a_run_stays_in_it() {
        let mut run = Run::leaving_out(ScreenId::ORDER.into_iter().skip(1));
        assert_eq!(run.screens().collect::<Vec<_>>(), [ScreenId::Opening]);
        assert!(!run.set_included(ScreenId::Opening, false));
        assert_eq!(run.len(), 1);
    }

    #[test]
    fn stored_paths_read_back_unknown_ones_dropped_and_never_an_empty_run() {
        let run = Run::from_keys(["deck/team", "act/9", "deck/pillars/2"]);
        assert_eq!(run.left_out(), ["deck/pillars/2", "deck/team"]);
        let every: Vec<&str> = ScreenId::ORDER.iter().map(|id| id.key()).collect();
        assert_eq!(Run::from_keys(every.clone()), Run::full());
        // Read as written (an import checks it), then tidied as stored data is.
        let written = Run::from(vec!["act/9".to_string(), "deck/team".to_string()]);
        assert_eq!(written.left_out(), ["act/9", "deck/team"]);
        assert_eq!(written.tidy().left_out(), ["deck/team"]);
        let all = Run::from(every.iter().map(|p| p.to_string()).collect::<Vec<_>>());
        assert_eq!(all.tidy(), Run::full());
    }

    #[test]
    fn the_presets_leave_out_what_they_say() {
        assert_eq!(Preset::Full.run(), Run::full());
        let play = Preset::PlayOnly.run();
        assert_eq!(play.screens().collect::<Vec<_>>(), PLAY.to_vec());
        assert!(!play.shows_part(Part::Deck));
        let hour = Preset::SixtyMinutes.run();
        assert_eq!(hour.len(), 15);
        assert!(!hour.includes(PILLAR_1) && !hour.includes(CHECK) && hour.includes(PILLARS));
        for preset in Preset::ALL {
            let run = preset.run();
            assert!(
                run.includes(ScreenId::Plan) && run.includes(ScreenId::Summary),
                "{preset:?}: every run ends with the plan and the summary"
            );
        }
        assert_eq!(Preset::SixtyMinutes.minutes(), Some(60));
        assert_eq!(Preset::Full.minutes(), None);
    }

    #[test]
    fn a_run_is_recognised_as_its_preset() {
        assert_eq!(Preset::matching(&Run::full(), 90), Some(Preset::Full));
        assert_eq!(
            Preset::matching(&Preset::SixtyMinutes.run(), 60),
            Some(Preset::SixtyMinutes)
        );
        assert_eq!(Preset::matching(&Preset::SixtyMinutes.run(), 75), None);
        assert_eq!(Preset::matching(&Run::leaving_out([TEAM]), 133), None);
    }

    #[test]
    fn the_planned_minutes_add_up_the_run_only() {
        assert_eq!(
            Run::full().planned_minutes(),
            super::super::planned_minutes()
        );
        let play = Preset::PlayOnly.run();
        let play_minutes: u32 = PLAY
            .iter()
            .map(|id| u32::from(screen(*id).timebox_minutes))
            .sum();
        assert_eq!(play.planned_minutes(), play_minutes);
    }
}
