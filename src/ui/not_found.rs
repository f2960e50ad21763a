//! What an unknown address shows: what went wrong and a way back.

use leptos::prelude::*;

use crate::content::ScreenId;
use crate::i18n::{keys, text, text_with, Lang};
use crate::route::Route;

/// The not-found screen. `path` is shown as text, never as markup.
#[component]
pub fn NotFound(lang: Lang, path: String) -> impl IntoView {
    view! {
        <article class="screen screen--not-found" aria-labelledby="screen-heading">
            <header class="screen__header">
                <h1 id="screen-heading" class="screen__title" tabindex="-1">
                    {text(lang, keys::not_found::TITLE)}
                </h1>
            </header>
            <p class="screen__lead">{text_with(lang, keys::not_found::BODY, &[("path", &format!("#{path}"))])}</p>
            <p>
                <a class="button button--primary" href=Route::hash_for(lang, ScreenId::first())>
                    {text(lang, keys::not_found::BACK)}
                </a>
            </p>
        </article>
    }
}
