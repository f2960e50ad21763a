//! The three pillars check: how the team rates, a rating or votes and an action idea per
//! pillar, and the chart of the result with its table.

use leptos::prelude::*;

use super::field::{Control, Field};
use crate::content::PILLAR_NAMES;
use crate::exercises::pillars::{self, by_votes, Score, MODE_FIELD, PILLARS, VOTES_MODE};
use crate::exercises::report::score_text;
use crate::exercises::Results;
use crate::i18n::{keys, text, text_with, Key, Lang};
use crate::ui::context::{use_lang, use_notes};

/// The check: the way of rating, a row per pillar, and the chart. Each pillar has a field
/// for a consensus and one for votes; the way of rating shows one of them.
#[component]
pub fn PillarsCheck() -> impl IntoView {
    let notes = use_notes();
    let lang = use_lang().get_untracked();
    let t = move |key| text(lang, key);
    let rows = PILLARS
        .into_iter()
        .zip(PILLAR_NAMES)
        .map(|(n, name)| view! { <PillarRow n name /> })
        .collect_view();
    view! {
        <div
            class="exercise pillars-check"
            class:pillars-check--votes=move || notes.results.with(by_votes)
        >
            <div class="pillars-check__form">
                <Field
                    id=MODE_FIELD
                    label=t(keys::exercises::pillars::MODE)
                    control=Control::Choice(
                        vec![
                            (String::new(), t(keys::exercises::pillars::CONSENSUS).into()),
                            (VOTES_MODE.into(), t(keys::exercises::pillars::VOTES).into()),
                        ],
                    )
                />
                {rows}
            </div>
            <div class="pillars-check__result">
                {move || {
                    let scores = notes.results.with(scores_of);
                    view! {
                        <PillarsChart scores lang described_by="pillars-table" />
                        <PillarsTable scores lang />
                    }
                }}
            </div>
        </div>
    }
}

#[component]
fn PillarRow(n: u8, name: Key) -> impl IntoView {
    let lang = use_lang().get_untracked();
    let name = text(lang, name);
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
    // First the consensus, then the votes: the way of rating shows one (exercises.css).
    view! {
        <div class="pillars-check__row">
            <Field id=rating label=rating_label control=Control::Choice(options) />
            <Field
                id=votes
                label=votes_label
                control=Control::Line
                hint=text(lang, keys::exercises::pillars::VOTES_HINT)
            />
            <Field id=idea label=idea_label control=Control::Line />
        </div>
    }
}

/// The three pillars' scores.
pub fn scores_of(results: &Results) -> [Score; 3] {
    PILLARS.map(|n| pillars::score(results, n))
}

/// The x of a rating in tenths on the chart: 100 units a point, so that 5 fills its width.
fn x_of(tenths: u16) -> u16 {
    tenths * 10
}

/// A bar chart: a bar per pillar as long as its rating (the mean of the votes), and for votes
/// a line from the lowest to the highest. The scale 1 to 5 is marked. `described_by` is the id
/// of the chart's text alternative.
#[component]
pub fn PillarsChart(scores: [Score; 3], lang: Lang, described_by: &'static str) -> impl IntoView {
    let ticks = (1..=5_u16)
        .map(|tick| {
            let x = x_of(tick * 10).min(499).to_string();
            view! {
                <line class="pillars-chart__tick" x1=x.clone() x2=x.clone() y1="0" y2="144"></line>
                <text class="pillars-chart__scale" x=x y="156">
                    {tick.to_string()}
                </text>
            }
        })
        .collect_view();
    let bars = scores
        .iter()
        .enumerate()
        .map(|(i, score)| {
            let y = 8 + 48 * i as u16;
            let bar = score.tenths().map(|tenths| {
                view! {
                    <rect
                        class="pillars-chart__bar"
                        x="0"
                        y=y.to_string()
                        height="28"
                        width=x_of(tenths).to_string()
                    ></rect>
                }
            });
            let range = match score {
                Score::Votes(votes) if votes.lowest != votes.highest => Some(view! {
                    <line
                        class="pillars-chart__range"
                        x1=x_of(u16::from(votes.lowest) * 10).to_string()
                        x2=x_of(u16::from(votes.highest) * 10).to_string()
                        y1=(y + 14).to_string()
                        y2=(y + 14).to_string()
                    ></line>
                }),
                _ => None,
            };
            view! {
                {bar}
                {range}
            }
        })
        .collect_view();
    view! {
        <svg
            class="pillars-chart"
            viewBox="0 0 500 156"
            role="img"
            aria-label=text(lang, keys::exercises::pillars::CHART)
            aria-describedby=described_by
        >
            {ticks}
            {bars}
        </svg>
    }
}

/// The chart's data: each pillar with its rating, or its mean, lowest and highest vote.
#[component]
fn PillarsTable(scores: [Score; 3], lang: Lang) -> impl IntoView {
    let t = move |key| text(lang, key);
    let rows = scores
        .iter()
        .zip(PILLAR_NAMES)
        .map(|(score, name)| {
            view! {
                <tr>
                    <th scope="row">{t(name)}</th>
                    <td>{score_text(*score, lang)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table id="pillars-table" class="pillars-table">
            <thead>
                <tr>
                    <th scope="col">{t(keys::exercises::pillars::PILLAR)}</th>
                    <th scope="col">{t(keys::exercises::pillars::RATING)}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}
