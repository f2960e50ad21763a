//! The notes as the UI sees them: the sessions and their notes, the save status, and the only
//! ways to change them. Every change goes to memory first and is then written, debounced while
//! typing (at most [`SAVE_DELAY`] after the first unsaved keystroke) and at once for anything
//! else, so what was typed is never lost by a failed or skipped write.

use std::hash::{DefaultHasher, Hash, Hasher};
use std::time::Duration;

use leptos::prelude::*;

use crate::browser::notes_storage::{load_notes, read_stored_notes, save_notes};
use crate::browser::{clock, page_lifecycle, storage_events};
use crate::i18n::{keys, text, Lang};
use crate::notes::merge::{base_is_ancestor, merge, Conflict};
use crate::notes::{
    decode, DecodeError, DeletedSession, NotSavedReason, NotesStore, Persistence, SaveStatus,
    Session, StorageNotice, NOTES_KEY,
};

/// The longest an edit waits in memory before it is written.
pub const SAVE_DELAY: Duration = Duration::from_millis(300);

/// How long a deleted session can be brought back with one click.
pub const UNDO_WINDOW: Duration = Duration::from_secs(60);

/// Shared by every component that shows or edits notes. Cheap to copy.
#[derive(Clone, Copy)]
pub struct NotesContext {
    /// Every session and which one is open.
    pub store: RwSignal<NotesStore>,
    /// What happened to the last change.
    pub status: RwSignal<SaveStatus>,
    /// Notes that another tab changed at the same time as this one; both versions were kept.
    pub conflicts: RwSignal<Vec<Conflict>>,
    /// The session deleted last, while it can still be brought back.
    pub last_deleted: RwSignal<Option<DeletedSession>>,
    /// What the writes to storage keep between them (one stored value: each value type costs
    /// its own copy of the reactive arena's code in the wasm).
    writes: StoredValue<WriteState>,
}

struct WriteState {
    persistence: Persistence,
    /// The store as last written or read, the base of a merge with another tab.
    synced: NotesStore,
    /// A fingerprint of the raw value last written or read.
    synced_raw: Option<u64>,
    /// Whether memory holds changes that are not stored.
    dirty: bool,
    /// The debounced save, while one is due.
    pending: Option<TimeoutHandle>,
}

impl NotesContext {
    /// Reads the stored notes (see [`load_notes`] for the recovery rules), and starts listening
    /// for the page going away and for other tabs' writes. Also returns the banner about
    /// storage, if something was wrong with it at start-up.
    pub fn load() -> (Self, Option<StorageNotice>) {
        let fresh = Session::new(clock::new_session_id(), &clock::today_iso(), "");
        let loaded = load_notes(fresh);
        let context = NotesContext {
            store: RwSignal::new(loaded.store.clone()),
            status: RwSignal::new(SaveStatus::Idle),
            conflicts: RwSignal::new(Vec::new()),
            last_deleted: RwSignal::new(None),
            writes: StoredValue::new(WriteState {
                persistence: loaded.persistence,
                synced_raw: loaded.stored_raw.as_deref().map(fingerprint),
                synced: loaded.store,
                dirty: false,
                pending: None,
            }),
        };
        page_lifecycle::on_page_leaving(move || context.flush());
        storage_events::on_other_tab_write(NOTES_KEY, move |_| context.absorb_other_tab());
        (context, loaded.notice)
    }

    /// The open session's note for a screen (tracked).
    pub fn note(&self, notes_id: &str) -> String {
        self.store.with(|store| store.note(notes_id).to_string())
    }

    /// Changes a note of the open session. Memory first; the write follows within
    /// [`SAVE_DELAY`], or sooner on blur or when the page is hidden.
    pub fn edit_note(&self, notes_id: &str, text: &str) {
        self.store.update(|store| {
            store.set_note(notes_id, text);
        });
        self.set_dirty(true);
        if self.persistence() == Persistence::Writable {
            if !matches!(self.status.get_untracked(), SaveStatus::NotSaved(_)) {
                self.status.set(SaveStatus::Saving);
            }
            self.schedule_save();
        } else {
            self.write_now();
        }
    }

    /// Writes any unsaved change now (blur, page hidden, page closing).
    pub fn flush(&self) {
        if let Some(handle) = self.writes.try_update_value(|w| w.pending.take()).flatten() {
            handle.clear();
        }
        if self.writes.with_value(|w| w.dirty) {
            self.write_now();
        }
    }

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

    /// Forgets the conflict notices (the user has read them).
    pub fn dismiss_conflicts(&self) {
        self.conflicts.set(Vec::new());
    }

    fn change(&self, apply: impl FnOnce(&mut NotesStore)) {
        self.store.update(apply);
        self.set_dirty(true);
        self.flush();
    }

    fn persistence(&self) -> Persistence {
        self.writes.with_value(|w| w.persistence.clone())
    }

