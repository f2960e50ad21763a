//! Previous, next, where we are, and the timer.

use leptos::prelude::*;

use super::context::{use_lang, use_notes};
use super::controls::TimerPanel;
use crate::content::{Place, Run, ScreenId};
use crate::i18n::{keys, text, text_with, Key};
use crate::route::Route;

/// The navigation bar under every screen: previous and next in the session's run, where the
/// screen stands in it, and the timer. Its links stay in the window's mode: a presenter's
/// links lead to presenter routes. Previous and next go a step at a time.
#[component]
pub fn Pager(route: Route) -> impl IntoView {
    let lang = use_lang().get_untracked();
    let notes = use_notes();
    let run = notes.run.get_untracked();
    let steps = move |id| notes.step_count(id);
    let screen = route.screen();
    let is_presenter = matches!(route, Route::Presenter { .. });
    let [previous, next] = [Direction::Previous, Direction::Next].map(|direction| {
        let target = direction.target(&route, &run, steps);
        match target {
            Some(target) => view! {
                <a
                    class=direction.class()
                    href=route.with_step(lang, target.screen, target.step)
                    rel=direction.rel()
                >
                    {text(lang, direction.label())}
                </a>
            }
            .into_any(),
            None => view! { <span class="pager__spacer" aria-hidden="true"></span> }.into_any(),
        }
    });
    view! {
        <nav class="pager" aria-label=text(lang, keys::app::NAV)>
            {previous}
            <div class="pager__middle">
                {screen.map(|screen| view! { <Progress screen run=run.clone() /> })}
                {screen
                    .filter(|_| !is_presenter)
                    .map(|screen| view! { <TimerPanel screen /> })}
            </div>
            {next}
        </nav>
    }
}

/// A move from the place shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Direction {
    Previous,
    Next,
}

impl Direction {
    /// The run's place before or after `route`'s; `None` at either end of the run.
    fn target(self, route: &Route, run: &Run, steps: impl Fn(ScreenId) -> u8) -> Option<Place> {
        let shown = Place {
            screen: route.screen()?,
            step: route.step(),
        };
        match self {
            Direction::Previous => shown.previous(run, steps),
            Direction::Next => shown.next(run, steps),
        }
    }

    fn label(self) -> Key {
        match self {
            Direction::Previous => keys::app::PREVIOUS,
            Direction::Next => keys::app::NEXT,
        }
    }

    fn class(self) -> &'static str {
        match self {
            Direction::Previous => "pager__link pager__link--previous",
            Direction::Next => "pager__link pager__link--next",
        }
    }

    fn rel(self) -> &'static str {
        match self {
            Direction::Previous => "prev",
            Direction::Next => "next",
        }
    }
}

/// Where `screen` stands in `run`, from 1, and how many screens the run has; `None` for a
/// screen the run leaves out.
fn place_in_run(screen: ScreenId, run: &Run) -> Option<(usize, usize)> {
    Some((run.position(screen)?, run.len()))
}

/// "3 / 12" (the place in the run) with a spoken label, and a bar filled to match; for a
/// screen left out of the run, that it is not in it.
#[component]
fn Progress(screen: ScreenId, run: Run) -> impl IntoView {
    let lang = use_lang().get_untracked();
    let Some((current, total)) = place_in_run(screen, &run) else {
        return view! {
            <div class="pager__progress">
                <span class="pager__count pager__count--out">
                    {text(lang, keys::app::NOT_IN_RUN_SHORT)}
                </span>
            </div>
        }
        .into_any();
    };
    let spoken = text_with(
        lang,
        keys::app::PROGRESS,
        &[
            ("current", &current.to_string()),
            ("total", &total.to_string()),
        ],
    );
    view! {
        <div class="pager__progress">
            <span class="pager__count" aria-label=spoken.clone() title=spoken>
                {format!("{current} / {total}")}
            </span>
            <span class="pager__bar" aria-hidden="true">
                <span
                    class="pager__fill"
                    style:width=format!("{}%", current * 100 / total.max(1))
                ></span>
            </span>
        </div>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{screen, Act, Pillar, Slide};
    use crate::i18n::Lang;

    /// Each screen's steps, and three pages of the summary.
    fn steps(id: ScreenId) -> u8 {
        if id == ScreenId::Summary {
            3
        } else {
            screen(id).step_count()
        }
    }

    fn screen_route(screen: ScreenId) -> Route {
        Route::Screen {
            lang: Lang::Nl,
            screen,
            step: 0,
        }
    }

    #[test]
    fn the_first_screen_has_nothing_before_and_its_last_step_the_second_after() {
        let first = ScreenId::first();
        let route = screen_route(first);
        assert_eq!(
            Direction::Previous.target(&route, &Run::full(), steps),
            None
        );
        assert_eq!(
            Direction::Next.target(&route, &Run::full(), steps),
            Some(Place {
                screen: first,
                step: 1
            })
        );
        let last_step = Route::Screen {
            lang: Lang::Nl,
            screen: first,
            step: steps(first) - 1,
        };
        assert_eq!(
            Direction::Next.target(&last_step, &Run::full(), steps),
            Some(Place::start(ScreenId::ORDER[1]))
        );
    }

    #[test]
    fn the_last_step_of_the_last_screen_has_nothing_after() {
        let last = *ScreenId::ORDER.last().expect("screens");
        let route = Route::Screen {
            lang: Lang::Nl,
            screen: last,
            step: 2,
        };
        assert!(Direction::Previous
            .target(&route, &Run::full(), steps)
            .is_some());
        assert_eq!(Direction::Next.target(&route, &Run::full(), steps), None);
        // On a step before the last of the summary, next is its next step.
        let next = Direction::Next.target(&screen_route(ScreenId::Summary), &Run::full(), steps);
        assert_eq!(
            next.map(|p| route.with_step(Lang::Nl, p.screen, p.step)),
            Some("#/nl/summary/2".to_string())
        );
    }

    #[test]
    fn the_pager_steps_over_screens_left_out_and_counts_the_run() {
        let pillars = ScreenId::Slide(Slide::Pillars);
        let team = ScreenId::Slide(Slide::TeamComposition);
        let run = Run::leaving_out([
            ScreenId::Slide(Slide::Pillar(Pillar::SystemsThinking)),
            ScreenId::Slide(Slide::Pillar(Pillar::FeedbackLoops)),
            ScreenId::Slide(Slide::Pillar(Pillar::ContinualLearning)),
            ScreenId::Slide(Slide::PillarsCheck),
        ]);
        let route = Route::Screen {
            lang: Lang::Nl,
            screen: pillars,
            step: steps(pillars) - 1,
        };
        assert_eq!(
            Direction::Next.target(&route, &run, steps),
            Some(Place::start(team))
        );
        assert_eq!(
            place_in_run(pillars, &run),
            Some((pillars.position() + 1, ScreenId::ORDER.len() - 4))
        );
        // A screen left out, opened by its address, has no place in the run.
        assert_eq!(
            place_in_run(ScreenId::Slide(Slide::Pillar(Pillar::FeedbackLoops)), &run),
            None
        );
        assert_eq!(
            place_in_run(ScreenId::Act(Act::Two), &Run::full()),
            Some((
                ScreenId::Act(Act::Two).position() + 1,
                ScreenId::ORDER.len()
            ))
        );
    }
}
