//! Every screen at a glance, and the shape of this session's run: the screens grouped into the
//! play and the deck, the current one marked, which have notes, which are left out of the run,
//! each one's time on the agenda, the workshop's length, and three presets.
//!
//! Built once when it opens; what changes while it is open (the run, the timeboxes, the
//! length) changes in place, so the keyboard focus stays where it is.

use crate::reactive::*;

use super::modal::modal;
use super::state::Controls;
use crate::browser::focus;
use crate::content::{screens, Part, Preset, Run, Screen};
use crate::i18n::{keys, text, text_with, Key, Lang};
use crate::route::Route;
use crate::timer::{Agenda, LENGTH_RANGE_MINUTES};
use crate::ui::command::Command;
use crate::ui::dom_tree::{button, el, El};
use crate::ui::NotesContext;

/// The overview overlay.
pub fn overview(
    lang: Lang,
    route: RwSignal<Route>,
    controls: Controls,
    notes: NotesContext,
    on_close: Command,
) -> El {
    let clock = controls.clock;
    let run = notes.run;
    let agenda = Memo::new(move |_| run.with(|run| clock.with(|clock| clock.agenda(run))));
    let items = OverviewItems {
        lang,
        route: route.get_untracked(),
        agenda,
        notes,
    };
    let grid = el("div")
        .class("overview")
        .on("keydown", |event| {
            focus::step_with_arrows(&event, ".overview__link")
        })
        .child(items.group(keys::app::PART_PLAY, &[Part::Opening, Part::Play]))
        .child(items.group(keys::app::PART_DECK, &[Part::Deck]))
        .child(items.group(keys::app::PART_CLOSE, &[Part::Close]));
    modal(
        text(lang, keys::controls::OVERVIEW_TITLE),
        "overview",
        lang,
        on_close,
        [run_settings(lang, controls, notes, agenda), grid],
    )
}

/// The presets, the workshop's length, and what the run comes to.
fn run_settings(lang: Lang, controls: Controls, notes: NotesContext, agenda: Memo<Agenda>) -> El {
    let run = notes.run;
    let clock = controls.clock;
    let (shortest, longest) = LENGTH_RANGE_MINUTES;
    let set_length = move |event: web_sys::Event| {
        if let Ok(minutes) = event_target_value(&event).trim().parse::<u32>() {
            controls.update_clock(|clock, _| clock.set_total_minutes(minutes));
        }
    };
    let preset_button = move |preset: Preset, label: Key| {
        button("overview__preset", text(lang, label))
            .live_attr("aria-pressed", move || {
                let minutes = clock.with(|c| c.total_minutes);
                run.with(|run| Preset::matching(run, minutes) == Some(preset))
                    .to_string()
            })
            .on("click", move |_| {
                notes.set_run(preset.run());
                if let Some(minutes) = preset.minutes() {
                    controls.update_clock(|clock, _| clock.set_total_minutes(minutes));
                }
            })
    };
    el("div")
        .class("overview__run")
        .child(
            el("div")
                .class("overview__presets")
                .attr("role", "group")
                .attr("aria-label", text(lang, keys::controls::PRESETS))
                .child(preset_button(Preset::Full, keys::controls::PRESET_FULL))
                .child(preset_button(Preset::PlayOnly, keys::controls::PRESET_PLAY))
                .child(preset_button(
                    Preset::SixtyMinutes,
                    keys::controls::PRESET_HOUR,
                )),
        )
        .child(
            el("div")
                .class("overview__length")
                .child(
                    el("label")
                        .attr("for", "workshop-length")
                        .text(text(lang, keys::controls::OVERVIEW_LENGTH)),
                )
                .child(
                    el("input")
                        .attr("id", "workshop-length")
                        .attr("type", "number")
                        .attr("inputmode", "numeric")
                        .attr("min", shortest.to_string())
                        .attr("max", longest.to_string())
                        .attr("step", "5")
                        .live_value(move || clock.with(|c| c.total_minutes).to_string())
                        .on("change", set_length)
                        .attr("aria-describedby", "workshop-length-hint"),
                ),
        )
        .child(
            el("p")
                .attr("id", "workshop-length-hint")
                .class("overview__summary")
                .attr("aria-live", "polite")
                .live_text(move || {
                    let count = run.with(Run::len).to_string();
                    let total = crate::content::ScreenId::ORDER.len().to_string();
                    let minutes = agenda.get().total_minutes().to_string();
                    text_with(
                        lang,
                        keys::controls::RUN_SUMMARY,
                        &[("count", &count), ("total", &total), ("minutes", &minutes)],
                    )
                }),
        )
}

