//! Which key does what. Keys are read by `KeyboardEvent.key`, never by `code`, so they work
//! on AZERTY and QWERTZ keyboards and with presentation clickers (which send PageUp/PageDown).

/// What a key press asks the app to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyAction {
    /// To the next screen.
    Next,
    /// To the previous screen.
    Previous,
    /// To the first screen.
    First,
    /// To the last screen.
    Last,
    /// Open the go-to box.
    GoTo,
    /// Open the overview of all screens.
    Overview,
    /// Black out the screen, or bring it back.
    Blackout,
    /// Enter or leave fullscreen.
    Fullscreen,
    /// Show the list of keys.
    Help,
    /// Open the presenter view.
    Presenter,
}

/// Every `KeyboardEvent.key` the app answers to, with its action, in the order the help lists
/// them. The help's labels for the keys are translated (`controls.keys.*`).
pub const KEY_MAP: &[(&[&str], KeyAction)] = &[
    (&["ArrowRight", " ", "PageDown"], KeyAction::Next),
    (&["ArrowLeft", "Shift+ ", "PageUp"], KeyAction::Previous),
    (&["Home"], KeyAction::First),
    (&["End"], KeyAction::Last),
    (&["g", "G"], KeyAction::GoTo),
    (&["o", "O", "Escape"], KeyAction::Overview),
    (&["b", "B", "."], KeyAction::Blackout),
    (&["f", "F"], KeyAction::Fullscreen),
    (&["?"], KeyAction::Help),
    (&["p", "P"], KeyAction::Presenter),
];

/// A key press, as much of it as the key map needs.
#[derive(Clone, Copy, Debug, Default)]
pub struct KeyPress<'a> {
    /// `KeyboardEvent.key`.
    pub key: &'a str,
    /// Shift is held.
    pub shift: bool,
    /// Ctrl, Alt or Meta is held: the browser's or the system's shortcut, not ours.
    pub command_modifier: bool,
    /// The focus is in a text field, where keys type text.
    pub in_text_field: bool,
    /// The focus is on a link or button, where Space and Enter activate it.
    pub on_control: bool,
    /// The focus is on a choice or a slider, where the arrows, Space, Home and End choose; the
    /// clicker's keys (Page Up and Down) still move.
    pub on_choice: bool,
}

