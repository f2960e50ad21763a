//! Links to the current screen in every language.

use crate::reactive::*;

use super::dom_tree::{el, El};
use crate::i18n::{keys, text, text_with, Lang};
use crate::route::Route;

/// The language switcher, shown on every screen. Redrawn when the route changes.
pub fn language_switch(route: RwSignal<Route>, lang: Memo<Lang>) -> impl FnMut() -> Option<El> {
    move || Some(route.with(|route| language_links(route, lang.get())))
}

/// A link to `route` in each language, the current one (`current`) marked.
fn language_links(route: &Route, current: Lang) -> El {
    let links = Lang::ALL.into_iter().map(|target| {
        let autonym = text(target, target.autonym_key());
        let title = text_with(current, keys::app::SWITCH_TO, &[("language", autonym)]);
        let mut link = el("a")
            .class("language-switch__link")
            .attr("href", route.in_lang(target))
            .attr("hreflang", target.code())
            .attr("lang", target.code())
            .attr("title", title);
        if target == current {
            link = link.attr("aria-current", "true");
        }
        el("li").child(
            link.text(target.code().to_ascii_uppercase())
                .child(el("span").class("language-switch__name").text(autonym)),
        )
    });
    el("nav")
        .class("language-switch")
        .attr("aria-label", text(current, keys::app::LANGUAGE))
        .child(el("ul").children(links))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Act, ScreenId};

    #[test]
    fn each_language_links_to_the_same_screen_and_the_current_one_is_marked() {
        let route = Route::Screen {
            lang: Lang::Nl,
            screen: ScreenId::Act(Act::Two),
            page: 0,
        };
        let nav = language_links(&route, Lang::Nl);
        let links: Vec<&El> = nav
            .descendants()
            .into_iter()
            .filter(|e| e.tag() == "a")
            .collect();
        let hrefs: Vec<_> = links.iter().map(|a| a.attribute("href")).collect();
        assert_eq!(
            hrefs,
            [Some("#/en/act/2"), Some("#/nl/act/2"), Some("#/fr/act/2")]
        );
        let current: Vec<_> = links.iter().map(|a| a.attribute("aria-current")).collect();
        assert_eq!(current, [None, Some("true"), None]);
        assert_eq!(
            nav.attribute("aria-label"),
            Some(text(Lang::Nl, keys::app::LANGUAGE))
        );
    }
}
