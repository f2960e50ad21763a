//! The state of the facilitator's controls, shared by the toolbar, the overlays, the timer and
//! the presenter view.

use leptos::prelude::*;
use leptos_use_media_query::use_media_query;

use crate::browser::clock::now_ms;
use crate::browser::clock_storage::{clock_key, load_clock, save_clock};
use crate::browser::focus::{self, FocusedElement};
use crate::browser::second_window::open_window;
use crate::browser::storage_events::use_other_tab_write;
use crate::browser::sync_channel::Outbox;
use crate::browser::{document, storage};
use crate::content::ScreenId;
use crate::i18n::Lang;
use crate::route::Route;
use crate::sync::SyncEvent;
use crate::theme::Theme;
use crate::timer::WorkshopClock;

/// The localStorage key of the chosen theme.
const THEME_KEY: &str = "devops-workshop.theme";

/// How often the clocks on screen are redrawn, in milliseconds.
const TICK_MS: u64 = 500;

/// An overlay over the screen. One at a time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Overlay {
    /// Every screen, grouped, with the agenda.
    Overview,
    /// The go-to box.
    GoTo,
    /// The list of keys.
    Help,
}

/// A change of the workshop clock at a time (ms), boxed so its caller's code is in the wasm once.
type ClockChange<'a> = Box<dyn FnOnce(&mut WorkshopClock, u64) + 'a>;

/// The controls' state. Cheap to copy.
#[derive(Clone, Copy)]
pub struct Controls {
    /// The open overlay, if any.
    pub overlay: RwSignal<Option<Overlay>>,
    /// The projector is blacked out.
    pub blackout: RwSignal<bool>,
    /// The workshop clock.
    pub clock: RwSignal<WorkshopClock>,
    /// The time now, redrawn every tick, for the clocks on screen.
    pub now: RwSignal<u64>,
    /// The chosen theme.
    pub theme: RwSignal<Theme>,
    /// The browser blocked the presenter window.
    pub presenter_blocked: RwSignal<bool>,
    /// A language asked for whose texts could not be fetched (offline, never shown here).
    pub lang_unavailable: RwSignal<Option<crate::i18n::Lang>>,
    /// Made once per page and kept for its whole life.
    pair: &'static str,
    /// Where the focus was when the first of a row of overlays opened: it goes back there
    /// once the last one closes.
    return_focus: StoredValue<Option<FocusedElement>, LocalStorage>,
    /// The channel to the other window of the pair: not open yet (with what opens it), or
    /// open. Opened only once a presenter window is expected.
    channel: StoredValue<Channel, LocalStorage>,
}

/// The channel to the other window, as far as it is open.
enum Channel {
    /// Not open; this opens it (under the app's owner), and the last move made meanwhile is
    /// told once it is.
    Closed(
        Option<(Owner, Box<dyn FnOnce() -> Outbox>)>,
        Option<SyncEvent>,
    ),
    /// Open.
    Open(Outbox),
}

impl Controls {
    /// The controls of the window pair `pair`: its stored clock and theme, a ticking `now`,
    /// and the clock kept in step with the other window through the `storage` event. Made once,
    /// by the app.
    pub fn new(pair: &str) -> Controls {
        let controls = Controls {
            overlay: RwSignal::new(None),
            blackout: RwSignal::new(false),
            clock: RwSignal::new(load_clock(pair)),
            now: RwSignal::new(now_ms()),
            theme: RwSignal::new(stored_theme()),
            presenter_blocked: RwSignal::new(false),
            lang_unavailable: RwSignal::new(None),
            pair: Box::leak(pair.into()),
            return_focus: StoredValue::new_local(None),
            channel: StoredValue::new_local(Channel::Closed(None, None)),
        };
        if let Ok(tick) = set_interval_with_handle(
            move || controls.now.set(now_ms()),
            std::time::Duration::from_millis(TICK_MS),
        ) {
            on_cleanup(move || tick.clear());
        }
        use_other_tab_write(clock_key(pair), move |_| {
            controls.clock.set(load_clock(controls.pair));
        });
        use_other_tab_write(THEME_KEY, move |_| controls.theme.set(stored_theme()));
        let prefers_dark = use_media_query("(prefers-color-scheme: dark)");
        Effect::new(move |_| {
            let resolved = match controls.theme.get() {
                Theme::System if prefers_dark.get() => "dark",
                Theme::System | Theme::Light => "light",
                Theme::Dark => "dark",
                Theme::Projector => "projector",
            };
            document::set_root_attribute("data-theme", resolved);
        });
        controls
    }

    /// Opens `overlay` in place of any other.
    pub fn open_overlay(&self, overlay: Overlay) {
        if self.overlay.with_untracked(Option::is_none) {
            self.return_focus.update_value(|kept| {
                kept.get_or_insert_with(|| focus::focused().unwrap_or_default());
            });
        }
        self.overlay.set(Some(overlay));
    }

