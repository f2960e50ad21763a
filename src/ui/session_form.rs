//! The fields of a session: its name, team and date. Used to create and to rename.

use leptos::html::Input;
use leptos::prelude::*;

use super::context::use_lang;
use crate::i18n::{keys, text, Key};
use crate::notes::limits::MAX_NAME_CHARS;
use crate::ui::action_button::ActionButton;

/// What the form holds when it is submitted.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SessionFields {
    /// The session's name.
    pub name: String,
    /// The team's name.
    pub team: String,
    /// The date, `YYYY-MM-DD` or empty.
    pub date: String,
}

/// A small form for a session's name, team and date, filled with `initial`. The inputs keep
/// what is typed themselves; `on_submit` gets their values, trimmed. `id_prefix` keeps the
/// field ids unique when several forms are on the page. With `on_cancel`, a Cancel button
/// calls it.
#[component]
pub fn SessionForm(
    initial: SessionFields,
    id_prefix: String,
    submit_label: Key,
    #[prop(into)] on_submit: Callback<SessionFields>,
    #[prop(optional, into)] on_cancel: Option<Callback<()>>,
) -> impl IntoView {
    let lang = use_lang().get_untracked();
    let inputs = [NodeRef::<Input>::new(), NodeRef::new(), NodeRef::new()];
    let fields = [
        ("name", keys::notes::session::NAME, "text", initial.name),
        ("team", keys::notes::session::TEAM, "text", initial.team),
        ("date", keys::notes::session::DATE, "date", initial.date),
    ]
    .into_iter()
    .zip(inputs)
    .map(|((suffix, label, kind, value), input)| {
        let id = format!("{id_prefix}-{suffix}");
        view! {
            <div class="session-form__field">
                <label for=id.clone()>{text(lang, label)}</label>
                <input
                    node_ref=input
                    id=id
                    type=kind
                    maxlength=MAX_NAME_CHARS.to_string()
                    autocomplete="off"
                    value=value
                />
            </div>
        }
    })
    .collect_view();
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let [name, team, date] =
            inputs.map(|input| input.get_untracked().map(|i| i.value()).unwrap_or_default());
        on_submit.run(SessionFields {
            name: name.trim().to_string(),
            team: team.trim().to_string(),
            date,
        });
    };
    let cancel = on_cancel.map(|cancel| {
        view! {
            <ActionButton label=text(lang, keys::notes::session::CANCEL) on_click=cancel />
        }
    });
    view! {
        <form class="session-form" on:submit=submit>
            {fields}
            <div class="session-form__actions">
                <button type="submit" class="action-button action-button--primary">
                    {text(lang, submit_label)}
                </button>
                {cancel}
            </div>
        </form>
    }
}
