//! What the facilitator does with sessions: create, rename, open, delete (with undo) and
//! import. Each change is written at once.

use std::time::Duration;

use leptos::prelude::*;

use super::notes_context::NotesContext;
use crate::browser::clock;
use crate::content::{Run, ScreenId};
use crate::i18n::Lang;
use crate::notes::Session;

/// How long a deleted session can be brought back with one click.
pub const UNDO_WINDOW: Duration = Duration::from_secs(60);

impl NotesContext {
    /// Creates a session and opens it.
    pub fn create_session(&self, name: &str, team: &str, date: &str, lang: Lang) {
        let mut session = Session::new(clock::new_session_id(), date, lang.code());
        session.name = name.to_string();
        session.team = team.to_string();
        self.change(|store| store.add_session(session));
    }

    /// Changes a session's name, team and date.
    pub fn rename_session(&self, id: &str, name: &str, team: &str, date: &str) {
        self.change(|store| {
            store.rename(id, name, team, date);
        });
    }

    /// Opens another session.
    pub fn switch_session(&self, id: &str) {
        self.change(|store| {
            store.switch_to(id);
        });
    }

    /// Deletes a session; [`NotesContext::undo_delete`] brings it back.
    pub fn delete_session(&self, id: &str) {
        let mut deleted = None;
        self.change(|store| deleted = store.delete_session(id));
        let Some(deleted) = deleted else {
            return;
        };
        let deleted_id = deleted.session.id.clone();
        self.last_deleted.set(Some(deleted));
        let last_deleted = self.last_deleted;
        set_timeout(
            move || {
                if last_deleted
                    .with_untracked(|d| d.as_ref().is_some_and(|d| d.session.id == deleted_id))
                {
                    last_deleted.set(None);
                }
            },
            UNDO_WINDOW,
        );
    }

    /// Brings back the session deleted last.
    pub fn undo_delete(&self) {
        if let Some(deleted) = self.last_deleted.get_untracked() {
            self.last_deleted.set(None);
            self.change(|store| store.restore(deleted));
        }
    }

    /// Adds an imported session and opens it.
    pub fn add_imported(&self, imported: Session) {
        let session = Session {
            id: clock::new_session_id(),
            ..imported
        };
        self.change(|store| store.add_session(session));
    }

    /// Replaces session `id` by an imported one (the user has confirmed) and opens it.
    pub fn replace_with_imported(&self, id: &str, imported: Session) {
        self.change(|store| {
            if store.replace_session(id, imported) {
                store.switch_to(id);
            }
        });
    }

    /// Makes `run` the open session's run.
    pub fn set_run(&self, run: Run) {
        self.change(|store| {
            if let Some(id) = store.current_id().map(str::to_string) {
                if let Some(session) = store.session_mut(&id) {
                    session.run = run;
                }
            }
        });
    }

    /// Puts `screen` in the open session's run, or leaves it out.
    pub fn set_in_run(&self, screen: ScreenId, included: bool) {
        let mut run = self.run.get_untracked();
        if run.set_included(screen, included) {
            self.set_run(run);
        }
    }
}
