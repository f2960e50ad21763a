//! The action plan, "What we will try": up to three experiments, each with what, an owner and
//! a date to check it by, and the quick picks that fill one in from the rest of the workshop.

use super::dora::Metric;
use super::pillars::{self, PILLARS};
use super::results::{text, Results};

/// The experiments of the plan, as the numbers of their fields (`plan/<n>/…`).
pub const EXPERIMENTS: [u8; 3] = [1, 2, 3];

/// The field of part `part` (`what`, `owner` or `date`) of experiment `n`.
pub fn field(n: u8, part: &str) -> String {
    format!("plan/{n}/{part}")
}

/// What is wrong with an experiment as it stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    /// An owner or a date, but nothing to try.
    NoWhat,
    /// The date to check it by has passed.
    PastDate,
}

/// The problems of experiment `n` on `today` (`YYYY-MM-DD`). An empty experiment has none.
pub fn problems(results: &Results, n: u8, today: &str) -> Vec<Problem> {
    let what = text(results, &field(n, "what")).trim();
    let owner = text(results, &field(n, "owner")).trim();
    let date = text(results, &field(n, "date"));
    let mut found = Vec::new();
    if what.is_empty() && !(owner.is_empty() && date.is_empty()) {
        found.push(Problem::NoWhat);
    }
    if is_past(date, today) {
        found.push(Problem::PastDate);
    }
    found
}

/// Whether `date` is before `today`; both `YYYY-MM-DD`, which sort as their days do.
pub fn is_past(date: &str, today: &str) -> bool {
    !date.is_empty() && date < today
}

/// Where a quick pick comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Pick {
    /// The action idea of pillar `n` (1 to 3).
    PillarIdea(u8, String),
    /// Improving the DORA metric that holds the team back most.
    Dora(Metric),
    /// A line of the team's notes on the screen with this notes id.
    Note(&'static str, String),
}

/// The quick picks: each pillar's action idea, each DORA metric that holds the team back
/// most, then each non-empty line of the notes, screen by screen.
pub fn picks<'a>(
    results: &Results,
    holding_back: &[Metric],
    notes: impl IntoIterator<Item = (&'static str, &'a str)>,
) -> Vec<Pick> {
    let mut found = Vec::new();
    for n in PILLARS {
        let idea = text(results, &pillars::field(n, "idea")).trim();
        if !idea.is_empty() {
            found.push(Pick::PillarIdea(n, idea.to_string()));
        }
    }
    found.extend(holding_back.iter().map(|metric| Pick::Dora(*metric)));
    for (id, note) in notes {
        for line in note.lines() {
            let line = line.trim().trim_start_matches(['-', '*', '•']).trim();
            if !line.is_empty() {
                found.push(Pick::Note(id, line.to_string()));
            }
        }
    }
    found
}

/// The first experiment with nothing to try yet, where a quick pick goes.
pub fn first_open(results: &Results) -> Option<u8> {
    EXPERIMENTS
        .into_iter()
        .find(|n| text(results, &field(*n, "what")).trim().is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::results::from_pairs as results;

    #[test]
    fn an_experiment_needs_a_what_and_a_date_still_to_come() {
        let today = "2026-12-01";
        let r = results(&[
            ("plan/1/what", "Pair with Ops"),
            ("plan/1/date", "2026-12-15"),
            ("plan/2/owner", "Ann"),
            ("plan/3/what", "Blameless post-mortems"),
            ("plan/3/date", "2026-11-30"),
        ]);
        assert!(problems(&r, 1, today).is_empty());
        assert_eq!(problems(&r, 2, today), [Problem::NoWhat]);
        assert_eq!(problems(&r, 3, today), [Problem::PastDate]);
        assert!(
            problems(&Results::new(), 1, today).is_empty(),
            "an empty one is fine"
        );
        assert!(!is_past("2026-12-01", today), "today is not past");
    }

    #[test]
    fn quick_picks_come_from_ideas_the_dora_reading_and_note_lines() {
        let r = results(&[
            ("pillars/2/idea", " Demo every sprint "),
            ("pillars/1/idea", " "),
        ]);
        let notes = [
            ("act/1", "- Fewer handovers\n\n  * On-call together \n"),
            ("deck/why", ""),
        ];
        let found = picks(&r, &[Metric::LeadTime], notes);
        assert_eq!(
            found,
            [
                Pick::PillarIdea(2, "Demo every sprint".into()),
                Pick::Dora(Metric::LeadTime),
                Pick::Note("act/1", "Fewer handovers".into()),
                Pick::Note("act/1", "On-call together".into()),
            ]
        );
    }

    #[test]
    fn a_pick_goes_to_the_first_experiment_without_a_what() {
        assert_eq!(first_open(&Results::new()), Some(1));
        let r = results(&[("plan/1/what", "a"), ("plan/3/what", "c")]);
        assert_eq!(first_open(&r), Some(2));
        let full = results(&[
            ("plan/1/what", "a"),
            ("plan/2/what", "b"),
            ("plan/3/what", "c"),
        ]);
        assert_eq!(first_open(&full), None);
    }
}
