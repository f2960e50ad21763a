//! Modal dialogs (`<dialog>`): the browser traps focus, closes on Escape and restores focus.

use wasm_bindgen::JsCast;

/// Opens `dialog` as a modal; nothing happens if it is already open, or is not a `<dialog>`.
pub fn open_modal(dialog: &web_sys::Element) {
    if let Some(dialog) = dialog.dyn_ref::<web_sys::HtmlDialogElement>() {
        if !dialog.open() {
            let _ = dialog.show_modal();
        }
    }
}

/// Closes `dialog`.
pub fn close(dialog: &web_sys::Element) {
    if let Some(dialog) = dialog.dyn_ref::<web_sys::HtmlDialogElement>() {
        dialog.close();
    }
}
