//! The DORA four keys check: one answer per metric, and the reading they come to.

use super::field::{field, Control};
use crate::exercises::dora::{self, failure_rates, Level, Metric, SOURCE};
use crate::exercises::report::{band_answers, level_name, metric_name, metric_names};
use crate::i18n::{keys, text, text_with, Key, Lang};
use crate::ui::dom_tree::{el, El};
use crate::ui::NotesContext;

/// The four questions, then the reading, the scoring rule of the failure rate and the source.
pub fn dora_check(notes: NotesContext, lang: Lang) -> El {
    el("div")
        .class("exercise dora")
        .child(
            el("div")
                .class("dora__questions")
                .children(Metric::ALL.map(|metric| question(notes, lang, metric))),
        )
        .child(
            el("div")
                .class("dora__reading")
                .attr("role", "status")
                .live_view(notes.results, move |results| {
                    reading(&dora::answered(results), lang)
                }),
        )
        .child(
            el("p")
                .class("exercise__small")
                .text(text(lang, keys::exercises::dora::FAILURE_RULE)),
        )
        .child(el("p").class("exercise__small").text(text_with(
            lang,
            keys::exercises::dora::SOURCE,
            &[("source", SOURCE)],
        )))
}

fn question(notes: NotesContext, lang: Lang, metric: Metric) -> El {
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
    field(
        notes,
        lang,
        metric.field(),
        &label,
        Control::Choice(std::iter::once(choose).chain(answers).collect()),
    )
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
fn reading(answered: &[(Metric, Level)], lang: Lang) -> Vec<El> {
    let Some(reading) = dora::reading(answered) else {
        return vec![el("p").text(text(lang, keys::exercises::dora::UNANSWERED))];
    };
    let levels = el("ul")
        .class("dora__levels")
        .children(answered.iter().map(|(metric, level)| {
            el("li").class(level_class(*level)).text(format!(
                "{}: {}",
                text(lang, metric_name(*metric)),
                text(lang, level_name(*level))
            ))
        }));
    vec![
        levels,
        el("p").class("dora__overall").text(text_with(
            lang,
            keys::exercises::dora::OVERALL,
            &[("level", text(lang, level_name(reading.overall)))],
        )),
        el("p").class("dora__holding").text(text_with(
            lang,
            keys::exercises::dora::HOLDING_BACK,
            &[("metrics", &metric_names(&reading.holding_back, lang))],
        )),
    ]
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
