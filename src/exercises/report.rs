//! The exercises' results in words: a section per exercise with a row per answer, in a
//! language. The Markdown export, the summary screen and the printed handout all show these
//! rows, so each tells the same.

use super::cast;
use super::dora::{self, Level, Metric};
use super::fields::{kind, FieldKind, HAND_FIELDS};
use super::pillars::{self, Score, MODE_FIELD, PILLARS, VOTES_MODE};
use super::plan::{self, Problem, EXPERIMENTS};
use super::results::{text as field_text, Results};
use super::team::{self, ROLES};
use super::votes::tenths;
use crate::content::{Actor, Exercise, ScreenId, Slide, PILLAR_NAMES, SHIFT_PAIRS};
use crate::i18n::{keys, text, text_with, Key, Lang};

/// One exercise's results.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    /// Which exercise.
    pub exercise: Exercise,
    /// Its heading.
    pub heading: &'static str,
    /// Its answers, in order.
    pub rows: Vec<Row>,
}

/// One answer: what was asked, and what the team entered or what it comes to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// What the row is about.
    pub label: String,
    /// The answer; [`not done`](keys::exercises::summary::NOT_DONE) when there is none.
    pub value: String,
    /// Worth the team's attention: a role nobody fills, what holds the team back most.
    pub flagged: bool,
    /// A detail under an answer (a pillar's action idea): the room's result step leaves it to
    /// the summary and the exports.
    pub detail: bool,
}

fn row(label: impl Into<String>, value: impl Into<String>) -> Row {
    Row {
        label: label.into(),
        value: value.into(),
        flagged: false,
        detail: false,
    }
}

/// The exercises in the order the workshop runs them.
pub const EXERCISES: [Exercise; 7] = [
    Exercise::Cast,
    Exercise::Hands,
    Exercise::Shifts,
    Exercise::Dora,
    Exercise::Pillars,
    Exercise::Team,
    Exercise::Plan,
];

/// Every exercise's section, in the workshop's order.
pub fn sections(results: &Results, lang: Lang, today: &str) -> Vec<Section> {
    EXERCISES
        .into_iter()
        .map(|exercise| section(exercise, results, lang, today))
        .collect()
}

/// The section of `exercise`. `today` (`YYYY-MM-DD`) tells which plan dates have passed.
pub fn section(exercise: Exercise, results: &Results, lang: Lang, today: &str) -> Section {
    let t = |key| text(lang, key);
    let or_not_done = |value: &str| {
        if value.trim().is_empty() {
            t(keys::exercises::summary::NOT_DONE).to_string()
        } else {
            value.to_string()
        }
    };
    let (heading, rows) = match exercise {
        Exercise::Cast => (
            keys::exercises::cast::HEADING,
            Actor::ALL
                .iter()
                .map(|actor| {
                    row(
                        t(actor_name(*actor)),
                        or_not_done(field_text(results, cast::field(*actor))),
                    )
                })
                .collect(),
        ),
        Exercise::Hands => (
            keys::exercises::hands::CHART,
            HAND_FIELDS
                .iter()
                .zip(HAND_NAMES)
                .map(|(id, name)| row(t(name), or_not_done(field_text(results, id))))
                .collect(),
        ),
        Exercise::Shifts => (
            keys::deck::shifts::TITLE,
            SHIFT_PAIRS
                .iter()
                .enumerate()
                .map(|(i, (from, to))| {
                    let id = format!("shifts/{}", i + 1);
                    row(
                        format!("{} → {}", t(*from), t(*to)),
                        shown_value(&id, field_text(results, &id), lang),
                    )
                })
                .collect(),
        ),
        Exercise::Dora => (keys::deck::dora::TITLE, dora_rows(results, lang)),
        Exercise::Pillars => (keys::deck::pillars_check::TITLE, pillar_rows(results, lang)),
        Exercise::Team => (keys::deck::team::TITLE, team_rows(results, lang)),
        Exercise::Plan => (keys::close::plan::TITLE, plan_rows(results, lang, today)),
        Exercise::Summary => (keys::close::summary::TITLE, Vec::new()),
    };
    Section {
        exercise,
        heading: t(heading),
        rows,
    }
}

