//! The three pillars check: the team rates itself from 1 to 5 on each pillar, as one
//! consensus or as individual votes, and notes an action idea for each.

use super::results::{number, text, Results};
use super::votes::{parse, summarize, VoteSummary};

/// The field that says how the team rates: `"votes"` for individual votes; anything else
/// (or nothing) is one consensus rating per pillar.
pub const MODE_FIELD: &str = "pillars/mode";

/// The value of [`MODE_FIELD`] for individual votes.
pub const VOTES_MODE: &str = "votes";

/// The three pillars, as the numbers of their fields (`pillars/<n>/…`).
pub const PILLARS: [u8; 3] = [1, 2, 3];

/// The field of part `part` (`rating`, `votes` or `idea`) of pillar `n`.
pub fn field(n: u8, part: &str) -> String {
    format!("pillars/{n}/{part}")
}

/// Whether the team rates with individual votes.
pub fn by_votes(results: &Results) -> bool {
    text(results, MODE_FIELD) == VOTES_MODE
}

/// A pillar's rating, as the chart and the table show it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Score {
    /// Not rated yet.
    Unrated,
    /// The team agreed on this rating.
    Consensus(u8),
    /// Individual votes.
    Votes(VoteSummary),
}

impl Score {
    /// The rating in tenths (a consensus of 4 is 40), for the chart; `None` when unrated.
    pub fn tenths(self) -> Option<u16> {
        match self {
            Score::Unrated => None,
            Score::Consensus(rating) => Some(u16::from(rating) * 10),
            Score::Votes(summary) => Some(summary.mean_tenths),
        }
    }
}

/// Pillar `n`'s score, in the team's chosen way of rating.
pub fn score(results: &Results, n: u8) -> Score {
    if by_votes(results) {
        parse(text(results, &field(n, "votes")))
            .and_then(|votes| summarize(&votes))
            .map_or(Score::Unrated, Score::Votes)
    } else {
        number(results, &field(n, "rating"))
            .and_then(|rating| u8::try_from(rating).ok())
            .filter(|rating| (1..=5).contains(rating))
            .map_or(Score::Unrated, Score::Consensus)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::results::from_pairs as results;

    #[test]
    fn a_consensus_is_one_rating() {
        let r = results(&[("pillars/1/rating", "4"), ("pillars/2/votes", "1 2")]);
        assert_eq!(score(&r, 1), Score::Consensus(4));
        assert_eq!(score(&r, 1).tenths(), Some(40));
        assert_eq!(
            score(&r, 2),
            Score::Unrated,
            "votes count only in the votes mode"
        );
    }

    #[test]
    fn votes_give_the_mean_and_the_range() {
        let r = results(&[
            (MODE_FIELD, VOTES_MODE),
            ("pillars/1/rating", "4"),
            ("pillars/2/votes", "2 3 5"),
        ]);
        assert_eq!(
            score(&r, 1),
            Score::Unrated,
            "a consensus counts only in its mode"
        );
        let Score::Votes(summary) = score(&r, 2) else {
            panic!("votes expected");
        };
        assert_eq!(
            (summary.mean_tenths, summary.lowest, summary.highest),
            (33, 2, 5)
        );
        assert_eq!(score(&r, 2).tenths(), Some(33));
        assert_eq!(score(&r, 3).tenths(), None);
    }
}
