//! Copying text to the clipboard.
//!
//! Not leptos-use's `use_clipboard`: it says when a copy worked, but never when the browser
//! refused one (no permission, an insecure context), and the export must say both.

use wasm_bindgen_futures::JsFuture;

/// Copies `text`; true once it is on the clipboard, false when the browser refused.
pub async fn copy_text(text: &str) -> bool {
    let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) else {
        return false;
    };
    JsFuture::from(clipboard.write_text(text)).await.is_ok()
}
