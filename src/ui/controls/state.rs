//! The state of the facilitator's controls, shared by the toolbar, the overlays, the timer and
//! the presenter view.

use crate::reactive::*;

use crate::browser::clock_storage::{clock_key, load_clock, save_clock};
use crate::browser::presentation::{
    apply_theme, now_ms, on_system_theme_change, system_prefers_dark,
};
use crate::browser::{storage, storage_events};
use crate::sync::SyncEvent;
use crate::theme::Theme;
use crate::timer::WorkshopClock;
use crate::ui::live::watch;

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
    /// The channel to the other window of the pair: not open yet (with what opens it), or
    /// open. Opened only once a presenter window is expected.
    channel: StoredValue<Channel, LocalStorage>,
}

/// What sends an event to the other window of the pair.
pub type Outbox = Box<dyn Fn(SyncEvent)>;

/// The channel to the other window, as far as it is open.
enum Channel {
    /// Not open; this opens it, and the last move made meanwhile is told once it is.
    Closed(Option<Box<dyn FnOnce() -> Outbox>>, Option<SyncEvent>),
    /// Open.
    Open(Outbox),
}

impl Controls {
    /// The controls of the window pair `pair`: its stored clock and theme, a ticking `now`,
    /// and the clock kept in step with the other window through the `storage` event.
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
            channel: StoredValue::new_local(Channel::Closed(None, None)),
        };
        let _ = set_interval_with_handle(
            move || controls.now.set(now_ms()),
            std::time::Duration::from_millis(TICK_MS),
        );
        storage_events::on_other_tab_write(clock_key(pair), move |_| {
            controls.clock.set(load_clock(controls.pair));
        });
        storage_events::on_other_tab_write(THEME_KEY, move |_| {
            controls.theme.set(stored_theme());
        });
        let system_changed = RwSignal::new(0_u32);
        on_system_theme_change(move || system_changed.update(|n| *n += 1));
        watch(move || {
            system_changed.track();
            let theme = controls.theme.get();
            let resolved = match theme {
                Theme::System if system_prefers_dark() => "dark",
                Theme::System | Theme::Light => "light",
                Theme::Dark => "dark",
                Theme::Projector => "projector",
            };
            apply_theme(resolved);
        });
        controls
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
        self.channel
            .set_value(Channel::Closed(Some(Box::new(open)), None));
    }

    /// Opens the channel to the other window, once, and says hello: the other window answers
    /// with what it shows. A move made here before the channel opened (a key pressed as the
    /// window appeared) is told then; the other window follows it if it is the newer move.
    pub fn connect(&self) {
        let opened = self.channel.try_update_value(|channel| match channel {
            Channel::Closed(open, moved) => {
                let moved = moved.take();
                open.take().map(|open| {
                    *channel = Channel::Open(open());
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
