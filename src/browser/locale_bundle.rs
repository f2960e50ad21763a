//! Fetching a language's texts (see [`crate::i18n::bundle`]).

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::i18n::bundle::{bundle_url, install, is_installed, Part};
use crate::i18n::Lang;

/// Makes `part` of `lang`'s texts available, fetching its bundle unless it is already
/// installed; true once they are. Offline, the service worker answers with the copy it kept
/// when the language was last shown; a language never shown on this device is not there.
///
/// `index.html` starts the request for the first language's texts while the wasm loads
/// (`scripts/post-build.mjs`), so the first call finds the response on its way.
pub async fn ensure(lang: Lang, part: Part) -> bool {
    if is_installed(lang, part) {
        return true;
    }
    let Some(json) = fetch_text(&bundle_url(lang, part)).await else {
        return false;
    };
    match install(lang, part, &json) {
        Ok(()) => true,
        Err(error) => {
            leptos::logging::warn!("the {} texts: {error}", lang.code());
            false
        }
    }
}

/// [`ensure`], then `done` with whether the texts are here: for the places that only need to
/// act once they are (one task type for all of them, rather than one each).
pub fn ensure_then(lang: Lang, part: Part, done: impl FnOnce(bool) + 'static) {
    ensure_boxed(lang, part, Box::new(done));
}

fn ensure_boxed(lang: Lang, part: Part, done: Box<dyn FnOnce(bool)>) {
    leptos::task::spawn_local(async move { done(ensure(lang, part).await) });
}

/// The body of a successful GET of `url`, as text.
async fn fetch_text(url: &str) -> Option<String> {
    let window = web_sys::window()?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(url))
        .await
        .ok()?
        .dyn_into()
        .ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}
