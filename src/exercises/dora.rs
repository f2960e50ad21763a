//! The DORA four keys check: the team's answers to the DORA Quick Check's four questions,
//! scored against the performance clusters of the DORA Accelerate State of DevOps Report 2024,
//! which uses the four original metrics.
//!
//! | level  | deployment frequency              | lead time          | change failure rate | recovery time      |
//! |--------|-----------------------------------|--------------------|---------------------|--------------------|
//! | elite  | on demand (several per day)       | less than a day    | 5%                  | less than an hour  |
//! | high   | once per day to once per week     | a day to a week    | 20%                 | less than a day    |
//! | medium | once per week to once per month   | a week to a month  | 10%                 | less than a day    |
//! | low    | once per month to once per 6 mo.  | one to six months  | 40%                 | a week to a month  |
//!
//! The Quick Check's answers are finer than the clusters; [`BAND_LEVELS`] maps each of them to
//! one level. Everything the scoring knows is in that table and in [`FAILURE_RATE_FIGURES`].

use std::fmt;

/// Where the thresholds come from, as the screen cites it.
pub const SOURCE: &str = "DORA, Accelerate State of DevOps Report 2024";

/// A performance level, best first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    /// The best cluster.
    Elite,
    /// The second.
    High,
    /// The third.
    Medium,
    /// The last.
    Low,
}

impl Level {
    /// Every level, best first.
    pub const ALL: [Level; 4] = [Level::Elite, Level::High, Level::Medium, Level::Low];
}

/// The four metrics, in the order the check asks them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Metric {
    /// How often the team deploys.
    DeploymentFrequency,
    /// From commit to running in production.
    LeadTime,
    /// The share of deployments that fail in production.
    ChangeFailureRate,
    /// From a failed deployment to service restored.
    RecoveryTime,
}

impl Metric {
    /// Every metric, in the order the check asks them.
    pub const ALL: [Metric; 4] = [
        Metric::DeploymentFrequency,
        Metric::LeadTime,
        Metric::ChangeFailureRate,
        Metric::RecoveryTime,
    ];

    /// The field id of the team's answer (see [`super::results`]).
    pub fn field(self) -> &'static str {
        match self {
            Metric::DeploymentFrequency => "dora/deploys",
            Metric::LeadTime => "dora/lead",
            Metric::ChangeFailureRate => "dora/failures",
            Metric::RecoveryTime => "dora/recovery",
        }
    }
}

/// How many answers the three band questions offer.
pub const BANDS: usize = 6;

/// The level of each answer of the three questions answered by a band, in the Quick Check's
/// order (slowest first). Deployment frequency: fewer than once per six months; once per month
/// to once every six months; once per week to once per month; once per day to once per week;
/// once per hour to once per day; on demand. Lead time and recovery time: more than six months;
/// one to six months; one week to one month; one day to one week; less than one day; less than
/// one hour.
///
/// - Deploys: on demand, and once per hour to once per day, are elite; the rest follow the
///   table; fewer than once per six months is low.
/// - Lead time: less than one hour and less than one day are elite; more than six months is low.
/// - Recovery: less than one hour is elite; less than one day is high, the better of the two
///   levels that share it; one day to one week is medium; a week or more is low.
pub const BAND_LEVELS: [(Metric, [Level; BANDS]); 3] = [
    (
        Metric::DeploymentFrequency,
        [
            Level::Low,
            Level::Low,
            Level::Medium,
            Level::High,
            Level::Elite,
            Level::Elite,
        ],
    ),
    (
        Metric::LeadTime,
        [
            Level::Low,
            Level::Low,
            Level::Medium,
            Level::High,
            Level::Elite,
            Level::Elite,
        ],
    ),
    (
        Metric::RecoveryTime,
        [
            Level::Low,
            Level::Low,
            Level::Low,
            Level::Medium,
            Level::High,
            Level::Elite,
        ],
    ),
];

/// Each level's change failure rate, in percent. It does not rise steadily across the levels:
/// medium's 10% is below high's 20%. So a rate is scored by the level whose figure is nearest,
/// and a tie goes to the better level.
pub const FAILURE_RATE_FIGURES: [(Level, u8); 4] = [
    (Level::Elite, 5),
    (Level::High, 20),
    (Level::Medium, 10),
    (Level::Low, 40),
];

