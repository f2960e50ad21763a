//! The app: fetches the first language's texts, then reads the route from the URL hash, keeps
//! the language, provides what every component reads, pairs the projector and presenter
//! windows, and wires the keyboard.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::ev;
use leptos::prelude::*;
use leptos_use_document_visibility::use_document_visibility;
use leptos_use_event_listener::use_event_listener;

use crate::browser::clock::{now_ms, random_id};
use crate::browser::fullscreen::toggle_fullscreen;
use crate::browser::sync_channel::use_sync_channel;
use crate::browser::wake_lock::request_screen_wake_lock;
use crate::browser::{document, focus, keyboard, locale_bundle, location, schedule, storage};
use crate::content::{screen, Place, ScreenId};
use crate::i18n::bundle::{self, Part};
use crate::i18n::{keys, text, text_with, Lang};
use crate::keys::{action_for, KeyAction};
use crate::notes::{StorageNotice, LANG_KEY};
use crate::route::{is_valid_pair, Route};
use crate::sync::SyncEvent;
use crate::ui::context::{CurrentRoute, ShownLang};
use crate::ui::controls::{use_idle_cursor, Overlay};
use crate::ui::{Controls, NotesContext, Shell};

/// The sessionStorage key of this tab's pair id: it survives reloads of the tab, and a second
/// tab (a second workshop) gets its own.
const PAIR_KEY: &str = "devops-workshop.pair";

/// The sessionStorage key that says this tab has opened a presenter window: after a reload,
/// its channel opens again to reach it.
const PRESENTER_OPENED_KEY: &str = "devops-workshop.presenter-opened";

/// The app, mounted on `<body>`. Until the texts of the language the visit starts in are here,
/// `index.html`'s splash shows; without them it falls back to English, and without any it
/// shows `index.html`'s own message that the workshop could not load.
#[component]
pub fn App() -> impl IntoView {
    let texts_ready = RwSignal::new(false);
    let shown = move |ready: bool| {
        if ready {
            texts_ready.set(true);
        } else {
            document::remove_by_id("splash");
            document::reveal_by_id("load-failed");
        }
    };
    let wanted = initial_lang();
    locale_bundle::ensure_then(wanted, Part::Stage, move |ready| {
        if ready || wanted == Lang::En {
            return shown(ready);
        }
        locale_bundle::ensure_then(Lang::En, Part::Stage, shown);
    });
    view! {
        <Show when=move || texts_ready.get()>
            <Workshop />
        </Show>
    }
}

/// The workshop, once the texts are here: the state every component reads, provided once, and
/// the step.
#[component]
fn Workshop() -> impl IntoView {
    document::remove_by_id("splash");
    let route = RwSignal::new(route_from_url());
    let _ = use_event_listener(window(), ev::hashchange, move |_| {
        route.set(route_from_url())
    });
    let is_presenter = matches!(route.get_untracked(), Route::Presenter { .. });
    // A preview in the presenter view: what the projector shows, and nothing else.
    let is_preview = location::is_preview();

    let pair = if is_preview {
        String::new()
    } else {
        pair_for(&route.get_untracked())
    };
    let controls = Controls::new(&pair);
    let lang = shown_lang(route, controls);
    let (notes, storage_notice) = NotesContext::load();
    provide_context(CurrentRoute(route));
    provide_context(ShownLang(lang));
    provide_context(notes);
    provide_context(controls);
    if is_preview {
        Effect::new(move |_| document::set_title(&document_title(&route.get(), lang.get())));
        return view! { <Shell storage_notice=None preview=true /> }.into_any();
    }

    connect_windows(&pair, route, controls, is_presenter);
    if !is_presenter {
        keep_screen_awake();
        use_idle_cursor();
    }
    // The document follows the step: its language (remembered for the next visit) and title.
    Effect::new(move |shown: Option<Lang>| {
        let lang = lang.get();
        if shown != Some(lang) {
            document::set_lang(lang.code());
            // A failure only means the next bare visit falls back to the browser's language.
            let _ = storage::set(LANG_KEY, &lang.code());
        }
        document::set_title(&document_title(&route.get(), lang));
        lang
    });
    Effect::new(move |first: Option<()>| {
        if let Some(shown) = route.with(Route::screen) {
            controls.update_clock(|clock, now| clock.enter_screen(shown, now));
        }
        // On a screen change (not the first load): close any overlay, and focus the new
        // heading so that keyboard and screen reader users land on it, once.
        if first.is_some() {
            controls.drop_overlay();
            request_animation_frame(|| focus::focus_by_id("screen-heading"));
        }
    });
    let _ = use_event_listener(window(), ev::keydown, move |event| {
        let action = keyboard::read_key_press(&event, action_for);
        let Some(action) = action else { return };
        // An open dialog owns the keyboard (Escape closes it); a blackout only ends.
        if controls.overlay.get_untracked().is_some()
            || (controls.blackout.get_untracked() && action != KeyAction::Blackout && !is_presenter)
        {
            return;
        }
        run_action(action, lang.get_untracked(), notes, controls, is_presenter);
        event.prevent_default();
    });

    view! { <Shell storage_notice=storage_notice.map(StoredNotice) /> }.into_any()
}

