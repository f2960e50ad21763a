//! Messages between the projector window and the presenter window.
//!
//! Both windows of one workshop share a pair id; messages with another pair id (a second
//! workshop open in the same browser) or from this very window are ignored.

use serde::{Deserialize, Serialize};

use crate::content::ScreenId;
use crate::i18n::Lang;
use crate::route::{is_valid_pair, place_from_path, place_path};

/// What one window tells the other.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SyncEvent {
    /// A window has just (re)loaded; the projector answers with what it shows.
    Hello,
    /// Show this screen in this language.
    Show {
        /// The language code.
        lang: String,
        /// The screen path, with the step of a paged screen (see [`place_path`]).
        path: String,
        /// When the sender navigated there (ms since the epoch): a window ignores a `Show`
        /// older than its own last move, so a late message never pulls it back.
        at: u64,
    },
    /// The projector is blacked out, or not.
    Blackout {
        /// Whether it is blacked out.
        on: bool,
    },
}

/// A message: sent on the wire as one flat object (see `Wire` below).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "Wire", into = "Wire")]
pub struct SyncMessage {
    /// The pair of windows it belongs to.
    pub pair: String,
    /// The window that sent it, so a window ignores its own echo.
    pub from: String,
    /// What happened.
    pub event: SyncEvent,
}

/// A message as it travels: `{"pair","from","kind"}` and the fields of its kind. One flat
/// struct of plain fields is the least serde code that reads a message: an enum with data
/// takes twice as much.
#[derive(Serialize, Deserialize)]
struct Wire {
    pair: String,
    from: String,
    /// `hello`, `show` or `blackout`.
    kind: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    lang: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    path: String,
    #[serde(default)]
    at: u64,
    #[serde(default)]
    on: bool,
}

impl TryFrom<Wire> for SyncMessage {
    type Error = &'static str;

    fn try_from(wire: Wire) -> Result<Self, Self::Error> {
        let event = match wire.kind.as_str() {
            "hello" => SyncEvent::Hello,
            "show" => SyncEvent::Show {
                lang: wire.lang,
                path: wire.path,
                at: wire.at,
            },
            "blackout" => SyncEvent::Blackout { on: wire.on },
            _ => return Err("not a kind of message"),
        };
        Ok(SyncMessage {
            pair: wire.pair,
            from: wire.from,
            event,
        })
    }
}

impl From<SyncMessage> for Wire {
    fn from(message: SyncMessage) -> Wire {
        let mut wire = Wire {
            pair: message.pair,
            from: message.from,
            kind: String::new(),
            lang: String::new(),
            path: String::new(),
            at: 0,
            on: false,
        };
        wire.kind = match message.event {
            SyncEvent::Hello => "hello",
            SyncEvent::Show { lang, path, at } => {
                (wire.lang, wire.path, wire.at) = (lang, path, at);
                "show"
            }
            SyncEvent::Blackout { on } => {
                wire.on = on;
                "blackout"
            }
        }
        .to_string();
        wire
    }
}

impl SyncEvent {
    /// The event that shows step `step` of `screen` in `lang`, navigated to at `at`.
    pub fn show(lang: Lang, screen: ScreenId, step: u8, at: u64) -> SyncEvent {
        SyncEvent::Show {
            lang: lang.code().to_string(),
            path: place_path(screen, step),
            at,
        }
    }

    /// The language, screen, step and time a `Show` event names, if the language and screen
    /// exist.
    pub fn shown(&self) -> Option<(Lang, ScreenId, u8, u64)> {
        match self {
            SyncEvent::Show { lang, path, at } => {
                let (screen, step) = place_from_path(path)?;
                Some((Lang::from_code(lang)?, screen, step, *at))
            }
            _ => None,
        }
    }
}

/// Encodes a message for the channel.
pub fn encode(message: &SyncMessage) -> String {
    serde_json::to_string(message).unwrap_or_default()
}

/// Reads a message meant for this window: well-formed, for `pair`, and not from `me`.
pub fn accept(raw: &str, pair: &str, me: &str) -> Option<SyncEvent> {
    if raw.len() > 1024 {
        return None;
    }
    let message: SyncMessage = serde_json::from_str(raw).ok()?;
    (is_valid_pair(&message.pair) && message.pair == pair && message.from != me)
        .then_some(message.event)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Act;

    fn message(pair: &str, from: &str, event: SyncEvent) -> String {
        encode(&SyncMessage {
            pair: pair.into(),
            from: from.into(),
            event,
        })
    }

    #[test]
    fn a_message_from_the_other_window_of_the_pair_is_accepted() {
        let show = SyncEvent::show(Lang::Nl, ScreenId::Act(Act::Two), 0, 42);
        let raw = message("team1", "projector", show);
        let event = accept(&raw, "team1", "presenter").expect("accepted");
        assert_eq!(
            event.shown(),
            Some((Lang::Nl, ScreenId::Act(Act::Two), 0, 42))
        );
        let step = SyncEvent::show(Lang::Fr, ScreenId::Summary, 2, 43);
        assert_eq!(step.shown(), Some((Lang::Fr, ScreenId::Summary, 2, 43)));
    }

    #[test]
    fn every_kind_of_event_reads_back_as_written() {
        let events = [
            SyncEvent::Hello,
            SyncEvent::show(Lang::Fr, ScreenId::first(), 0, 1_700_000_000_123),
            SyncEvent::Blackout { on: true },
            SyncEvent::Blackout { on: false },
        ];
        for event in events {
            let raw = message("team1", "projector", event.clone());
            assert_eq!(accept(&raw, "team1", "presenter"), Some(event), "{raw}");
        }
    }

    #[test]
    fn another_workshop_or_my_own_echo_is_ignored() {
        let raw = message("team1", "projector", SyncEvent::Hello);
        assert_eq!(accept(&raw, "team2", "presenter"), None);
        assert_eq!(accept(&raw, "team1", "projector"), None);
    }

    #[test]
    fn malformed_or_oversized_messages_are_ignored() {
        assert_eq!(accept("not json", "team1", "me"), None);
        assert_eq!(
            accept(
                r#"{"pair":"team1","from":"x","kind":"explode"}"#,
                "team1",
                "me"
            ),
            None
        );
        assert_eq!(
            accept(
                r#"{"pair":"team1","from":"x","kind":"show","lang":1,"path":"act/1","at":0}"#,
                "team1",
                "me"
            ),
            None
        );
        assert_eq!(
            accept(r#"{"pair":"team1","kind":"hello"}"#, "team1", "me"),
            None
        );
        let bad_pair = message("TEAM 1", "x", SyncEvent::Hello);
        assert_eq!(accept(&bad_pair, "TEAM 1", "me"), None);
        assert_eq!(accept(&"x".repeat(2000), "team1", "me"), None);
    }

    #[test]
    fn a_show_of_an_unknown_screen_names_nothing() {
        let event = SyncEvent::Show {
            lang: "nl".into(),
            path: "act/9".into(),
            at: 0,
        };
        assert_eq!(event.shown(), None);
    }
}
