//! Links to the current screen in every language.

use leptos::prelude::*;

use crate::i18n::{keys, text, text_with, Lang};
use crate::route::Route;

/// The language switcher, shown on every screen.
#[component]
pub fn LanguageSwitch(route: ReadSignal<Route>, lang: Signal<Lang>) -> impl IntoView {
    let links = move || {
        let current = lang.get();
        Lang::ALL
            .into_iter()
            .map(|target| {
                let autonym = text(target, target.autonym_key());
                let title = text_with(current, keys::app::SWITCH_TO, &[("language", autonym)]);
                view! {
                    <li>
                        <a
                            class="language-switch__link"
                            href=route.with(|r| r.in_lang(target))
                            hreflang=target.code()
                            lang=target.code()
                            title=title
                            aria-current=(target == current).then_some("true")
                        >
                            {target.code().to_uppercase()}
                            <span class="language-switch__name">{autonym}</span>
                        </a>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <nav class="language-switch" aria-label=move || text(lang.get(), keys::app::LANGUAGE)>
            <ul>{links}</ul>
        </nav>
    }
}
