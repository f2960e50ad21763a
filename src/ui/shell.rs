//! The frame around every screen: top bar, storage banner, the screen, and the pager.

use leptos::prelude::*;

use super::language_switch::LanguageSwitch;
use super::not_found::NotFound;
use super::notes_context::NotesContext;
use super::pager::Pager;
use super::screen_view::ScreenView;
use super::session_controls::SessionControls;
use super::storage_banner::StorageBanner;
use super::update_banner::UpdateBanner;
use crate::browser::document;
use crate::content::{screen, ScreenId};
use crate::i18n::{keys, text, Lang};
use crate::route::Route;

/// The whole page for the current route.
#[component]
pub fn Shell(route: ReadSignal<Route>, lang: Signal<Lang>, notes: NotesContext) -> impl IntoView {
    let stage = move || match route.get() {
        Route::Screen { lang, screen: id } => {
            view! { <ScreenView screen=screen(id) lang=lang notes=notes /> }.into_any()
        }
        Route::NotFound { path, .. } => view! { <NotFound lang=lang.get() path=path /> }.into_any(),
        Route::Start => {
            view! { <ScreenView screen=screen(ScreenId::first()) lang=lang.get() notes=notes /> }
                .into_any()
        }
    };
    let pager = move || {
        let current = match route.get() {
            Route::Screen { screen, .. } => Some(screen),
            Route::Start => Some(ScreenId::first()),
            Route::NotFound { .. } => None,
        };
        view! { <Pager lang=lang.get() screen=current /> }
    };
    view! {
        <div class="app">
            <header class="topbar">
                <button class="skip-link" on:click=|_| document::focus_by_id("screen-heading")>
                    {move || text(lang.get(), keys::app::SKIP)}
                </button>
                <span class="topbar__brand">{move || text(lang.get(), keys::app::NAME)}</span>
                <SessionControls notes=notes lang=lang />
                <LanguageSwitch route=route lang=lang />
            </header>
            <UpdateBanner lang=lang />
            <StorageBanner notice=notes.notice.get_value() lang=lang />
            <main id="main" class="stage">{stage}</main>
            {pager}
        </div>
    }
}
