//! Previous, next and where we are.

use leptos::prelude::*;

use crate::content::ScreenId;
use crate::i18n::{keys, text, text_with, Lang};
use crate::route::Route;

/// The navigation bar under every screen.
#[component]
pub fn Pager(lang: Lang, screen: Option<ScreenId>) -> impl IntoView {
    let total = ScreenId::ORDER.len();
    let position = screen.map(|s| s.position() + 1);
    let link =
        move |target: Option<ScreenId>, label, class: &'static str, rel: &'static str| match target
        {
            Some(target) => view! {
                <a class=class href=Route::hash_for(lang, target) rel=rel>{text(lang, label)}</a>
            }
            .into_any(),
            None => view! { <span class="pager__spacer" aria-hidden="true"></span> }.into_any(),
        };
    let progress = position.map(|current| {
        let spoken = text_with(
            lang,
            keys::app::PROGRESS,
            &[
                ("current", &current.to_string()),
                ("total", &total.to_string()),
            ],
        );
        let percent = format!("{:.2}%", current as f64 * 100.0 / total as f64);
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
    view! {
        <nav class="pager" aria-label=text(lang, keys::app::NAV)>
            {link(screen.and_then(ScreenId::previous), keys::app::PREVIOUS, "pager__link pager__link--previous", "prev")}
            {progress}
            {link(screen.and_then(ScreenId::next), keys::app::NEXT, "pager__link pager__link--next", "next")}
        </nav>
    }
}
