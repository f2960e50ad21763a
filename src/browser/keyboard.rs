//! Reads a key press into the plain [`KeyPress`] the key map understands.

use wasm_bindgen::JsCast;

use crate::keys::KeyPress;

/// Calls `with_press` with the key press that `event` describes: the key, its modifiers, and
/// whether the focus is where keys type text (a field, or any open dialog), activate a
/// control or choose (a radio button or a slider).
pub fn read_key_press<R>(
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
    // Radios and sliders take arrows, not text.
    let input_type = target
        .as_ref()
        .filter(|_| tag == "input")
        .and_then(|e| e.get_attribute("type"))
        .unwrap_or_default();
    let on_choice = matches!(input_type.as_str(), "radio" | "range");
    let key = event.key();
    with_press(KeyPress {
        key: &key,
        shift: event.shift_key(),
        command_modifier: event.ctrl_key() || event.alt_key() || event.meta_key(),
        in_text_field: in_dialog
            || editable
            || (matches!(tag.as_str(), "input" | "textarea" | "select") && !on_choice),
        on_control: matches!(tag.as_str(), "a" | "button" | "summary"),
        on_choice,
    })
}
