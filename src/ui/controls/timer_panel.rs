//! The workshop timer: this screen's countdown, the total, the pace, and explicit controls.
//! A reset asks first, so a stray click never loses the times.

use leptos::prelude::*;

use crate::content::ScreenId;
use crate::i18n::{keys, text, text_with};
use crate::timer::{format_duration, pacing, remaining_on, Pace};
use crate::ui::action_button::TextButton;
use crate::ui::context::{use_controls, use_lang, use_notes};

/// The timer for `screen`, in a workshop of the screens of the session's run.
#[component]
pub fn TimerPanel(screen: ScreenId) -> impl IntoView {
    let controls = use_controls();
    let run = use_notes().run;
    let lang = use_lang().get_untracked();
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
    let paused = move || {
        let paused = !clock.with(|c| c.is_running()) && clock.with(|c| c.elapsed(now.get()) > 0);
        if paused {
            text(lang, keys::controls::TIMER_PAUSED)
        } else {
            ""
        }
    };
    let reset_buttons = move || {
        if confirming_reset.get() {
            let question = text(lang, keys::controls::TIMER_RESET_CONFIRM);
            view! {
                <span class="timer__confirm" role="group" aria-label=question>
                    <span class="timer__confirm-text">{question}</span>
                    <TextButton
                        label=text(lang, keys::controls::TIMER_RESET_YES)
                        class="timer__reset-yes"
                        on_click=reset
                    />
                    <TextButton
                        label=text(lang, keys::controls::TIMER_RESET_NO)
                        class="timer__reset-no"
                        on_click=move |_| confirming_reset.set(false)
                    />
                </span>
            }
            .into_any()
        } else {
            view! {
                <TextButton
                    label=text(lang, keys::controls::TIMER_RESET)
                    class="timer__reset"
                    on_click=move |_| confirming_reset.set(true)
                />
            }
            .into_any()
        }
    };
    view! {
        <section class="timer" aria-label=text(lang, keys::controls::TIMER)>
            <div class="timer__readout">
                <span class="timer__label">{text(lang, keys::controls::TIMER_SCREEN)}</span>
                <span
                    class="timer__countdown"
                    class:timer__countdown--over=move || remaining() < 0
                    data-testid="screen-countdown"
                >
                    {move || format_duration(remaining())}
                </span>
            </div>
            <div class="timer__readout">
                <span class="timer__label">{text(lang, keys::controls::TIMER_TOTAL)}</span>
                <span class="timer__total" data-testid="workshop-total">
                    {total}
                </span>
            </div>
            <span class="timer__state" data-testid="timer-state">
                {paused}
            </span>
            // It ticks: the badge is kept, and only its class and words change.
            {move || {
                pace_shown
                    .get()
                    .then(|| {
                        view! {
                            <span
                                data-testid="pace"
                                class=move || pace().map(|(class, _)| class).unwrap_or_default()
                            >
                                {move || pace().map(|(_, label)| label).unwrap_or_default()}
                            </span>
                        }
                    })
            }}
            <div class="timer__buttons">
                <button
                    type="button"
                    class="timer__toggle"
                    aria-pressed=move || clock.with(|c| c.is_running()).to_string()
                    on:click=toggle
                >
                    {toggle_label}
                </button>
                {reset_buttons}
            </div>
        </section>
    }
}
