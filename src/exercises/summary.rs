//! The summary screen's pages: the exercises a page or two at a time, at the room's text size,
//! then the team's notes, as many pages as they need. The split depends only on the session,
//! never on the window, so the projector and the presenter window show the same page under the
//! same number.

use crate::content::{screens, Exercise, ScreenId};
use crate::notes::Session;

/// One page of the summary.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Page {
    /// The results of these exercises.
    Exercises(&'static [Exercise]),
    /// Notes, screen by screen; a long note goes on over the next page.
    Notes(Vec<NoteChunk>),
}

/// The exercises' pages, in the workshop's order: each result as large as on its own screen,
/// the two small ones (the cast and the show of hands) together.
pub const EXERCISE_PAGES: [&[Exercise]; 6] = [
    &[Exercise::Cast, Exercise::Hands],
    &[Exercise::Dora],
    &[Exercise::Pillars],
    &[Exercise::Shifts],
    &[Exercise::Team],
    &[Exercise::Plan],
];

/// A note, or the part of it that fits on a page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NoteChunk {
    /// The screen the note is on.
    pub screen: ScreenId,
    /// The text shown.
    pub text: String,
    /// Whether it goes on from the page before.
    pub continued: bool,
}

/// How much text a page of notes holds, in characters; a line break counts as
/// [`LINE_COST`], a note's heading as [`HEADING_COST`]. Measured on the stage at 1280×720 and
/// 1024×768, where the room's type sets about 38 characters a line in each of two columns,
/// and about 12 lines a column.
pub const PAGE_BUDGET: usize = 760;

/// What a heading over a note costs of [`PAGE_BUDGET`]: two lines.
pub const HEADING_COST: usize = 76;

/// What a line break costs: the rest of its line, on average.
pub const LINE_COST: usize = 19;

/// The summary's pages for `session`: always those of the exercises, then the notes.
pub fn pages(session: &Session) -> Vec<Page> {
    let mut pages: Vec<Page> = EXERCISE_PAGES.into_iter().map(Page::Exercises).collect();
    let mut page: Vec<NoteChunk> = Vec::new();
    let mut room = PAGE_BUDGET;
    for screen in screens() {
        let Some(notes_id) = screen.notes_id() else {
            continue;
        };
        let mut rest = session.note(notes_id).trim();
        let mut continued = false;
        while !rest.is_empty() {
            if room < HEADING_COST + 2 * LINE_COST {
                pages.push(Page::Notes(std::mem::take(&mut page)));
                room = PAGE_BUDGET;
            }
            let (shown, after) = split_at_cost(rest, room - HEADING_COST);
            room -= HEADING_COST + cost(shown);
            page.push(NoteChunk {
                screen: screen.id,
                text: shown.trim_end().to_string(),
                continued,
            });
            rest = after.trim_start();
            continued = true;
            if !rest.is_empty() {
                room = 0;
            }
        }
    }
    if !page.is_empty() {
        pages.push(Page::Notes(page));
    }
    pages
}

/// What `text` costs of a page.
fn cost(text: &str) -> usize {
    text.chars()
        .map(|c| if c == '\n' { LINE_COST } else { 1 })
        .sum()
}

/// `text` cut where it reaches `budget`: at the last line break or space before it when there
/// is one in the last quarter, else there.
fn split_at_cost(text: &str, budget: usize) -> (&str, &str) {
    let mut spent = 0;
    let mut end = text.len();
    for (index, c) in text.char_indices() {
        spent += if c == '\n' { LINE_COST } else { 1 };
        if spent > budget {
            end = index;
            break;
        }
    }
    if end == text.len() {
        return (text, "");
    }
    let head = &text[..end];
    let floor = head.len() * 3 / 4;
    let cut = head
        .rfind('\n')
        .filter(|i| *i >= floor)
        .or_else(|| head.rfind(' ').filter(|i| *i >= floor))
        .unwrap_or(end);
    (&text[..cut], &text[cut..])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn notes_on_every_screen(text: &str) -> Session {
        let mut session = Session::new("s", "", "en");
        for screen in screens() {
            if let Some(id) = screen.notes_id() {
                session.set_note(id, text);
            }
        }
        session
    }

    fn chunks(pages: &[Page]) -> Vec<&NoteChunk> {
        pages
            .iter()
            .flat_map(|page| match page {
                Page::Notes(chunks) => chunks.iter().collect(),
                _ => Vec::new(),
            })
            .collect()
    }

    #[test]
    fn without_notes_there_are_the_pages_of_exercises_each_exercise_once() {
        let pages = pages(&Session::default());
        assert_eq!(pages.len(), EXERCISE_PAGES.len());
        let shown: Vec<Exercise> = pages
            .iter()
            .flat_map(|page| match page {
                Page::Exercises(exercises) => exercises.to_vec(),
                Page::Notes(_) => panic!("no notes, no notes page"),
            })
            .collect();
        use Exercise::*;
        let all = [Cast, Hands, Dora, Pillars, Shifts, Team, Plan];
        assert_eq!(shown.len(), all.len());
        assert!(all.iter().all(|exercise| shown.contains(exercise)));
    }

    #[test]
    fn every_word_of_every_note_is_on_a_page_once_and_no_page_holds_too_much() {
        let long = "word ".repeat(400) + "\nlast line";
        for text in ["one line", "two\nlines", long.as_str()] {
            let session = notes_on_every_screen(text);
            let all = pages(&session);
            for page in &all[EXERCISE_PAGES.len()..] {
                let Page::Notes(chunks) = page else {
                    panic!("notes pages come last");
                };
                let spent: usize = chunks.iter().map(|c| HEADING_COST + cost(&c.text)).sum();
                assert!(spent <= PAGE_BUDGET, "{spent}");
                assert!(!chunks.is_empty());
            }
            for screen in screens().filter(|s| s.notes_id().is_some()) {
                let parts: Vec<&str> = chunks(&all)
                    .into_iter()
                    .filter(|c| c.screen == screen.id)
                    .map(|c| c.text.as_str())
                    .collect();
                let words: Vec<&str> = parts.iter().flat_map(|p| p.split_whitespace()).collect();
                let expected: Vec<&str> = text.split_whitespace().collect();
                assert_eq!(words, expected, "{:?}", screen.id);
            }
        }
    }

    #[test]
    fn a_note_that_goes_on_says_so_and_starts_a_new_page() {
        let mut session = Session::new("s", "", "en");
        session.set_note("act/1", &"longword ".repeat(300));
        let all = pages(&session);
        let found = chunks(&all);
        assert!(found.len() >= 2);
        assert!(!found[0].continued && found[1..].iter().all(|c| c.continued));
        assert!(found[0].text.ends_with("longword"), "cut between words");
    }

    #[test]
    fn the_split_counts_characters_not_bytes() {
        let (head, tail) = split_at_cost("ééééé", 3);
        assert_eq!((head, tail), ("ééé", "éé"));
    }
}
