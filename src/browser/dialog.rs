//! Modal dialogs (`<dialog>`): the browser traps focus, closes on Escape and restores focus.

use wasm_bindgen::JsCast;

/// Opens `dialog` as a modal, unless it is open already.
pub fn open_modal(dialog: &web_sys::HtmlDialogElement) {
    if !dialog.open() {
        let _ = dialog.show_modal();
    }
}

/// Whether the dialog an `event` (its `close`) came from is still in the page: `close` also
/// arrives a task after a dialog was closed by its own removal.
pub fn is_still_in_page(event: &web_sys::Event) -> bool {
    event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::Node>().ok())
        .is_some_and(|node| node.is_connected())
}
