//! The frame around every screen: top bar, banners, the screen (or the presenter view), the
//! pager with the timer, the overlays and the blackout.

use crate::reactive::*;

use super::command::{command, Command};
use super::controls::{
    blackout, goto_dialog, help_dialog, lang_unavailable_notice, overview,
    presenter_blocked_notice, presenter_view, toolbar, Controls, Overlay,
};
use super::dom_tree::{el, Child};
use super::exercises::replaced_notice;
use super::language_switch::language_switch;
use super::not_found::not_found;
use super::notes_context::NotesContext;
use super::pager::pager;
use super::screen_view::screen_view;
use super::session_controls::session_controls;
use super::storage_banner::storage_banner;
use super::update_banner::update_banner;
use crate::browser::focus;
use crate::content::{screen, ScreenId};
use crate::i18n::{keys, Lang};
use crate::notes::StorageNotice;
use crate::route::Route;

/// The whole page for the current route: the app, and the overlay and the blackout over it.
pub fn shell(
    route: RwSignal<Route>,
    lang: Memo<Lang>,
    notes: NotesContext,
    // A banner about storage, if something was wrong with it at start-up.
    storage_notice: Option<StorageNotice>,
    controls: Controls,
    on_presenter: Command,
) -> Vec<Child> {
    // Rebuilt at each route, in the language shown (the URL's once its texts are here): a
    // screen, the presenter view or the not-found page.
    let stage = move || {
        let lang = lang.get();
        Some(match route.get() {
            Route::Screen {
                screen: id, page, ..
            } => screen_view(screen(id), lang, notes, page),
            Route::Start => screen_view(screen(ScreenId::first()), lang, notes, 0),
            Route::Presenter {
                screen: id, page, ..
            } => presenter_view(id, page, lang, controls, notes),
            Route::NotFound { path, .. } => not_found(lang, &path),
        })
    };
    let run = notes.run;
    let pager = move || {
        let route = route.get();
        // Only the summary has pages: only there does the pager follow the notes.
        let pages = if route.screen() == Some(ScreenId::Summary) {
            notes.summary_pages()
        } else {
            1
        };
        Some(run.with(|shown| pager(lang.get(), route, shown, run, controls, pages)))
    };
    // Made once, outside the overlay's run: a dialog's `close` event arrives a task after the
    // run that removed it was rebuilt, and a callback made in that run would be gone by then.
    let close = command(move || controls.overlay.set(None));
    let overlay = move || {
        let lang = lang.get();
        controls.overlay.get().map(|overlay| match overlay {
            Overlay::Overview => overview(lang, route, controls, notes, close),
            Overlay::GoTo => goto_dialog(lang, route, close),
            Overlay::Help => help_dialog(lang, close),
        })
    };
    let is_presenter = move || route.with(|r| matches!(r, Route::Presenter { .. }));
    let mut blackout = blackout(controls, lang);
    let topbar = el("header")
        .class("topbar")
        .child(
            el("button")
                .class("skip-link")
                .on("click", |_| focus::focus_by_id("screen-heading"))
                .live_words(lang, keys::app::SKIP),
        )
        .child(
            el("span")
                .class("topbar__brand")
                .live_words(lang, keys::app::NAME),
        )
        .children(session_controls(notes, lang))
        .child(toolbar(controls, lang, on_presenter))
        .live_part(presenter_blocked_notice(controls, lang))
        .live_part(lang_unavailable_notice(controls, lang))
        .live_part(language_switch(route, lang));
    let app = el("div")
        .class("app")
        .live_class("app--presenter", is_presenter)
        .child(topbar)
        .child(update_banner(lang))
        .live_part(storage_banner(storage_notice, lang))
        .live_part(replaced_notice(notes, lang))
        .child(
            el("main")
                .attr("id", "main")
                .class("stage")
                .live_part(stage),
        )
        .live_part(pager);
    vec![
        app.into(),
        Child::live(overlay),
        Child::live(move || if is_presenter() { None } else { blackout() }),
    ]
}
