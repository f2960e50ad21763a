//! The list of every key.

use leptos::prelude::*;

use super::modal::Modal;
use crate::i18n::{keys, text, Key};
use crate::keys::{KeyAction, KEY_MAP};
use crate::ui::context::use_lang;

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
#[component]
pub fn HelpDialog() -> impl IntoView {
    let lang = use_lang().get_untracked();
    let rows = KEY_MAP
        .iter()
        .map(|(_, action)| {
            let (keys_label, does) = labels(*action);
            view! {
                <tr>
                    <th scope="row">
                        <kbd>{text(lang, keys_label)}</kbd>
                    </th>
                    <td>{text(lang, does)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <Modal title=text(lang, keys::controls::HELP).to_string() id="help-dialog">
            <table class="key-table">
                <tbody>{rows}</tbody>
            </table>
            <p class="modal__hint">{text(lang, keys::controls::HELP_TYPING)}</p>
        </Modal>
    }
}
