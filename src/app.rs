//! The app: reads the route from the URL hash, keeps the language, pairs the projector and
//! presenter windows, and wires the keyboard.

use std::cell::RefCell;
use std::rc::Rc;

use crate::reactive::*;

use crate::browser::events::on_window;
use crate::browser::presentation::{
    hide_idle_cursor, keep_screen_awake, now_ms, open_window, random_id, toggle_fullscreen,
};
use crate::browser::sync_channel::SyncChannel;
use crate::browser::{document, focus, keyboard, locale_bundle, location, schedule, storage};
use crate::content::{screen, Place, ScreenId};
use crate::i18n::bundle::{self, Part};
use crate::i18n::{keys, text, text_with, Lang};
use crate::keys::{action_for, KeyAction};
use crate::notes::LANG_KEY;
use crate::route::{is_valid_pair, Route};
use crate::sync::SyncEvent;
use crate::ui::command::{command, Command};
use crate::ui::controls::Overlay;
use crate::ui::dom_tree::Child;
use crate::ui::live::watch;
use crate::ui::{shell, Controls, NotesContext};

/// The sessionStorage key of this tab's pair id: it survives reloads of the tab, and a second
/// tab (a second workshop) gets its own.
const PAIR_KEY: &str = "devops-workshop.pair";

/// The sessionStorage key that says this tab has opened a presenter window: after a reload,
/// its channel opens again to reach it.
const PRESENTER_OPENED_KEY: &str = "devops-workshop.presenter-opened";

/// The whole app: the page's parts, with the reactive state and the listeners behind them.
pub fn app() -> Vec<Child> {
    let route = RwSignal::new(route_from_url());
    on_window("hashchange", move |_| route.set(route_from_url()));
    let is_presenter = matches!(route.get_untracked(), Route::Presenter { .. });

    let pair = pair_for(&route.get_untracked());
    let controls = Controls::new(&pair);
    let lang = shown_lang(route, controls);
    let (notes, storage_notice) = NotesContext::load();
    connect_windows(&pair, route, controls, is_presenter);
    if !is_presenter {
        keep_screen_awake();
        hide_idle_cursor();
    }

    watch(move || {
        let lang = lang.get();
        document::set_lang(lang.code());
        // A failure only means the next bare visit falls back to the browser's language.
        let _ = storage::set(LANG_KEY, &lang.code());
    });
    watch(move || document::set_title(&document_title(&route.get(), lang.get())));
    let mut first_screen = true;
    watch(move || {
        let shown = route.with(Route::screen);
        if let Some(shown) = shown {
            controls.update_clock(|clock, now| clock.enter_screen(shown, now));
        }
        // On a screen change (not the first load): close any overlay, and focus the new
        // heading so that keyboard and screen reader users land on it, once.
        if !std::mem::take(&mut first_screen) {
            controls.overlay.set(None);
            request_animation_frame(|| focus::focus_by_id("screen-heading"));
        }
    });

    let open_presenter = command(move || {
        let Some(shown) = route.with_untracked(Route::screen) else {
            return;
        };
        // Open before the window, so that the presenter's hello finds it.
        controls.connect();
        storage::session_set(PRESENTER_OPENED_KEY, &true);
        let hash = Route::presenter_hash_for(controls.pair(), lang.get_untracked(), shown);
        let opened = open_window(
            &hash,
            &format!("devops-workshop-presenter-{}", controls.pair()),
        );
        controls.presenter_blocked.set(!opened);
    });
    keyboard::on_key_down(action_for, move |action| {
        // An open dialog owns the keyboard (Escape closes it); a blackout only ends.
        if controls.overlay.get_untracked().is_some()
            || (controls.blackout.get_untracked() && action != KeyAction::Blackout && !is_presenter)
        {
            return false;
        }
        run_action(
            action,
            lang.get_untracked(),
            notes,
            controls,
            open_presenter,
            is_presenter,
        );
        true
    });

    shell(route, lang, notes, storage_notice, controls, open_presenter)
}

