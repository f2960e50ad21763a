//! Printing: the print dialog, and when the page is being printed.

use leptos::ev;
use leptos::prelude::*;
use leptos_use_event_listener::use_event_listener;
use leptos_use_media_query::use_media_query;

/// Opens the print dialog, where the user can also save as PDF.
pub fn print_page() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Calls `start` whenever printing starts (the print dialog, Ctrl+P, or print media emulated)
/// and `stop` when it ends, until the current owner is cleaned up. `start` may be called twice
/// for one printing: some ways of printing send `beforeprint`, all of them change the print
/// media query.
pub fn use_printing_events(start: impl Fn() + Clone + 'static, stop: impl Fn() + Clone + 'static) {
    let on_start = start.clone();
    let _ = use_event_listener(window(), ev::beforeprint, move |_| on_start());
    let on_stop = stop.clone();
    let _ = use_event_listener(window(), ev::afterprint, move |_| on_stop());
    let printing = use_media_query("print");
    Effect::new(move |before: Option<bool>| {
        let now = printing.get();
        if before.is_some_and(|before| before != now) {
            if now {
                start();
            } else {
                stop();
            }
        }
        now
    });
}