/// The names of the show of hands' answers, in the order of [`HAND_FIELDS`].
pub const HAND_NAMES: [Key; 4] = [
    keys::exercises::hands::PRAISED,
    keys::exercises::hands::BLAMED,
    keys::exercises::hands::BOTH,
    keys::exercises::hands::NEITHER,
];

/// An actor's name in the play.
pub fn actor_name(actor: Actor) -> Key {
    match actor {
        Actor::Business => keys::cast::BUSINESS_NAME,
        Actor::Dev => keys::cast::DEV_NAME,
        Actor::Ops => keys::cast::OPS_NAME,
        Actor::Users => keys::cast::USERS_NAME,
    }
}

/// A metric's name.
pub fn metric_name(metric: Metric) -> Key {
    match metric {
        Metric::DeploymentFrequency => keys::exercises::dora::DEPLOYS,
        Metric::LeadTime => keys::exercises::dora::LEAD,
        Metric::ChangeFailureRate => keys::exercises::dora::FAILURES,
        Metric::RecoveryTime => keys::exercises::dora::RECOVERY,
    }
}

/// A level's name.
pub fn level_name(level: Level) -> Key {
    match level {
        Level::Elite => keys::exercises::dora::ELITE,
        Level::High => keys::exercises::dora::HIGH,
        Level::Medium => keys::exercises::dora::MEDIUM,
        Level::Low => keys::exercises::dora::LOW,
    }
}

/// The answers offered for a band question, slowest first.
pub fn band_answers(metric: Metric) -> [Key; dora::BANDS] {
    use keys::exercises::dora as k;
    match metric {
        Metric::DeploymentFrequency => [
            k::DEPLOYS_0,
            k::DEPLOYS_1,
            k::DEPLOYS_2,
            k::DEPLOYS_3,
            k::DEPLOYS_4,
            k::DEPLOYS_5,
        ],
        _ => [
            k::TIME_0,
            k::TIME_1,
            k::TIME_2,
            k::TIME_3,
            k::TIME_4,
            k::TIME_5,
        ],
    }
}

/// The names of several metrics, joined.
pub fn metric_names(metrics: &[Metric], lang: Lang) -> String {
    let names: Vec<&str> = metrics
        .iter()
        .map(|m| text(lang, metric_name(*m)))
        .collect();
    names.join(", ")
}

fn dora_rows(results: &Results, lang: Lang) -> Vec<Row> {
    let t = |key| text(lang, key);
    let answered = dora::answered(results);
    let reading = dora::reading(&answered);
    let mut rows: Vec<Row> = Metric::ALL
        .iter()
        .map(|metric| {
            let value = field_text(results, metric.field());
            let level = answered.iter().find(|(m, _)| m == metric).map(|(_, l)| *l);
            let value = match level {
                Some(level) => format!(
                    "{} · {}",
                    shown_value(metric.field(), value, lang),
                    t(level_name(level))
                ),
                None => t(keys::exercises::summary::NOT_DONE).to_string(),
            };
            Row {
                flagged: reading
                    .as_ref()
                    .is_some_and(|r| answered.len() > 1 && r.holding_back.contains(metric)),
                ..row(t(metric_name(*metric)), value)
            }
        })
        .collect();
    if let Some(reading) = reading {
        rows.push(row(
            t(keys::exercises::dora::OVERALL_LABEL),
            t(level_name(reading.overall)),
        ));
        rows.push(Row {
            flagged: true,
            ..row(
                t(keys::exercises::dora::HOLDING_LABEL),
                metric_names(&reading.holding_back, lang),
            )
        });
    }
    rows
}

