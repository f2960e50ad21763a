//! The go-to box: a screen by number or by a word of its title.

use leptos::prelude::*;

use super::modal::Modal;
use crate::browser::location;
use crate::content::{find_screen, ScreenId};
use crate::i18n::{keys, text, text_with, Lang};
use crate::route::Route;
use crate::ui::static_dom::el;

/// The go-to overlay.
#[component]
pub fn GoToDialog(lang: Lang, route: ReadSignal<Route>, on_close: Callback<()>) -> impl IntoView {
    let query = RwSignal::new(String::new());
    let no_match = RwSignal::new(None::<String>);
    let total = ScreenId::ORDER.len().to_string();
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let typed = query.get_untracked();
        match find_screen(&typed, lang) {
            Some(screen) => {
                on_close.run(());
                location::go_to(&route.with_untracked(|r| r.with_screen(lang, screen)));
            }
            None => no_match.set(Some(typed)),
        }
    };
    view! {
        <Modal title=text(lang, keys::controls::GOTO).to_string() id="goto-dialog" lang=lang on_close=on_close>
            <form class="goto" on:submit=submit>
                {el("label").attr("for", "goto-input").text(text(lang, keys::controls::GOTO_LABEL))}
                <div class="goto__row">
                    <input
                        id="goto-input"
                        type="text"
                        autocomplete="off"
                        autofocus
                        aria-describedby="goto-hint goto-error"
                        on:input=move |event| {
                            query.set(event_target_value(&event));
                            no_match.set(None);
                        }
                    />
                    <button type="submit" class="button button--primary">{text(lang, keys::controls::GOTO_SUBMIT)}</button>
                </div>
                {el("p")
                    .attr("id", "goto-hint")
                    .class("modal__hint")
                    .text(text_with(lang, keys::controls::GOTO_HINT, &[("total", &total)]))}
                <p id="goto-error" class="goto__error" role="alert">
                    {move || no_match.get().map(|q| text_with(lang, keys::controls::GOTO_NO_MATCH, &[("query", &q)]))}
                </p>
            </form>
        </Modal>
    }
}
