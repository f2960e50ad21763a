//! Which key moves where. Keys are read by `KeyboardEvent.key`, never by `code`, so they work
//! on AZERTY and QWERTZ keyboards and with presentation clickers (which send PageUp/PageDown).

/// A move through the workshop.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NavAction {
    /// To the next screen.
    Next,
    /// To the previous screen.
    Previous,
    /// To the first screen.
    First,
    /// To the last screen.
    Last,
}

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
    /// The focus is on a link or button, where Space activates it.
    pub on_control: bool,
}

/// The move a key press asks for, if any.
///
/// ```
/// use workshop::keys::{action_for, KeyPress, NavAction};
/// let press = KeyPress { key: "PageDown", ..KeyPress::default() };
/// assert_eq!(action_for(press), Some(NavAction::Next));
/// ```
pub fn action_for(press: KeyPress<'_>) -> Option<NavAction> {
    if press.in_text_field || press.command_modifier || (press.on_control && press.key == " ") {
        return None;
    }
    match (press.key, press.shift) {
        ("ArrowRight" | "PageDown", _) | (" ", false) => Some(NavAction::Next),
        ("ArrowLeft" | "PageUp", _) | (" ", true) => Some(NavAction::Previous),
        ("Home", _) => Some(NavAction::First),
        ("End", _) => Some(NavAction::Last),
        _ => None,
    }
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
        assert_eq!(action_for(press("ArrowRight")), Some(NavAction::Next));
        assert_eq!(action_for(press("ArrowLeft")), Some(NavAction::Previous));
        assert_eq!(action_for(press("PageDown")), Some(NavAction::Next));
        assert_eq!(action_for(press("PageUp")), Some(NavAction::Previous));
        assert_eq!(action_for(press(" ")), Some(NavAction::Next));
        assert_eq!(
            action_for(KeyPress {
                shift: true,
                ..press(" ")
            }),
            Some(NavAction::Previous)
        );
        assert_eq!(action_for(press("Home")), Some(NavAction::First));
        assert_eq!(action_for(press("End")), Some(NavAction::Last));
    }

    #[test]
    fn typing_in_a_text_field_never_navigates() {
        for key in ["ArrowRight", "ArrowLeft", " ", "PageDown", "Home", "End"] {
            assert_eq!(
                action_for(KeyPress {
                    in_text_field: true,
                    ..press(key)
                }),
                None,
                "{key}"
            );
        }
    }

    #[test]
    fn space_on_a_focused_button_presses_it_but_arrows_still_move() {
        let on_button = |key| KeyPress {
            on_control: true,
            ..press(key)
        };
        assert_eq!(action_for(on_button(" ")), None);
        assert_eq!(action_for(on_button("ArrowRight")), Some(NavAction::Next));
    }

    #[test]
    fn shortcuts_with_modifiers_and_other_keys_are_left_to_the_browser() {
        assert_eq!(
            action_for(KeyPress {
                command_modifier: true,
                ..press("ArrowLeft")
            }),
            None
        );
        assert_eq!(action_for(press("a")), None);
        assert_eq!(action_for(press("Enter")), None);
    }
}
