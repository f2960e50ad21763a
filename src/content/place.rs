//! A place in the workshop: a screen, and one of its steps. Next and previous step through a
//! screen's steps before they leave it, as reveal.js steps through a slide's fragments; back
//! into the screen before, they land on its last step.

use super::{Run, ScreenId};

/// A screen and one of its steps (from 0).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    /// The screen.
    pub screen: ScreenId,
    /// Its step, from 0.
    pub step: u8,
}

impl Place {
    /// The first step of `screen`: where go-to, Home, End and a link without a step land.
    pub fn start(screen: ScreenId) -> Place {
        Place { screen, step: 0 }
    }

    /// The place after this one in `run`, where `steps` says how many steps a screen has: its
    /// next step, else the next screen's first.
    pub fn next(self, run: &Run, steps: impl Fn(ScreenId) -> u8) -> Option<Place> {
        if self.step + 1 < steps(self.screen) {
            return Some(Place {
                step: self.step + 1,
                ..self
            });
        }
        run.next(self.screen).map(Place::start)
    }

    /// The place before this one in `run`: the step before (the last there is, from a step
    /// beyond it), else the last step of the screen before.
    pub fn previous(self, run: &Run, steps: impl Fn(ScreenId) -> u8) -> Option<Place> {
        if self.step > 0 {
            return Some(Place {
                step: (self.step - 1).min(steps(self.screen).saturating_sub(1)),
                ..self
            });
        }
        run.previous(self.screen).map(|screen| Place {
            screen,
            step: steps(screen).saturating_sub(1),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{screen, Act, Slide};

    /// Every screen's steps, and four pages of the summary.
    fn steps(id: ScreenId) -> u8 {
        if id == ScreenId::Summary {
            4
        } else {
            screen(id).step_count()
        }
    }

    #[test]
    fn next_and_previous_step_through_a_screen_before_they_leave_it() {
        let run = Run::full();
        let act = ScreenId::Act(Act::Two);
        let count = steps(act);
        assert!(count >= 2, "an act shows its scene, then its questions");
        let mut place = Place::start(act);
        for step in 1..count {
            place = place.next(&run, steps).expect("a next step");
            assert_eq!(place, Place { screen: act, step });
        }
        assert_eq!(
            place.next(&run, steps),
            Some(Place::start(ScreenId::Act(Act::Three)))
        );
        // Back into a screen: its last step.
        let back = Place::start(ScreenId::Act(Act::Three)).previous(&run, steps);
        assert_eq!(back, Some(place));
        assert_eq!(
            Place::start(act).previous(&run, steps),
            Some(Place {
                screen: ScreenId::Act(Act::One),
                step: steps(ScreenId::Act(Act::One)) - 1
            })
        );
    }

    #[test]
    fn the_summary_steps_through_its_pages_and_ends_the_run() {
        let run = Run::full();
        let summary = |step| Place {
            screen: ScreenId::Summary,
            step,
        };
        let plan_last = Place {
            screen: ScreenId::Plan,
            step: steps(ScreenId::Plan) - 1,
        };
        assert_eq!(plan_last.next(&run, steps), Some(summary(0)));
        assert_eq!(summary(0).next(&run, steps), Some(summary(1)));
        assert_eq!(
            summary(3).next(&run, steps),
            None,
            "the last step of the last screen"
        );
        assert_eq!(summary(0).previous(&run, steps), Some(plan_last));
        // A step beyond the pages there are (the notes got shorter) steps back to the last.
        assert_eq!(summary(9).previous(&run, steps), Some(summary(3)));
    }

    #[test]
    fn steps_follow_the_run_over_screens_left_out() {
        let run = Run::leaving_out([ScreenId::Plan]);
        let team = ScreenId::Slide(Slide::TeamComposition);
        let team_last = Place {
            screen: team,
            step: steps(team) - 1,
        };
        assert_eq!(
            team_last.next(&run, steps).map(|p| p.screen),
            Some(ScreenId::Summary)
        );
        assert_eq!(
            Place::start(ScreenId::Summary).previous(&run, steps),
            Some(team_last)
        );
    }
}