/// A banner about storage, if something was wrong with it at start-up.
#[derive(Clone)]
pub struct StoredNotice(pub StorageNotice);

/// Keeps the screen on while the step is visible, where the browser allows it; it drops the
/// lock whenever the step is hidden, so ask again each time it is shown.
fn keep_screen_awake() {
    let visibility = use_document_visibility();
    Effect::new(move |_| {
        if visibility.get() == web_sys::VisibilityState::Visible {
            request_screen_wake_lock();
        }
    });
}

fn run_action(
    action: KeyAction,
    lang: Lang,
    notes: NotesContext,
    controls: Controls,
    is_presenter: bool,
) {
    // The hash, not the route signal: `hashchange` arrives a task later, and a clicker's quick
    // double press must move two screens, not one.
    let current = Route::parse(&location::current_hash());
    let shown = current.screen();
    let place = shown.map(|shown| Place {
        screen: shown,
        step: current.step(),
    });
    // Next and previous step through a screen's steps, and over the screens this session
    // leaves out.
    let steps = |id| untrack(|| notes.step_count(id));
    let target = match action {
        KeyAction::Next | KeyAction::Previous | KeyAction::First | KeyAction::Last => {
            notes.run.with_untracked(|run| match action {
                KeyAction::Next => place.and_then(|place| place.next(run, steps)),
                KeyAction::Previous => place.and_then(|place| place.previous(run, steps)),
                KeyAction::First => Some(Place::start(run.first())),
                _ => Some(Place::start(run.last())),
            })
        }
        KeyAction::GoTo => return controls.open_overlay(Overlay::GoTo),
        KeyAction::Overview => return controls.open_overlay(Overlay::Overview),
        KeyAction::Help => return controls.open_overlay(Overlay::Help),
        KeyAction::Blackout => return controls.set_blackout(!controls.blackout.get_untracked()),
        KeyAction::Fullscreen => return toggle_fullscreen(),
        KeyAction::Presenter if !is_presenter => {
            if let Some(shown) = shown {
                controls.open_presenter(lang, shown, current.step());
            }
            return;
        }
        KeyAction::Presenter => None,
    };
    if let Some(target) = target.filter(|t| Some(*t) != place) {
        location::go_to(&current.with_step(lang, target.screen, target.step));
    }
}

/// Keeps the two windows of a pair on the same screen, in both directions, and shares the
/// blackout. Each window says hello when it (re)loads and the other answers with its state.
/// Every move carries its time; a window ignores a move older than its own last one, so a late
/// message never pulls it back.
///
/// The channel opens only where a presenter is expected: in the presenter window, and in a
/// projector tab once it opened one (also after a reload), after its first screen is shown.
fn connect_windows(pair: &str, route: RwSignal<Route>, controls: Controls, is_presenter: bool) {
    // Shared by the channel's handler and the route's effect, both on this thread.
    let moves = Rc::new(RefCell::new(Moves {
        last_at: now_ms(),
        following: None,
    }));
    let watched = Rc::clone(&moves);
    let shown_now = move || route.with_untracked(|r| Some((r.lang()?, r.screen()?, r.step())));
    let on_event = move |event: SyncEvent| match event {
        SyncEvent::Hello => {
            if let Some((lang, shown, step)) = shown_now() {
                controls.broadcast(SyncEvent::show(lang, shown, step, moves.borrow().last_at));
            }
            if !is_presenter {
                controls.broadcast(SyncEvent::Blackout {
                    on: controls.blackout.get_untracked(),
                });
            }
        }
        SyncEvent::Blackout { on } => controls.follow_blackout(on),
        show @ SyncEvent::Show { .. } => {
            let Some((lang, target, step, at)) = show.shown() else {
                return;
            };
            let hash = route.with_untracked(|r| r.with_step(lang, target, step));
            if at >= moves.borrow().last_at && route.with_untracked(Route::to_hash) != hash {
                *moves.borrow_mut() = Moves {
                    last_at: at,
                    following: Some(hash.clone()),
                };
                location::go_to(&hash);
            }
        }
    };
    let pair = pair.to_string();
    controls.open_channel_with(move || use_sync_channel(&pair, &random_id(), on_event));
    if is_presenter || storage::session_get::<bool>(PRESENTER_OPENED_KEY).unwrap_or(false) {
        schedule::after_first_paint(move || controls.connect());
    }
    Effect::new(move |first: Option<()>| {
        let hash = route.with(Route::to_hash);
        let mut moves = watched.borrow_mut();
        if moves.following.as_deref() == Some(hash.as_str()) {
            // This move came from the other window: nothing to tell it.
            moves.following = None;
            return;
        }
        if first.is_none() {
            // Nothing has moved yet: the hello tells the other window where this one is.
            return;
        }
        moves.last_at = now_ms();
        let last_at = moves.last_at;
        drop(moves);
        if let Some((lang, shown, step)) = shown_now() {
            controls.broadcast(SyncEvent::show(lang, shown, step, last_at));
        }
    });
}

