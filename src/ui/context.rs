//! What the app provides once, with `provide_context`, for every component to read: the
//! language shown, the route, the open workshop session with its notes, and the facilitator's
//! controls. Provided by [`crate::app::App`]; a component outside it is a programming error.

use leptos::prelude::*;

use super::{Controls, NotesContext};
use crate::i18n::{text, Key, Lang};
use crate::route::Route;

/// The language the page shows.
#[derive(Clone, Copy)]
pub struct ShownLang(pub Memo<Lang>);

/// Where the window is: the URL hash, read.
#[derive(Clone, Copy)]
pub struct CurrentRoute(pub RwSignal<Route>);

/// The language the page shows (tracked where it is read).
pub fn use_lang() -> Memo<Lang> {
    expect_context::<ShownLang>().0
}

/// The route of this window.
pub fn use_route() -> RwSignal<Route> {
    expect_context::<CurrentRoute>().0
}

/// The open workshop session, its notes and results, and the save logic behind them.
pub fn use_notes() -> NotesContext {
    expect_context()
}

/// The facilitator's controls: overlays, blackout, the clock, the theme and the presenter
/// channel.
pub fn use_controls() -> Controls {
    expect_context()
}

/// The text of `key` in the language shown, following it: for the parts of the page that stay
/// when the language changes (the top bar, the dialogs).
pub fn words(key: Key) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = use_lang();
    move || text(lang.get(), key)
}
