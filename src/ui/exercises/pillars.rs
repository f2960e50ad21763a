//! The three pillars check: how the team rates, then each pillar's rating or votes and an
//! action idea, a step each; and the chart of the result.

use leptos::prelude::*;

use super::field::{ChoiceField, Control, Field};
use crate::content::PILLAR_NAMES;
use crate::exercises::pillars::{self, by_votes, Score, MODE_FIELD, PILLARS, VOTES_MODE};
use crate::exercises::Results;
use crate::i18n::{keys, text, text_with, Lang};
use crate::ui::context::{use_lang, use_notes};

/// How the team rates the pillars: one rating agreed on, or everyone's votes.
#[component]
pub fn PillarsMode() -> impl IntoView {
    let lang = use_lang().get_untracked();
    let t = move |key| text(lang, key);
    view! {
        <div class="exercise">
            <ChoiceField
                id=MODE_FIELD
                label=t(keys::exercises::pillars::MODE)
                options=vec![
                    (String::new(), t(keys::exercises::pillars::CONSENSUS).into()),
                    (VOTES_MODE.into(), t(keys::exercises::pillars::VOTES).into()),
                ]
            />
        </div>
    }
}

/// Pillar `n` (1 to 3): its rating, as the way of rating asks for it (a consensus from 1 to 5,
/// or everyone's votes), and an action idea.
#[component]
pub fn PillarQuestion(n: u8) -> impl IntoView {
    let notes = use_notes();
    let lang = use_lang().get_untracked();
    let name = text(lang, PILLAR_NAMES[usize::from(n.clamp(1, 3) - 1)]);
    let labelled = |key, part: &str| {
        (
            pillars::field(n, part),
            text_with(lang, key, &[("pillar", name)]),
        )
    };
    let (rating, rating_label) = labelled(keys::exercises::pillars::RATING_LABEL, "rating");
    let (votes, votes_label) = labelled(keys::exercises::pillars::VOTES_LABEL, "votes");
    let (idea, idea_label) = labelled(keys::exercises::pillars::IDEA_LABEL, "idea");
    let ratings = (1..=5_u8).map(|r| (r.to_string(), r.to_string())).collect();
    // Both ways of rating are there; the way chosen shows one (exercises.css).
    view! {
        <div
            class="exercise pillar-question"
            class:pillar-question--votes=move || notes.results.with(by_votes)
        >
            <ChoiceField id=rating label=rating_label options=ratings />
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
            view! { <line class="pillars-chart__tick" x1=x.clone() x2=x y1="0" y2="144"></line> }
        })
        .collect_view();
    // The scale's numbers are HTML under the plot, so that they have the stage's text size
    // whatever the plot's scale; each ends at its tick, a fifth of the width apart.
    let scale = (1..=5_u16)
        .map(|tick| view! { <span>{tick.to_string()}</span> })
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
        <div class="pillars-chart">
            <svg
                class="pillars-chart__plot"
                viewBox="0 0 500 144"
                preserveAspectRatio="none"
                role="img"
                aria-label=text(lang, keys::exercises::pillars::CHART)
                aria-describedby=described_by
            >
                {ticks}
                {bars}
            </svg>
            <div class="pillars-chart__scale" aria-hidden="true">
                {scale}
            </div>
        </div>
    }
}
