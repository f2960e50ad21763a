//! Printing: the print dialog, and what is printed (the handout; see `style/notes.css`).

use std::cell::RefCell;
use std::rc::Rc;

use super::events::{listen, on_window};

thread_local! {
    /// What is being printed, while it is in the page.
    static PRINTED: RefCell<Option<web_sys::Element>> = const { RefCell::new(None) };
}

/// Opens the print dialog, where the user can also save as PDF.
pub fn print_page() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Whenever printing starts (the print dialog, Ctrl+P, or print media emulated), puts what
/// `build` makes at the end of `<body>`, and takes it out when printing ends. Nothing is built
/// until then: the page carries no hidden copy to keep up to date.
pub fn while_printing(build: impl Fn() -> Option<web_sys::Element> + 'static) {
    let build = Rc::new(build);
    let start = {
        let build = Rc::clone(&build);
        move || {
            stop();
            let Some(printed) = build() else {
                return;
            };
            if let Some(body) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.body())
            {
                let _ = body.append_child(&printed);
                PRINTED.with_borrow_mut(|shown| *shown = Some(printed));
            }
        }
    };
    let on_start = start.clone();
    on_window("beforeprint", move |_| on_start());
    on_window("afterprint", |_| stop());
    // Some ways of printing (and emulated print media) send no beforeprint: the print media
    // query changes all the same.
    let Some(query) = web_sys::window().and_then(|w| w.match_media("print").ok().flatten()) else {
        return;
    };
    let watched = query.clone();
    listen(
        &query,
        "change",
        Box::new(move |_| {
            if watched.matches() {
                if PRINTED.with_borrow(Option::is_none) {
                    start();
                }
            } else {
                stop();
            }
        }),
    );
}

/// Takes what is printed out of the page.
fn stop() {
    if let Some(printed) = PRINTED.with_borrow_mut(Option::take) {
        printed.remove();
    }
}
