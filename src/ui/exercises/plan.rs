//! The action plan, "What we will try": up to three experiments with what, owner and date,
//! a step each, what is wrong with each, and the quick picks that fill one in.

use leptos::prelude::*;

use super::field::{Control, Field, FieldProblem};
use crate::browser::clock::today_iso;
use crate::content::screens;
use crate::exercises::dora;
use crate::exercises::plan::{self, Pick, Problem};
use crate::exercises::report::{metric_name, problem_text};
use crate::i18n::{keys, text, text_with, Lang};
use crate::notes::Session;
use crate::ui::action_button::TextButton;
use crate::ui::context::{use_lang, use_notes};

/// Experiment `n` (1 to 3): what, who and by when, and what is wrong with it.
#[component]
pub fn ExperimentQuestion(n: u8) -> impl IntoView {
    let notes = use_notes();
    let lang = use_lang().get_untracked();
    let today = today_iso();
    let t = move |key| text(lang, key);
    let heading = text_with(
        lang,
        keys::exercises::plan::EXPERIMENT,
        &[("n", &n.to_string())],
    );
    let problems = move || {
        notes
            .results
            .with(|results| plan::problems(results, n, &today))
    };
    let message_id = format!("plan-{n}-problems");
    let flagged = |problem: Problem| {
        let problems = problems.clone();
        FieldProblem {
            flagged: Box::new(move || problems().contains(&problem)),
            message_id: message_id.clone(),
        }
    };
    // One text node, touched only when its words change: an alert redrawn at each keystroke
    // in the fields above would be read out again each time.
    let messages = {
        let problems = problems.clone();
        move || {
            let problems = problems();
            notes.results.with(|results| {
                problems
                    .iter()
                    .map(|problem| problem_text(lang, n, *problem, results))
                    .collect::<Vec<_>>()
                    .join(" ")
            })
        }
    };
    view! {
        <div class="exercise plan__experiment">
            <h2 class="plan__heading">{heading}</h2>
            <Field
                id=plan::field(n, "what")
                label=t(keys::exercises::plan::WHAT)
                control=Control::Lines
                problem=flagged(Problem::NoWhat)
            />
            <Field
                id=plan::field(n, "owner")
                label=t(keys::exercises::plan::OWNER)
                control=Control::Line
            />
            <Field
                id=plan::field(n, "date")
                label=t(keys::exercises::plan::DATE)
                control=Control::Date
                problem=flagged(Problem::PastDate)
            />
            <p id=format!("plan-{n}-problems") class="field__error plan__problems" role="alert">
                {messages}
            </p>
        </div>
    }
}

/// The quick picks: the pillars' action ideas, the DORA metric that holds the team back
/// most, and every line of the team's notes, in one list; the pick goes into the first
/// experiment without a "what".
#[component]
pub fn QuickPicks() -> impl IntoView {
    let notes = use_notes();
    let lang = use_lang().get_untracked();
    let picks = move || {
        notes.store.with(|store| {
            let empty = Session::default();
            let session = store.current().unwrap_or(&empty);
            let holding_back = dora::reading(&dora::answered(&session.results))
                .map(|r| r.holding_back)
                .unwrap_or_default();
            let notes =
                screens().filter_map(|s| Some((s.notes_id()?, session.note(s.notes_id()?))));
            plan::picks(&session.results, &holding_back, notes)
        })
    };
    let chosen = RwSignal::new(None::<String>);
    let message = RwSignal::new(None::<String>);
    let add = move |_| {
        let index = chosen.get_untracked().and_then(|i| i.parse::<usize>().ok());
        let Some(pick) = index.and_then(|i| untrack(picks).get(i).cloned()) else {
            return;
        };
        match notes.results.with_untracked(plan::first_open) {
            Some(n) => {
                let _ = notes.enter(&plan::field(n, "what"), &pick_text(&pick, lang));
                message.set(None);
            }
            None => message.set(Some(text(lang, keys::exercises::plan::FULL).to_string())),
        }
    };
    // Rebuilt when what the picks come from changes: what was chosen among the old ones is
    // forgotten.
    let select = move || {
        let picks = picks();
        chosen.set(None);
        view! {
            <select
                id="plan-picks"
                class="field__control"
                on:change=move |event| chosen.set(Some(event_target_value(&event)))
            >
                <option value="">{text(lang, keys::exercises::plan::PICK_NONE)}</option>
                {pick_groups(&picks, lang)}
            </select>
        }
    };
    view! {
        <div class="plan__picks">
            <label for="plan-picks" class="field__label">
                {text(lang, keys::exercises::plan::PICKS)}
            </label>
            {select}
            <TextButton label=text(lang, keys::exercises::plan::PICK_ADD) class="button" on_click=add />
            <p class="field__error" role="alert">
                {move || message.get().unwrap_or_default()}
            </p>
        </div>
    }
}

/// The picks in their three groups, each option's value its place in `picks`.
fn pick_groups(picks: &[Pick], lang: Lang) -> impl IntoView {
    let mut groups: Vec<(usize, Vec<(usize, String)>)> = Vec::new();
    for (i, pick) in picks.iter().enumerate() {
        let group = match pick {
            Pick::PillarIdea(..) => 0,
            Pick::Dora(_) => 1,
            Pick::Note(..) => 2,
        };
        if groups.last().is_none_or(|(last, _)| *last != group) {
            groups.push((group, Vec::new()));
        }
        if let Some((_, options)) = groups.last_mut() {
            options.push((i, pick_text(pick, lang)));
        }
    }
    groups
        .into_iter()
        .map(|(group, options)| {
            let label = [
                keys::exercises::plan::PICKS_IDEAS,
                keys::exercises::plan::PICKS_DORA,
                keys::exercises::plan::PICKS_NOTES,
            ][group];
            let options = options
                .into_iter()
                .map(|(i, shown)| view! { <option value=i.to_string()>{shown}</option> })
                .collect_view();
            view! { <optgroup label=text(lang, label)>{options}</optgroup> }
        })
        .collect_view()
}

/// What a pick puts in the plan.
pub fn pick_text(pick: &Pick, lang: Lang) -> String {
    match pick {
        Pick::PillarIdea(_, idea) => idea.clone(),
        Pick::Dora(metric) => text_with(
            lang,
            keys::exercises::plan::IMPROVE,
            &[("metric", text(lang, metric_name(*metric)))],
        ),
        Pick::Note(_, line) => line.clone(),
    }
}
