//! Previous, next, where we are, and the timer.

use crate::reactive::Memo;

use super::controls::{timer_panel, Controls};
use super::dom_tree::{el, El};
use crate::content::{Place, Run, ScreenId};
use crate::i18n::{keys, text, text_with, Key, Lang};
use crate::route::Route;

/// The navigation bar under every screen: previous and next in the run, where the screen
/// stands in it, and the timer. Its links stay in the window's mode: a presenter's links lead
/// to presenter routes.
pub fn pager(
    lang: Lang,
    route: Route,
    run: &Run,
    shared_run: Memo<Run>,
    controls: Controls,
    pages: u8,
) -> El {
    let screen = route.screen();
    let is_presenter = matches!(route, Route::Presenter { .. });
    let timer = screen
        .filter(|_| !is_presenter)
        .map(|screen| timer_panel(controls, lang, shared_run, screen));
    el("nav")
        .class("pager")
        .attr("aria-label", text(lang, keys::app::NAV))
        .child(previous_link(&route, run, lang, pages))
        .child(
            el("div")
                .class("pager__middle")
                .maybe(screen.map(|screen| progress(screen, run, lang)))
                .maybe(timer),
        )
        .child(next_link(&route, run, lang, pages))
}

/// Where the route is.
fn place(route: &Route) -> Option<Place> {
    Some(Place {
        screen: route.screen()?,
        page: route.page(),
    })
}

/// The link to the run's place before, or a spacer on the first.
fn previous_link(route: &Route, run: &Run, lang: Lang, pages: u8) -> El {
    let target = place(route).and_then(|shown| shown.previous(run, pages));
    link(
        route,
        lang,
        target,
        keys::app::PREVIOUS,
        "pager__link pager__link--previous",
        "prev",
    )
}

/// The link to the run's place after, or a spacer on the last.
fn next_link(route: &Route, run: &Run, lang: Lang, pages: u8) -> El {
    let target = place(route).and_then(|shown| shown.next(run, pages));
    link(
        route,
        lang,
        target,
        keys::app::NEXT,
        "pager__link pager__link--next",
        "next",
    )
}

fn link(
    route: &Route,
    lang: Lang,
    target: Option<Place>,
    label: Key,
    class: &'static str,
    rel: &'static str,
) -> El {
    match target {
        Some(target) => el("a")
            .class(class)
            .attr("href", route.with_page(lang, target.screen, target.page))
            .attr("rel", rel)
            .text(text(lang, label)),
        None => el("span")
            .class("pager__spacer")
            .attr("aria-hidden", "true"),
    }
}

/// "3 / 12" (the place in the run) with a spoken label, and a bar filled to match; for a
/// screen left out of the run, that it is not in it.
fn progress(screen: ScreenId, run: &Run, lang: Lang) -> El {
    let total = run.len();
    let Some(current) = run.position(screen) else {
        return el("div").class("pager__progress").child(
            el("span")
                .class("pager__count pager__count--out")
                .text(text(lang, keys::app::NOT_IN_RUN_SHORT)),
        );
    };
    let spoken = text_with(
        lang,
        keys::app::PROGRESS,
        &[
            ("current", &current.to_string()),
            ("total", &total.to_string()),
        ],
    );
    el("div")
        .class("pager__progress")
        .child(
            el("span")
                .class("pager__count")
                .attr("aria-label", spoken.clone())
                .attr("title", spoken)
                .text(format!("{current} / {total}")),
        )
        .child(
            el("span")
                .class("pager__bar")
                .attr("aria-hidden", "true")
                .child(
                    el("span")
                        .class("pager__fill")
                        .style("width", format!("{}%", current * 100 / total.max(1))),
                ),
        )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Act, Pillar, Slide};

    fn screen_route(screen: ScreenId) -> Route {
        Route::Screen {
            lang: Lang::Nl,
            screen,
            page: 0,
        }
    }

    #[test]
    fn the_first_screen_has_a_spacer_before_and_a_link_after() {
        let route = screen_route(ScreenId::first());
        let before = previous_link(&route, &Run::full(), Lang::Nl, 3);
        assert_eq!(before.tag(), "span");
        assert_eq!(before.attribute("aria-hidden"), Some("true"));
        let after = next_link(&route, &Run::full(), Lang::Nl, 3);
        assert_eq!(after.tag(), "a");
        assert_eq!(after.attribute("rel"), Some("next"));
        assert_eq!(after.text_content(), text(Lang::Nl, keys::app::NEXT));
        let second = ScreenId::ORDER[1];
        assert_eq!(
            after.attribute("href"),
            Some(route.with_screen(Lang::Nl, second).as_str())
        );
    }

    #[test]
    fn the_last_screen_has_a_link_before_and_a_spacer_after() {
        let mut route = screen_route(*ScreenId::ORDER.last().expect("screens"));
        if let Route::Screen { page, .. } = &mut route {
            *page = 2;
        }
        assert_eq!(
            previous_link(&route, &Run::full(), Lang::Nl, 3).attribute("rel"),
            Some("prev")
        );
        assert_eq!(next_link(&route, &Run::full(), Lang::Nl, 3).tag(), "span");
        // On a page before the last of the summary, next is its next page.
        assert_eq!(
            next_link(&screen_route(ScreenId::Summary), &Run::full(), Lang::Nl, 3)
                .attribute("href"),
            Some("#/nl/summary/2")
        );
    }

    #[test]
    fn progress_reads_the_position_and_fills_the_bar_to_match() {
        let screen = ScreenId::Act(Act::Two);
        let current = screen.position() + 1;
        let total = ScreenId::ORDER.len();
        let bar = progress(screen, &Run::full(), Lang::En);
        let count = bar.descendants()[1];
        assert_eq!(count.text_content(), format!("{current} / {total}"));
        assert!(count
            .attribute("aria-label")
            .is_some_and(|label| label.contains(&current.to_string())));
        let fill = bar.descendants()[3];
        assert_eq!(fill.attribute("class"), Some("pager__fill"));
        assert_eq!(
            fill.style_property("width"),
            Some(format!("{}%", current * 100 / total).as_str())
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
        let route = screen_route(pillars);
        assert_eq!(
            next_link(&route, &run, Lang::Nl, 3).attribute("href"),
            Some(route.with_screen(Lang::Nl, team).as_str())
        );
        let count = progress(pillars, &run, Lang::En).descendants()[1].text_content();
        assert_eq!(
            count,
            format!("{} / {}", pillars.position() + 1, ScreenId::ORDER.len() - 4)
        );
        // A screen left out, opened by its address, says so instead of a place.
        let out = progress(
            ScreenId::Slide(Slide::Pillar(Pillar::FeedbackLoops)),
            &run,
            Lang::En,
        );
        assert_eq!(
            out.text_content(),
            text(Lang::En, keys::app::NOT_IN_RUN_SHORT)
        );
    }
}
