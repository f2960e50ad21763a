//! Every screen at a glance, and the shape of this session's run: the screens grouped into the
//! play and the deck, the current one marked, which have notes, which are left out of the run,
//! each one's time on the agenda, the workshop's length, and three presets.
//!
//! Built once when it opens; what changes while it is open (the run, the timeboxes, the
//! length) changes in place, so the keyboard focus stays where it is.

use leptos::prelude::*;

use super::modal::Modal;
use crate::browser::focus;
use crate::content::{screens, Part, Preset, Run, Screen, ScreenId};
use crate::i18n::{keys, text, text_with, Key};
use crate::timer::{Agenda, LENGTH_RANGE_MINUTES};
use crate::ui::context::{use_controls, use_lang, use_notes};

/// The overview overlay.
#[component]
pub fn Overview() -> impl IntoView {
    let (controls, notes) = (use_controls(), use_notes());
    let lang = use_lang().get_untracked();
    let clock = controls.clock;
    let run = notes.run;
    let agenda = Memo::new(move |_| run.with(|run| clock.with(|clock| clock.agenda(run))));
    view! {
        <Modal title=text(lang, keys::controls::OVERVIEW_TITLE).to_string() id="overview">
            <RunSettings agenda />
            <div
                class="overview"
                on:keydown=|event| focus::step_with_arrows(&event, ".overview__link")
            >
                <OverviewGroup
                    heading=keys::app::PART_PLAY
                    parts=&[Part::Opening, Part::Play]
                    agenda
                />
                <OverviewGroup heading=keys::app::PART_DECK parts=&[Part::Deck] agenda />
                <OverviewGroup heading=keys::app::PART_CLOSE parts=&[Part::Close] agenda />
            </div>
        </Modal>
    }
}

/// The presets, the workshop's length, and what the run comes to.
#[component]
fn RunSettings(agenda: Memo<Agenda>) -> impl IntoView {
    let (controls, notes) = (use_controls(), use_notes());
    let lang = use_lang().get_untracked();
    let run = notes.run;
    let clock = controls.clock;
    let (shortest, longest) = LENGTH_RANGE_MINUTES;
    let set_length = move |event: leptos::ev::Event| {
        if let Ok(minutes) = event_target_value(&event).trim().parse::<u32>() {
            controls.update_clock(|clock, _| clock.set_total_minutes(minutes));
        }
    };
    let preset_button = move |preset: Preset, label: Key| {
        let pressed = move || {
            let minutes = clock.with(|c| c.total_minutes);
            run.with(|run| Preset::matching(run, minutes) == Some(preset))
                .to_string()
        };
        let choose = move |_| {
            notes.set_run(preset.run());
            if let Some(minutes) = preset.minutes() {
                controls.update_clock(|clock, _| clock.set_total_minutes(minutes));
            }
        };
        view! {
            <button type="button" class="overview__preset" aria-pressed=pressed on:click=choose>
                {text(lang, label)}
            </button>
        }
    };
    let summary = move || {
        let count = run.with(Run::len).to_string();
        let total = ScreenId::ORDER.len().to_string();
        let minutes = agenda.get().total_minutes().to_string();
        text_with(
            lang,
            keys::controls::RUN_SUMMARY,
            &[("count", &count), ("total", &total), ("minutes", &minutes)],
        )
    };
    view! {
        <div class="overview__run">
            <div
                class="overview__presets"
                role="group"
                aria-label=text(lang, keys::controls::PRESETS)
            >
                {preset_button(Preset::Full, keys::controls::PRESET_FULL)}
                {preset_button(Preset::PlayOnly, keys::controls::PRESET_PLAY)}
                {preset_button(Preset::SixtyMinutes, keys::controls::PRESET_HOUR)}
            </div>
            <div class="overview__length">
                <label for="workshop-length">{text(lang, keys::controls::OVERVIEW_LENGTH)}</label>
                <input
                    id="workshop-length"
                    type="number"
                    inputmode="numeric"
                    min=shortest.to_string()
                    max=longest.to_string()
                    step="5"
                    prop:value=move || clock.with(|c| c.total_minutes).to_string()
                    on:change=set_length
                    aria-describedby="workshop-length-hint"
                />
            </div>
            <p id="workshop-length-hint" class="overview__summary" aria-live="polite">
                {summary}
            </p>
        </div>
    }
}

/// The group headed `heading`: the screens of `parts`.
#[component]
fn OverviewGroup(heading: Key, parts: &'static [Part], agenda: Memo<Agenda>) -> impl IntoView {
    let lang = use_lang().get_untracked();
    let items = screens()
        .filter(|s| parts.contains(&s.part))
        .map(|screen| view! { <OverviewItem screen agenda /> })
        .collect_view();
    view! {
        <section class="overview__group">
            <h3 class="overview__heading">{text(lang, heading)}</h3>
            <ol class="overview__grid">{items}</ol>
        </section>
    }
}

/// One screen: whether it is in the run, its number, title, time on the agenda, whether it
/// has notes and whether it is shown now.
#[component]
fn OverviewItem(screen: &'static Screen, agenda: Memo<Agenda>) -> impl IntoView {
    let notes = use_notes();
    let lang = use_lang().get_untracked();
    let route = crate::ui::context::use_route().get_untracked();
    let id = screen.id;
    let in_run = move || notes.run.with(|run| run.includes(id));
    let is_current = route.screen() == Some(id);
    // Untracked: the overlay is not redrawn under the user's hands when a note is saved.
    let has_notes = screen
        .notes_id()
        .is_some_and(|id| untrack(|| !notes.note(id).trim().is_empty()));
    let title = text(lang, screen.title);
    let timebox = move || {
        if in_run() {
            let minutes = agenda.get().budget_ms(id).div_ceil(60_000).to_string();
            text_with(lang, keys::controls::MINUTES, &[("minutes", &minutes)])
        } else {
            text(lang, keys::controls::RUN_LEFT_OUT).to_string()
        }
    };
    view! {
        <li
            class=if is_current {
                "overview__item overview__item--current"
            } else {
                "overview__item"
            }
            class:overview__item--out=move || !in_run()
        >
            <input
                type="checkbox"
                class="overview__include"
                aria-label=text_with(lang, keys::controls::RUN_INCLUDE, &[("screen", title)])
                title=text(lang, keys::controls::RUN_IN)
                prop:checked=in_run
                on:change=move |event| notes.set_in_run(id, event_target_checked(&event))
            />
            <a
                class="overview__link"
                href=route.with_screen(lang, id)
                aria-current=is_current.then_some("page")
            >
                <span class="overview__number">{(id.position() + 1).to_string()}</span>
                <span class="overview__title">{title}</span>
                {screen
                    .subtitle
                    .map(|key| view! { <span class="overview__subtitle">{text(lang, key)}</span> })}
                <span class="overview__meta">
                    <span class="overview__timebox">{timebox}</span>
                    {has_notes
                        .then(|| {
                            view! {
                                <span class="overview__notes">
                                    {text(lang, keys::controls::OVERVIEW_HAS_NOTES)}
                                </span>
                            }
                        })}
                    {is_current
                        .then(|| {
                            view! {
                                <span class="overview__here">
                                    {text(lang, keys::controls::OVERVIEW_CURRENT)}
                                </span>
                            }
                        })}
                </span>
            </a>
        </li>
    }
}
