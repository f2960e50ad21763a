//! The exercises' values as the UI enters and reads them, through [`NotesContext`]: checked
//! by [`check`] before anything is stored, saved as notes are.

use leptos::prelude::*;

use super::notes_context::NotesContext;
use crate::content::{screen, ScreenId};
use crate::exercises::results::text;
use crate::exercises::summary;
use crate::exercises::{check, kind, BadValue, FieldKind};
use crate::route::MAX_STEPS;

impl NotesContext {
    /// How many steps `id` has: the summary's are its pages, as many as the open session
    /// needs (tracked); any other screen's are fixed.
    pub fn step_count(&self, id: ScreenId) -> u8 {
        if id != ScreenId::Summary {
            return screen(id).step_count();
        }
        self.store.with(|store| {
            let pages = store
                .current()
                .map_or(summary::EXERCISE_PAGES.len(), |s| summary::pages(s).len());
            u8::try_from(pages).unwrap_or(u8::MAX).min(MAX_STEPS)
        })
    }

    /// What the open session holds in exercise field `id` (tracked).
    pub fn result(&self, id: &str) -> String {
        self.results.with(|results| text(results, id).to_string())
    }

    /// Puts `value` in exercise field `id` of the open session, if the field takes it: free
    /// text is saved as notes are, as the team types; any other value at once. A value the
    /// field refuses changes nothing, and says why.
    pub fn enter(&self, id: &str, value: &str) -> Result<(), BadValue> {
        let value = check(id, value)?;
        if kind(id).is_some_and(FieldKind::keeps_both) {
            self.run(true, |saver, store| {
                saver.edit(store, |store| {
                    store.set_result(id, &value);
                })
            });
        } else {
            self.replaced.update(|all| all.retain(|r| r.field != id));
            self.run(true, |saver, store| saver.enter_value(store, id, &value));
        }
        Ok(())
    }

    /// Forgets the notice about a replaced value.
    pub fn dismiss_replaced(&self, field: &str) {
        self.replaced.update(|all| all.retain(|r| r.field != field));
    }
}
