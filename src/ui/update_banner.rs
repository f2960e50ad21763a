//! "A new version is available": offered when a new deploy is installed. (Filled in by the
//! offline work, issue 5.)

use leptos::prelude::*;

use crate::i18n::Lang;

/// Offers to reload when a new version of the app is ready.
#[component]
pub fn UpdateBanner(lang: Signal<Lang>) -> impl IntoView {
    let _ = lang;
}
