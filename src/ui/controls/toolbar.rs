//! The facilitator's buttons in the top bar. Each has a key too (see the help).

use leptos::prelude::*;

use super::icons;
use super::state::{Controls, Overlay};
use crate::i18n::{keys, text, text_with, Key, Lang};
use crate::ui::static_dom::el;

/// The presentation toolbar.
#[component]
pub fn Toolbar(
    controls: Controls,
    lang: Signal<Lang>,
    on_presenter: Callback<()>,
) -> impl IntoView {
    let button =
        move |icon: &'static str, label: Key, class: &'static str, action: Callback<()>| {
            view! {
                <button
                    type="button"
                    class=format!("toolbar__button {class}")
                    aria-label=move || text(lang.get(), label)
                    title=move || text(lang.get(), label)
                    on:click=move |_| action.run(())
                    inner_html=icon
                ></button>
            }
        };
    let theme_label = move || {
        let lang = lang.get();
        let name = text(lang, controls.theme.get().name_key());
        text_with(lang, keys::controls::THEME, &[("theme", name)])
    };
    view! {
        <div class="toolbar" role="toolbar" aria-label=move || text(lang.get(), keys::controls::TOOLBAR)>
            {button(icons::OVERVIEW, keys::controls::OVERVIEW, "toolbar__overview",
                Callback::new(move |()| controls.overlay.set(Some(Overlay::Overview))))}
            {button(icons::BLACKOUT, keys::controls::BLACKOUT, "toolbar__blackout",
                Callback::new(move |()| controls.set_blackout(true)))}
            {button(icons::FULLSCREEN, keys::controls::FULLSCREEN, "toolbar__fullscreen",
                Callback::new(|()| crate::browser::presentation::toggle_fullscreen()))}
            {button(icons::PRESENTER, keys::controls::PRESENTER, "toolbar__presenter", on_presenter)}
            <button
                type="button"
                class="toolbar__button toolbar__theme"
                aria-label=theme_label
                title=theme_label
                on:click=move |_| controls.cycle_theme()
                inner_html=icons::THEME
            ></button>
            {button(icons::HELP, keys::controls::HELP, "toolbar__help",
                Callback::new(move |()| controls.overlay.set(Some(Overlay::Help))))}
        </div>
        // Set again at each blocked P, so the alert is read out again each time: wanted, as
        // the facilitator has just tried again.
        {move || controls.presenter_blocked.get().then(|| {
            el("p")
                .class("toolbar__blocked")
                .attr("role", "alert")
                .text(text(lang.get(), keys::controls::PRESENTER_BLOCKED))
        })}
    }
}
