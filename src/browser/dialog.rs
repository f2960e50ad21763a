//! Modal dialogs (`<dialog>`): the browser traps focus, closes on Escape and restores focus.

/// Opens `dialog` as a modal; nothing happens if it is already open.
pub fn open_modal(dialog: &web_sys::HtmlDialogElement) {
    if !dialog.open() {
        let _ = dialog.show_modal();
    }
}

/// Closes `dialog`.
pub fn close(dialog: &web_sys::HtmlDialogElement) {
    dialog.close();
}
