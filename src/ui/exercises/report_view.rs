//! An exercise's results as the summary screen and the printed handout show them: its
//! heading, its chart (the show of hands, the pillars) and its rows.

use super::hands::{bars, counts_of};
use super::pillars::{chart, scores_of};
use crate::content::Exercise;
use crate::exercises::report::Section;
use crate::exercises::Results;
use crate::i18n::Lang;
use crate::ui::dom_tree::{el, El};

/// `section`, with the chart of its exercise drawn from `results`. `id` names its rows, which
/// are the chart's text alternative.
pub fn section_view(section: &Section, results: &Results, lang: Lang, id: &'static str) -> El {
    // The bars of the show of hands are text already (each answer and its count), so they
    // stand for its rows; the pillars chart is a drawing, and its rows are its text.
    let visual = match section.exercise {
        Exercise::Hands => {
            return el("section")
                .class("report")
                .child(el("h2").class("report__heading").text(section.heading))
                .child(bars(&counts_of(results), lang));
        }
        Exercise::Pillars => Some(chart(&scores_of(results), lang, id)),
        _ => None,
    };
    el("section")
        .class(if visual.is_some() {
            "report report--chart"
        } else {
            "report"
        })
        .child(el("h2").class("report__heading").text(section.heading))
        .maybe(visual)
        .child(el("dl").attr("id", id).class("report__rows").children(
            section.rows.iter().flat_map(|row| {
                let class = if row.flagged {
                    "report__value report__value--flagged"
                } else {
                    "report__value"
                };
                [
                    el("dt").class("report__label").text(row.label.clone()),
                    el("dd").class(class).text(row.value.clone()),
                ]
            }),
        ))
}
