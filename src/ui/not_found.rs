//! What an unknown address shows: what went wrong and a way back.

use super::block_view::screen_heading;
use super::dom_tree::{el, El};
use crate::content::ScreenId;
use crate::i18n::{keys, text, text_with, Lang};
use crate::route::Route;

/// The not-found screen. `path` is shown as text, never as markup.
pub fn not_found(lang: Lang, path: &str) -> El {
    let body = text_with(
        lang,
        keys::not_found::BODY,
        &[("path", &format!("#{path}"))],
    );
    el("article")
        .class("screen screen--not-found")
        .attr("aria-labelledby", "screen-heading")
        .child(
            el("header")
                .class("screen__header")
                .child(screen_heading(text(lang, keys::not_found::TITLE))),
        )
        .child(el("p").class("screen__lead").text(body))
        .child(
            el("p").child(
                el("a")
                    .class("button button--primary")
                    .attr("href", Route::hash_for(lang, ScreenId::first()))
                    .text(text(lang, keys::not_found::BACK)),
            ),
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_unknown_path_is_shown_as_text_with_a_way_back() {
        let page = not_found(Lang::En, "/<b>nope</b>");
        assert!(page.text_content().contains("#/<b>nope</b>"));
        let links: Vec<&El> = page
            .descendants()
            .into_iter()
            .filter(|e| e.tag() == "a")
            .collect();
        assert_eq!(links.len(), 1);
        assert_eq!(
            links[0].attribute("href"),
            Some(Route::hash_for(Lang::En, ScreenId::first()).as_str())
        );
    }
}
