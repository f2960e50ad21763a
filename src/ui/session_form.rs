//! The fields of a session: its name, team and date. Used to create and to rename.

use leptos::prelude::*;

use crate::i18n::{keys, text, Key, Lang};
use crate::notes::limits::MAX_NAME_CHARS;

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

/// A small form for a session's name, team and date. `id_prefix` keeps the field ids unique
/// when several forms are on the page.
#[component]
pub fn SessionForm(
    initial: SessionFields,
    id_prefix: String,
    submit_label: Key,
    lang: Signal<Lang>,
    on_submit: Callback<SessionFields>,
    #[prop(optional)] on_cancel: Option<Callback<()>>,
) -> impl IntoView {
    let name = RwSignal::new(initial.name);
    let team = RwSignal::new(initial.team);
    let date = RwSignal::new(initial.date);
    let ids = [
        format!("{id_prefix}-name"),
        format!("{id_prefix}-team"),
        format!("{id_prefix}-date"),
    ];
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        on_submit.run(SessionFields {
            name: name.get_untracked().trim().to_string(),
            team: team.get_untracked().trim().to_string(),
            date: date.get_untracked(),
        });
    };
    let field = move |id: String, label: Key, value: RwSignal<String>, kind: &'static str| {
        view! {
            <div class="session-form__field">
                <label for=id.clone()>{move || text(lang.get(), label)}</label>
                <input
                    id=id
                    type=kind
                    maxlength=MAX_NAME_CHARS.to_string()
                    autocomplete="off"
                    prop:value=move || value.get()
                    on:input=move |event| value.set(event_target_value(&event))
                />
            </div>
        }
    };
    let [name_id, team_id, date_id] = ids;
    view! {
        <form class="session-form" on:submit=submit>
            {field(name_id, keys::notes::session::NAME, name, "text")}
            {field(team_id, keys::notes::session::TEAM, team, "text")}
            {field(date_id, keys::notes::session::DATE, date, "date")}
            <div class="session-form__actions">
                <button type="submit" class="action-button action-button--primary">
                    {move || text(lang.get(), submit_label)}
                </button>
                {on_cancel.map(|cancel| view! {
                    <button type="button" class="action-button" on:click=move |_| cancel.run(())>
                        {move || text(lang.get(), keys::notes::session::CANCEL)}
                    </button>
                })}
            </div>
        </form>
    }
}
