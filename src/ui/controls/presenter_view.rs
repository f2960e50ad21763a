//! The presenter's private screen: what the room sees, what comes next, the questions, the
//! notes and the timers. It runs in a second window paired with the projector's.

use leptos::prelude::*;

use super::state::Controls;
use super::timer_panel::TimerPanel;
use crate::content::{screen, ScreenId};
use crate::i18n::{keys, text, Lang};
use crate::ui::screen_view::{part_label, ScreenView};
use crate::ui::static_dom::el;
use crate::ui::NotesContext;

/// The presenter view of `current`.
#[component]
pub fn PresenterView(
    current: ScreenId,
    lang: Lang,
    controls: Controls,
    notes: NotesContext,
) -> impl IntoView {
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
    view! {
        <div class="presenter">
            <section class="presenter__now" aria-labelledby="presenter-now-label">
                {el("p")
                    .attr("id", "presenter-now-label")
                    .class("presenter__label")
                    .text(text(lang, keys::controls::PRESENTER_NOW))}
                {move || controls.blackout.get().then(|| {
                    el("p")
                        .class("presenter__blackout")
                        .attr("role", "status")
                        .text(text(lang, keys::controls::PRESENTER_BLACKOUT))
                })}
                <ScreenView screen=screen(current) lang=lang notes=notes />
            </section>
            <aside class="presenter__side">
                <TimerPanel controls=controls lang=lang screen=current />
                <section class="presenter__next" aria-labelledby="presenter-next-label">
                    {el("h2")
                        .attr("id", "presenter-next-label")
                        .class("presenter__label")
                        .text(text(lang, keys::controls::PRESENTER_NEXT))}
                    {next}
                </section>
            </aside>
        </div>
    }
}
