//! The frame around every screen: top bar, banners, the screen (or the presenter view), the
//! pager with the timer, the overlays and the blackout.

use leptos::prelude::*;

use super::context::{use_lang, use_notes, use_route, words};
use super::controls::{
    Blackout, LangUnavailableNotice, Overlays, PresenterBlockedNotice, PresenterView, Toolbar,
};
use super::exercises::ReplacedNotice;
use super::language_switch::LanguageSwitch;
use super::not_found::NotFound;
use super::pager::Pager;
use super::screen_view::ScreenView;
use super::session_controls::SessionControls;
use super::storage_banner::StorageBanner;
use super::update_banner::UpdateBanner;
use crate::app::StoredNotice;
use crate::browser::focus;
use crate::content::{screen, ScreenId};
use crate::i18n::keys;
use crate::route::Route;

/// The whole page for the current route: the app, and the overlay and the blackout over it.
/// `storage_notice` is a banner about storage, if something was wrong with it at start-up. A
/// `preview` (in the presenter view) is the stage alone.
#[component]
pub fn Shell(
    storage_notice: Option<StoredNotice>,
    #[prop(optional)] preview: bool,
) -> impl IntoView {
    let (route, lang, notes) = (use_route(), use_lang(), use_notes());
    // Rebuilt at each route, in the language shown (the URL's once its texts are here): a
    // step of a screen, or the not-found page.
    let stage = move || {
        lang.track();
        match route.get() {
            Route::Screen {
                screen: id, step, ..
            } => view! { <ScreenView screen=screen(id) step /> }.into_any(),
            Route::Start => {
                view! { <ScreenView screen=screen(ScreenId::first()) step=0 /> }.into_any()
            }
            // The presenter view is built once, below.
            Route::Presenter { .. } => ().into_any(),
            Route::NotFound { path, .. } => view! { <NotFound path /> }.into_any(),
        }
    };
    let pager = move || {
        lang.track();
        let route = route.get();
        // The summary's steps are its pages: there, the pager follows the notes.
        if route.screen() == Some(ScreenId::Summary) {
            notes.step_count(ScreenId::Summary);
        }
        notes.run.track();
        view! { <Pager route /> }
    };
    // A window is the projector or the presenter for its whole life.
    let is_presenter = route.with_untracked(|r| matches!(r, Route::Presenter { .. }));
    if preview {
        return view! {
            <div class="app app--preview">
                <main class="stage">{stage}</main>
            </div>
        }
        .into_any();
    }
    // The presenter view is built once: it follows the route itself.
    let stage = if is_presenter {
        view! { <PresenterView /> }.into_any()
    } else {
        stage.into_any()
    };
    view! {
        <div class=if is_presenter { "app app--presenter" } else { "app" }>
            <header class="topbar">
                <button class="skip-link" on:click=|_| focus::focus_by_id("screen-heading")>
                    {words(keys::app::SKIP)}
                </button>
                <span class="topbar__brand">{words(keys::app::NAME)}</span>
                <SessionControls />
                <Toolbar />
                <PresenterBlockedNotice />
                <LangUnavailableNotice />
                <LanguageSwitch />
            </header>
            <UpdateBanner />
            <StorageBanner notice=storage_notice />
            <ReplacedNotice />
            <main id="main" class=if is_presenter { "stage stage--presenter" } else { "stage" }>
                {stage}
            </main>
            {pager}
        </div>
        <Overlays />
        {(!is_presenter).then(|| view! { <Blackout /> })}
    }
    .into_any()
}
