//! The frame around every screen: top bar, banners, the screen (or the presenter view), the
//! pager with the timer, the overlays and the blackout.

use leptos::either::EitherOf3;
use leptos::prelude::*;

use super::controls::{
    Blackout, Controls, GoToDialog, HelpDialog, Overlay, Overview, PresenterView, Toolbar,
};
use super::language_switch::LanguageSwitch;
use super::not_found::not_found;
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
pub fn Shell(
    route: ReadSignal<Route>,
    lang: Signal<Lang>,
    notes: NotesContext,
    controls: Controls,
    on_presenter: Callback<()>,
) -> impl IntoView {
    // EitherOf3 rather than `into_any`: the same in-place rebuild for a screen after a screen,
    // without the type-erased view machinery (about 4 KB of gzip).
    let stage = move || match route.get() {
        Route::Screen { lang, screen: id } => {
            EitherOf3::A(view! { <ScreenView screen=screen(id) lang=lang notes=notes /> })
        }
        Route::Start => EitherOf3::A(
            view! { <ScreenView screen=screen(ScreenId::first()) lang=lang.get() notes=notes /> },
        ),
        Route::Presenter {
            lang, screen: id, ..
        } => EitherOf3::B(
            view! { <PresenterView current=id lang=lang controls=controls notes=notes /> },
        ),
        Route::NotFound { path, .. } => EitherOf3::C(not_found(lang.get(), &path)),
    };
    let pager = move || {
        let route = route.get();
        view! { <Pager lang=lang.get() route=route controls=controls /> }
    };
    let overlay = move || {
        let lang = lang.get();
        let close = Callback::new(move |()| controls.overlay.set(None));
        controls.overlay.get().map(|overlay| match overlay {
            Overlay::Overview => EitherOf3::A(
                view! { <Overview lang=lang route=route controls=controls notes=notes on_close=close /> },
            ),
            Overlay::GoTo => EitherOf3::B(view! { <GoToDialog lang=lang route=route on_close=close /> }),
            Overlay::Help => EitherOf3::C(view! { <HelpDialog lang=lang on_close=close /> }),
        })
    };
    let is_presenter = move || route.with(|r| matches!(r, Route::Presenter { .. }));
    view! {
        <div class="app" class:app--presenter=is_presenter>
            <header class="topbar">
                <button class="skip-link" on:click=|_| document::focus_by_id("screen-heading")>
                    {move || text(lang.get(), keys::app::SKIP)}
                </button>
                <span class="topbar__brand">{move || text(lang.get(), keys::app::NAME)}</span>
                <SessionControls notes=notes lang=lang />
                <Toolbar controls=controls lang=lang on_presenter=on_presenter />
                <LanguageSwitch route=route lang=lang />
            </header>
            <UpdateBanner lang=lang />
            <StorageBanner notice=notes.notice.get_value() lang=lang />
            <main id="main" class="stage">{stage}</main>
            {pager}
        </div>
        {overlay}
        {move || (!is_presenter()).then(|| view! { <Blackout controls=controls lang=lang /> })}
    }
}
