//! The channel between the projector window and the presenter window.
//!
//! BroadcastChannel where the browser has it; otherwise a localStorage key whose `storage`
//! event reaches the other window. Both are same-origin by design (a BroadcastChannel message
//! whose origin is not this page's is dropped as well). Re-opened on every load, so either
//! window can reload.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::events::listen;
use super::{storage, storage_events};
use crate::sync::{accept, encode, SyncEvent, SyncMessage};

/// One window's end of the channel of a pair.
pub struct SyncChannel {
    pair: String,
    me: String,
    channel: Option<web_sys::BroadcastChannel>,
}

fn fallback_key(pair: &str) -> String {
    format!("devops-workshop.sync.{pair}")
}

fn own_origin() -> String {
    web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default()
}

impl SyncChannel {
    /// Opens the channel of `pair` for this window (`me`), calling `on_event` for each event
    /// from the other window.
    pub fn open(pair: &str, me: &str, on_event: impl Fn(SyncEvent) + 'static) -> SyncChannel {
        let (pair, me) = (pair.to_string(), me.to_string());
        let channel = web_sys::BroadcastChannel::new(&format!("devops-workshop.{pair}")).ok();
        let deliver = {
            let (pair, me) = (pair.clone(), me.clone());
            move |raw: String| {
                if let Some(event) = accept(&raw, &pair, &me) {
                    on_event(event);
                }
            }
        };
        match &channel {
            // The channel lives as long as the page.
            Some(channel) => listen(
                channel,
                "message",
                Box::new(move |event| {
                    let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else {
                        return;
                    };
                    if event.origin() == own_origin() {
                        if let Some(raw) = event.data().as_string() {
                            deliver(raw);
                        }
                    }
                }),
            ),
            None => storage_events::on_other_tab_write(fallback_key(&pair), move |written| {
                if let Some(raw) = written {
                    deliver(raw);
                }
            }),
        }
        SyncChannel { pair, me, channel }
    }

    /// Sends `event` to the other window of the pair.
    pub fn send(&self, event: SyncEvent) {
        let message = SyncMessage {
            pair: self.pair.clone(),
            from: self.me.clone(),
            event,
        };
        match &self.channel {
            Some(channel) => {
                let _ = channel.post_message(&JsValue::from_str(&encode(&message)));
            }
            // A storage event fires only on a change: removing the key right away lets the next
            // identical message be a change again.
            None => {
                let key = fallback_key(&self.pair);
                let _ = storage::set(&key, &message);
                storage::delete(&key);
            }
        }
    }
}
