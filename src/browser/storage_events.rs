//! Changes another tab makes to localStorage.

use leptos::ev;
use leptos::prelude::window_event_listener;

/// Calls `changed` with the new raw value whenever another tab of this origin writes `key`
/// (`None` when it was removed or storage was cleared). The tab that writes is not told.
pub fn on_other_tab_write(key: &'static str, changed: impl Fn(Option<String>) + 'static) {
    let _ = window_event_listener(ev::storage, move |event| match event.key() {
        Some(written) if written == key => changed(event.new_value()),
        // `clear()` sends a null key.
        None => changed(None),
        Some(_) => {}
    });
}
