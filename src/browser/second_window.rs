//! The presenter's second window.

/// Opens (or focuses) the window named `name` at this page's address with `hash`. False when
/// the browser blocked it.
pub fn open_window(hash: &str, name: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let location = window.location();
    let base = format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    matches!(
        window.open_with_url_and_target(&format!("{base}{hash}"), name),
        Ok(Some(_))
    )
}