    fn set_persistence(&self, persistence: Persistence) {
        self.writes.update_value(|w| w.persistence = persistence);
    }

    fn set_dirty(&self, dirty: bool) {
        self.writes.update_value(|w| w.dirty = dirty);
    }

    fn schedule_save(&self) {
        if self.writes.with_value(|w| w.pending.is_some()) {
            // A save is already due within SAVE_DELAY and will carry this edit too.
            return;
        }
        let context = *self;
        let handle = set_timeout_with_handle(
            move || {
                context.writes.update_value(|w| w.pending = None);
                context.flush();
            },
            SAVE_DELAY,
        );
        match handle {
            Ok(handle) => self.writes.update_value(|w| w.pending = Some(handle)),
            Err(_) => self.write_now(),
        }
    }

    /// Writes memory to storage, first taking in whatever another tab stored meanwhile.
    fn write_now(&self) {
        let reason = match self.persistence() {
            Persistence::Writable => {
                self.absorb_other_tab();
                if self.persistence() != Persistence::Writable {
                    return self.write_now();
                }
                let mut to_write = self.store.get_untracked();
                to_write.lineage = self.writes.with_value(|w| w.synced.lineage.clone());
                to_write.record_write(clock::new_write_id());
                match save_notes(&to_write) {
                    Ok(raw) => {
                        self.store
                            .update_untracked(|store| store.lineage = to_write.lineage.clone());
                        self.writes.update_value(|w| {
                            w.synced = to_write;
                            w.synced_raw = Some(fingerprint(&raw));
                            w.dirty = false;
                        });
                        self.status.set(SaveStatus::Saved);
                        return;
                    }
                    Err(error) => error.into(),
                }
            }
            Persistence::ProtectingUnreadable => NotSavedReason::ProtectingUnreadable,
            Persistence::MemoryOnly => NotSavedReason::Unavailable,
            Persistence::YieldingToNewerVersion => NotSavedReason::NewerVersionElsewhere,
        };
        self.status.set(SaveStatus::NotSaved(reason));
    }

    /// Merges what another tab stored since this tab last wrote or read. Reads the stored value
    /// itself rather than trusting an event's copy, so a late event never brings back an older
    /// state.
    fn absorb_other_tab(&self) {
        if self.persistence() != Persistence::Writable {
            return;
        }
        let Ok(raw) = read_stored_notes() else {
            return;
        };
        if raw.as_deref().map(fingerprint) == self.writes.with_value(|w| w.synced_raw) {
            return;
        }
        let Some(raw) = raw else {
            // Someone cleared the storage: write this tab's notes back rather than lose them.
            self.writes.update_value(|w| {
                w.synced_raw = None;
                w.dirty = true;
            });
            self.schedule_save();
            return;
        };
        let theirs = match decode(&raw) {
            Ok(decoded) => decoded.store,
            Err(DecodeError::FromNewerVersion(_)) => {
                self.set_persistence(Persistence::YieldingToNewerVersion);
                self.status
                    .set(SaveStatus::NotSaved(NotSavedReason::NewerVersionElsewhere));
                return;
            }
            Err(_) => {
                // Something wrote what this app cannot read: never overwrite it.
                self.set_persistence(Persistence::ProtectingUnreadable);
                self.status
                    .set(SaveStatus::NotSaved(NotSavedReason::ProtectingUnreadable));
                return;
            }
        };
        if theirs
            .head()
            .is_some_and(|head| self.writes.with_value(|w| w.synced.includes_write(head)))
        {
            // A value this tab has already taken in.
            return;
        }
        self.writes
            .update_value(|w| w.synced_raw = Some(fingerprint(&raw)));
        let separator = self.store.with_untracked(|store| {
            let lang = store
                .current()
                .and_then(|s| Lang::from_code(&s.lang))
                .unwrap_or_default();
            format!("\n\n{}\n\n", text(lang, keys::notes::conflict::SEPARATOR))
        });
        let base = self.writes.with_value(|w| w.synced.clone());
        let trusted = base_is_ancestor(&base, &theirs);
        let merged = self
            .store
            .with_untracked(|ours| merge(trusted.then_some(&base), ours, &theirs, &separator));
        // The open session is each tab's own; only the sessions themselves need writing back.
        let differs = merged.store.sessions != theirs.sessions;
        self.store.set(merged.store);
        let mut synced = theirs;
        let mine = base.lineage;
        let theirs_lineage = std::mem::take(&mut synced.lineage);
        synced.lineage = mine;
        synced.take_in_lineage(&theirs_lineage);
        self.writes.update_value(|w| w.synced = synced);
        if !merged.conflicts.is_empty() {
            self.conflicts.update(|all| all.extend(merged.conflicts));
        }
        if differs {
            self.set_dirty(true);
            self.schedule_save();
        }
    }
}

fn fingerprint(raw: &str) -> u64 {
    let mut hasher = DefaultHasher::new();
    raw.hash(&mut hasher);
    hasher.finish()
}
