//! Printing the page (the handout; see `style/notes.css`).

/// Opens the print dialog, where the user can also save as PDF.
pub fn print_page() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}
