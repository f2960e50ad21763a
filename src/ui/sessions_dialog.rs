//! The list of sessions: open, rename, delete (with undo) and create.

use leptos::prelude::*;

use super::context::{use_lang, use_notes, words};
use super::panel_dialog::{DialogSection, PanelDialog};
use super::session_form::{SessionFields, SessionForm};
use super::session_summary::SessionSummary;
use super::undo_notice::UndoNotice;
use crate::browser::{clock, focus};
use crate::i18n::{keys, text, text_with, Lang};
use crate::ui::action_button::{ActionButton, Emphasis};

/// The sessions dialog, built when it opens; `open` turns false when it closes. `summaries`
/// lists every session.
#[component]
pub fn SessionsDialog(open: RwSignal<bool>, summaries: Memo<Vec<SessionSummary>>) -> impl IntoView {
    let notes = use_notes();
    let lang = use_lang();
    let editing = RwSignal::new(None::<String>);
    // Redrawn as a whole when a session changes or one is being edited: a handful of rows. While
    // a rename form is open, a change from another tab waits, so that the form keeps what is
    // typed; saving or cancelling redraws the list with it.
    let list = move || {
        let lang = lang.get();
        let editing_now = editing.get();
        let draw = |all: &Vec<SessionSummary>| {
            let only_one = all.len() < 2;
            let rows = all
                .iter()
                .map(|summary| {
                    let is_edited = editing_now.as_deref() == Some(summary.id.as_str());
                    view! { <SessionRow summary=summary.clone() only_one is_edited editing lang /> }
                })
                .collect_view();
            view! {
                <ul class="session-list" aria-label=text(lang, keys::notes::session::LIST_LABEL)>
                    {rows}
                </ul>
            }
        };
        if editing_now.is_some() {
            summaries.with_untracked(draw)
        } else {
            summaries.with(draw)
        }
    };
    let new_form_key = RwSignal::new(0u32);
    let new_form = move || {
        new_form_key.track();
        lang.track();
        let fields = SessionFields {
            date: clock::today_iso(),
            ..SessionFields::default()
        };
        let create = move |fields: SessionFields| {
            notes.create_session(
                &fields.name,
                &fields.team,
                &fields.date,
                lang.get_untracked(),
            );
            // A fresh, empty form for the next team.
            new_form_key.update(|n| *n += 1);
        };
        view! {
            <SessionForm
                initial=fields
                id_prefix="new-session".to_string()
                submit_label=keys::notes::session::CREATE
                on_submit=create
            />
        }
    };
    view! {
        <PanelDialog
            open
            title_id="sessions-dialog-title"
            title=keys::notes::session::DIALOG_TITLE
        >
            <p class="panel-dialog__intro">{words(keys::notes::session::DIALOG_INTRO)}</p>
            <UndoNotice />
            {list}
            <DialogSection
                heading_id="new-session-heading"
                heading=words(keys::notes::session::NEW_HEADING)
            >
                {new_form}
            </DialogSection>
        </PanelDialog>
    }
}

/// The row of `summary`: its label, details and actions, or the rename form while
/// `is_edited`. The only session cannot be deleted.
#[component]
fn SessionRow(
    summary: SessionSummary,
    only_one: bool,
    is_edited: bool,
    editing: RwSignal<Option<String>>,
    lang: Lang,
) -> impl IntoView {
    let notes = use_notes();
    let class = if summary.is_current {
        "session-row session-row--current"
    } else {
        "session-row"
    };
    if is_edited {
        let initial = SessionFields {
            name: summary.name.clone(),
            team: summary.team.clone(),
            date: summary.date.clone(),
        };
        let id = summary.id.clone();
        let heading = text_with(
            lang,
            keys::notes::session::EDIT_HEADING,
            &[("session", &summary.label)],
        );
        let save = move |fields: SessionFields| {
            notes.rename_session(&id, &fields.name, &fields.team, &fields.date);
            editing.set(None);
        };
        return view! {
            <li class=class>
                <div class="session-row__edit">
                    <h3 class="panel-dialog__subheading">{heading}</h3>
                    <SessionForm
                        initial
                        id_prefix=format!("edit-{}", summary.id)
                        submit_label=keys::notes::session::SAVE
                        on_submit=save
                        on_cancel=move |()| editing.set(None)
                    />
                </div>
            </li>
        }
        .into_any();
    }
    let count = summary.note_count.to_string();
    let open = if summary.is_current {
        view! {
            <span class="session-row__badge">{text(lang, keys::notes::session::CURRENT)}</span>
        }
        .into_any()
    } else {
        let id = summary.id.clone();
        view! {
            <ActionButton
                label=text(lang, keys::notes::session::OPEN)
                emphasis=Emphasis::Primary
                on_click=move |_| notes.switch_session(&id)
            />
        }
        .into_any()
    };
    let edit_id = summary.id.clone();
    let edit = move |()| {
        let first_field = format!("edit-{edit_id}-name");
        editing.set(Some(edit_id.clone()));
        request_animation_frame(move || focus::focus_by_id(&first_field));
    };
    let delete_id = summary.id.clone();
    view! {
        <li class=class>
            <div class="session-row__text">
                <span class="session-row__label">{summary.label}</span>
                <span class="session-row__meta">{summary.meta}</span>
                <span class="session-row__count">
                    {text_with(lang, keys::notes::session::NOTE_COUNT, &[("count", &count)])}
                </span>
            </div>
            <div class="session-row__actions">
                {open}
                <ActionButton label=text(lang, keys::notes::session::EDIT) on_click=edit />
                <button
                    type="button"
                    class="action-button action-button--danger"
                    disabled=only_one
                    title=only_one.then(|| text(lang, keys::notes::session::DELETE_ONLY))
                    on:click=move |_| notes.delete_session(&delete_id)
                >
                    {text(lang, keys::notes::session::DELETE)}
                </button>
            </div>
        </li>
    }
    .into_any()
}
