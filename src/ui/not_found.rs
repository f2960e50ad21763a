//! What an unknown address shows: what went wrong and a way back.

use leptos::prelude::*;

use super::block_view::ScreenHeading;
use super::context::use_lang;
use crate::content::ScreenId;
use crate::i18n::{keys, text, text_with};
use crate::route::Route;

/// The not-found screen. `path` is shown as text, never as markup.
#[component]
pub fn NotFound(path: String) -> impl IntoView {
    let lang = use_lang().get_untracked();
    let body = text_with(
        lang,
        keys::not_found::BODY,
        &[("path", &format!("#{path}"))],
    );
    view! {
        <article class="screen screen--not-found" aria-labelledby="screen-heading">
            <header class="screen__header">
                <ScreenHeading title=text(lang, keys::not_found::TITLE) />
            </header>
            <p class="screen__lead">{body}</p>
            <p>
                <a
                    class="button button--primary"
                    href=Route::hash_for(lang, ScreenId::first())
                >
                    {text(lang, keys::not_found::BACK)}
                </a>
            </p>
        </article>
    }
}
