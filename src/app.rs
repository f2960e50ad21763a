//! The app: reads the route from the URL hash, keeps the language, and wires the keyboard.

use leptos::ev;
use leptos::prelude::*;

use crate::browser::{document, keyboard, location, storage};
use crate::content::{screen, ScreenId};
use crate::i18n::{keys, text, text_with, Lang};
use crate::keys::{action_for, NavAction};
use crate::notes::LANG_KEY;
use crate::route::Route;
use crate::ui::{NotesContext, Shell};

/// The root component.
#[component]
pub fn App() -> impl IntoView {
    let (route, set_route) = signal(route_from_url());
    let _ = window_event_listener(ev::hashchange, move |_| set_route.set(route_from_url()));
    let lang = Signal::derive(move || route.with(Route::lang).unwrap_or_else(preferred_lang));

    Effect::new(move |_| {
        let lang = lang.get();
        document::set_lang(lang.code());
        // A failure only means the next bare visit falls back to the browser's language.
        let _ = storage::write(LANG_KEY, lang.code());
    });
    Effect::new(move |_| document::set_title(&document_title(&route.get(), lang.get())));
    Effect::new(move |previous: Option<()>| {
        route.track();
        // On a screen change (not the first load), focus the new heading so that keyboard and
        // screen reader users land on it; after the frame so the new screen is in the DOM.
        if previous.is_some() {
            request_animation_frame(|| document::focus_by_id("screen-heading"));
        }
    });
    let _ = window_event_listener(ev::keydown, move |event| {
        let Some(action) = keyboard::read_key_press(&event, action_for) else {
            return;
        };
        let Route::Screen { lang, screen } = route.get_untracked() else {
            return;
        };
        let target = match action {
            NavAction::Next => screen.next(),
            NavAction::Previous => screen.previous(),
            NavAction::First => Some(ScreenId::first()),
            NavAction::Last => ScreenId::ORDER.last().copied(),
        };
        if let Some(target) = target.filter(|t| *t != screen) {
            event.prevent_default();
            location::go_to(&Route::hash_for(lang, target));
        }
    });

    let notes = NotesContext::load();
    view! { <Shell route=route lang=lang notes=notes /> }
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

/// The language chosen last time, or else the browser's, or else English.
fn preferred_lang() -> Lang {
    storage::read(LANG_KEY)
        .ok()
        .flatten()
        .and_then(|code| Lang::from_code(&code))
        .unwrap_or_else(|| Lang::from_browser_preferences(&document::preferred_languages()))
}

fn document_title(route: &Route, lang: Lang) -> String {
    let screen_title = match route {
        Route::Screen { screen: id, .. } => text(lang, screen(*id).title),
        Route::Start => text(lang, screen(ScreenId::first()).title),
        Route::NotFound { .. } => text(lang, keys::not_found::TITLE),
    };
    text_with(lang, keys::app::DOCUMENT_TITLE, &[("screen", screen_title)])
}
