//! The facilitator's buttons in the top bar. Each has a key too (see the help).

use crate::reactive::*;

use super::icons;
use super::state::{Controls, Overlay};
use crate::i18n::{keys, text, text_with, Key, Lang};
use crate::ui::command::Command;
use crate::ui::dom_tree::{el, words, El};

/// The presentation toolbar.
pub fn toolbar(controls: Controls, lang: Memo<Lang>, on_presenter: Command) -> El {
    let theme_label = move || {
        let lang = lang.get();
        let name = text(lang, controls.theme.get().name_key());
        text_with(lang, keys::controls::THEME, &[("theme", name)])
    };
    el("div")
        .class("toolbar")
        .attr("role", "toolbar")
        .live_attr("aria-label", words(lang, keys::controls::TOOLBAR))
        .child(
            tool(
                lang,
                icons::OVERVIEW,
                keys::controls::OVERVIEW,
                "toolbar__button toolbar__overview",
            )
            .on("click", move |_| {
                controls.overlay.set(Some(Overlay::Overview))
            }),
        )
        .child(
            tool(
                lang,
                icons::BLACKOUT,
                keys::controls::BLACKOUT,
                "toolbar__button toolbar__blackout",
            )
            .on("click", move |_| controls.set_blackout(true)),
        )
        .child(
            tool(
                lang,
                icons::FULLSCREEN,
                keys::controls::FULLSCREEN,
                "toolbar__button toolbar__fullscreen",
            )
            .on("click", |_| {
                crate::browser::presentation::toggle_fullscreen()
            }),
        )
        .child(
            tool(
                lang,
                icons::PRESENTER,
                keys::controls::PRESENTER,
                "toolbar__button toolbar__presenter",
            )
            .on("click", move |_| on_presenter()),
        )
        .child(
            icon_button(icons::THEME, "toolbar__button toolbar__theme")
                .live_attr("aria-label", theme_label)
                .live_attr("title", theme_label)
                .on("click", move |_| controls.cycle_theme()),
        )
        .child(
            tool(
                lang,
                icons::HELP,
                keys::controls::HELP,
                "toolbar__button toolbar__help",
            )
            .on("click", move |_| controls.overlay.set(Some(Overlay::Help))),
        )
}

/// The notice shown when the presenter window could not be opened. Set again at each blocked
/// P, so the alert is read out again each time: wanted, as the facilitator has just tried again.
pub fn presenter_blocked_notice(
    controls: Controls,
    lang: Memo<Lang>,
) -> impl FnMut() -> Option<El> {
    move || {
        controls.presenter_blocked.get().then(|| {
            el("p")
                .class("toolbar__blocked")
                .attr("role", "alert")
                .text(text(lang.get(), keys::controls::PRESENTER_BLOCKED))
        })
    }
}

/// The notice shown when a language asked for could not be fetched: the page stays in the
/// language it shows.
pub fn lang_unavailable_notice(controls: Controls, lang: Memo<Lang>) -> impl FnMut() -> Option<El> {
    move || {
        let missing = controls.lang_unavailable.get()?;
        let shown = lang.get();
        Some(
            el("p")
                .class("toolbar__blocked")
                .attr("role", "alert")
                .text(text_with(
                    shown,
                    keys::app::LANG_UNAVAILABLE,
                    &[("language", text(shown, missing.autonym_key()))],
                )),
        )
    }
}

/// A toolbar button named `label`, in words that follow the language.
fn tool(lang: Memo<Lang>, icon: &'static str, label: Key, class: &'static str) -> El {
    icon_button(icon, class)
        .live_attr("aria-label", words(lang, label))
        .live_attr("title", words(lang, label))
}

fn icon_button(icon: &'static str, class: &'static str) -> El {
    el("button")
        .attr("type", "button")
        .class(class)
        .markup(icon)
}