/// A pillar's score in words: "4 of 5", or the mean with the lowest and highest vote.
pub fn score_text(score: Score, lang: Lang) -> String {
    let t = |key| text(lang, key);
    match score {
        Score::Unrated => t(keys::exercises::pillars::UNRATED).to_string(),
        Score::Consensus(rating) => text_with(
            lang,
            keys::exercises::pillars::RATED,
            &[("rating", &rating.to_string())],
        ),
        Score::Votes(summary) => format!(
            "{} ({} {}, {} {})",
            text_with(
                lang,
                keys::exercises::pillars::RATED,
                &[("rating", &tenths(summary.mean_tenths, decimal_mark(lang)))]
            ),
            t(keys::exercises::pillars::LOWEST),
            summary.lowest,
            t(keys::exercises::pillars::HIGHEST),
            summary.highest
        ),
    }
}

/// The decimal mark of `lang`.
pub fn decimal_mark(lang: Lang) -> char {
    match lang {
        Lang::En => '.',
        Lang::Nl | Lang::Fr => ',',
    }
}

fn pillar_rows(results: &Results, lang: Lang) -> Vec<Row> {
    let t = |key| text(lang, key);
    let mut rows = vec![row(
        t(keys::exercises::pillars::MODE),
        shown_value(MODE_FIELD, field_text(results, MODE_FIELD), lang),
    )];
    for (n, name) in PILLARS.into_iter().zip(PILLAR_NAMES) {
        rows.push(row(t(name), score_text(pillars::score(results, n), lang)));
        let idea = field_text(results, &pillars::field(n, "idea"));
        if !idea.trim().is_empty() {
            rows.push(Row {
                detail: true,
                ..row(
                    format!("{} · {}", t(name), t(keys::exercises::pillars::IDEA)),
                    idea,
                )
            });
        }
    }
    rows
}

fn team_rows(results: &Results, lang: Lang) -> Vec<Row> {
    let t = |key| text(lang, key);
    let mut rows: Vec<Row> = ROLES
        .iter()
        .map(|role| {
            let filled = team::is_filled(results, role);
            Row {
                flagged: !filled,
                ..row(
                    t(role.name),
                    if filled {
                        field_text(results, role.field).to_string()
                    } else {
                        "—".to_string()
                    },
                )
            }
        })
        .collect();
    rows.push(row(String::new(), team_reading(results, lang)));
    rows
}

/// What the canvas says: the roles nobody fills, and whether operations is inside the team.
pub fn team_reading(results: &Results, lang: Lang) -> String {
    let open = team::unfilled(results);
    let unfilled = if open.is_empty() {
        text(lang, keys::exercises::team::ALL_FILLED).to_string()
    } else {
        let names: Vec<&str> = open.iter().map(|role| text(lang, role.name)).collect();
        text_with(
            lang,
            keys::exercises::team::UNFILLED,
            &[("roles", &names.join(", "))],
        )
    };
    let operations = text(
        lang,
        if team::operations_inside(results) {
            keys::exercises::team::OPS_INSIDE
        } else {
            keys::exercises::team::OPS_OUTSIDE
        },
    );
    format!("{unfilled} {operations}")
}

fn plan_rows(results: &Results, lang: Lang, today: &str) -> Vec<Row> {
    let rows: Vec<Row> = EXPERIMENTS
        .into_iter()
        .filter_map(|n| {
            let part = |name: &str| field_text(results, &plan::field(n, name)).trim();
            let (what, owner, date) = (part("what"), part("owner"), part("date"));
            if what.is_empty() && owner.is_empty() && date.is_empty() {
                return None;
            }
            let value: Vec<&str> = [what, owner, date]
                .into_iter()
                .filter(|part| !part.is_empty())
                .collect();
            // What is wrong with it says so in words, not only in the row's colour.
            let problems = plan::problems(results, n, today);
            let mut shown = value.join(" · ");
            for problem in &problems {
                shown.push_str(" — ");
                shown.push_str(&problem_text(lang, n, *problem, results));
            }
            Some(Row {
                flagged: !problems.is_empty(),
                ..row(
                    text_with(
                        lang,
                        keys::exercises::plan::EXPERIMENT,
                        &[("n", &n.to_string())],
                    ),
                    shown,
                )
            })
        })
        .collect();
    if rows.is_empty() {
        vec![row(String::new(), text(lang, keys::exercises::plan::EMPTY))]
    } else {
        rows
    }
}

