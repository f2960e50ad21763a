//! Changes another tab makes to localStorage.

use leptos::ev;
use leptos::prelude::window;
use leptos_use_event_listener::use_event_listener;

/// Calls `changed` whenever another tab of this origin writes or removes `key`, or clears the
/// storage, with the value written (`None` when it was removed), until the current owner is
/// cleaned up. The tab that writes is not told. For the state of a key, read the storage
/// itself: the event's copy may already be out of date when it arrives.
pub fn use_other_tab_write(key: impl Into<String>, changed: impl Fn(Option<String>) + 'static) {
    listen_for(key.into(), Box::new(changed));
}

/// [`use_other_tab_write`], not generic: one listener's code, whoever listens.
fn listen_for(key: String, changed: Box<dyn Fn(Option<String>)>) {
    let _ = use_event_listener(window(), ev::storage, move |event| {
        // `clear()` sends a null key: every key is gone.
        if event.key().as_deref().is_none_or(|written| written == key) {
            changed(event.new_value());
        }
    });
}
