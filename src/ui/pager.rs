//! Previous, next, where we are, and the timer.

use super::controls::{timer_panel, Controls};
use super::dom_tree::{el, El};
use crate::content::ScreenId;
use crate::i18n::{keys, text, text_with, Key, Lang};
use crate::route::Route;

/// The navigation bar under every screen. Its links stay in the window's mode: a presenter's
/// links lead to presenter routes.
pub fn pager(lang: Lang, route: Route, controls: Controls) -> El {
    let screen = route.screen();
    let is_presenter = matches!(route, Route::Presenter { .. });
    let timer = screen
        .filter(|_| !is_presenter)
        .map(|screen| timer_panel(controls, lang, screen));
    el("nav")
        .class("pager")
        .attr("aria-label", text(lang, keys::app::NAV))
        .child(previous_link(&route, lang))
        .child(
            el("div")
                .class("pager__middle")
                .maybe(screen.map(|screen| progress(screen, lang)))
                .maybe(timer),
        )
        .child(next_link(&route, lang))
}

/// The link to the screen before, or a spacer on the first.
fn previous_link(route: &Route, lang: Lang) -> El {
    let target = route.screen().and_then(ScreenId::previous);
    link(
        route,
        lang,
        target,
        keys::app::PREVIOUS,
        "pager__link pager__link--previous",
        "prev",
    )
}

/// The link to the screen after, or a spacer on the last.
fn next_link(route: &Route, lang: Lang) -> El {
    let target = route.screen().and_then(ScreenId::next);
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
    target: Option<ScreenId>,
    label: Key,
    class: &'static str,
    rel: &'static str,
) -> El {
    match target {
        Some(target) => el("a")
            .class(class)
            .attr("href", route.with_screen(lang, target))
            .attr("rel", rel)
            .text(text(lang, label)),
        None => el("span")
            .class("pager__spacer")
            .attr("aria-hidden", "true"),
    }
}

/// "3 / 16" with a spoken label, and a bar filled to match.
fn progress(screen: ScreenId, lang: Lang) -> El {
    let total = ScreenId::ORDER.len();
    let current = screen.position() + 1;
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
                        .style("width", format!("{}%", current * 100 / total)),
                ),
        )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Act;

    fn screen_route(screen: ScreenId) -> Route {
        Route::Screen {
            lang: Lang::Nl,
            screen,
        }
    }

    #[test]
    fn the_first_screen_has_a_spacer_before_and_a_link_after() {
        let route = screen_route(ScreenId::first());
        let before = previous_link(&route, Lang::Nl);
        assert_eq!(before.tag(), "span");
        assert_eq!(before.attribute("aria-hidden"), Some("true"));
        let after = next_link(&route, Lang::Nl);
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
        let route = screen_route(*ScreenId::ORDER.last().expect("screens"));
        assert_eq!(
            previous_link(&route, Lang::Nl).attribute("rel"),
            Some("prev")
        );
        assert_eq!(next_link(&route, Lang::Nl).tag(), "span");
    }

    #[test]
    fn progress_reads_the_position_and_fills_the_bar_to_match() {
        let screen = ScreenId::Act(Act::Two);
        let current = screen.position() + 1;
        let total = ScreenId::ORDER.len();
        let bar = progress(screen, Lang::En);
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
}