/// What is wrong with experiment `n`, in words.
pub fn problem_text(lang: Lang, n: u8, problem: Problem, results: &Results) -> String {
    let number = n.to_string();
    match problem {
        Problem::NoWhat => text_with(lang, keys::exercises::plan::NO_WHAT, &[("n", &number)]),
        Problem::PastDate => text_with(
            lang,
            keys::exercises::plan::PAST,
            &[
                ("n", &number),
                ("date", field_text(results, &plan::field(n, "date"))),
            ],
        ),
    }
}

/// The screen where field `id` is entered.
pub fn screen_of(id: &str) -> ScreenId {
    match id.split('/').next() {
        Some("cast") => ScreenId::Cast,
        Some("hands") => ScreenId::Slide(Slide::Quote),
        Some("shifts") => ScreenId::Slide(Slide::Shifts),
        Some("dora") => ScreenId::Slide(Slide::DoraCheck),
        Some("pillars") => ScreenId::Slide(Slide::PillarsCheck),
        Some("team") => ScreenId::Slide(Slide::TeamComposition),
        _ => ScreenId::Plan,
    }
}

/// A stored value as the team reads it: an answer's words, "7 of 10", "15%".
pub fn shown_value(id: &str, value: &str, lang: Lang) -> String {
    let t = |key| text(lang, key);
    if value.is_empty() {
        return match kind(id) {
            Some(FieldKind::Scale) => t(keys::exercises::shifts::UNSET),
            Some(FieldKind::Rating) => t(keys::exercises::pillars::UNRATED),
            Some(FieldKind::Mode) => t(keys::exercises::pillars::CONSENSUS),
            Some(FieldKind::Band | FieldKind::Percent) => t(keys::exercises::dora::UNSET),
            _ => t(keys::exercises::replaced::EMPTY),
        }
        .to_string();
    }
    match kind(id) {
        Some(FieldKind::Band) => Metric::ALL
            .into_iter()
            .find(|m| m.field() == id)
            .zip(value.parse::<usize>().ok())
            .and_then(|(metric, band)| band_answers(metric).get(band).copied())
            .map_or_else(|| value.to_string(), |key| t(key).to_string()),
        Some(FieldKind::Percent) => {
            text_with(lang, keys::exercises::dora::PERCENT, &[("percent", value)])
        }
        Some(FieldKind::Scale) => {
            text_with(lang, keys::exercises::shifts::VALUE, &[("value", value)])
        }
        Some(FieldKind::Rating) => {
            text_with(lang, keys::exercises::pillars::RATED, &[("rating", value)])
        }
        Some(FieldKind::Mode) if value == VOTES_MODE => {
            t(keys::exercises::pillars::VOTES).to_string()
        }
        _ => value.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercises::results::from_pairs as results;

    fn values(section: &Section) -> Vec<&str> {
        section.rows.iter().map(|r| r.value.as_str()).collect()
    }

    #[test]
    fn every_exercise_has_a_section_with_rows_even_before_it_is_done() {
        for lang in Lang::ALL {
            let all = sections(&Results::new(), lang, "2026-12-01");
            assert_eq!(all.len(), EXERCISES.len());
            for section in &all {
                assert!(!section.rows.is_empty(), "{:?}", section.exercise);
                assert!(!section.heading.is_empty());
            }
        }
    }

    #[test]
    fn answers_read_as_words_in_the_language() {
        let r = results(&[
            ("cast/dev", "Ann, Bo"),
            ("hands/blamed", "7"),
            ("shifts/2", "3"),
            ("dora/deploys", "5"),
            ("dora/failures", "15"),
        ]);
        let cast = section(Exercise::Cast, &r, Lang::En, "");
        assert_eq!(values(&cast)[1], "Ann, Bo");
        assert_eq!(
            values(&cast)[0],
            text(Lang::En, keys::exercises::summary::NOT_DONE)
        );
        assert_eq!(values(&section(Exercise::Hands, &r, Lang::En, ""))[1], "7");
        assert_eq!(
            values(&section(Exercise::Shifts, &r, Lang::Nl, ""))[1],
            "3 van 10"
        );
        let dora = section(Exercise::Dora, &r, Lang::En, "");
        assert_eq!(
            dora.rows[0].value,
            "On demand (several deploys per day) · Elite"
        );
        assert_eq!(dora.rows[2].value, "15% · High");
        assert_eq!(
            dora.rows[4].value, "High",
            "the overall reading: lower of the two"
        );
        assert_eq!(
            dora.rows[5].value,
            text(Lang::En, keys::exercises::dora::FAILURES)
        );
        assert!(dora.rows[2].flagged && !dora.rows[0].flagged);
    }

    #[test]
    fn pillars_read_a_consensus_or_votes_with_the_language_s_decimal_mark() {
        let r = results(&[("pillars/1/rating", "4"), ("pillars/2/idea", "Demo weekly")]);
        let rows = section(Exercise::Pillars, &r, Lang::En, "").rows;
        assert_eq!(rows[1].value, "4 of 5");
        assert!(rows.iter().any(|row| row.value == "Demo weekly"));
        let r = results(&[(MODE_FIELD, VOTES_MODE), ("pillars/1/votes", "2 3 5")]);
        let rows = section(Exercise::Pillars, &r, Lang::Fr, "").rows;
        assert_eq!(rows[1].value, "3,3 sur 5 (Plus basse 2, Plus haute 5)");
    }

    #[test]
    fn the_team_flags_the_roles_nobody_fills_and_reads_where_operations_sits() {
        let r = results(&[("team/po", "Ann"), ("team/technical", "Dee")]);
        let rows = section(Exercise::Team, &r, Lang::En, "").rows;
        assert!(!rows[0].flagged && rows[1].flagged);
        let reading = &rows.last().expect("reading").value;
        assert!(
            reading.contains(text(Lang::En, keys::exercises::team::OPS_INSIDE)),
            "{reading}"
        );
        assert!(reading.contains(text(Lang::En, keys::deck::team::SCRUM_MASTER)));
    }

    #[test]
    fn the_plan_lists_its_experiments_and_flags_those_with_a_problem() {
        let r = results(&[
            ("plan/1/what", "Pair with Ops"),
            ("plan/1/owner", "Ann"),
            ("plan/1/date", "2027-01-15"),
            ("plan/3/owner", "Bo"),
        ]);
        let rows = section(Exercise::Plan, &r, Lang::En, "2026-12-01").rows;
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].value, "Pair with Ops · Ann · 2027-01-15");
        assert!(
            !rows[0].flagged && rows[1].flagged,
            "experiment 3 has no what"
        );
        assert_eq!(
            rows[1].value,
            format!("Bo — {}", problem_text(Lang::En, 3, Problem::NoWhat, &r)),
            "the problem is said in words"
        );
        let late = section(Exercise::Plan, &r, Lang::Fr, "2027-02-01").rows;
        assert!(
            late[0].flagged && late[0].value.contains("2027-01-15 —"),
            "{}",
            late[0].value
        );
    }

    #[test]
    fn every_field_is_entered_on_the_screen_of_its_exercise() {
        use crate::content::screen;
        for (id, exercise) in [
            ("cast/dev", Exercise::Cast),
            ("hands/both", Exercise::Hands),
            ("dora/lead", Exercise::Dora),
            ("pillars/2/votes", Exercise::Pillars),
            ("team/ux", Exercise::Team),
            ("plan/3/date", Exercise::Plan),
        ] {
            let shown = screen(screen_of(id));
            let on_it = shown
                .blocks()
                .any(|block| *block == crate::content::Block::Exercise(exercise));
            assert!(on_it, "{id}");
        }
        assert_eq!(screen_of("shifts/4"), ScreenId::Slide(Slide::Shifts));
        assert_eq!(
            shown_value("dora/lead", "5", Lang::En),
            "Less than one hour"
        );
        assert_eq!(shown_value("hands/both", "", Lang::En), "nothing");
    }
}
