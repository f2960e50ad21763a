//! The list of sessions: open, rename, delete (with undo) and create.

use crate::reactive::*;

use super::dom_tree::{self, el, words, El, ElementRef};
use super::notes_context::NotesContext;
use super::panel_dialog::{dialog_section, panel_dialog};
use super::session_form::{session_form, SessionFields};
use super::session_summary::SessionSummary;
use super::undo_notice::undo_notice;
use crate::browser::{clock, focus};
use crate::i18n::{keys, text, text_with, Lang};

/// The sessions dialog, built when it opens; `open` turns false when it closes.
pub fn sessions_dialog(
    dialog_ref: ElementRef,
    open: RwSignal<bool>,
    notes: NotesContext,
    lang: Memo<Lang>,
    // Every session, as listed.
    summaries: Memo<Vec<SessionSummary>>,
) -> El {
    let editing = RwSignal::new(None::<String>);
    // Redrawn as a whole when a session changes or one is being edited: a handful of rows. While
    // a rename form is open, a change from another tab waits, so that the form keeps what is
    // typed; saving or cancelling redraws the list with it.
    let list = move || {
        let rows = Rows {
            lang: lang.get(),
            editing: editing.get(),
            notes,
            set_editing: editing,
        };
        let draw = |all: &Vec<SessionSummary>| {
            let only_one = all.len() < 2;
            el("ul")
                .class("session-list")
                .attr(
                    "aria-label",
                    text(rows.lang, keys::notes::session::LIST_LABEL),
                )
                .children(all.iter().map(|summary| rows.row(summary, only_one)))
        };
        Some(if rows.editing.is_some() {
            summaries.with_untracked(draw)
        } else {
            summaries.with(draw)
        })
    };
    let new_form_key = RwSignal::new(0u32);
    let new_form = move || {
        new_form_key.track();
        let fields = SessionFields {
            date: clock::today_iso(),
            ..SessionFields::default()
        };
        Some(session_form(
            &fields,
            "new-session",
            keys::notes::session::CREATE,
            lang.get(),
            move |fields: SessionFields| {
                notes.create_session(
                    &fields.name,
                    &fields.team,
                    &fields.date,
                    lang.get_untracked(),
                );
                // A fresh, empty form for the next team.
                new_form_key.update(|n| *n += 1);
            },
            None,
        ))
    };
    panel_dialog(
        dialog_ref,
        open,
        "sessions-dialog-title",
        lang,
        keys::notes::session::DIALOG_TITLE,
    )
    .child(
        el("p")
            .class("panel-dialog__intro")
            .live_words(lang, keys::notes::session::DIALOG_INTRO),
    )
    .live_part(move || undo_notice(notes, lang.get(), false))
    .live_part(list)
    .child(
        dialog_section(
            "new-session-heading",
            words(lang, keys::notes::session::NEW_HEADING),
            lang,
            None,
        )
        .live_part(new_form),
    )
}

/// What the rows of the list are drawn from.
struct Rows {
    lang: Lang,
    /// The session whose row shows the rename form.
    editing: Option<String>,
    notes: NotesContext,
    set_editing: RwSignal<Option<String>>,
}

impl Rows {
    /// The row of `summary`: its label, details and actions, or the rename form. The only
    /// session cannot be deleted.
    fn row(&self, summary: &SessionSummary, only_one: bool) -> El {
        let class = if summary.is_current {
            "session-row session-row--current"
        } else {
            "session-row"
        };
        let row = el("li").class(class);
        if self.editing.as_deref() == Some(summary.id.as_str()) {
            row.child(self.rename_form(summary))
        } else {
            row.child(self.details(summary))
                .child(self.actions(summary, only_one))
        }
    }

    fn details(&self, summary: &SessionSummary) -> El {
        let count = summary.note_count.to_string();
        el("div")
            .class("session-row__text")
            .child(
                el("span")
                    .class("session-row__label")
                    .text(summary.label.clone()),
            )
            .child(
                el("span")
                    .class("session-row__meta")
                    .text(summary.meta.clone()),
            )
            .child(el("span").class("session-row__count").text(text_with(
                self.lang,
                keys::notes::session::NOTE_COUNT,
                &[("count", &count)],
            )))
    }

    fn actions(&self, summary: &SessionSummary, only_one: bool) -> El {
        let (lang, notes, set_editing) = (self.lang, self.notes, self.set_editing);
        let button = |class, label| dom_tree::button(class, text(lang, label));
        let open = if summary.is_current {
            el("span")
                .class("session-row__badge")
                .text(text(lang, keys::notes::session::CURRENT))
        } else {
            let id = summary.id.clone();
            button(
                "action-button action-button--primary",
                keys::notes::session::OPEN,
            )
            .on("click", move |_| notes.switch_session(&id))
        };
        let edit_id = summary.id.clone();
        let edit = button("action-button", keys::notes::session::EDIT).on("click", move |_| {
            let first_field = format!("edit-{edit_id}-name");
            set_editing.set(Some(edit_id.clone()));
            request_animation_frame(move || focus::focus_by_id(&first_field));
        });
        let delete_id = summary.id.clone();
        let mut delete = button(
            "action-button action-button--danger",
            keys::notes::session::DELETE,
        )
        .on("click", move |_| notes.delete_session(&delete_id));
        if only_one {
            delete = delete
                .attr("disabled", "")
                .attr("title", text(lang, keys::notes::session::DELETE_ONLY));
        }
        el("div")
            .class("session-row__actions")
            .child(open)
            .child(edit)
            .child(delete)
    }

    fn rename_form(&self, summary: &SessionSummary) -> El {
        let (notes, set_editing) = (self.notes, self.set_editing);
        let initial = SessionFields {
            name: summary.name.clone(),
            team: summary.team.clone(),
            date: summary.date.clone(),
        };
        let id = summary.id.clone();
        let heading = text_with(
            self.lang,
            keys::notes::session::EDIT_HEADING,
            &[("session", &summary.label)],
        );
        el("div")
            .class("session-row__edit")
            .child(el("h3").class("panel-dialog__subheading").text(heading))
            .child(session_form(
                &initial,
                &format!("edit-{id}"),
                keys::notes::session::SAVE,
                self.lang,
                move |fields: SessionFields| {
                    notes.rename_session(&id, &fields.name, &fields.team, &fields.date);
                    set_editing.set(None);
                },
                Some(Box::new(move || set_editing.set(None))),
            ))
    }
}