/// The change failure rates the check offers: 0 to 100, in steps of 5.
pub fn failure_rates() -> impl Iterator<Item = u8> {
    (0..=100).step_by(5)
}

/// A team's answer to one metric.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    /// One of the [`BANDS`] answers, slowest first (not for the failure rate).
    Band(usize),
    /// A change failure rate in percent, 0 to 100 in steps of 5.
    Percent(u8),
}

/// An answer that is not one the check offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotAnAnswer;

impl fmt::Display for NotAnAnswer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not an answer of the DORA check")
    }
}

/// The level of `answer` to `metric`.
pub fn level(metric: Metric, answer: Answer) -> Result<Level, NotAnAnswer> {
    match (metric, answer) {
        (Metric::ChangeFailureRate, Answer::Percent(rate)) if rate <= 100 && rate % 5 == 0 => {
            Ok(failure_rate_level(rate))
        }
        (Metric::ChangeFailureRate, _) | (_, Answer::Percent(_)) => Err(NotAnAnswer),
        (metric, Answer::Band(band)) => BAND_LEVELS
            .iter()
            .find(|(m, _)| *m == metric)
            .and_then(|(_, levels)| levels.get(band).copied())
            .ok_or(NotAnAnswer),
    }
}

/// The level whose change failure rate is nearest `rate`; the better one on a tie.
fn failure_rate_level(rate: u8) -> Level {
    FAILURE_RATE_FIGURES
        .iter()
        .min_by_key(|(level, figure)| (rate.abs_diff(*figure), *level))
        .map_or(Level::Low, |(level, _)| *level)
}

/// What the team's answers come to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reading {
    /// Each answered metric's level, in the check's order.
    pub levels: Vec<(Metric, Level)>,
    /// The median level: with an even number of answers, the lower of the two middle ones.
    pub overall: Level,
    /// The metrics at the lowest level found: what holds the team back most.
    pub holding_back: Vec<Metric>,
}

/// The reading of `answers` (the metrics answered so far); `None` before any answer.
pub fn reading(answers: &[(Metric, Level)]) -> Option<Reading> {
    // The levels in order, best first, are counted rather than sorted: there are four.
    let count = |level: Level| answers.iter().filter(|(_, l)| *l == level).count();
    // Of an even count, the lower (worse) of the two middle ones: the one at index n / 2.
    let middle = answers.len() / 2;
    let mut seen = 0;
    let overall = Level::ALL.into_iter().find(|level| {
        seen += count(*level);
        seen > middle
    })?;
    let lowest = Level::ALL
        .into_iter()
        .rev()
        .find(|level| count(*level) > 0)?;
    Some(Reading {
        levels: answers.to_vec(),
        overall,
        holding_back: answers
            .iter()
            .filter(|(_, level)| *level == lowest)
            .map(|(metric, _)| *metric)
            .collect(),
    })
}

