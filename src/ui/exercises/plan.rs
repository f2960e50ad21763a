//! The action plan, "What we will try": up to three experiments with what, owner and date,
//! what is wrong with each, and the quick picks that fill one in.

use crate::reactive::*;

use super::field::{field, Control};
use crate::browser::clock::today_iso;
use crate::content::screens;
use crate::exercises::dora;
use crate::exercises::plan::{self, Pick, EXPERIMENTS};
use crate::exercises::report::{metric_name, problem_text};
use crate::i18n::{keys, text, text_with, Lang};
use crate::notes::Session;
use crate::ui::dom_tree::{button, el, El};
use crate::ui::NotesContext;

/// The three experiments, then the quick picks.
pub fn action_plan(notes: NotesContext, lang: Lang) -> El {
    let today = today_iso();
    el("div")
        .class("exercise plan")
        .child(
            el("ol")
                .class("plan__experiments")
                .children(EXPERIMENTS.map(|n| experiment(notes, lang, n, today.clone()))),
        )
        .child(quick_picks(notes, lang))
}

fn experiment(notes: NotesContext, lang: Lang, n: u8, today: String) -> El {
    let number = n.to_string();
    let heading = text_with(lang, keys::exercises::plan::EXPERIMENT, &[("n", &number)]);
    let t = move |key| text(lang, key);
    el("li")
        .class("plan__experiment")
        .child(el("h2").class("plan__heading").text(heading))
        .child(field(
            notes,
            lang,
            &plan::field(n, "what"),
            t(keys::exercises::plan::WHAT),
            Control::Lines,
        ))
        .child(field(
            notes,
            lang,
            &plan::field(n, "owner"),
            t(keys::exercises::plan::OWNER),
            Control::Line,
        ))
        .child(field(
            notes,
            lang,
            &plan::field(n, "date"),
            t(keys::exercises::plan::DATE),
            Control::Date,
        ))
        .child(
            // One text, touched only when it changes: an alert redrawn at each keystroke in
            // the fields above would be read out again each time.
            el("p")
                .class("field__error plan__problems")
                .attr("role", "alert")
                .live_text(move || {
                    notes.results.with(|results| {
                        let problems = plan::problems(results, n, &today).into_iter();
                        let messages: Vec<String> = problems
                            .map(|problem| problem_text(lang, n, problem, results))
                            .collect();
                        messages.join(" ")
                    })
                }),
        )
}

/// The quick picks: the pillars' action ideas, the DORA metric that holds the team back
/// most, and every line of the team's notes, in one list; the pick goes into the first
/// experiment without a "what".
fn quick_picks(notes: NotesContext, lang: Lang) -> El {
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
    el("div")
        .class("plan__picks")
        .child(
            el("label")
                .attr("for", "plan-picks")
                .class("field__label")
                .text(text(lang, keys::exercises::plan::PICKS)),
        )
        .live_run(move || {
            chosen.set(None);
            vec![el("select")
                .attr("id", "plan-picks")
                .class("field__control")
                .child(
                    el("option")
                        .attr("value", "")
                        .text(text(lang, keys::exercises::plan::PICK_NONE)),
                )
                .children(pick_groups(&picks(), lang))
                .on("change", move |event| {
                    chosen.set(Some(event_target_value(&event)))
                })]
        })
        .child(
            button("button", text(lang, keys::exercises::plan::PICK_ADD)).on("click", move |_| {
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
            }),
        )
        .child(
            el("p")
                .class("field__error")
                .attr("role", "alert")
                .live_text(move || message.get().unwrap_or_default()),
        )
}

/// The picks in their three groups, each option's value its place in `picks`.
fn pick_groups(picks: &[Pick], lang: Lang) -> Vec<El> {
    let mut groups: Vec<(usize, El)> = Vec::new();
    for (i, pick) in picks.iter().enumerate() {
        let group = match pick {
            Pick::PillarIdea(..) => 0,
            Pick::Dora(_) => 1,
            Pick::Note(..) => 2,
        };
        if groups.last().is_none_or(|(last, _)| *last != group) {
            let label = [
                keys::exercises::plan::PICKS_IDEAS,
                keys::exercises::plan::PICKS_DORA,
                keys::exercises::plan::PICKS_NOTES,
            ][group];
            groups.push((group, el("optgroup").attr("label", text(lang, label))));
        }
        if let Some((_, optgroup)) = groups.pop() {
            let option = el("option")
                .attr("value", i.to_string())
                .text(pick_text(pick, lang));
            groups.push((group, optgroup.child(option)));
        }
    }
    groups.into_iter().map(|(_, optgroup)| optgroup).collect()
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
