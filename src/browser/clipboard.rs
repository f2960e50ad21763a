//! Copying text to the clipboard.

use super::promise::on_settled;

/// Copies `text`, then calls `done(true)` when it is on the clipboard, or `done(false)` when
/// the browser refused (no permission, insecure context, no clipboard).
pub fn copy_text(text: &str, done: impl FnOnce(bool) + 'static) {
    let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) else {
        done(false);
        return;
    };
    on_settled(&clipboard.write_text(text), move |result| {
        done(result.is_ok())
    });
}
