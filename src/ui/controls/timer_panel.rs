//! The workshop timer: this screen's countdown, the total, the pace, and explicit controls.
//! A reset asks first, so a stray click never loses the times.

use leptos::prelude::*;

use super::state::Controls;
use crate::content::ScreenId;
use crate::i18n::{keys, text, text_with, Lang};
use crate::timer::{format_duration, pacing, remaining_on, Pace};
use crate::ui::static_dom::{button, el};

/// The timer for `screen`.
#[component]
pub fn TimerPanel(controls: Controls, lang: Lang, screen: ScreenId) -> impl IntoView {
    let confirming_reset = RwSignal::new(false);
    let clock = controls.clock;
    let now = controls.now;
    let remaining = move || clock.with(|c| remaining_on(c, screen, now.get()));
    let total = move || {
        clock.with(|c| {
            let elapsed = format_duration(c.elapsed(now.get()) as i64);
            let planned = format_duration(c.agenda().total_ms() as i64);
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
                let (pace, delta) = pacing(c, screen, now);
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
    let toggle_label = move || {
        let key = match clock.with(|c| (c.is_running(), c.elapsed(now.get_untracked()) > 0)) {
            (true, _) => keys::controls::TIMER_PAUSE,
            (false, true) => keys::controls::TIMER_RESUME,
            (false, false) => keys::controls::TIMER_START,
        };
        text(lang, key)
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
    view! {
        <section class="timer" aria-label=text(lang, keys::controls::TIMER)>
            <div class="timer__readout">
                {el("span").class("timer__label").text(text(lang, keys::controls::TIMER_SCREEN))}
                <span
                    class="timer__countdown"
                    class:timer__countdown--over=move || remaining() < 0
                    data-testid="screen-countdown"
                >
                    {move || format_duration(remaining())}
                </span>
            </div>
            <div class="timer__readout">
                {el("span").class("timer__label").text(text(lang, keys::controls::TIMER_TOTAL))}
                <span class="timer__total" data-testid="workshop-total">{total}</span>
            </div>
            <span class="timer__state" data-testid="timer-state">
                {move || (!clock.with(|c| c.is_running()) && clock.with(|c| c.elapsed(now.get()) > 0))
                    .then(|| text(lang, keys::controls::TIMER_PAUSED))}
            </span>
            // It ticks: a view! updates the text in place rather than replacing the node.
            {move || pace().map(|(class, label)| view! { <span class=class data-testid="pace">{label}</span> })}
            <div class="timer__buttons">
                <button
                    type="button"
                    class="timer__toggle"
                    aria-pressed=move || clock.with(|c| c.is_running()).to_string()
                    on:click=toggle
                >
                    {toggle_label}
                </button>
                {move || if confirming_reset.get() {
                    let question = text(lang, keys::controls::TIMER_RESET_CONFIRM);
                    el("span")
                        .class("timer__confirm")
                        .attr("role", "group")
                        .attr("aria-label", question)
                        .child(el("span").class("timer__confirm-text").text(question))
                        .child(button("timer__reset-yes", text(lang, keys::controls::TIMER_RESET_YES)).on("click", reset))
                        .child(
                            button("timer__reset-no", text(lang, keys::controls::TIMER_RESET_NO))
                                .on("click", move |_| confirming_reset.set(false)),
                        )
                } else {
                    button("timer__reset", text(lang, keys::controls::TIMER_RESET))
                        .on("click", move |_| confirming_reset.set(true))
                }}
            </div>
        </section>
    }
}
