//! The presenter's private screen, as reveal.js's speaker view: on top, what the room sees now
//! and what the next move shows, scaled down; below, the whole screen with every step, its
//! questions, notes and the exercise's compact form, then the facilitator's script and the
//! timers. It runs in a second window paired with the projector's; the script is never on the
//! projector.

use leptos::prelude::*;

use super::script::ScriptView;
use super::timer_panel::TimerPanel;
use crate::content::{screen, Place};
use crate::i18n::{keys, text, text_with, Key};
use crate::route::Route;
use crate::ui::context::{use_controls, use_lang, use_notes, use_route};
use crate::ui::screen_view::ScreenView;

/// The presenter view of the route's place. Built once: the previews follow the route (a
/// preview is the app itself, in a frame that only changes its address), and the rest is
/// rebuilt at each screen.
#[component]
pub fn PresenterView() -> impl IntoView {
    let (controls, notes, route) = (use_controls(), use_notes(), use_route());
    let lang = use_lang();
    let (place, next) = (place_shown(Shows::Now), place_shown(Shows::Next));
    let now_label = move || {
        let place = place()?;
        let total = notes.step_count(place.screen);
        let now = text(lang.get(), Shows::Now.label());
        Some(if total > 1 {
            let step = text_with(
                lang.get(),
                keys::app::STEP,
                &[
                    ("current", &(place.step + 1).to_string()),
                    ("total", &total.to_string()),
                ],
            );
            format!("{now} · {step}")
        } else {
            now.to_string()
        })
    };
    let blacked_out = move || {
        controls.blackout.get().then(|| {
            view! {
                <p class="presenter__blackout" role="status">
                    {text(lang.get(), keys::controls::PRESENTER_BLACKOUT)}
                </p>
            }
        })
    };
    // Rebuilt when the screen changes, not at each of its steps: what the facilitator is
    // typing stays put while the room moves on.
    let shown = Memo::new(move |_| route.with(Route::screen));
    let whole = move || {
        lang.track();
        let id = shown.get()?;
        let shown = screen(id);
        Some(view! {
            <div class="presenter__whole">
                <ScreenView screen=shown />
            </div>
            <aside class="presenter__side">
                <ScriptView shown />
                <TimerPanel screen=id />
            </aside>
        })
    };
    view! {
        <div class="presenter">
            <div class="presenter__previews">
                <section class="presenter__preview" aria-labelledby="presenter-now-label">
                    <h2 id="presenter-now-label" class="presenter__label">
                        {now_label}
                    </h2>
                    {blacked_out}
                    <Preview shows=Shows::Now />
                </section>
                <section
                    class="presenter__preview presenter__preview--next"
                    aria-labelledby="presenter-next-label"
                >
                    <h2 id="presenter-next-label" class="presenter__label">
                        {move || text(lang.get(), Shows::Next.label())}
                    </h2>
                    <Preview shows=Shows::Next />
                    <p class="presenter__end" class:presenter__end--shown=move || next().is_none()>
                        {move || text(lang.get(), keys::controls::PRESENTER_END)}
                    </p>
                </section>
            </div>
            <div class="presenter__panels">{whole}</div>
        </div>
    }
}

/// Which place a preview shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shows {
    /// What the room sees now.
    Now,
    /// What the next move shows.
    Next,
}

impl Shows {
    /// The preview's heading (and its frame's title).
    fn label(self) -> Key {
        match self {
            Shows::Now => keys::controls::PRESENTER_NOW,
            Shows::Next => keys::controls::PRESENTER_NEXT,
        }
    }
}

/// The place that `shows` names, following the route and the run; `None` where there is no
/// screen, or nothing after the last step.
fn place_shown(shows: Shows) -> impl Fn() -> Option<Place> + Copy + Send + Sync + 'static {
    let (notes, route) = (use_notes(), use_route());
    move || {
        let now = route.with(|r| {
            Some(Place {
                screen: r.screen()?,
                step: r.step(),
            })
        })?;
        match shows {
            Shows::Now => Some(now),
            Shows::Next => notes
                .run
                .with(|run| now.next(run, |id| notes.step_count(id))),
        }
    }
}

/// What the projector shows at the place that `shows` names, scaled to the width it is given:
/// the app in a frame, in its preview mode (no bars, no keys, no writes; see `crate::app`).
/// The frame is built once, and moves by changing only its address's hash, so it never
/// reloads.
#[component]
fn Preview(shows: Shows) -> impl IntoView {
    let lang = use_lang();
    let place = place_shown(shows);
    let src = move || place().map(|p| Route::preview_src(lang.get(), p.screen, p.step));
    view! {
        <div class="preview" class:preview--none=move || place().is_none()>
            <iframe
                class="preview__frame"
                src=src
                title=move || text(lang.get(), shows.label())
                inert=true
                tabindex="-1"
            ></iframe>
        </div>
    }
}
