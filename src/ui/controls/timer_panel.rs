//! The workshop timer: this screen's countdown, the total, the pace, and explicit controls.
//! A reset asks first, so a stray click never loses the times.

use crate::reactive::*;

use super::state::Controls;
use crate::content::{Run, ScreenId};
use crate::i18n::{keys, text, text_with, Lang};
use crate::timer::{format_duration, pacing, remaining_on, Pace};
use crate::ui::dom_tree::{button, el, El};

/// The timer for `screen`, in a workshop of the screens of `run`.
pub fn timer_panel(controls: Controls, lang: Lang, run: Memo<Run>, screen: ScreenId) -> El {
    let confirming_reset = RwSignal::new(false);
    let clock = controls.clock;
    let now = controls.now;
    let agenda = Memo::new(move |_| run.with(|run| clock.with(|c| c.agenda(run))));
    let remaining = move || clock.with(|c| remaining_on(c, agenda.get(), screen, now.get()));
    let total = move || {
        clock.with(|c| {
            let elapsed = format_duration(c.elapsed(now.get()) as i64);
            let planned = format_duration(agenda.get().total_ms() as i64);
            text_with(
                lang,
                keys::controls::TIMER_OF,
                &[("elapsed", &elapsed), ("total", &planned)],
            )
        })
    };
    let pace = move || {
        clock.with(|c| {
            let now = now.get();
            (c.elapsed(now) > 0).then(|| {
                let (pace, delta) = pacing(c, agenda.get(), screen, now);
                let time = format_duration(delta.abs());
                match pace {
                    Pace::Ahead => (
                        "pace pace--ahead",
                        text_with(lang, keys::controls::PACE_AHEAD, &[("time", &time)]),
                    ),
                    Pace::OnTrack => (
                        "pace pace--on-track",
                        text(lang, keys::controls::PACE_ON_TRACK).to_string(),
                    ),
                    Pace::Behind => (
                        "pace pace--behind",
                        text_with(lang, keys::controls::PACE_BEHIND, &[("time", &time)]),
                    ),
                }
            })
        })
    };
    // A memo, so that the badge is only added or removed, not rebuilt, as the clock ticks.
    let pace_shown = Memo::new(move |_| pace().is_some());
    let toggle_label = move || -> String {
        let key = match clock.with(|c| (c.is_running(), c.elapsed(now.get_untracked()) > 0)) {
            (true, _) => keys::controls::TIMER_PAUSE,
            (false, true) => keys::controls::TIMER_RESUME,
            (false, false) => keys::controls::TIMER_START,
        };
        text(lang, key).to_string()
    };
    let toggle = move |_| {
        controls.update_clock(|clock, now| {
            if clock.is_running() {
                clock.pause(now);
            } else {
                clock.enter_screen(screen, now);
                clock.resume(now);
            }
        });
    };
    let reset = move |_| {
        controls.update_clock(|clock, _| clock.reset());
        confirming_reset.set(false);
    };
    el("section")
        .class("timer")
        .attr("aria-label", text(lang, keys::controls::TIMER))
        .child(readout(
            text(lang, keys::controls::TIMER_SCREEN),
            el("span")
                .class("timer__countdown")
                .live_class("timer__countdown--over", move || remaining() < 0)
                .attr("data-testid", "screen-countdown")
                .live_text(move || format_duration(remaining())),
        ))
        .child(readout(
            text(lang, keys::controls::TIMER_TOTAL),
            el("span")
                .class("timer__total")
                .attr("data-testid", "workshop-total")
                .live_text(total),
        ))
        .child(
            el("span")
                .class("timer__state")
                .attr("data-testid", "timer-state")
                .live_text(move || {
                    let paused =
                        !clock.with(|c| c.is_running()) && clock.with(|c| c.elapsed(now.get()) > 0);
                    if paused {
                        text(lang, keys::controls::TIMER_PAUSED).to_string()
                    } else {
                        String::new()
                    }
                }),
        )
        // It ticks: the badge is kept, and only its class and words change.
        .live_part(move || {
            pace_shown.get().then(|| {
                el("span")
                    .attr("data-testid", "pace")
                    .live_attr("class", move || {
                        pace()
                            .map(|(class, _)| class)
                            .unwrap_or_default()
                            .to_string()
                    })
                    .live_text(move || pace().map(|(_, label)| label).unwrap_or_default())
            })
        })
        .child(
            el("div")
                .class("timer__buttons")
                .child(
                    el("button")
                        .attr("type", "button")
                        .class("timer__toggle")
                        .live_attr("aria-pressed", move || {
                            clock.with(|c| c.is_running()).to_string()
                        })
                        .on("click", toggle)
                        .live_text(toggle_label),
                )
                .live_part(move || {
                    Some(if confirming_reset.get() {
                        let question = text(lang, keys::controls::TIMER_RESET_CONFIRM);
                        el("span")
                            .class("timer__confirm")
                            .attr("role", "group")
                            .attr("aria-label", question)
                            .child(el("span").class("timer__confirm-text").text(question))
                            .child(
                                button(
                                    "timer__reset-yes",
                                    text(lang, keys::controls::TIMER_RESET_YES),
                                )
                                .on("click", reset),
                            )
                            .child(
                                button(
                                    "timer__reset-no",
                                    text(lang, keys::controls::TIMER_RESET_NO),
                                )
                                .on("click", move |_| confirming_reset.set(false)),
                            )
                    } else {
                        button("timer__reset", text(lang, keys::controls::TIMER_RESET))
                            .on("click", move |_| confirming_reset.set(true))
                    })
                }),
        )
}

/// A labelled time: `label`, then `time`.
fn readout(label: &str, time: El) -> El {
    el("div")
        .class("timer__readout")
        .child(el("span").class("timer__label").text(label))
        .child(time)
}
