//! The go-to box: a screen by number or by a word of its title.

use leptos::prelude::*;

use super::modal::Modal;
use crate::browser::location;
use crate::content::{find_screen, ScreenId};
use crate::i18n::{keys, text, text_with};
use crate::ui::context::{use_controls, use_lang, use_route};

/// The go-to overlay.
#[component]
pub fn GotoDialog() -> impl IntoView {
    let (controls, route) = (use_controls(), use_route());
    let lang = use_lang().get_untracked();
    let query = RwSignal::new(String::new());
    let no_match = RwSignal::new(None::<String>);
    let total = ScreenId::ORDER.len().to_string();
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let typed = query.get_untracked();
        match find_screen(&typed, lang) {
            Some(screen) => {
                controls.close_overlay();
                location::go_to(&route.with_untracked(|r| r.with_screen(lang, screen)));
            }
            None => no_match.set(Some(typed)),
        }
    };
    let error = move || {
        no_match
            .get()
            .map(|q| text_with(lang, keys::controls::GOTO_NO_MATCH, &[("query", &q)]))
            .unwrap_or_default()
    };
    view! {
        <Modal title=text(lang, keys::controls::GOTO).to_string() id="goto-dialog">
            <form class="goto" on:submit=submit>
                <label for="goto-input">{text(lang, keys::controls::GOTO_LABEL)}</label>
                <div class="goto__row">
                    <input
                        id="goto-input"
                        type="text"
                        autocomplete="off"
                        autofocus=""
                        aria-describedby="goto-hint goto-error"
                        on:input=move |event| {
                            query.set(event_target_value(&event));
                            no_match.set(None);
                        }
                    />
                    <button type="submit" class="button button--primary">
                        {text(lang, keys::controls::GOTO_SUBMIT)}
                    </button>
                </div>
                <p id="goto-hint" class="modal__hint">
                    {text_with(lang, keys::controls::GOTO_HINT, &[("total", &total)])}
                </p>
                <p id="goto-error" class="goto__error" role="alert">{error}</p>
            </form>
        </Modal>
    }
}
