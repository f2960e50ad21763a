//! Every screen at a glance: grouped into the play and the deck, the current one marked, which
//! have notes, each one's time on the agenda, and the workshop's length.

use leptos::prelude::*;

use super::modal::modal;
use super::state::Controls;
use crate::browser::focus;
use crate::content::{screens, Part, Screen};
use crate::i18n::{keys, text, text_with, Key, Lang};
use crate::route::Route;
use crate::timer::{Agenda, LENGTH_RANGE_MINUTES};
use crate::ui::command::Command;
use crate::ui::dom_tree::{el, El};
use crate::ui::NotesContext;

/// The overview overlay.
pub fn overview(
    lang: Lang,
    route: RwSignal<Route>,
    controls: Controls,
    notes: NotesContext,
    on_close: Command,
) -> El {
    // Redrawn only when the timeboxes change (the workshop's length), not when the clock
    // runs, pauses or resumes: a redraw would take the keyboard focus away.
    let clock = controls.clock;
    let agenda = Memo::new(move |_| clock.with(|clock| clock.agenda()));
    let groups = move |agenda: &Agenda| {
        let items = OverviewItems {
            lang,
            route: route.get_untracked(),
            agenda: *agenda,
            notes,
        };
        vec![
            items.group(keys::app::PART_PLAY, &[Part::Opening, Part::Play]),
            items.group(keys::app::PART_DECK, &[Part::Deck]),
        ]
    };
    let (shortest, longest) = LENGTH_RANGE_MINUTES;
    let set_length = move |event: web_sys::Event| {
        if let Ok(minutes) = event_target_value(&event).trim().parse::<u32>() {
            controls.update_clock(|clock, _| clock.set_total_minutes(minutes));
        }
    };
    let grid = el("div")
        .class("overview")
        .on("keydown", |event| {
            focus::step_with_arrows(&event, ".overview__link")
        })
        .live_view(agenda, groups);
    let length = el("div")
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
                .live_value(move || controls.clock.with(|c| c.total_minutes).to_string())
                .on("change", set_length)
                .attr("aria-describedby", "workshop-length-hint"),
        )
        .child(
            el("p")
                .attr("id", "workshop-length-hint")
                .class("modal__hint")
                .text(text(lang, keys::controls::OVERVIEW_LENGTH_HINT)),
        );
    modal(
        text(lang, keys::controls::OVERVIEW_TITLE),
        "overview",
        lang,
        on_close,
        [grid, length],
    )
}

/// What the overview's lists are drawn from.
struct OverviewItems {
    lang: Lang,
    /// Where the window is: the current screen, and the mode its links keep.
    route: Route,
    agenda: Agenda,
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

    /// One screen: its number, title, timebox, whether it has notes and whether it is shown.
    fn item(&self, screen: &Screen) -> El {
        let lang = self.lang;
        let is_current = self.route.screen() == Some(screen.id);
        // Untracked: the overlay must not be rebuilt under the user's hands when a note is saved.
        let has_notes = |id: &str| untrack(|| !self.notes.note(id).trim().is_empty());
        let minutes = self
            .agenda
            .budget_ms(screen.id)
            .div_ceil(60_000)
            .to_string();
        let meta = el("span")
            .class("overview__meta")
            .child(el("span").class("overview__timebox").text(text_with(
                lang,
                keys::controls::MINUTES,
                &[("minutes", &minutes)],
            )))
            .maybe(screen.notes_id().filter(|id| has_notes(id)).map(|_| {
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
            .attr("href", self.route.with_screen(lang, screen.id));
        if is_current {
            link = link.attr("aria-current", "page");
        }
        let link = link
            .child(
                el("span")
                    .class("overview__number")
                    .text((screen.id.position() + 1).to_string()),
            )
            .child(
                el("span")
                    .class("overview__title")
                    .text(text(lang, screen.title)),
            )
            .maybe(
                screen
                    .subtitle
                    .map(|key| el("span").class("overview__subtitle").text(text(lang, key))),
            )
            .child(meta);
        el("li")
            .class(if is_current {
                "overview__item overview__item--current"
            } else {
                "overview__item"
            })
            .child(link)
    }
}
