//! Changes another tab makes to localStorage, through one `storage` listener for the page.

use std::cell::RefCell;

use wasm_bindgen::JsCast;

use super::events::on_window;

type Watcher = (String, Box<dyn Fn(Option<String>)>);

thread_local! {
    /// The keys watched, each with what to call; the listener is added with the first.
    static WATCHERS: RefCell<Vec<Watcher>> = const { RefCell::new(Vec::new()) };
}

/// Calls `changed` whenever another tab of this origin writes or removes `key`, or clears the
/// storage, with the value written (`None` when it was removed). The tab that writes is not
/// told. For the state of a key, read the storage itself: the event's copy may already be out
/// of date when it arrives.
pub fn on_other_tab_write(key: impl Into<String>, changed: impl Fn(Option<String>) + 'static) {
    let first = WATCHERS.with_borrow_mut(|watchers| {
        watchers.push((key.into(), Box::new(changed)));
        watchers.len() == 1
    });
    if first {
        on_window("storage", |event| {
            let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
                return;
            };
            // `clear()` sends a null key: every watcher's key is gone.
            let written = event.key();
            WATCHERS.with_borrow(|watchers| {
                for (key, changed) in watchers {
                    if written.as_deref().is_none_or(|written| written == key) {
                        changed(event.new_value());
                    }
                }
            });
        });
    }
}
