//! The exercises' fields: every field's id, its kind and the values it accepts. What the team
//! entered is kept by field id in [`super::Results`].
//!
//! Free text (names, ideas, experiments) follows the notes' rule when two tabs change it: both
//! versions are kept. Every other field holds one value (a count, a choice, a rating, a date):
//! the last write wins, and the tab whose write replaced another tab's value says so.

use super::cast::{self, NAMES_FIELD};
use super::dora::{failure_rates, Metric, BANDS};
use super::pillars::{MODE_FIELD, VOTES_MODE};
use super::team::ROLES;
use crate::content::Actor;
use crate::notes::limits::{is_valid_date, MAX_NAME_CHARS};

/// The longest free text a field holds, in characters: an idea or an experiment is a
/// sentence or two, and the summary shows every one of them on the stage.
pub const MAX_TEXT_CHARS: usize = 200;

/// What a field holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldKind {
    /// A short free text: a name, several names, an owner.
    Name,
    /// A longer free text: an idea, an experiment, a list of names.
    Text,
    /// A whole number from 0 to 999 (a show of hands).
    Count,
    /// One of the DORA check's band answers, by index.
    Band,
    /// A change failure rate: 0 to 100 in steps of 5.
    Percent,
    /// A rating from 1 to 5.
    Rating,
    /// Individual ratings from 1 to 5, separated by spaces or commas.
    Votes,
    /// How the pillars are rated: [`VOTES_MODE`] or a consensus (empty).
    Mode,
    /// A place on a scale from 0 to 10.
    Scale,
    /// A date, `YYYY-MM-DD`.
    Date,
}

impl FieldKind {
    /// Whether two tabs' different values are both kept (free text) or the last one wins.
    pub fn keeps_both(self) -> bool {
        matches!(self, FieldKind::Name | FieldKind::Text)
    }

    /// The most characters a free-text field holds; `None` for the others.
    pub fn max_chars(self) -> Option<usize> {
        match self {
            FieldKind::Name => Some(MAX_NAME_CHARS),
            FieldKind::Text => Some(MAX_TEXT_CHARS),
            _ => None,
        }
    }
}

/// The kind of field `id`, if it is a field of an exercise.
pub fn kind(id: &str) -> Option<FieldKind> {
    let (exercise, rest) = id.split_once('/')?;
    let numbered =
        |text: &str, max: usize| text.parse::<usize>().is_ok_and(|n| (1..=max).contains(&n));
    match exercise {
        "cast" if id == NAMES_FIELD => Some(FieldKind::Text),
        "cast" => Actor::ALL
            .iter()
            .any(|actor| cast::field(*actor) == id)
            .then_some(FieldKind::Name),
        "hands" => HAND_FIELDS.contains(&id).then_some(FieldKind::Count),
        "dora" => {
            Metric::ALL
                .iter()
                .find(|metric| metric.field() == id)
                .map(|metric| match metric {
                    Metric::ChangeFailureRate => FieldKind::Percent,
                    _ => FieldKind::Band,
                })
        }
        "shifts" => SHIFT_FIELDS.contains(&id).then_some(FieldKind::Scale),
        "team" => ROLES
            .iter()
            .any(|role| role.field == id)
            .then_some(FieldKind::Name),
        "pillars" if id == MODE_FIELD => Some(FieldKind::Mode),
        "pillars" | "plan" => {
            let (n, part) = rest.split_once('/')?;
            if !numbered(n, 3) {
                return None;
            }
            match (exercise, part) {
                ("pillars", "rating") => Some(FieldKind::Rating),
                ("pillars", "votes") => Some(FieldKind::Votes),
                ("pillars", "idea") | ("plan", "what") => Some(FieldKind::Text),
                ("plan", "owner") => Some(FieldKind::Name),
                ("plan", "date") => Some(FieldKind::Date),
                _ => None,
            }
        }
        _ => None,
    }
}

/// The fields of the five shifts, in the deck's order.
pub const SHIFT_FIELDS: [&str; 5] = ["shifts/1", "shifts/2", "shifts/3", "shifts/4", "shifts/5"];

/// The fields of the show of hands' four answers: praised, blamed, both, neither.
pub const HAND_FIELDS: [&str; 4] = [
    "hands/praised",
    "hands/blamed",
    "hands/both",
    "hands/neither",
];

/// Why a value cannot go in a field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BadValue {
    /// No exercise has this field.
    UnknownField,
    /// A count must be a whole number from 0 to 999.
    NotACount,
    /// Not one of the answers offered.
    NotAnAnswer,
    /// A rating must be a whole number from 1 to 5.
    NotARating,
    /// Votes must be whole numbers from 1 to 5.
    NotVotes,
    /// Not a date like 2026-03-14.
    NotADate,
    /// Longer than the field holds.
    TooLong,
}

