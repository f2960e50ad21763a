//! The DORA four keys check: one answer per metric, and the reading they come to.

use leptos::prelude::*;

use super::field::{Control, Field};
use crate::exercises::dora::{self, failure_rates, Level, Metric, SOURCE};
use crate::exercises::report::{band_answers, level_name, metric_name, metric_names};
use crate::i18n::{keys, text, text_with, Key, Lang};
use crate::ui::context::{use_lang, use_notes};

/// The four questions, then the reading, the scoring rule of the failure rate and the source.
#[component]
pub fn DoraCheck() -> impl IntoView {
    let notes = use_notes();
    let lang = use_lang().get_untracked();
    let questions = Metric::ALL
        .map(|metric| view! { <Question metric /> })
        .into_iter()
        .collect_view();
    view! {
        <div class="exercise dora">
            <div class="dora__questions">{questions}</div>
            <div class="dora__reading" role="status">
                {move || reading(&notes.results.with(dora::answered), lang)}
            </div>
            <p class="exercise__small">{text(lang, keys::exercises::dora::FAILURE_RULE)}</p>
            <p class="exercise__small">
                {text_with(lang, keys::exercises::dora::SOURCE, &[("source", SOURCE)])}
            </p>
        </div>
    }
}

#[component]
fn Question(metric: Metric) -> impl IntoView {
    let lang = use_lang().get_untracked();
    let choose = (
        String::new(),
        text(lang, keys::exercises::dora::CHOOSE).to_string(),
    );
    let answers: Vec<(String, String)> = match metric {
        Metric::ChangeFailureRate => failure_rates()
            .map(|rate| {
                let value = rate.to_string();
                let shown = text_with(lang, keys::exercises::dora::PERCENT, &[("percent", &value)]);
                (value, shown)
            })
            .collect(),
        _ => band_answers(metric)
            .iter()
            .enumerate()
            .map(|(band, key)| (band.to_string(), text(lang, *key).to_string()))
            .collect(),
    };
    let label = format!(
        "{} · {}",
        text(lang, metric_name(metric)),
        text(lang, question_of(metric))
    );
    view! {
        <Field
            id=metric.field()
            label
            control=Control::Choice(std::iter::once(choose).chain(answers).collect())
        />
    }
}

fn question_of(metric: Metric) -> Key {
    match metric {
        Metric::DeploymentFrequency => keys::exercises::dora::DEPLOYS_Q,
        Metric::LeadTime => keys::exercises::dora::LEAD_Q,
        Metric::ChangeFailureRate => keys::exercises::dora::FAILURES_Q,
        Metric::RecoveryTime => keys::exercises::dora::RECOVERY_Q,
    }
}

/// Each answered metric's level, the overall level and what holds the team back most.
fn reading(answered: &[(Metric, Level)], lang: Lang) -> AnyView {
    let Some(reading) = dora::reading(answered) else {
        return view! { <p>{text(lang, keys::exercises::dora::UNANSWERED)}</p> }.into_any();
    };
    let levels = answered
        .iter()
        .map(|(metric, level)| {
            view! {
                <li class=level_class(*level)>
                    {format!(
                        "{}: {}",
                        text(lang, metric_name(*metric)),
                        text(lang, level_name(*level)),
                    )}
                </li>
            }
        })
        .collect_view();
    view! {
        <ul class="dora__levels">{levels}</ul>
        <p class="dora__overall">
            {text_with(
                lang,
                keys::exercises::dora::OVERALL,
                &[("level", text(lang, level_name(reading.overall)))],
            )}
        </p>
        <p class="dora__holding">
            {text_with(
                lang,
                keys::exercises::dora::HOLDING_BACK,
                &[("metrics", &metric_names(&reading.holding_back, lang))],
            )}
        </p>
    }
    .into_any()
}

/// The class that colours a level.
pub fn level_class(level: Level) -> &'static str {
    match level {
        Level::Elite => "level level--elite",
        Level::High => "level level--high",
        Level::Medium => "level level--medium",
        Level::Low => "level level--low",
    }
}
