//! The presenter's private screen: what the room sees, what comes next, the questions, the
//! notes and the timers. It runs in a second window paired with the projector's.

use leptos::prelude::*;

use super::state::Controls;
use super::timer_panel::timer_panel;
use crate::content::{screen, ScreenId};
use crate::i18n::{keys, text, Lang};
use crate::ui::dom_tree::{el, El};
use crate::ui::screen_view::{part_label, screen_view};
use crate::ui::NotesContext;

/// The presenter view of `current`.
pub fn presenter_view(
    current: ScreenId,
    lang: Lang,
    controls: Controls,
    notes: NotesContext,
) -> El {
    let next = current
        .next()
        .map(|id| {
            let next = screen(id);
            vec![
                el("p")
                    .class("presenter__part")
                    .text(text(lang, part_label(next.part))),
                el("p")
                    .class("presenter__next-title")
                    .attr("data-testid", "presenter-next")
                    .text(text(lang, next.title)),
            ]
            .into_iter()
            .chain(next.subtitle.map(|key| {
                el("p")
                    .class("presenter__next-subtitle")
                    .text(text(lang, key))
            }))
            .collect::<Vec<_>>()
        })
        .unwrap_or_else(|| vec![el("p").text(text(lang, keys::controls::PRESENTER_END))]);
    el("div")
        .class("presenter")
        .child(
            el("section")
                .class("presenter__now")
                .attr("aria-labelledby", "presenter-now-label")
                .child(
                    el("p")
                        .attr("id", "presenter-now-label")
                        .class("presenter__label")
                        .text(text(lang, keys::controls::PRESENTER_NOW)),
                )
                .live_part(move || {
                    controls.blackout.get().then(|| {
                        el("p")
                            .class("presenter__blackout")
                            .attr("role", "status")
                            .text(text(lang, keys::controls::PRESENTER_BLACKOUT))
                    })
                })
                .child(screen_view(screen(current), lang, notes)),
        )
        .child(
            el("aside")
                .class("presenter__side")
                .child(timer_panel(controls, lang, current))
                .child(
                    el("section")
                        .class("presenter__next")
                        .attr("aria-labelledby", "presenter-next-label")
                        .child(
                            el("h2")
                                .attr("id", "presenter-next-label")
                                .class("presenter__label")
                                .text(text(lang, keys::controls::PRESENTER_NEXT)),
                        )
                        .children(next),
                ),
        )
}
