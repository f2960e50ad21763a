//! The DORA four keys check: one question per step, each answered with large choices (a
//! slider for the failure rate, with how it is scored), then the reading and its source.

use leptos::prelude::*;

use super::field::ChoiceField;
use super::slider::Slider;
use crate::exercises::dora::{Metric, SOURCE};
use crate::exercises::report::{band_answers, metric_name};
use crate::i18n::{keys, text, text_with, Key};
use crate::ui::context::use_lang;

/// The question of `metric`, with its answers.
#[component]
pub fn DoraQuestion(metric: Metric) -> impl IntoView {
    let lang = use_lang().get_untracked();
    let name = text(lang, metric_name(metric));
    let label = format!("{name} · {}", text(lang, question_of(metric)));
    if metric == Metric::ChangeFailureRate {
        return view! {
            <div class="exercise dora-question">
                <p class="field__label">{label.clone()}</p>
                <Slider
                    id=metric.field()
                    label
                    clear_label=text_with(
                        lang,
                        keys::exercises::dora::CLEAR_LABEL,
                        &[("metric", name)],
                    )
                    max=100
                    step=5
                />
                <p class="dora-question__rule">{text(lang, keys::exercises::dora::FAILURE_RULE)}</p>
            </div>
        }
        .into_any();
    }
    let options = band_answers(metric)
        .iter()
        .enumerate()
        .map(|(band, key)| (band.to_string(), text(lang, *key).to_string()))
        .collect();
    view! {
        <div class="exercise dora-question">
            <ChoiceField id=metric.field() label options />
        </div>
    }
    .into_any()
}

fn question_of(metric: Metric) -> Key {
    match metric {
        Metric::DeploymentFrequency => keys::exercises::dora::DEPLOYS_Q,
        Metric::LeadTime => keys::exercises::dora::LEAD_Q,
        Metric::ChangeFailureRate => keys::exercises::dora::FAILURES_Q,
        Metric::RecoveryTime => keys::exercises::dora::RECOVERY_Q,
    }
}

/// Under the reading: where the levels come from.
#[component]
pub fn DoraSource() -> impl IntoView {
    let lang = use_lang().get_untracked();
    view! {
        <p class="exercise__small">
            {text_with(lang, keys::exercises::dora::SOURCE, &[("source", SOURCE)])}
        </p>
    }
}
