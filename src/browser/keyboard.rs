//! Reads the page's key presses into the plain [`KeyPress`] the key map understands.

use wasm_bindgen::JsCast;

use super::events::on_window;
use crate::keys::KeyPress;

/// For every key pressed on the page: `read` says what it means, if anything, and `act` acts on
/// it. When `act` returns true the key was taken, and the browser does not also act on it (no
/// scrolling on Space or the arrows).
pub fn on_key_down<A>(
    read: impl Fn(KeyPress<'_>) -> Option<A> + 'static,
    act: impl Fn(A) -> bool + 'static,
) {
    on_window("keydown", move |event| {
        let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
            return;
        };
        if let Some(action) = read_key_press(event, &read) {
            if act(action) {
                event.prevent_default();
            }
        }
    });
}

/// Calls `with_press` with the key press that `event` describes.
fn read_key_press<R>(
    event: &web_sys::KeyboardEvent,
    with_press: impl FnOnce(KeyPress<'_>) -> R,
) -> R {
    let target = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
    let tag = target
        .as_ref()
        .map(|e| e.tag_name().to_ascii_lowercase())
        .unwrap_or_default();
    let editable = target
        .as_ref()
        .and_then(|e| e.dyn_ref::<web_sys::HtmlElement>())
        .is_some_and(|e| e.is_content_editable());
    // Inside an open dialog (ours or any other), keys belong to the dialog.
    let in_dialog = target
        .as_ref()
        .is_some_and(|e| e.closest("dialog[open]").ok().flatten().is_some());
    let key = event.key();
    with_press(KeyPress {
        key: &key,
        shift: event.shift_key(),
        command_modifier: event.ctrl_key() || event.alt_key() || event.meta_key(),
        in_text_field: in_dialog
            || editable
            || matches!(tag.as_str(), "input" | "textarea" | "select"),
        on_control: matches!(tag.as_str(), "a" | "button" | "summary"),
    })
}
