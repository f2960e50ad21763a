//! The channel between the projector window and the presenter window.
//!
//! A BroadcastChannel where the browser has one; otherwise a localStorage key whose `storage`
//! event reaches the other window. A message is only taken from this page's origin (the
//! `MessageEvent`'s origin; a `storage` event only ever comes from it), and [`accept`] drops
//! what another pair sent and this window's own echo. Opened under the current owner, on every
//! load, so either window can reload; closed with the owner.
//!
//! Not leptos-use's `use_broadcast_channel`: it hides the message's origin, opens the channel
//! only after the first render (so a hello sent at once is lost), and costs 4 KB (zlib -9) more
//! than this, in every first visit.

use leptos::ev;
use leptos::prelude::*;
use leptos_use_event_listener::use_event_listener;
use wasm_bindgen::JsValue;

use super::storage;
use super::storage_events::use_other_tab_write;
use crate::sync::{accept, encode, SyncEvent, SyncMessage};

/// What sends an event to the other window of the pair.
pub type Outbox = Box<dyn Fn(SyncEvent)>;

fn fallback_key(pair: &str) -> String {
    format!("devops-workshop.sync.{pair}")
}

/// Opens the channel of `pair` for this window (`me`), calling `on_event` for each event from
/// the other window; returns what sends to it. The channel closes with the current owner.
pub fn use_sync_channel(pair: &str, me: &str, on_event: impl Fn(SyncEvent) + 'static) -> Outbox {
    let deliver = {
        let (pair, me) = (pair.to_string(), me.to_string());
        move |raw: &str| {
            if let Some(event) = accept(raw, &pair, &me) {
                on_event(event);
            }
        }
    };
    let (sender_pair, me) = (pair.to_string(), me.to_string());
    let message_of = move |event: SyncEvent| {
        encode(&SyncMessage {
            pair: sender_pair.clone(),
            from: me.clone(),
            event,
        })
    };
    if broadcast_channel_offered() {
        broadcast(&format!("devops-workshop.{pair}"), message_of, deliver)
    } else {
        through_storage(fallback_key(pair), message_of, deliver)
    }
}

fn broadcast_channel_offered() -> bool {
    js_sys::Reflect::has(&js_sys::global(), &JsValue::from_str("BroadcastChannel")).unwrap_or(false)
}

fn own_origin() -> String {
    web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default()
}

fn broadcast(
    name: &str,
    message_of: impl Fn(SyncEvent) -> String + 'static,
    deliver: impl Fn(&str) + 'static,
) -> Outbox {
    let Ok(channel) = web_sys::BroadcastChannel::new(name) else {
        return Box::new(|_| {});
    };
    let _ = use_event_listener(channel.clone(), ev::message, move |event| {
        if event.origin() == own_origin() {
            if let Some(raw) = event.data().as_string() {
                deliver(&raw);
            }
        }
    });
    let closed = channel.clone();
    on_cleanup(move || closed.close());
    Box::new(move |event| {
        let _ = channel.post_message(&JsValue::from_str(&message_of(event)));
    })
}

fn through_storage(
    key: String,
    message_of: impl Fn(SyncEvent) -> String + 'static,
    deliver: impl Fn(&str) + 'static,
) -> Outbox {
    use_other_tab_write(key.clone(), move |written| {
        if let Some(raw) = written {
            deliver(&raw);
        }
    });
    Box::new(move |event| {
        // A storage event fires only on a change: removing the key right away lets the next
        // identical message be a change again.
        if storage::write_raw(&key, &message_of(event)).is_ok() {
            storage::delete(&key);
        }
    })
}
