//! The three pillars check: how the team rates, a rating or votes and an action idea per
//! pillar, and the chart of the result with its table.

use crate::reactive::*;

use super::field::{field, hinted_field, Control};
use crate::content::PILLAR_NAMES;
use crate::exercises::pillars::{self, by_votes, Score, MODE_FIELD, PILLARS, VOTES_MODE};
use crate::exercises::report::score_text;
use crate::exercises::Results;
use crate::i18n::{keys, text, text_with, Lang};
use crate::ui::dom_tree::{el, svg, El};
use crate::ui::NotesContext;

/// The check: the way of rating, a row per pillar, and the chart. Each pillar has a field
/// for a consensus and one for votes; the way of rating shows one of them.
pub fn pillars_check(notes: NotesContext, lang: Lang) -> El {
    let t = move |key| text(lang, key);
    el("div")
        .class("exercise pillars-check")
        .live_class("pillars-check--votes", move || notes.results.with(by_votes))
        .child(
            el("div")
                .class("pillars-check__form")
                .child(field(
                    notes,
                    lang,
                    MODE_FIELD,
                    t(keys::exercises::pillars::MODE),
                    Control::Choice(vec![
                        (String::new(), t(keys::exercises::pillars::CONSENSUS).into()),
                        (VOTES_MODE.into(), t(keys::exercises::pillars::VOTES).into()),
                    ]),
                ))
                .children(
                    PILLARS
                        .into_iter()
                        .zip(PILLAR_NAMES)
                        .map(|(n, name)| pillar_row(notes, lang, n, t(name))),
                ),
        )
        .child(
            el("div")
                .class("pillars-check__result")
                .live_view(notes.results, move |results| {
                    chart_and_table(&scores_of(results), lang)
                }),
        )
}

fn pillar_row(notes: NotesContext, lang: Lang, n: u8, name: &str) -> El {
    let options = std::iter::once((String::new(), "–".to_string()))
        .chain((1..=5).map(|r: u8| (r.to_string(), r.to_string())))
        .collect();
    let labelled = |key, part: &str| {
        (
            pillars::field(n, part),
            text_with(lang, key, &[("pillar", name)]),
        )
    };
    let (rating, rating_label) = labelled(keys::exercises::pillars::RATING_LABEL, "rating");
    let (votes, votes_label) = labelled(keys::exercises::pillars::VOTES_LABEL, "votes");
    let (idea, idea_label) = labelled(keys::exercises::pillars::IDEA_LABEL, "idea");
    el("div")
        .class("pillars-check__row")
        // First the consensus, then the votes: the way of rating shows one (exercises.css).
        .child(field(
            notes,
            lang,
            &rating,
            &rating_label,
            Control::Choice(options),
        ))
        .child(hinted_field(
            notes,
            lang,
            &votes,
            &votes_label,
            Control::Line,
            text(lang, keys::exercises::pillars::VOTES_HINT),
        ))
        .child(field(notes, lang, &idea, &idea_label, Control::Line))
}

/// The three pillars' scores.
pub fn scores_of(results: &Results) -> [Score; 3] {
    PILLARS.map(|n| pillars::score(results, n))
}

/// The chart, then the table that is its text alternative.
pub fn chart_and_table(scores: &[Score; 3], lang: Lang) -> Vec<El> {
    vec![chart(scores, lang, "pillars-table"), table(scores, lang)]
}

/// The x of a rating in tenths on the chart: 100 units a point, so that 5 fills its width.
fn x_of(tenths: u16) -> u16 {
    tenths * 10
}

/// A bar chart: a bar per pillar as long as its rating (the mean of the votes), and for votes
/// a line from the lowest to the highest. The scale 1 to 5 is marked.
/// `described_by` is the id of the chart's text alternative.
pub fn chart(scores: &[Score; 3], lang: Lang, described_by: &'static str) -> El {
    let mut chart = svg("svg")
        .class("pillars-chart")
        .attr("viewBox", "0 0 500 156")
        .attr("role", "img")
        .attr("aria-label", text(lang, keys::exercises::pillars::CHART))
        .attr("aria-describedby", described_by);
    for tick in 1..=5_u16 {
        let x = x_of(tick * 10).min(499).to_string();
        chart = chart
            .child(
                svg("line")
                    .class("pillars-chart__tick")
                    .attr("x1", x.clone())
                    .attr("x2", x.clone())
                    .attr("y1", "0")
                    .attr("y2", "144"),
            )
            .child(
                svg("text")
                    .class("pillars-chart__scale")
                    .attr("x", x)
                    .attr("y", "156")
                    .text(tick.to_string()),
            );
    }
    for (i, score) in scores.iter().enumerate() {
        let y = 8 + 48 * i as u16;
        let bar = score.tenths().map(|tenths| {
            svg("rect")
                .class("pillars-chart__bar")
                .attr("x", "0")
                .attr("y", y.to_string())
                .attr("height", "28")
                .attr("width", x_of(tenths).to_string())
        });
        let range = match score {
            Score::Votes(votes) if votes.lowest != votes.highest => Some(
                svg("line")
                    .class("pillars-chart__range")
                    .attr("x1", x_of(u16::from(votes.lowest) * 10).to_string())
                    .attr("x2", x_of(u16::from(votes.highest) * 10).to_string())
                    .attr("y1", (y + 14).to_string())
                    .attr("y2", (y + 14).to_string()),
            ),
            _ => None,
        };
        chart = chart.maybe(bar).maybe(range);
    }
    chart
}

/// The chart's data: each pillar with its rating, or its mean, lowest and highest vote.
fn table(scores: &[Score; 3], lang: Lang) -> El {
    let t = move |key| text(lang, key);
    let head = el("tr").children(
        [
            keys::exercises::pillars::PILLAR,
            keys::exercises::pillars::RATING,
        ]
        .map(|key| el("th").attr("scope", "col").text(t(key))),
    );
    el("table")
        .attr("id", "pillars-table")
        .class("pillars-table")
        .child(el("thead").child(head))
        .child(
            el("tbody").children(scores.iter().zip(PILLAR_NAMES).map(|(score, name)| {
                el("tr")
                    .child(el("th").attr("scope", "row").text(t(name)))
                    .child(el("td").text(score_text(*score, lang)))
            })),
        )
}
