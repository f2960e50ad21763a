//! An exercise's results as the summary screen and the printed handout show them: its
//! heading, its chart (the show of hands, the pillars) and its rows.

use leptos::prelude::*;

use super::hands::{counts_of, Bars};
use super::pillars::{scores_of, PillarsChart};
use crate::content::Exercise;
use crate::exercises::report::Section;
use crate::exercises::Results;
use crate::i18n::Lang;

/// `section`, with the chart of its exercise drawn from `results`. `id` names its rows, which
/// are the chart's text alternative. Reads no context: the handout is mounted on its own.
#[component]
pub fn SectionView(
    section: Section,
    results: Results,
    lang: Lang,
    id: &'static str,
) -> impl IntoView {
    // The bars of the show of hands are text already (each answer and its count), so they
    // stand for its rows; the pillars chart is a drawing, and its rows are its text.
    if section.exercise == Exercise::Hands {
        return view! {
            <section class="report">
                <h2 class="report__heading">{section.heading}</h2>
                <Bars counts=counts_of(&results) lang />
            </section>
        }
        .into_any();
    }
    let chart = (section.exercise == Exercise::Pillars)
        .then(|| view! { <PillarsChart scores=scores_of(&results) lang described_by=id /> });
    let rows = section
        .rows
        .into_iter()
        .map(|row| {
            let class = if row.flagged {
                "report__value report__value--flagged"
            } else {
                "report__value"
            };
            view! {
                <dt class="report__label" class:report__detail=row.detail>
                    {row.label}
                </dt>
                <dd class=class class:report__detail=row.detail>
                    {row.value}
                </dd>
            }
        })
        .collect_view();
    let class = if chart.is_some() {
        "report report--chart"
    } else if section.exercise == Exercise::Team {
        // Eight roles: in two columns of pairs, so that the reading under them still fits.
        "report report--pairs"
    } else {
        "report"
    };
    view! {
        <section class=class>
            <h2 class="report__heading">{section.heading}</h2>
            {chart}
            <dl id=id class="report__rows">
                {rows}
            </dl>
        </section>
    }
    .into_any()
}
