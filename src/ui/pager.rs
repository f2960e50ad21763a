//! Previous, next, where we are, and the timer.

use leptos::prelude::*;

use super::controls::{Controls, TimerPanel};
use crate::content::ScreenId;
use crate::i18n::{keys, text, text_with, Key, Lang};
use crate::route::Route;

/// The navigation bar under every screen. Its links stay in the window's mode: a presenter's
/// links lead to presenter routes.
#[component]
pub fn Pager(lang: Lang, route: Route, controls: Controls) -> impl IntoView {
    let screen = route.screen();
    let total = ScreenId::ORDER.len();
    let link =
        |target: Option<ScreenId>, label: Key, class: &'static str, rel: &'static str| match target
        {
            Some(target) => view! {
                <a class=class href=route.with_screen(lang, target) rel=rel>{text(lang, label)}</a>
            }
            .into_any(),
            None => view! { <span class="pager__spacer" aria-hidden="true"></span> }.into_any(),
        };
    let progress = screen.map(|screen| {
        let current = screen.position() + 1;
        let spoken = text_with(
            lang,
            keys::app::PROGRESS,
            &[
                ("current", &current.to_string()),
                ("total", &total.to_string()),
            ],
        );
        let percent = format!("{}%", current * 100 / total);
        view! {
            <div class="pager__progress">
                <span class="pager__count" aria-label=spoken.clone() title=spoken>
                    {format!("{current} / {total}")}
                </span>
                <span class="pager__bar" aria-hidden="true">
                    <span class="pager__fill" style:width=percent></span>
                </span>
            </div>
        }
    });
    let is_presenter = matches!(route, Route::Presenter { .. });
    let timer = screen
        .filter(|_| !is_presenter)
        .map(|screen| view! { <TimerPanel controls=controls lang=lang screen=screen /> });
    view! {
        <nav class="pager" aria-label=text(lang, keys::app::NAV)>
            {link(screen.and_then(ScreenId::previous), keys::app::PREVIOUS, "pager__link pager__link--previous", "prev")}
            <div class="pager__middle">{progress} {timer}</div>
            {link(screen.and_then(ScreenId::next), keys::app::NEXT, "pager__link pager__link--next", "next")}
        </nav>
    }
}
