//! Links to the current screen in every language.

use leptos::prelude::*;

use super::context::{use_lang, use_route};
use crate::i18n::{keys, text, text_with, Lang};

/// The language switcher, shown on every screen; redrawn when the route or the language
/// changes.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let (route, lang) = (use_route(), use_lang());
    move || {
        let current = lang.get();
        let links = route.with(|route| {
            Lang::ALL
                .into_iter()
                .map(|target| {
                    let autonym = text(target, target.autonym_key());
                    let title = text_with(current, keys::app::SWITCH_TO, &[("language", autonym)]);
                    view! {
                        <li>
                            <a
                                class="language-switch__link"
                                href=route.in_lang(target)
                                hreflang=target.code()
                                lang=target.code()
                                title=title
                                aria-current=(target == current).then_some("true")
                            >
                                {target.code().to_ascii_uppercase()}
                                <span class="language-switch__name">{autonym}</span>
                            </a>
                        </li>
                    }
                })
                .collect_view()
        });
        view! {
            <nav class="language-switch" aria-label=text(current, keys::app::LANGUAGE)>
                <ul>{links}</ul>
            </nav>
        }
    }
}