    /// Closes the open overlay. Once it is out of the page, and unless another took its place,
    /// the focus goes back to where it was before the first one opened (an overlay closes by
    /// leaving the page, so the browser does not give the focus back itself).
    pub fn close_overlay(&self) {
        if self.overlay.with_untracked(Option::is_some) {
            self.overlay.set(None);
        }
        let controls = *self;
        request_animation_frame(move || {
            if controls.overlay.with_untracked(Option::is_none) {
                if let Some(kept) = controls
                    .return_focus
                    .try_update_value(Option::take)
                    .flatten()
                {
                    kept.restore();
                }
            }
        });
    }

    /// Takes away the open overlay without giving the focus back: the screen changed, and its
    /// heading takes the focus.
    pub fn drop_overlay(&self) {
        self.return_focus.set_value(None);
        if self.overlay.with_untracked(Option::is_some) {
            self.overlay.set(None);
        }
    }

    /// The pair id shared with the other window.
    pub fn pair(&self) -> &'static str {
        self.pair
    }

    /// Changes the clock at the current time, then stores it (the other window follows).
    pub fn update_clock(&self, change: impl FnOnce(&mut WorkshopClock, u64)) {
        self.change_clock(Box::new(change));
    }

    /// [`Self::update_clock`] with the change boxed: its code is in the wasm once.
    fn change_clock(&self, change: ClockChange<'_>) {
        let now = now_ms();
        self.now.set(now);
        self.clock.update(|clock| change(clock, now));
        self.clock
            .with_untracked(|clock| save_clock(self.pair, clock));
    }

    /// Says how to open the channel to the other window of the pair; [`Self::connect`]
    /// opens it.
    pub fn open_channel_with(&self, open: impl FnOnce() -> Outbox + 'static) {
        let opener = Owner::current().map(|owner| (owner, Box::new(open) as Box<_>));
        self.channel.set_value(Channel::Closed(opener, None));
    }

    /// Opens the channel to the other window, once, and says hello: the other window answers
    /// with what it shows. A move made here before the channel opened (a key pressed as the
    /// window appeared) is told then; the other window follows it if it is the newer move.
    pub fn connect(&self) {
        let opened = self.channel.try_update_value(|channel| match channel {
            Channel::Closed(open, moved) => {
                let moved = moved.take();
                open.take().map(|(owner, open)| {
                    *channel = Channel::Open(owner.with(open));
                    moved
                })
            }
            Channel::Open(_) => None,
        });
        if let Some(moved) = opened.flatten() {
            self.broadcast(SyncEvent::Hello);
            if let Some(moved) = moved {
                self.broadcast(moved);
            }
        }
    }

    /// Tells the other window of the pair, if the channel is open; a move made while it is
    /// not is kept, the last one, for [`Self::connect`].
    pub fn broadcast(&self, event: SyncEvent) {
        self.channel.update_value(|channel| match channel {
            Channel::Open(send) => send(event),
            Channel::Closed(_, moved) => {
                if matches!(event, SyncEvent::Show { .. }) {
                    *moved = Some(event);
                }
            }
        });
    }

    /// Blacks out the projector, or brings it back, here and in the other window; a running
    /// clock pauses meanwhile.
    pub fn set_blackout(&self, on: bool) {
        // Only a change notifies: the notices that follow it are announced once.
        if self.blackout.get_untracked() != on {
            self.blackout.set(on);
        }
        self.update_clock(|clock, now| clock.set_blackout(on, now));
        self.broadcast(SyncEvent::Blackout { on });
    }

    /// Follows a blackout made in the other window (which already paused the clock).
    pub fn follow_blackout(&self, on: bool) {
        if self.blackout.get_untracked() != on {
            self.blackout.set(on);
        }
    }

    /// Opens the presenter view of step `step` of `shown`, in `lang`, in a second window paired
    /// with this one, or says that the browser blocked it.
    pub fn open_presenter(&self, lang: Lang, shown: ScreenId, step: u8) {
        // Open before the window, so that the presenter's hello finds it.
        self.connect();
        crate::app::remember_presenter_opened();
        let hash = Route::presenter_hash_for(self.pair, lang, shown, step);
        let opened = open_window(&hash, &format!("devops-workshop-presenter-{}", self.pair));
        self.presenter_blocked.set(!opened);
    }

    /// Moves to the next theme and remembers it.
    pub fn cycle_theme(&self) {
        let next = self.theme.get_untracked().next();
        self.theme.set(next);
        let _ = storage::set(THEME_KEY, &next.code());
    }
}

/// The theme chosen last time in this browser, or the default.
fn stored_theme() -> Theme {
    storage::get::<String>(THEME_KEY)
        .ok()
        .flatten()
        .map(|code| Theme::from_code(&code))
        .unwrap_or_default()
}
