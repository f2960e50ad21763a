//! Browser features for presenting: fullscreen, the screen wake lock, the idle cursor, the
//! colour theme, a second window, and the time.

use std::cell::Cell;
use std::rc::Rc;

use crate::reactive::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::events::{listen, on_window};
use super::promise::on_settled;

/// How long the pointer must rest before the cursor hides, in milliseconds.
const CURSOR_IDLE_MS: u64 = 2500;

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Milliseconds since the epoch (Playwright's clock controls it in tests).
pub fn now_ms() -> u64 {
    // `Date.now()` is a whole number of milliseconds.
    js_sys::Date::now() as u64
}

/// A random number, to seed a draw (see [`crate::exercises::cast::draw`]).
pub fn random_seed() -> u64 {
    (js_sys::Math::random() * 9_007_199_254_740_992.0) as u64 // 2^53
}

/// A random id of `a-z0-9`, for pairing windows and telling them apart.
pub fn random_id() -> String {
    let n = (js_sys::Math::random() * 2_176_782_336.0) as u64; // 36^6
    let mut id = String::new();
    let mut rest = n.max(1);
    while rest > 0 {
        let digit = (rest % 36) as u32;
        id.push(char::from_digit(digit, 36).unwrap_or('0'));
        rest /= 36;
    }
    id
}

/// Enters fullscreen, or leaves it.
pub fn toggle_fullscreen() {
    let Some(document) = document() else { return };
    if document.fullscreen_element().is_some() {
        document.exit_fullscreen();
    } else if let Some(root) = document.document_element() {
        let _ = root.request_fullscreen();
    }
}

/// Asks the browser to keep the screen on while the page is visible, where it can; asks again
/// whenever the page becomes visible (the browser drops the lock when it is hidden).
pub fn keep_screen_awake() {
    fn request() {
        let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
            return;
        };
        let Ok(wake_lock) = js_sys::Reflect::get(&navigator, &JsValue::from_str("wakeLock")) else {
            return;
        };
        if wake_lock.is_undefined() {
            return;
        }
        let request = js_sys::Reflect::get(&wake_lock, &JsValue::from_str("request"))
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
        if let Some(request) = request {
            if let Ok(promise) = request.call1(&wake_lock, &JsValue::from_str("screen")) {
                if let Ok(promise) = promise.dyn_into::<js_sys::Promise>() {
                    // A refusal (battery saver, a hidden page) is fine: the screen may just sleep.
                    on_settled(&promise, |_| {});
                }
            }
        }
    }
    request();
    on_window("visibilitychange", |_| {
        if document().is_some_and(|d| d.visibility_state() == web_sys::VisibilityState::Visible) {
            request();
        }
    });
}

/// Hides the mouse cursor after it rests for a moment (`html.cursor-idle`), and shows it again
/// when it moves. Marks fullscreen on `<html data-fullscreen>`; entering it starts the rest at
/// once, so the bars of `style/stage.css` fade even if the mouse never moves.
pub fn hide_idle_cursor() {
    let pending = Rc::new(Cell::new(None::<TimeoutHandle>));
    let root = || document().and_then(|d| d.document_element());
    let set_idle = move |idle: bool| {
        if let Some(root) = root() {
            let _ = root.class_list().toggle_with_force("cursor-idle", idle);
        }
    };
    let restart = move || {
        set_idle(false);
        if let Some(handle) = pending.take() {
            handle.clear();
        }
        let handle = set_timeout_with_handle(
            move || set_idle(true),
            std::time::Duration::from_millis(CURSOR_IDLE_MS),
        );
        pending.set(handle.ok());
    };
    let on_move = restart.clone();
    on_window("mousemove", move |_| on_move());
    if let Some(page) = document() {
        listen(
            &page,
            "fullscreenchange",
            Box::new(move |_| {
                let full = document().is_some_and(|d| d.fullscreen_element().is_some());
                if let Some(root) = root() {
                    let _ = root.toggle_attribute_with_force("data-fullscreen", full);
                }
                restart();
            }),
        );
    }
}

/// Applies a colour theme to `<html data-theme>`. `resolved` is "light", "dark" or "projector".
pub fn apply_theme(resolved: &str) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-theme", resolved);
    }
}

fn dark_query() -> Option<web_sys::MediaQueryList> {
    web_sys::window()?
        .match_media("(prefers-color-scheme: dark)")
        .ok()
        .flatten()
}

/// Whether the operating system asks for dark colours.
pub fn system_prefers_dark() -> bool {
    dark_query().is_some_and(|query| query.matches())
}

/// Calls `on_change` whenever the operating system switches between light and dark.
pub fn on_system_theme_change(on_change: impl Fn() + 'static) {
    if let Some(query) = dark_query() {
        listen(&query, "change", Box::new(move |_| on_change()));
    }
}

/// Opens (or focuses) the named window at this page's address with `hash`. False when the
/// browser blocked it.
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
