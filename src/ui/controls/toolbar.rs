//! The facilitator's buttons in the top bar, and the notices they may raise.

use leptos::prelude::*;

use super::icons;
use super::state::{Controls, Overlay};
use crate::browser::fullscreen::toggle_fullscreen;
use crate::i18n::{keys, text, text_with, Lang};
use crate::ui::context::{use_controls, use_lang, use_route, words};

/// What a toolbar button does.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Tool {
    Overview,
    Blackout,
    Fullscreen,
    Presenter,
    Theme,
    Help,
}

impl Tool {
    /// The buttons, in order: an icon (constant SVG markup, no words) and a class each.
    const ALL: [(Tool, &'static str, &'static str); 6] = [
        (
            Tool::Overview,
            icons::OVERVIEW,
            "toolbar__button toolbar__overview",
        ),
        (
            Tool::Blackout,
            icons::BLACKOUT,
            "toolbar__button toolbar__blackout",
        ),
        (
            Tool::Fullscreen,
            icons::FULLSCREEN,
            "toolbar__button toolbar__fullscreen",
        ),
        (
            Tool::Presenter,
            icons::PRESENTER,
            "toolbar__button toolbar__presenter",
        ),
        (Tool::Theme, icons::THEME, "toolbar__button toolbar__theme"),
        (Tool::Help, icons::HELP, "toolbar__button toolbar__help"),
    ];

    /// The button's name, in the language shown: the theme's says which theme is on.
    fn name(self, lang: Lang, controls: Controls) -> String {
        let key = match self {
            Tool::Overview => keys::controls::OVERVIEW,
            Tool::Blackout => keys::controls::BLACKOUT,
            Tool::Fullscreen => keys::controls::FULLSCREEN,
            Tool::Presenter => keys::controls::PRESENTER,
            Tool::Help => keys::controls::HELP,
            Tool::Theme => {
                let theme = text(lang, controls.theme.get().name_key());
                return text_with(lang, keys::controls::THEME, &[("theme", theme)]);
            }
        };
        text(lang, key).to_string()
    }
}

/// The presentation toolbar. Each button has a key too (see the help).
#[component]
pub fn Toolbar() -> impl IntoView {
    let controls = use_controls();
    let (lang, route) = (use_lang(), use_route());
    let run = move |tool: Tool| match tool {
        Tool::Overview => controls.open_overlay(Overlay::Overview),
        Tool::Blackout => controls.set_blackout(true),
        Tool::Fullscreen => toggle_fullscreen(),
        Tool::Presenter => {
            let (shown, step) = route.with_untracked(|route| (route.screen(), route.step()));
            if let Some(shown) = shown {
                controls.open_presenter(lang.get_untracked(), shown, step);
            }
        }
        Tool::Theme => controls.cycle_theme(),
        Tool::Help => controls.open_overlay(Overlay::Help),
    };
    let buttons = Tool::ALL
        .into_iter()
        .map(|(tool, icon, class)| {
            let name = move || tool.name(lang.get(), controls);
            view! {
                <button
                    type="button"
                    class=class
                    inner_html=icon
                    aria-label=name
                    title=name
                    on:click=move |_| run(tool)
                ></button>
            }
        })
        .collect_view();
    view! {
        <div class="toolbar" role="toolbar" aria-label=words(keys::controls::TOOLBAR)>
            {buttons}
        </div>
    }
}

/// The notice shown when the presenter window could not be opened. Built again at each blocked
/// P, so the alert is read out again each time: wanted, as the facilitator has just tried again.
#[component]
pub fn PresenterBlockedNotice() -> impl IntoView {
    let controls = use_controls();
    let lang = use_lang();
    move || {
        controls.presenter_blocked.get().then(|| {
            view! {
                <p class="toolbar__blocked" role="alert">
                    {text(lang.get(), keys::controls::PRESENTER_BLOCKED)}
                </p>
            }
        })
    }
}

/// The notice shown when a language asked for could not be fetched: the page stays in the
/// language it shows.
#[component]
pub fn LangUnavailableNotice() -> impl IntoView {
    let controls = use_controls();
    let lang = use_lang();
    move || {
        let missing = controls.lang_unavailable.get()?;
        let shown = lang.get();
        let message = text_with(
            shown,
            keys::app::LANG_UNAVAILABLE,
            &[("language", text(shown, missing.autonym_key()))],
        );
        Some(view! { <p class="toolbar__blocked" role="alert">{message}</p> })
    }
}
