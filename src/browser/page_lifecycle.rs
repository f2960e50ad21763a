//! When the page is about to go away: the last chance to write what was typed.

use super::events::on_window;

/// Calls `flush` when the page is hidden (tab switched, window minimised, phone locked) or
/// unloaded (tab closed, reload, navigation). Browsers may kill a hidden page without any
/// further event, so both are needed.
pub fn on_page_leaving(flush: impl Fn() + Clone + 'static) {
    let on_hide = flush.clone();
    on_window("pagehide", move |_| on_hide());
    on_window("visibilitychange", move |_| {
        let hidden = web_sys::window()
            .and_then(|w| w.document())
            .is_some_and(|d| d.visibility_state() == web_sys::VisibilityState::Hidden);
        if hidden {
            flush();
        }
    });
}