/// What the overview's lists are drawn from.
struct OverviewItems {
    lang: Lang,
    /// Where the window is: the current screen, and the mode its links keep.
    route: Route,
    agenda: Memo<Agenda>,
    notes: NotesContext,
}

impl OverviewItems {
    /// The group headed `heading`: the screens of `parts`.
    fn group(&self, heading: Key, parts: &[Part]) -> El {
        el("section")
            .class("overview__group")
            .child(
                el("h3")
                    .class("overview__heading")
                    .text(text(self.lang, heading)),
            )
            .child(
                el("ol").class("overview__grid").children(
                    screens()
                        .filter(|s| parts.contains(&s.part))
                        .map(|s| self.item(s)),
                ),
            )
    }

    /// One screen: whether it is in the run, its number, title, time on the agenda, whether it
    /// has notes and whether it is shown now.
    fn item(&self, screen: &'static Screen) -> El {
        let lang = self.lang;
        let id = screen.id;
        let (agenda, notes) = (self.agenda, self.notes);
        let in_run = move || notes.run.with(|run| run.includes(id));
        let is_current = self.route.screen() == Some(id);
        // Untracked: the overlay is not redrawn under the user's hands when a note is saved.
        let has_notes = screen
            .notes_id()
            .is_some_and(|id| untrack(|| !notes.note(id).trim().is_empty()));
        let title = text(lang, screen.title);
        let meta = el("span")
            .class("overview__meta")
            .child(el("span").class("overview__timebox").live_text(move || {
                if in_run() {
                    let minutes = agenda.get().budget_ms(id).div_ceil(60_000).to_string();
                    text_with(lang, keys::controls::MINUTES, &[("minutes", &minutes)])
                } else {
                    text(lang, keys::controls::RUN_LEFT_OUT).to_string()
                }
            }))
            .maybe(has_notes.then(|| {
                el("span")
                    .class("overview__notes")
                    .text(text(lang, keys::controls::OVERVIEW_HAS_NOTES))
            }))
            .maybe(is_current.then(|| {
                el("span")
                    .class("overview__here")
                    .text(text(lang, keys::controls::OVERVIEW_CURRENT))
            }));
        let mut link = el("a")
            .class("overview__link")
            .attr("href", self.route.with_screen(lang, id));
        if is_current {
            link = link.attr("aria-current", "page");
        }
        let link = link
            .child(
                el("span")
                    .class("overview__number")
                    .text((id.position() + 1).to_string()),
            )
            .child(el("span").class("overview__title").text(title))
            .maybe(
                screen
                    .subtitle
                    .map(|key| el("span").class("overview__subtitle").text(text(lang, key))),
            )
            .child(meta);
        let toggle = el("input")
            .attr("type", "checkbox")
            .class("overview__include")
            .attr(
                "aria-label",
                text_with(lang, keys::controls::RUN_INCLUDE, &[("screen", title)]),
            )
            .attr("title", text(lang, keys::controls::RUN_IN))
            .live_checked(in_run)
            .on("change", move |event| {
                notes.set_in_run(id, event_target_checked(&event));
            });
        el("li")
            .class(if is_current {
                "overview__item overview__item--current"
            } else {
                "overview__item"
            })
            .live_class("overview__item--out", move || !in_run())
            .child(toggle)
            .child(link)
    }
}
