//! The list of sessions: open, rename, delete (with undo) and create.

use leptos::html::Dialog;
use leptos::prelude::*;

use super::notes_context::NotesContext;
use super::session_form::{SessionFields, SessionForm};
use super::session_summary::SessionSummary;
use super::undo_notice::UndoNotice;
use crate::browser::{clock, dialog};
use crate::i18n::{keys, text, text_with, Lang};

/// The sessions dialog. `open` is kept true while it is shown.
#[component]
pub fn SessionsDialog(
    dialog_ref: NodeRef<Dialog>,
    open: RwSignal<bool>,
    notes: NotesContext,
    lang: Signal<Lang>,
) -> impl IntoView {
    let editing = RwSignal::new(None::<String>);
    let summaries = Memo::new(move |_| {
        let lang = lang.get();
        notes.store.with(|store| {
            let current = store.current_id().map(str::to_string);
            store
                .sessions
                .iter()
                .map(|s| SessionSummary::of(s, lang, current.as_deref() == Some(s.id.as_str())))
                .collect::<Vec<_>>()
        })
    });
    let only_one = move || summaries.with(|all| all.len() < 2);
    let close = move |_| {
        if let Some(element) = dialog_ref.get() {
            dialog::close(&element);
        }
    };
    let row = move |summary: SessionSummary| {
        let id = summary.id.clone();
        let is_editing = {
            let id = id.clone();
            move || editing.get().as_deref() == Some(id.as_str())
        };
        let initial = SessionFields {
            name: summary.name.clone(),
            team: summary.team.clone(),
            date: summary.date.clone(),
        };
        let (open_id, delete_id, save_id) = (id.clone(), id.clone(), id.clone());
        let edit_id = id.clone();
        let label = summary.label.clone();
        let form_prefix = format!("edit-{id}");
        let heading_label = summary.label.clone();
        view! {
            <li class="session-row" class:session-row--current=summary.is_current>
                <Show
                    when=is_editing
                    fallback={
                        let summary = summary.clone();
                        let label = label.clone();
                        let (open_id, delete_id, edit_id) = (open_id.clone(), delete_id.clone(), edit_id.clone());
                        move || {
                            let (open_id, delete_id, edit_id) = (open_id.clone(), delete_id.clone(), edit_id.clone());
                            view! {
                                <div class="session-row__text">
                                    <span class="session-row__label">{label.clone()}</span>
                                    <span class="session-row__meta">{summary.meta.clone()}</span>
                                    <span class="session-row__count">
                                        {move || text_with(lang.get(), keys::notes::session::NOTE_COUNT, &[("count", &summary.note_count.to_string())])}
                                    </span>
                                </div>
                                <div class="session-row__actions">
                                    {if summary.is_current {
                                        view! { <span class="session-row__badge">{move || text(lang.get(), keys::notes::session::CURRENT)}</span> }.into_any()
                                    } else {
                                        view! {
                                            <button type="button" class="action-button action-button--primary" on:click=move |_| notes.switch_session(&open_id)>
                                                {move || text(lang.get(), keys::notes::session::OPEN)}
                                            </button>
                                        }.into_any()
                                    }}
                                    <button type="button" class="action-button" on:click=move |_| editing.set(Some(edit_id.clone()))>
                                        {move || text(lang.get(), keys::notes::session::EDIT)}
                                    </button>
                                    <button
                                        type="button"
                                        class="action-button action-button--danger"
                                        disabled=only_one
                                        title=move || only_one().then(|| text(lang.get(), keys::notes::session::DELETE_ONLY))
                                        on:click=move |_| notes.delete_session(&delete_id)
                                    >
                                        {move || text(lang.get(), keys::notes::session::DELETE)}
                                    </button>
                                </div>
                            }
                        }
                    }
                >
                    <div class="session-row__edit">
                        <h3 class="panel-dialog__subheading">
                            {let label = heading_label.clone(); move || text_with(lang.get(), keys::notes::session::EDIT_HEADING, &[("session", &label)])}
                        </h3>
                        <SessionForm
                            initial=initial.clone()
                            id_prefix=form_prefix.clone()
                            submit_label=keys::notes::session::SAVE
                            lang=lang
                            on_submit=Callback::new({
                                let save_id = save_id.clone();
                                move |fields: SessionFields| {
                                    notes.rename_session(&save_id, &fields.name, &fields.team, &fields.date);
                                    editing.set(None);
                                }
                            })
                            on_cancel=Callback::new(move |()| editing.set(None))
                        />
                    </div>
                </Show>
            </li>
        }
    };
    let new_form_key = RwSignal::new(0u32);
    let create = Callback::new(move |fields: SessionFields| {
        notes.create_session(
            &fields.name,
            &fields.team,
            &fields.date,
            lang.get_untracked(),
        );
        // A fresh, empty form for the next team.
        new_form_key.update(|n| *n += 1);
    });
    view! {
        <dialog
            node_ref=dialog_ref
            class="panel-dialog"
            aria-labelledby="sessions-dialog-title"
            on:close=move |_| {
                open.set(false);
                editing.set(None);
            }
        >
            <div class="panel-dialog__header">
                <h2 id="sessions-dialog-title" class="panel-dialog__title">{move || text(lang.get(), keys::notes::session::DIALOG_TITLE)}</h2>
                <button type="button" class="action-button" on:click=close>{move || text(lang.get(), keys::notes::session::CLOSE)}</button>
            </div>
            <p class="panel-dialog__intro">{move || text(lang.get(), keys::notes::session::DIALOG_INTRO)}</p>
            <UndoNotice notes=notes lang=lang />
            <ul class="session-list" aria-label=move || text(lang.get(), keys::notes::session::LIST_LABEL)>
                <For each=move || summaries.get() key=|summary| summary.clone() children=row />
            </ul>
            <section class="panel-dialog__section" aria-labelledby="new-session-heading">
                <h3 id="new-session-heading" class="panel-dialog__subheading">{move || text(lang.get(), keys::notes::session::NEW_HEADING)}</h3>
                {move || {
                    new_form_key.track();
                    view! {
                        <SessionForm
                            initial=SessionFields { date: clock::today_iso(), ..SessionFields::default() }
                            id_prefix="new-session".to_string()
                            submit_label=keys::notes::session::CREATE
                            lang=lang
                            on_submit=create
                        />
                    }
                }}
            </section>
        </dialog>
    }
}