/// `value`, tidied, if field `id` may hold it; an empty value clears the field.
pub fn check(id: &str, value: &str) -> Result<String, BadValue> {
    let kind = kind(id).ok_or(BadValue::UnknownField)?;
    let trimmed = value.trim();
    if trimmed.is_empty() {
        return Ok(String::new());
    }
    let whole = |min: usize, max: usize| {
        trimmed
            .parse::<usize>()
            .ok()
            .filter(|n| (min..=max).contains(n))
    };
    let checked = match kind {
        FieldKind::Name | FieldKind::Text => {
            if kind
                .max_chars()
                .is_some_and(|max| value.chars().count() > max)
            {
                return Err(BadValue::TooLong);
            }
            return Ok(value.to_string());
        }
        FieldKind::Mode => {
            return if trimmed == VOTES_MODE {
                Ok(VOTES_MODE.to_string())
            } else {
                Err(BadValue::NotAnAnswer)
            };
        }
        FieldKind::Count => whole(0, 999).ok_or(BadValue::NotACount)?,
        FieldKind::Band => whole(0, BANDS - 1).ok_or(BadValue::NotAnAnswer)?,
        FieldKind::Percent => whole(0, 100)
            .filter(|n| failure_rates().any(|rate| usize::from(rate) == *n))
            .ok_or(BadValue::NotAnAnswer)?,
        FieldKind::Rating => whole(1, 5).ok_or(BadValue::NotARating)?,
        FieldKind::Scale => whole(0, 10).ok_or(BadValue::NotAnAnswer)?,
        FieldKind::Votes => {
            let votes = super::votes::parse(trimmed).ok_or(BadValue::NotVotes)?;
            let written: Vec<String> = votes.iter().map(u8::to_string).collect();
            return Ok(written.join(" "));
        }
        FieldKind::Date => {
            return if is_valid_date(trimmed) {
                Ok(trimmed.to_string())
            } else {
                Err(BadValue::NotADate)
            };
        }
    };
    Ok(checked.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_has_its_kind_and_others_have_none() {
        assert_eq!(kind("cast/dev"), Some(FieldKind::Name));
        assert_eq!(kind("cast/names"), Some(FieldKind::Text));
        assert_eq!(kind("pillars/mode"), Some(FieldKind::Mode));
        assert_eq!(kind("plan/2/owner"), Some(FieldKind::Name));
        assert_eq!(kind("hands/both"), Some(FieldKind::Count));
        assert_eq!(kind("dora/lead"), Some(FieldKind::Band));
        assert_eq!(kind("dora/failures"), Some(FieldKind::Percent));
        assert_eq!(kind("pillars/2/rating"), Some(FieldKind::Rating));
        assert_eq!(kind("pillars/3/votes"), Some(FieldKind::Votes));
        assert_eq!(kind("pillars/1/idea"), Some(FieldKind::Text));
        assert_eq!(kind("shifts/5"), Some(FieldKind::Scale));
        assert_eq!(kind("team/po"), Some(FieldKind::Name));
        assert_eq!(kind("plan/3/date"), Some(FieldKind::Date));
        assert_eq!(kind("plan/1/what"), Some(FieldKind::Text));
        for unknown in [
            "cast",
            "cast/cio",
            "shifts/6",
            "shifts/0",
            "pillars/4/rating",
            "plan/1/cost",
            "dora/x",
            "team/cio",
            "act/1",
        ] {
            assert_eq!(kind(unknown), None, "{unknown}");
        }
        assert!(FieldKind::Text.keeps_both() && FieldKind::Name.keeps_both());
        assert!(!FieldKind::Count.keeps_both() && !FieldKind::Scale.keeps_both());
    }

    #[test]
    fn a_count_is_a_whole_number_from_0_to_999() {
        assert_eq!(check("hands/praised", " 12 "), Ok("12".into()));
        assert_eq!(check("hands/praised", "0"), Ok("0".into()));
        assert_eq!(check("hands/praised", "999"), Ok("999".into()));
        for bad in ["1000", "-1", "2.5", "twelve", "1e3"] {
            assert_eq!(
                check("hands/praised", bad),
                Err(BadValue::NotACount),
                "{bad}"
            );
        }
        assert_eq!(check("hands/praised", "  "), Ok(String::new()), "cleared");
    }

    #[test]
    fn answers_ratings_scales_votes_and_dates_are_checked() {
        assert_eq!(check("dora/deploys", "5"), Ok("5".into()));
        assert_eq!(check("dora/deploys", "6"), Err(BadValue::NotAnAnswer));
        assert_eq!(check("dora/failures", "15"), Ok("15".into()));
        assert_eq!(check("dora/failures", "12"), Err(BadValue::NotAnAnswer));
        assert_eq!(check("pillars/1/rating", "0"), Err(BadValue::NotARating));
        assert_eq!(check("shifts/1", "10"), Ok("10".into()));
        assert_eq!(check("shifts/1", "11"), Err(BadValue::NotAnAnswer));
        assert_eq!(check("pillars/1/votes", "3, 4 5"), Ok("3 4 5".into()));
        assert_eq!(check("pillars/1/votes", "3 6"), Err(BadValue::NotVotes));
        assert_eq!(check("plan/1/date", "2026-13-01"), Err(BadValue::NotADate));
        assert_eq!(check("nope/1", "x"), Err(BadValue::UnknownField));
        assert_eq!(check("pillars/mode", "votes"), Ok("votes".into()));
        assert_eq!(check("pillars/mode", "poll"), Err(BadValue::NotAnAnswer));
    }

    #[test]
    fn free_text_is_kept_as_typed_within_its_limit() {
        assert_eq!(
            check("plan/1/what", " Pair with Ops "),
            Ok(" Pair with Ops ".into())
        );
        assert_eq!(
            check("cast/dev", &"n".repeat(MAX_NAME_CHARS + 1)),
            Err(BadValue::TooLong)
        );
        assert_eq!(
            check("cast/names", &"n ".repeat(MAX_TEXT_CHARS / 2)).map(|t| t.len()),
            Ok(MAX_TEXT_CHARS),
            "the list of names holds more than one name"
        );
        assert_eq!(
            check("pillars/1/idea", &"i".repeat(MAX_TEXT_CHARS + 1)),
            Err(BadValue::TooLong)
        );
        assert_eq!(
            kind("plan/2/owner").and_then(FieldKind::max_chars),
            Some(MAX_NAME_CHARS)
        );
        assert_eq!(kind("hands/both").and_then(FieldKind::max_chars), None);
    }
}
