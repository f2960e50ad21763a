//! The facilitator's script for a screen: what to say, how to run it, what to listen for and
//! the bridge to what comes next. Shown in the presenter view and printed in the guide, never
//! on the projector.

use leptos::prelude::*;

use crate::browser::locale_bundle;
use crate::content::Screen;
use crate::i18n::bundle::{self, Part};
use crate::i18n::{keys, text, Key, Lang};
use crate::ui::context::use_lang;

/// The names of the four parts of a script, in the order of [`crate::content::Script::parts`].
pub const SCRIPT_LABELS: [Key; 4] = [
    keys::controls::FACILITATOR_OPEN,
    keys::controls::FACILITATOR_RUN,
    keys::controls::FACILITATOR_LISTEN,
    keys::controls::FACILITATOR_BRIDGE,
];

/// The script of `shown` in the presenter view. Its texts are fetched the first time the
/// presenter view needs them (see [`crate::i18n::bundle::Part`]).
#[component]
pub fn ScriptView(shown: &'static Screen) -> impl IntoView {
    let lang = use_lang().get_untracked();
    let ready = RwSignal::new(bundle::is_installed(lang, Part::Script));
    let missing = RwSignal::new(false);
    if !ready.get_untracked() {
        locale_bundle::ensure_then(lang, Part::Script, move |arrived| {
            ready.try_set(arrived);
            missing.try_set(!arrived);
        });
    }
    let body = move || {
        if ready.get() {
            Some(view! { <ScriptList shown lang /> }.into_any())
        } else {
            missing.get().then(|| {
                view! { <p role="status">{text(lang, keys::controls::FACILITATOR_MISSING)}</p> }
                    .into_any()
            })
        }
    };
    view! {
        <section class="presenter__script" aria-labelledby="presenter-script-label">
            <h2 id="presenter-script-label" class="presenter__label">
                {text(lang, keys::controls::FACILITATOR)}
            </h2>
            {body}
        </section>
    }
}

/// A script as a list of its parts, each with its name: shared with the printed guide, which
/// prints in a language of its own.
#[component]
pub fn ScriptList(shown: &'static Screen, lang: Lang) -> impl IntoView {
    let parts = SCRIPT_LABELS
        .iter()
        .zip(shown.script.parts())
        .map(|(label, part)| {
            view! {
                <dt class="script__label">{text(lang, *label)}</dt>
                <dd class="script__text">{text(lang, part)}</dd>
            }
        })
        .collect_view();
    view! { <dl class="script">{parts}</dl> }
}
