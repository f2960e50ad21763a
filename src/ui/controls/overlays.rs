//! The overlay open over the screen, if any: one at a time.

use leptos::prelude::*;

use super::goto_dialog::GotoDialog;
use super::help_dialog::HelpDialog;
use super::overview::Overview;
use super::state::Overlay;
use crate::ui::context::{use_controls, use_lang};

/// The open overlay, built when it opens (and again if the language changes), taken out of
/// the page when it closes.
#[component]
pub fn Overlays() -> impl IntoView {
    let controls = use_controls();
    let lang = use_lang();
    move || {
        lang.track();
        controls.overlay.get().map(|overlay| match overlay {
            Overlay::Overview => view! { <Overview /> }.into_any(),
            Overlay::GoTo => view! { <GotoDialog /> }.into_any(),
            Overlay::Help => view! { <HelpDialog /> }.into_any(),
        })
    }
}
