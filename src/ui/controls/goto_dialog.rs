//! The go-to box: a screen by number or by a word of its title.

use crate::reactive::*;

use super::modal::modal;
use crate::browser::location;
use crate::content::{find_screen, ScreenId};
use crate::i18n::{keys, text, text_with, Lang};
use crate::route::Route;
use crate::ui::command::Command;
use crate::ui::dom_tree::{el, El};

/// The go-to overlay.
pub fn goto_dialog(lang: Lang, route: RwSignal<Route>, on_close: Command) -> El {
    let query = RwSignal::new(String::new());
    let no_match = RwSignal::new(None::<String>);
    let total = ScreenId::ORDER.len().to_string();
    let submit = move |event: web_sys::Event| {
        event.prevent_default();
        let typed = query.get_untracked();
        match find_screen(&typed, lang) {
            Some(screen) => {
                on_close();
                location::go_to(&route.with_untracked(|r| r.with_screen(lang, screen)));
            }
            None => no_match.set(Some(typed)),
        }
    };
    let form = el("form")
        .class("goto")
        .on("submit", submit)
        .child(
            el("label")
                .attr("for", "goto-input")
                .text(text(lang, keys::controls::GOTO_LABEL)),
        )
        .child(
            el("div")
                .class("goto__row")
                .child(
                    el("input")
                        .attr("id", "goto-input")
                        .attr("type", "text")
                        .attr("autocomplete", "off")
                        .attr("autofocus", "")
                        .attr("aria-describedby", "goto-hint goto-error")
                        .on("input", move |event| {
                            query.set(event_target_value(&event));
                            no_match.set(None);
                        }),
                )
                .child(
                    el("button")
                        .attr("type", "submit")
                        .class("button button--primary")
                        .text(text(lang, keys::controls::GOTO_SUBMIT)),
                ),
        )
        .child(
            el("p")
                .attr("id", "goto-hint")
                .class("modal__hint")
                .text(text_with(
                    lang,
                    keys::controls::GOTO_HINT,
                    &[("total", &total)],
                )),
        )
        .child(
            el("p")
                .attr("id", "goto-error")
                .class("goto__error")
                .attr("role", "alert")
                .live_text(move || {
                    no_match
                        .get()
                        .map(|q| text_with(lang, keys::controls::GOTO_NO_MATCH, &[("query", &q)]))
                        .unwrap_or_default()
                }),
        );
    modal(
        text(lang, keys::controls::GOTO),
        "goto-dialog",
        lang,
        on_close,
        [form],
    )
}
