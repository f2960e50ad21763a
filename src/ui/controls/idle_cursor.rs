//! The mouse cursor hides while the pointer rests; in fullscreen the bars fade with it.
//!
//! Not leptos-use's `use_idle`: its event filters cost 3.8 KB (zlib -9) of every first visit,
//! for what one listener and one of Leptos's timeouts do here.

use std::time::Duration;

use leptos::ev;
use leptos::prelude::*;
use leptos_use_event_listener::use_event_listener;

use crate::browser::document;
use crate::browser::fullscreen::is_fullscreen;

/// How long the pointer must rest before the cursor hides.
const CURSOR_IDLE: Duration = Duration::from_millis(2500);

/// Hides the mouse cursor after it rests for a moment (`html.cursor-idle`), and shows it again
/// when it moves. Marks fullscreen on `<html data-fullscreen>`; entering it starts the rest at
/// once, so the bars of `style/stage.css` fade even if the mouse never moves.
pub fn use_idle_cursor() {
    let rest = StoredValue::new_local(None::<TimeoutHandle>);
    let restart = move || {
        document::set_root_class("cursor-idle", false);
        let next = set_timeout_with_handle(
            || document::set_root_class("cursor-idle", true),
            CURSOR_IDLE,
        )
        .ok();
        if let Some(before) = rest
            .try_update_value(|rest| std::mem::replace(rest, next))
            .flatten()
        {
            before.clear();
        }
    };
    let _ = use_event_listener(window(), ev::mousemove, move |_| restart());
    let _ = use_event_listener(document(), ev::fullscreenchange, move |_| {
        document::set_root_flag("data-fullscreen", is_fullscreen());
        restart();
    });
}