/// The action a key press asks for, if any.
///
/// ```
/// use workshop::keys::{action_for, KeyAction, KeyPress};
/// let press = KeyPress { key: "PageDown", ..KeyPress::default() };
/// assert_eq!(action_for(press), Some(KeyAction::Next));
/// ```
pub fn action_for(press: KeyPress<'_>) -> Option<KeyAction> {
    if press.in_text_field || press.command_modifier || (press.on_control && press.key == " ") {
        return None;
    }
    // On a choice or a slider, its own keys choose; the clicker's keys and the letters act.
    let choosing = matches!(
        press.key,
        "ArrowLeft" | "ArrowRight" | "ArrowUp" | "ArrowDown" | " " | "Home" | "End"
    );
    if press.on_choice && choosing {
        return None;
    }
    let action = match (press.key, press.shift) {
        ("ArrowRight" | "PageDown", _) | (" ", false) => KeyAction::Next,
        ("ArrowLeft" | "PageUp", _) | (" ", true) => KeyAction::Previous,
        ("Home", _) => KeyAction::First,
        ("End", _) => KeyAction::Last,
        ("g" | "G", _) => KeyAction::GoTo,
        ("o" | "O" | "Escape", _) => KeyAction::Overview,
        ("b" | "B" | ".", _) => KeyAction::Blackout,
        ("f" | "F", _) => KeyAction::Fullscreen,
        ("?", _) => KeyAction::Help,
        ("p" | "P", _) => KeyAction::Presenter,
        _ => return None,
    };
    Some(action)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(key: &str) -> KeyPress<'_> {
        KeyPress {
            key,
            ..KeyPress::default()
        }
    }

    #[test]
    fn arrows_space_and_clicker_keys_move() {
        assert_eq!(action_for(press("ArrowRight")), Some(KeyAction::Next));
        assert_eq!(action_for(press("ArrowLeft")), Some(KeyAction::Previous));
        assert_eq!(action_for(press("PageDown")), Some(KeyAction::Next));
        assert_eq!(action_for(press("PageUp")), Some(KeyAction::Previous));
        assert_eq!(action_for(press(" ")), Some(KeyAction::Next));
        let shift_space = KeyPress {
            shift: true,
            ..press(" ")
        };
        assert_eq!(action_for(shift_space), Some(KeyAction::Previous));
        assert_eq!(action_for(press("Home")), Some(KeyAction::First));
        assert_eq!(action_for(press("End")), Some(KeyAction::Last));
    }

    #[test]
    fn letters_work_in_either_case_whatever_the_layout() {
        for (key, action) in [
            ("g", KeyAction::GoTo),
            ("G", KeyAction::GoTo),
            ("o", KeyAction::Overview),
            ("Escape", KeyAction::Overview),
            ("b", KeyAction::Blackout),
            (".", KeyAction::Blackout),
            ("F", KeyAction::Fullscreen),
            ("?", KeyAction::Help),
            ("p", KeyAction::Presenter),
        ] {
            assert_eq!(action_for(press(key)), Some(action), "{key}");
        }
    }

    #[test]
    fn on_a_choice_its_keys_choose_and_the_clicker_still_moves() {
        let on_choice = |key| KeyPress {
            on_choice: true,
            ..press(key)
        };
        for key in [
            "ArrowLeft",
            "ArrowRight",
            "ArrowUp",
            "ArrowDown",
            " ",
            "Home",
            "End",
        ] {
            assert_eq!(action_for(on_choice(key)), None, "{key}");
        }
        assert_eq!(action_for(on_choice("PageDown")), Some(KeyAction::Next));
        assert_eq!(action_for(on_choice("PageUp")), Some(KeyAction::Previous));
        assert_eq!(action_for(on_choice("b")), Some(KeyAction::Blackout));
    }

    #[test]
    fn typing_in_a_text_field_never_triggers_anything() {
        for key in [
            "ArrowRight",
            "ArrowLeft",
            " ",
            "PageDown",
            "Home",
            "End",
            "b",
            "g",
            "?",
            "p",
            "f",
            "o",
        ] {
            let typing = KeyPress {
                in_text_field: true,
                ..press(key)
            };
            assert_eq!(action_for(typing), None, "{key}");
        }
    }

    #[test]
    fn space_on_a_focused_button_presses_it_but_arrows_still_move() {
        let on_button = |key| KeyPress {
            on_control: true,
            ..press(key)
        };
        assert_eq!(action_for(on_button(" ")), None);
        assert_eq!(action_for(on_button("ArrowRight")), Some(KeyAction::Next));
    }

    #[test]
    fn shortcuts_with_modifiers_and_other_keys_are_left_to_the_browser() {
        let ctrl = KeyPress {
            command_modifier: true,
            ..press("ArrowLeft")
        };
        assert_eq!(action_for(ctrl), None);
        let ctrl_f = KeyPress {
            command_modifier: true,
            ..press("f")
        };
        assert_eq!(action_for(ctrl_f), None);
        assert_eq!(action_for(press("a")), None);
        assert_eq!(action_for(press("Enter")), None);
    }

    #[test]
    fn every_key_in_the_map_does_what_the_map_says() {
        for (names, action) in KEY_MAP {
            for name in *names {
                let (shift, key) = match name.strip_prefix("Shift+") {
                    Some(key) => (true, key),
                    None => (false, *name),
                };
                assert_eq!(
                    action_for(KeyPress {
                        shift,
                        ..press(key)
                    }),
                    Some(*action),
                    "{name}"
                );
            }
        }
    }

    #[test]
    fn the_key_map_lists_every_action_once() {
        let actions: Vec<KeyAction> = KEY_MAP.iter().map(|(_, action)| *action).collect();
        for (index, action) in actions.iter().enumerate() {
            assert!(!actions[index + 1..].contains(action), "{action:?} twice");
        }
        assert_eq!(actions.len(), 10);
    }
}
