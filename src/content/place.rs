//! A place in the workshop: a screen, and the page of a screen that has several. Next and
//! previous step through the pages of a paged screen before they leave it.

use super::{Run, ScreenId};

/// A screen and one of its pages (0 for every screen but a paged one).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    /// The screen.
    pub screen: ScreenId,
    /// Its page, from 0.
    pub page: u8,
}

impl Place {
    /// The first page of `screen`.
    pub fn start(screen: ScreenId) -> Place {
        Place { screen, page: 0 }
    }

    /// The place after this one in `run`, where a paged screen has `pages` pages: its next
    /// page, else the next screen's first.
    pub fn next(self, run: &Run, pages: u8) -> Option<Place> {
        if self.screen.is_paged() && self.page + 1 < pages {
            return Some(Place {
                page: self.page + 1,
                ..self
            });
        }
        run.next(self.screen).map(Place::start)
    }

    /// The place before this one in `run`: the page before, else the screen before (a paged
    /// screen before is entered on its last page).
    pub fn previous(self, run: &Run, pages: u8) -> Option<Place> {
        if self.screen.is_paged() && self.page > 0 {
            return Some(Place {
                page: (self.page - 1).min(pages.saturating_sub(1)),
                ..self
            });
        }
        run.previous(self.screen).map(|screen| Place {
            screen,
            page: if screen.is_paged() {
                pages.saturating_sub(1)
            } else {
                0
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Slide;

    #[test]
    fn next_and_previous_step_through_the_pages_of_the_summary() {
        let run = Run::full();
        let plan = Place::start(ScreenId::Plan);
        let summary = |page| Place {
            screen: ScreenId::Summary,
            page,
        };
        assert_eq!(plan.next(&run, 4), Some(summary(0)));
        assert_eq!(summary(0).next(&run, 4), Some(summary(1)));
        assert_eq!(
            summary(3).next(&run, 4),
            None,
            "the last page of the last screen"
        );
        assert_eq!(summary(2).previous(&run, 4), Some(summary(1)));
        assert_eq!(summary(0).previous(&run, 4), Some(plan));
        // A page beyond the pages there are (the notes got shorter) steps back to the last.
        assert_eq!(summary(9).previous(&run, 4), Some(summary(3)));
    }

    #[test]
    fn other_screens_have_one_page_and_follow_the_run() {
        let run = Run::leaving_out([ScreenId::Plan]);
        let team = Place::start(ScreenId::Slide(Slide::TeamComposition));
        assert_eq!(
            team.next(&run, 3).map(|p| p.screen),
            Some(ScreenId::Summary)
        );
        let summary = Place::start(ScreenId::Summary);
        assert_eq!(summary.previous(&run, 3), Some(team));
        assert_eq!(
            team.next(&run, 3).and_then(|p| p.previous(&run, 3)),
            Some(team)
        );
    }
}