/// The level of each metric the team has answered in `results`, in the check's order.
pub fn answered(results: &super::Results) -> Vec<(Metric, Level)> {
    Metric::ALL
        .into_iter()
        .filter_map(|metric| {
            let value = super::results::number(results, metric.field())?;
            let answer = match metric {
                Metric::ChangeFailureRate => Answer::Percent(u8::try_from(value).ok()?),
                _ => Answer::Band(usize::from(value)),
            };
            Some((metric, level(metric, answer).ok()?))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use Level::{Elite, High, Low, Medium};

    #[test]
    fn every_deployment_frequency_answer_has_its_level() {
        let expected = [Low, Low, Medium, High, Elite, Elite];
        for (band, level_expected) in expected.into_iter().enumerate() {
            assert_eq!(
                level(Metric::DeploymentFrequency, Answer::Band(band)),
                Ok(level_expected),
                "band {band}"
            );
        }
    }

    #[test]
    fn every_lead_time_answer_has_its_level() {
        let expected = [Low, Low, Medium, High, Elite, Elite];
        for (band, level_expected) in expected.into_iter().enumerate() {
            assert_eq!(
                level(Metric::LeadTime, Answer::Band(band)),
                Ok(level_expected)
            );
        }
    }

    #[test]
    fn every_recovery_time_answer_has_its_level_and_less_than_a_day_is_high() {
        let expected = [Low, Low, Low, Medium, High, Elite];
        for (band, level_expected) in expected.into_iter().enumerate() {
            assert_eq!(
                level(Metric::RecoveryTime, Answer::Band(band)),
                Ok(level_expected)
            );
        }
    }

    #[test]
    fn every_failure_rate_goes_to_the_nearest_figure_and_a_tie_to_the_better_level() {
        let expected = |rate: u8| match rate {
            // 0 is nearer elite's 5 than medium's 10.
            0 | 5 => Elite,
            10 => Medium,
            // 15: medium's 10 and high's 20 are both 5 away: high, the better.
            15 | 20 | 25 => High,
            // 30: high's 20 and low's 40 are both 10 away: high.
            30 => High,
            _ => Low,
        };
        for rate in failure_rates() {
            assert_eq!(
                level(Metric::ChangeFailureRate, Answer::Percent(rate)),
                Ok(expected(rate)),
                "{rate}%"
            );
        }
        assert_eq!(failure_rates().count(), 21);
    }

    #[test]
    fn answers_the_check_does_not_offer_are_refused() {
        assert_eq!(
            level(Metric::LeadTime, Answer::Band(BANDS)),
            Err(NotAnAnswer)
        );
        assert_eq!(
            level(Metric::LeadTime, Answer::Percent(10)),
            Err(NotAnAnswer)
        );
        assert_eq!(
            level(Metric::ChangeFailureRate, Answer::Band(1)),
            Err(NotAnAnswer)
        );
        assert_eq!(
            level(Metric::ChangeFailureRate, Answer::Percent(7)),
            Err(NotAnAnswer)
        );
        assert_eq!(
            level(Metric::ChangeFailureRate, Answer::Percent(105)),
            Err(NotAnAnswer)
        );
    }

    fn of(levels: [Level; 4]) -> Vec<(Metric, Level)> {
        Metric::ALL.into_iter().zip(levels).collect()
    }

    #[test]
    fn the_overall_reading_is_the_median_and_a_two_two_split_reads_the_lower() {
        assert_eq!(
            reading(&of([Elite, Elite, High, Low])).map(|r| r.overall),
            Some(High)
        );
        assert_eq!(
            reading(&of([Elite, Elite, Low, Low])).map(|r| r.overall),
            Some(Low)
        );
        assert_eq!(
            reading(&of([High, High, Medium, Medium])).map(|r| r.overall),
            Some(Medium)
        );
        assert_eq!(
            reading(&of([Medium, Medium, Medium, Elite])).map(|r| r.overall),
            Some(Medium)
        );
        assert_eq!(
            reading(&of([Elite, High, Medium, Low])).map(|r| r.overall),
            Some(Medium)
        );
        // Three answers so far: the middle one.
        assert_eq!(
            reading(&of([Elite, High, Low, Low])[..3]).map(|r| r.overall),
            Some(High)
        );
        assert_eq!(reading(&[]), None);
    }

    #[test]
    fn the_team_s_answers_are_read_from_its_results() {
        let results = crate::exercises::results::from_pairs(&[
            ("dora/deploys", "5"),
            ("dora/lead", "3"),
            ("dora/failures", "15"),
            ("dora/recovery", "9"),
        ]);
        assert_eq!(
            answered(&results),
            [
                (Metric::DeploymentFrequency, Elite),
                (Metric::LeadTime, High),
                (Metric::ChangeFailureRate, High),
            ],
            "an answer the check does not offer is no answer"
        );
    }

    #[test]
    fn the_metrics_at_the_lowest_level_hold_the_team_back_most() {
        let r = reading(&of([High, Low, Elite, Low])).expect("answered");
        assert_eq!(r.holding_back, [Metric::LeadTime, Metric::RecoveryTime]);
        let r = reading(&of([Elite, Elite, Elite, Elite])).expect("answered");
        assert_eq!(r.holding_back.len(), 4, "all at one level: all named");
    }
}
