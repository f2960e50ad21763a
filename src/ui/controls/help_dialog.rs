//! The list of every key.

use super::modal::modal;
use crate::i18n::{keys, text, Key, Lang};
use crate::keys::{KeyAction, KEY_MAP};
use crate::ui::command::Command;
use crate::ui::dom_tree::{el, El};

fn labels(action: KeyAction) -> (Key, Key) {
    use keys::controls::{does, keys as names};
    match action {
        KeyAction::Next => (names::NEXT, does::NEXT),
        KeyAction::Previous => (names::PREVIOUS, does::PREVIOUS),
        KeyAction::First => (names::FIRST, does::FIRST),
        KeyAction::Last => (names::LAST, does::LAST),
        KeyAction::GoTo => (names::GOTO, does::GOTO),
        KeyAction::Overview => (names::OVERVIEW, does::OVERVIEW),
        KeyAction::Blackout => (names::BLACKOUT, does::BLACKOUT),
        KeyAction::Fullscreen => (names::FULLSCREEN, does::FULLSCREEN),
        KeyAction::Help => (names::HELP, does::HELP),
        KeyAction::Presenter => (names::PRESENTER, does::PRESENTER),
    }
}

/// The help overlay: every key and what it does.
pub fn help_dialog(lang: Lang, on_close: Command) -> El {
    let rows = el("tbody").children(KEY_MAP.iter().map(|(_, action)| {
        let (keys_label, does) = labels(*action);
        el("tr")
            .child(
                el("th")
                    .attr("scope", "row")
                    .child(el("kbd").text(text(lang, keys_label))),
            )
            .child(el("td").text(text(lang, does)))
    }));
    modal(
        text(lang, keys::controls::HELP),
        "help-dialog",
        lang,
        on_close,
        [
            el("table").class("key-table").child(rows),
            el("p")
                .class("modal__hint")
                .text(text(lang, keys::controls::HELP_TYPING)),
        ],
    )
}
