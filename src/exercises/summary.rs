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

/// How many characters of the room's type a line of notes holds, at the narrowest: a column
/// of two at 1024×768 sets about 35, at 1280×720 about 38.
pub const LINE_CHARS: usize = 32;

/// How much a page of notes holds, in characters: two columns of ten lines, measured on the
/// stage at 1280×720 and 1024×768 under the summary's heading. Every line of a note costs
/// whole lines of [`LINE_CHARS`] (a short line takes a line, a long one wraps).
pub const PAGE_BUDGET: usize = 20 * LINE_CHARS;

/// What a heading over a note costs of [`PAGE_BUDGET`]: two lines.
pub const HEADING_COST: usize = 2 * LINE_CHARS;

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
            if room < HEADING_COST + 2 * LINE_CHARS {
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

/// What `text` costs of a page: each of its lines, whole lines of [`LINE_CHARS`].
fn cost(text: &str) -> usize {
    text.split('\n')
        .map(|line| line_cost(line.chars().count()))
        .sum()
}

/// What a line of `chars` characters costs: the lines it wraps over, at least one.
fn line_cost(chars: usize) -> usize {
    chars.div_ceil(LINE_CHARS).max(1) * LINE_CHARS
}

/// `text` cut where it reaches `budget`: after the last whole line that fits, or within the
/// line that does not, at its last space in the last quarter of what fits, else there.
fn split_at_cost(text: &str, budget: usize) -> (&str, &str) {
    let mut spent = 0;
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let body = line.strip_suffix('\n').unwrap_or(line);
        let cost = line_cost(body.chars().count());
        if spent + cost > budget {
            let room = budget.saturating_sub(spent);
            let end = body.char_indices().nth(room).map_or(body.len(), |(i, _)| i);
            let cut = body[..end]
                .rfind(' ')
                .filter(|i| *i >= end * 3 / 4)
                .unwrap_or(end);
            return (&text[..start + cut], &text[start + cut..]);
        }
        spent += cost;
        start += line.len();
    }
    (text, "")
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
