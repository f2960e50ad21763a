//! Fetching a language's texts (see [`crate::i18n::bundle`]).

use wasm_bindgen::JsCast;

use super::promise::on_settled;
use crate::i18n::bundle::{bundle_url, install, is_installed, Part};
use crate::i18n::Lang;

/// Makes `part` of `lang`'s texts available, fetching its bundle unless it is already installed, then
/// calls `done` with whether they are. Offline, the service worker answers with the copy it
/// kept when the language was last shown; a language never shown on this device is not there.
pub fn ensure(lang: Lang, part: Part, done: impl FnOnce(bool) + 'static) {
    fetch_bundle(lang, part, Box::new(done));
}

/// [`ensure`] with `done` boxed: its code is in the wasm once.
fn fetch_bundle(lang: Lang, part: Part, done: Box<dyn FnOnce(bool)>) {
    if is_installed(lang, part) {
        return done(true);
    }
    let Some(window) = web_sys::window() else {
        return done(false);
    };
    let fetching = window.fetch_with_str(&bundle_url(lang, part));
    on_settled(&fetching, move |response| {
        let Some(response) = response
            .ok()
            .and_then(|value| value.dyn_into::<web_sys::Response>().ok())
            .filter(web_sys::Response::ok)
        else {
            return done(false);
        };
        let Ok(reading) = response.text() else {
            return done(false);
        };
        on_settled(&reading, move |body| {
            let installed = body
                .ok()
                .and_then(|body| body.as_string())
                .map(|json| install(lang, part, &json));
            match installed {
                Some(Ok(())) => done(true),
                Some(Err(error)) => {
                    leptos_dom::warn!("the {} texts: {error}", lang.code());
                    done(false);
                }
                None => done(false),
            }
        });
    });
}
