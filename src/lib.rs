//! A DevOps workshop that runs in the browser: the play "All in the same boat" and a Dutch
//! deck on Quality Assurance and DevOps, in English, Dutch and French, with the team's notes
//! kept in the browser.
//!
//! See `ARCHITECTURE.md` for the codemap.

mod app;
pub mod browser;
pub mod content;
pub mod exercises;
pub mod i18n;
pub mod keys;
pub mod notes;
pub mod reactive;
pub mod route;
pub mod sync;
pub mod theme;
pub mod timer;
pub mod ui;

/// Fetches the texts of the language the visit starts in, then replaces the splash of
/// `index.html` with the app, at the end of the page's body. Without those texts it shows the
/// app in English; without any, `index.html`'s own message that the workshop could not load.
pub fn start() {
    let wanted = app::initial_lang();
    browser::locale_bundle::ensure(wanted, i18n::bundle::Part::Stage, move |ready| {
        if ready || wanted == i18n::Lang::En {
            return show_app(ready);
        }
        browser::locale_bundle::ensure(i18n::Lang::En, i18n::bundle::Part::Stage, show_app);
    });
}

fn show_app(texts: bool) {
    browser::document::remove_by_id("splash");
    if !texts {
        browser::document::reveal_by_id("load-failed");
        return;
    }
    if let Some(body) = browser::document::body() {
        ui::dom_tree::mount(&body, app::app);
    }
}