/// A window's moves between screens, as the other window of its pair must know them.
struct Moves {
    /// When this window last moved.
    last_at: u64,
    /// The hash a move made in the other window is taking this one to.
    following: Option<String>,
}

/// Marks this tab as one that opened a presenter window, so that its channel opens again after
/// a reload.
pub fn remember_presenter_opened() {
    storage::session_set(PRESENTER_OPENED_KEY, &true);
}

/// The pair id: a presenter's comes from its URL; a projector tab keeps one for its lifetime.
fn pair_for(route: &Route) -> String {
    if let Route::Presenter { pair, .. } = route {
        return pair.clone();
    }
    match storage::session_get::<String>(PAIR_KEY).filter(|p| is_valid_pair(p)) {
        Some(pair) => pair,
        None => {
            let pair = random_id();
            storage::session_set(PAIR_KEY, &pair);
            pair
        }
    }
}

/// The route in the URL; a bare URL is redirected to the opening screen in the preferred
/// language, without adding a history entry.
fn route_from_url() -> Route {
    match Route::parse(&location::current_hash()) {
        Route::Start => {
            let hash = Route::hash_for(preferred_lang(), ScreenId::first());
            location::replace_with(&hash);
            Route::parse(&hash)
        }
        route => route,
    }
}

/// The language the step shows: the URL's, once its texts are here (they are fetched the first
/// time it is asked for); until then, the one shown before. A memo: what reads the language is
/// redrawn when it changes, not at every screen change (a notice would be read out again at
/// each slide).
fn shown_lang(route: RwSignal<Route>, controls: Controls) -> Memo<Lang> {
    let arrived = RwSignal::new(0_u32);
    let wanted = move || route.with(Route::lang).unwrap_or_else(preferred_lang);
    Effect::new(move |_| {
        let wanted = wanted();
        if bundle::is_installed(wanted, Part::Stage) {
            if controls.lang_unavailable.get_untracked().is_some() {
                controls.lang_unavailable.set(None);
            }
            return;
        }
        locale_bundle::ensure_then(wanted, Part::Stage, move |ready| {
            if ready {
                arrived.update(|n| *n += 1);
                controls.lang_unavailable.set(None);
            } else {
                controls.lang_unavailable.set(Some(wanted));
            }
        });
    });
    Memo::new(move |shown: Option<&Lang>| {
        arrived.track();
        let wanted = wanted();
        if bundle::is_installed(wanted, Part::Stage) {
            wanted
        } else {
            shown.copied().unwrap_or_else(|| {
                Lang::ALL
                    .into_iter()
                    .find(|lang| bundle::is_installed(*lang, Part::Stage))
                    .unwrap_or_default()
            })
        }
    })
}

/// The language a visit starts in: the URL's, or else the one chosen last time, or else the
/// browser's, or else English. `index.html`'s preload script makes the same choice.
pub fn initial_lang() -> Lang {
    Route::parse(&location::current_hash())
        .lang()
        .unwrap_or_else(preferred_lang)
}

/// The language chosen last time, or else the browser's, or else English.
fn preferred_lang() -> Lang {
    storage::get::<String>(LANG_KEY)
        .ok()
        .flatten()
        .and_then(|code| Lang::from_code(&code))
        .unwrap_or_else(|| Lang::from_browser_preferences(&document::preferred_languages()))
}

fn document_title(route: &Route, lang: Lang) -> String {
    let screen_title = match route.screen() {
        Some(id) if !matches!(route, Route::NotFound { .. }) => text(lang, screen(id).title),
        _ => text(lang, keys::not_found::TITLE),
    };
    let title = text_with(lang, keys::app::DOCUMENT_TITLE, &[("screen", screen_title)]);
    match route {
        Route::Presenter { .. } => format!("{} · {title}", text(lang, keys::controls::PRESENTER)),
        _ => title,
    }
}