fn run_action(
    action: KeyAction,
    lang: Lang,
    notes: NotesContext,
    controls: Controls,
    open_presenter: Command,
    is_presenter: bool,
) {
    // The hash, not the route signal: `hashchange` arrives a task later, and a clicker's quick
    // double press must move two screens, not one.
    let current = Route::parse(&location::current_hash());
    let shown = current.screen();
    let place = shown.map(|shown| Place {
        screen: shown,
        page: current.page(),
    });
    let pages = untrack(|| notes.summary_pages());
    // Next and previous step through a paged screen's pages, and over the screens this
    // session leaves out.
    let target = notes.run.with_untracked(|run| match action {
        KeyAction::Next => place.and_then(|place| place.next(run, pages)),
        KeyAction::Previous => place.and_then(|place| place.previous(run, pages)),
        KeyAction::First => Some(Place::start(run.first())),
        KeyAction::Last => Some(Place::start(run.last())),
        _ => None,
    });
    let target = match action {
        KeyAction::Next | KeyAction::Previous | KeyAction::First | KeyAction::Last => target,
        KeyAction::GoTo => return controls.overlay.set(Some(Overlay::GoTo)),
        KeyAction::Overview => return controls.overlay.set(Some(Overlay::Overview)),
        KeyAction::Help => return controls.overlay.set(Some(Overlay::Help)),
        KeyAction::Blackout => return controls.set_blackout(!controls.blackout.get_untracked()),
        KeyAction::Fullscreen => return toggle_fullscreen(),
        KeyAction::Presenter if !is_presenter => return open_presenter(),
        KeyAction::Presenter => None,
    };
    if let Some(target) = target.filter(|t| Some(*t) != place) {
        location::go_to(&current.with_page(lang, target.screen, target.page));
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
    // Shared by the channel's handler and the route's watch, both on this thread.
    let moves = Rc::new(RefCell::new(Moves {
        last_at: now_ms(),
        following: None,
    }));
    let watched = Rc::clone(&moves);
    let shown_now = move || route.with_untracked(|r| Some((r.lang()?, r.screen()?, r.page())));
    let on_event = move |event: SyncEvent| match event {
        SyncEvent::Hello => {
            if let Some((lang, shown, page)) = shown_now() {
                controls.broadcast(SyncEvent::show(lang, shown, page, moves.borrow().last_at));
            }
            if !is_presenter {
                controls.broadcast(SyncEvent::Blackout {
                    on: controls.blackout.get_untracked(),
                });
            }
        }
        SyncEvent::Blackout { on } => controls.follow_blackout(on),
        show @ SyncEvent::Show { .. } => {
            let Some((lang, target, page, at)) = show.shown() else {
                return;
            };
            let hash = route.with_untracked(|r| r.with_page(lang, target, page));
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
    controls.open_channel_with(move || {
        let channel = SyncChannel::open(&pair, &random_id(), on_event);
        Box::new(move |event| channel.send(event))
    });
    if is_presenter || storage::session_get::<bool>(PRESENTER_OPENED_KEY).unwrap_or(false) {
        schedule::after_first_paint(move || controls.connect());
    }
    let mut first_move = true;
    watch(move || {
        let is_first = std::mem::take(&mut first_move);
        let hash = route.with(Route::to_hash);
        let mut moves = watched.borrow_mut();
        if moves.following.as_deref() == Some(hash.as_str()) {
            // This move came from the other window: nothing to tell it.
            moves.following = None;
            return;
        }
        if is_first {
            // Nothing has moved yet: the hello tells the other window where this one is.
            return;
        }
        moves.last_at = now_ms();
        let last_at = moves.last_at;
        drop(moves);
        if let Some((lang, shown, page)) = shown_now() {
            controls.broadcast(SyncEvent::show(lang, shown, page, last_at));
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

/// The language the page shows: the URL's, once its texts are here (they are fetched the first
/// time it is asked for); until then, the one shown before. A memo: what reads the language is
/// redrawn when it changes, not at every screen change (a notice would be read out again at
/// each slide).
fn shown_lang(route: RwSignal<Route>, controls: Controls) -> Memo<Lang> {
    let arrived = RwSignal::new(0_u32);
    let wanted = move || route.with(Route::lang).unwrap_or_else(preferred_lang);
    watch(move || {
        let wanted = wanted();
        if bundle::is_installed(wanted, Part::Stage) {
            if controls.lang_unavailable.get_untracked().is_some() {
                controls.lang_unavailable.set(None);
            }
        } else {
            locale_bundle::ensure(wanted, Part::Stage, move |ready| {
                if ready {
                    arrived.update(|n| *n += 1);
                    controls.lang_unavailable.set(None);
                } else {
                    controls.lang_unavailable.set(Some(wanted));
                }
            });
        }
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
/// browser's, or else English.
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
