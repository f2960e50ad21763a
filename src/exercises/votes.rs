//! Individual votes of a rating from 1 to 5, and what they come to: the mean, the lowest and
//! the highest vote.

/// The most votes one rating holds: a large team, with room to spare.
pub const MAX_VOTES: usize = 60;

/// The votes in `text`: whole numbers from 1 to 5, separated by spaces or commas. `None` when
/// anything else is in it, or more than [`MAX_VOTES`].
pub fn parse(text: &str) -> Option<Vec<u8>> {
    let votes: Vec<u8> = text
        .split(|c: char| c.is_whitespace() || c == ',' || c == ';')
        .filter(|part| !part.is_empty())
        .map(|part| {
            part.parse::<usize>()
                .ok()
                .filter(|n| (1..=5).contains(n))
                .map(|n| n as u8)
        })
        .collect::<Option<_>>()?;
    (votes.len() <= MAX_VOTES).then_some(votes)
}

/// What a set of votes comes to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct VoteSummary {
    /// How many votes.
    pub count: usize,
    /// The mean in tenths, rounded half up: 34 is a mean of 3.4.
    pub mean_tenths: u16,
    /// The lowest vote.
    pub lowest: u8,
    /// The highest vote.
    pub highest: u8,
}

/// The summary of `votes`; `None` when there are none.
pub fn summarize(votes: &[u8]) -> Option<VoteSummary> {
    let lowest = *votes.iter().min()?;
    let highest = *votes.iter().max()?;
    let sum: usize = votes.iter().map(|v| usize::from(*v)).sum();
    // Rounded half up, in whole numbers: twice the tenths, halved upwards.
    let mean_tenths = (20 * sum / votes.len()).div_ceil(2);
    Some(VoteSummary {
        count: votes.len(),
        mean_tenths: u16::try_from(mean_tenths).unwrap_or(50),
        lowest,
        highest,
    })
}

/// A number of tenths as a decimal with one digit, with `separator` as the decimal mark:
/// `tenths(34, ',')` is `"3,4"`.
pub fn tenths(value: u16, separator: char) -> String {
    format!("{}{separator}{}", value / 10, value % 10)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn votes_are_whole_numbers_from_one_to_five() {
        assert_eq!(parse("3 4, 5;1"), Some(vec![3, 4, 5, 1]));
        assert_eq!(parse("  "), Some(vec![]));
        for bad in ["0", "6", "3.5", "three", "3 -1"] {
            assert_eq!(parse(bad), None, "{bad}");
        }
        assert_eq!(
            parse(&"3 ".repeat(MAX_VOTES)).map(|v| v.len()),
            Some(MAX_VOTES)
        );
        assert_eq!(parse(&"3 ".repeat(MAX_VOTES + 1)), None);
    }

    #[test]
    fn the_summary_has_the_mean_the_lowest_and_the_highest() {
        let s = summarize(&[3, 4, 4, 5]).expect("votes");
        assert_eq!((s.count, s.mean_tenths, s.lowest, s.highest), (4, 40, 3, 5));
        // 10 / 3 = 3.33… → 3.3; 11 / 3 = 3.66… → 3.7; 7 / 2 = 3.5 exactly.
        assert_eq!(summarize(&[3, 3, 4]).map(|s| s.mean_tenths), Some(33));
        assert_eq!(summarize(&[3, 4, 4]).map(|s| s.mean_tenths), Some(37));
        assert_eq!(summarize(&[3, 4]).map(|s| s.mean_tenths), Some(35));
        // 1.25 rounds half up to 1.3.
        assert_eq!(summarize(&[1, 1, 1, 2]).map(|s| s.mean_tenths), Some(13));
        let one = summarize(&[2]).expect("one vote");
        assert_eq!((one.mean_tenths, one.lowest, one.highest), (20, 2, 2));
        assert_eq!(summarize(&[]), None);
    }

    #[test]
    fn tenths_use_the_language_s_decimal_mark() {
        assert_eq!(tenths(34, '.'), "3.4");
        assert_eq!(tenths(50, ','), "5,0");
    }
}
