//! Buttons of a text label that do one thing when pressed: the facilitator's dialog actions
//! (open, edit, undo, import, replace, cancel…) and the small buttons of banners, notices and
//! exercises. One kind of click handler serves all of them.

use leptos::prelude::*;

/// How much a dialog's action stands out among its neighbours.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Emphasis {
    /// A plain action.
    #[default]
    Plain,
    /// The action the dialog expects.
    Primary,
    /// An action that removes or overwrites work.
    Danger,
}

impl Emphasis {
    fn class(self) -> &'static str {
        match self {
            Emphasis::Plain => "action-button",
            Emphasis::Primary => "action-button action-button--primary",
            Emphasis::Danger => "action-button action-button--danger",
        }
    }
}

/// A button named `label`, of `class`, that runs `on_click` when pressed.
#[component]
pub fn TextButton(
    label: &'static str,
    class: &'static str,
    #[prop(into)] on_click: Callback<()>,
) -> impl IntoView {
    view! {
        <button type="button" class=class on:click=move |_| on_click.run(())>
            {label}
        </button>
    }
}

/// A dialog's action named `label`, that runs `on_click` when pressed.
#[component]
pub fn ActionButton(
    label: &'static str,
    #[prop(into)] on_click: Callback<()>,
    #[prop(optional)] emphasis: Emphasis,
) -> impl IntoView {
    view! { <TextButton label class=emphasis.class() on_click /> }
}
