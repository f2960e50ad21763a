//! The facilitator's buttons in the top bar, and the notices they may raise. Each button has a
//! key too (see the help).

use leptos::prelude::*;

use super::icons;
use super::state::Overlay;
use crate::browser::fullscreen::toggle_fullscreen;
use crate::i18n::{keys, text, text_with, Key};
use crate::route::Route;
use crate::ui::context::{use_controls, use_lang, use_route, words};

/// The presentation toolbar.
#[component]
pub fn Toolbar() -> impl IntoView {
    let controls = use_controls();
    let (lang, route) = (use_lang(), use_route());
    let theme_label = move || {
        let lang = lang.get();
        let name = text(lang, controls.theme.get().name_key());
        text_with(lang, keys::controls::THEME, &[("theme", name)])
    };
    let open_presenter = move |()| {
        if let Some(shown) = route.with_untracked(Route::screen) {
            controls.open_presenter(lang.get_untracked(), shown);
        }
    };
    view! {
        <div class="toolbar" role="toolbar" aria-label=words(keys::controls::TOOLBAR)>
            <ToolButton
                icon=icons::OVERVIEW
                label=keys::controls::OVERVIEW
                class="toolbar__button toolbar__overview"
                on_click=move |()| controls.open_overlay(Overlay::Overview)
            />
            <ToolButton
                icon=icons::BLACKOUT
                label=keys::controls::BLACKOUT
                class="toolbar__button toolbar__blackout"
                on_click=move |()| controls.set_blackout(true)
            />
            <ToolButton
                icon=icons::FULLSCREEN
                label=keys::controls::FULLSCREEN
                class="toolbar__button toolbar__fullscreen"
                on_click=|()| toggle_fullscreen()
            />
            <ToolButton
                icon=icons::PRESENTER
                label=keys::controls::PRESENTER
                class="toolbar__button toolbar__presenter"
                on_click=open_presenter
            />
            <button
                type="button"
                class="toolbar__button toolbar__theme"
                inner_html=icons::THEME
                aria-label=theme_label
                title=theme_label
                on:click=move |_| controls.cycle_theme()
            ></button>
            <ToolButton
                icon=icons::HELP
                label=keys::controls::HELP
                class="toolbar__button toolbar__help"
                on_click=move |()| controls.open_overlay(Overlay::Help)
            />
        </div>
    }
}

/// A toolbar button: `icon` (constant SVG markup, no words), named `label` in words that
/// follow the language.
#[component]
fn ToolButton(
    icon: &'static str,
    label: Key,
    class: &'static str,
    #[prop(into)] on_click: Callback<()>,
) -> impl IntoView {
    let label = words(label);
    view! {
        <button
            type="button"
            class=class
            inner_html=icon
            aria-label=label
            title=label
            on:click=move |_| on_click.run(())
        ></button>
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
