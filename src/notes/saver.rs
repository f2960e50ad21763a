//! Saving the notes: the rules that keep what a tab shows and what the browser stores in step.
//!
//! - Every change goes to memory first. Typing is saved within [`SAVE_DELAY_MS`] of the first
//!   unsaved keystroke (the caller runs the timer: [`Outcome::save_soon`]); anything else is
//!   written at once. A failed write leaves the text in memory and says why.
//! - Before each write, what another tab stored meanwhile is taken in and merged
//!   ([`super::merge`]); two different edits of one note keep both texts.
//! - An exercise value (a count, a choice) that this tab entered and another tab then
//!   replaced is reported as [`Replaced`], so the user can put it back: the last write wins,
//!   and nobody loses a value without being told.
//! - Stored data this version cannot read is never overwritten: at start-up it is copied to a
//!   backup key first, and if that copy fails, or if it appears later, nothing is written.
//!
//! Plain Rust: the storage is a [`NotesStorage`], the clock is the caller's.

use std::hash::{DefaultHasher, Hash, Hasher};

use super::codec::{DecodeError, Decoded};
use super::merge::{base_is_ancestor, merge, Conflict};
use super::recovery::{plan_backup, BackupPlan};
use super::storage::NotesStorage;
use super::{
    NotSavedReason, NotesStore, Persistence, SaveStatus, Session, StorageError, StorageNotice,
    NOTES_FORMAT_VERSION, NOTES_KEY,
};
use crate::i18n::{keys, text, Lang};

/// The longest an edit waits in memory before it is written, in milliseconds.
pub const SAVE_DELAY_MS: u64 = 300;

/// Where the value stored by an older schema is copied, once, before the first write of the
/// current schema replaces it. The migration loses nothing, but the original stays at hand.
pub const PRE_MIGRATION_BACKUP_KEY: &str = "devops-workshop.notes.before-v2";

/// What a call did beyond its own change, for the caller to act on.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[must_use]
pub struct Outcome {
    /// Another tab's notes were merged into the store: what shows them must be redrawn.
    pub merged: bool,
    /// Notes where both tabs' different texts were kept, one after the other.
    pub conflicts: Vec<Conflict>,
    /// Call [`NotesSaver::flush`] in [`SAVE_DELAY_MS`] (or at once, if no timer can be set).
    pub save_soon: bool,
    /// Exercise values this tab entered that another tab's write replaced.
    pub replaced: Vec<Replaced>,
}

impl Outcome {
    fn and(mut self, other: Outcome) -> Outcome {
        self.merged |= other.merged;
        self.conflicts.extend(other.conflicts);
        self.save_soon |= other.save_soon;
        self.replaced.extend(other.replaced);
        self
    }
}

/// An exercise value this tab entered, replaced by another tab's write.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Replaced {
    /// The session of the value.
    pub session_id: String,
    /// The exercise field (see [`crate::exercises::fields`]).
    pub field: String,
    /// What this tab had entered.
    pub mine: String,
    /// What the field holds now.
    pub theirs: String,
}

impl Replaced {
    /// Adds `new` to the notices in `all`, each field of a session once: its latest
    /// replacement, which names what the field holds now.
    pub fn keep_latest(all: &mut Vec<Replaced>, new: Vec<Replaced>) {
        for replaced in new {
            all.retain(|r| r.field != replaced.field || r.session_id != replaced.session_id);
            all.push(replaced);
        }
    }
}

/// A tab's save state: whether it may write, what it last wrote or read, what is unsaved.
pub struct NotesSaver<S> {
    storage: S,
    persistence: Persistence,
    status: SaveStatus,
    /// The store as last written or read: the base of a merge with another tab.
    synced: NotesStore,
    /// A fingerprint of the stored text as last written or read.
    synced_raw: Option<u64>,
    /// Memory holds changes that are not stored.
    dirty: bool,
    /// The caller's timer for a debounced save is running.
    save_due: bool,
    /// Another tab's write could not be read when it was announced: try again at the next
    /// flush, so that a status of "saved" is never kept over notes that changed unseen.
    unread_write: bool,
    /// Makes the id of each write (see [`NotesStore::lineage`]).
    new_write_id: Box<dyn FnMut() -> String>,
    /// The exercise values this tab entered, by session and field, until another tab
    /// replaces them.
    entered: Vec<Replaced>,
}

/// What [`NotesSaver::load`] found.
pub struct Loaded<S> {
    /// The save state.
    pub saver: NotesSaver<S>,
    /// The notes to show, in the current schema. Always has an open session.
    pub store: NotesStore,
    /// A banner to show, when something is wrong with the storage.
    pub notice: Option<StorageNotice>,
}

impl<S: NotesStorage> NotesSaver<S> {
    /// Reads the stored notes, migrating older schemas; `fresh` is the session to open when
    /// there is none. Unreadable data is copied to a backup key before anything may be
    /// written; if that copy fails, nothing will be written at all. Loading writes nothing
    /// else.
    pub fn load(
        mut storage: S,
        fresh: Session,
        new_write_id: impl FnMut() -> String + 'static,
    ) -> Loaded<S> {
        let (store, persistence, notice) = match storage.read_notes() {
            Err(_) => (
                NotesStore::with_session(fresh),
                Persistence::MemoryOnly,
                Some(StorageNotice::Unavailable),
            ),
            Ok(None) => (NotesStore::with_session(fresh), Persistence::Writable, None),
            Ok(Some(Ok(Decoded {
                mut store,
                stored_version,
            }))) => {
                if stored_version < NOTES_FORMAT_VERSION {
                    keep_pre_migration_copy(&mut storage);
                }
                store.ensure_session(|| fresh);
                (store, Persistence::Writable, None)
            }
            Ok(Some(Err(error))) => {
                let (persistence, notice) = back_up_unreadable(&mut storage, &error);
                (NotesStore::with_session(fresh), persistence, notice)
            }
        };
        let saver = NotesSaver {
            synced_raw: raw_fingerprint(&storage),
            storage,
            persistence,
            status: SaveStatus::Idle,
            synced: store.clone(),
            dirty: false,
            save_due: false,
            unread_write: false,
            new_write_id: Box::new(new_write_id),
            entered: Vec::new(),
        };
        Loaded {
            saver,
            store,
            notice,
        }
    }

    /// What happened to the last change.
    pub fn status(&self) -> &SaveStatus {
        &self.status
    }

    /// Whether this tab may write.
    pub fn persistence(&self) -> &Persistence {
        &self.persistence
    }

    /// Whether memory holds changes that are not stored.
    pub fn is_dirty(&self) -> bool {
        self.dirty
    }

    /// The storage, for the caller's own reads.
    pub fn storage(&self) -> &S {
        &self.storage
    }

    /// A change made while typing: applied to `store` now, written soon.
    pub fn edit(&mut self, store: &mut NotesStore, apply: impl FnOnce(&mut NotesStore)) -> Outcome {
        apply(store);
        self.dirty = true;
        if self.persistence != Persistence::Writable {
            return self.write_now(store);
        }
        if !self.status.is_failed() {
            self.status = SaveStatus::Saving;
        }
        self.save_soon()
    }

    /// An exercise value entered in this tab: `field` of the open session set to `value`
    /// and written at once. Remembered, so that a later write of another tab that replaces it
    /// is reported (see [`Replaced`]).
    pub fn enter_value(&mut self, store: &mut NotesStore, field: &str, value: &str) -> Outcome {
        let Some(session_id) = store.current_id().map(str::to_string) else {
            return Outcome::default();
        };
        self.entered
            .retain(|e| !(e.session_id == session_id && e.field == field));
        if !value.is_empty() {
            self.entered.push(Replaced {
                session_id,
                field: field.to_string(),
                mine: value.to_string(),
                theirs: String::new(),
            });
        }
        self.change(store, |store| {
            store.set_result(field, value);
        })
    }

    /// Takes out of the entered values those that `store` no longer holds: another tab
    /// replaced them. A session deleted elsewhere replaced nothing.
    fn replaced_in(&mut self, store: &NotesStore) -> Vec<Replaced> {
        let mut replaced = Vec::new();
        self.entered.retain(|entered| {
            let Some(session) = store.session(&entered.session_id) else {
                return false;
            };
            let now = session.result(&entered.field);
            if now == entered.mine {
                return true;
            }
            replaced.push(Replaced {
                theirs: now.to_string(),
                ..entered.clone()
            });
            false
        });
        replaced
    }

    /// A change written at once (a session created, renamed, deleted, imported).
    pub fn change(
        &mut self,
        store: &mut NotesStore,
        apply: impl FnOnce(&mut NotesStore),
    ) -> Outcome {
        apply(store);
        self.dirty = true;
        self.flush(store)
    }

    /// Writes any unsaved change now: the debounce is over, or the field lost focus, or the
    /// page is going away.
    pub fn flush(&mut self, store: &mut NotesStore) -> Outcome {
        self.save_due = false;
        if self.dirty {
            self.write_now(store)
        } else if self.unread_write {
            let outcome = self.absorb_other_tab(store);
            if outcome.save_soon {
                self.flush(store)
            } else {
                outcome
            }
        } else {
            Outcome::default()
        }
    }

    /// Takes in what another tab stored since this tab last wrote or read, merging it into
    /// `store`. A save follows when the merge holds changes the other tab has not stored.
    pub fn absorb_other_tab(&mut self, store: &mut NotesStore) -> Outcome {
        // A storage that cannot be read now is tried again at the next event or write.
        self.take_in_other_tab(store).unwrap_or_default()
    }

    /// [`Self::absorb_other_tab`], failing when the stored notes cannot be read at all.
    fn take_in_other_tab(&mut self, store: &mut NotesStore) -> Result<Outcome, StorageError> {
        let taken_in = self.try_take_in_other_tab(store);
        self.unread_write = taken_in.is_err();
        taken_in
    }

    fn try_take_in_other_tab(&mut self, store: &mut NotesStore) -> Result<Outcome, StorageError> {
        let nothing = Ok(Outcome::default());
        if self.persistence != Persistence::Writable {
            return nothing;
        }
        let raw = self.storage.read_raw(NOTES_KEY)?;
        let fingerprint = raw.as_deref().map(fingerprint);
        if fingerprint == self.synced_raw {
            return nothing;
        }
        if raw.is_none() {
            // Someone cleared the storage: write this tab's notes back rather than lose them.
            self.synced_raw = None;
            self.dirty = true;
            return Ok(self.save_soon());
        }
        let theirs = match self.storage.read_notes()? {
            Some(Ok(decoded)) => decoded.store,
            // Removed between the two reads: the next event tells.
            None => return nothing,
            Some(Err(DecodeError::FromNewerVersion(_))) => {
                self.stop_writing(Persistence::YieldingToNewerVersion);
                return nothing;
            }
            Some(Err(_)) => {
                // Something wrote what this app cannot read: never overwrite it.
                self.stop_writing(Persistence::ProtectingUnreadable);
                return nothing;
            }
        };
        if theirs
            .head()
            .is_some_and(|head| self.synced.includes_write(head))
        {
            // A value this tab has already taken in.
            return nothing;
        }
        self.synced_raw = fingerprint;
        let trusted = base_is_ancestor(&self.synced, &theirs);
        let merged = merge(
            trusted.then_some(&self.synced),
            store,
            &theirs,
            &conflict_separator(store),
        );
        // The open session is each tab's own; only the sessions themselves need writing back.
        let differs = merged.store.sessions != theirs.sessions;
        *store = merged.store;
        let mut synced = theirs;
        let their_lineage = std::mem::take(&mut synced.lineage);
        synced.lineage = std::mem::take(&mut self.synced.lineage);
        synced.take_in_lineage(&their_lineage);
        self.synced = synced;
        let replaced = self.replaced_in(store);
        let taken_in = Outcome {
            merged: true,
            conflicts: merged.conflicts,
            save_soon: false,
            replaced,
        };
        if differs {
            self.dirty = true;
            Ok(taken_in.and(self.save_soon()))
        } else {
            Ok(taken_in)
        }
    }

    /// Asks for a debounced save, unless one is already due (it will carry this change too).
    fn save_soon(&mut self) -> Outcome {
        Outcome {
            save_soon: !std::mem::replace(&mut self.save_due, true),
            ..Outcome::default()
        }
    }

    fn stop_writing(&mut self, persistence: Persistence) {
        self.persistence = persistence;
        self.status = SaveStatus::NotSaved(not_saved_reason(&self.persistence));
    }

    /// Writes memory to storage, first taking in whatever another tab stored meanwhile. What
    /// cannot be read is not overwritten.
    fn write_now(&mut self, store: &mut NotesStore) -> Outcome {
        // What another tab stored is merged into `store` and written with it; no second
        // save is needed for it.
        let due = self.save_due;
        let taken_in = self.take_in_other_tab(store);
        self.save_due = due;
        let taken_in = match taken_in {
            Ok(outcome) => Outcome {
                save_soon: false,
                ..outcome
            },
            Err(error) => {
                self.status = SaveStatus::NotSaved(error.into());
                return Outcome::default();
            }
        };
        if self.persistence != Persistence::Writable {
            self.status = SaveStatus::NotSaved(not_saved_reason(&self.persistence));
            return taken_in;
        }
        let mut to_write = store.clone();
        to_write.lineage = self.synced.lineage.clone();
        to_write.record_write((self.new_write_id)());
        match self.storage.write_notes(&to_write) {
            Ok(()) => {
                store.lineage = to_write.lineage.clone();
                self.synced = to_write;
                self.synced_raw = raw_fingerprint(&self.storage);
                self.dirty = false;
                self.status = SaveStatus::Saved;
            }
            Err(error) => self.status = SaveStatus::NotSaved(error.into()),
        }
        taken_in
    }
}

/// Why nothing is written while the tab is in `persistence`.
fn not_saved_reason(persistence: &Persistence) -> NotSavedReason {
    match persistence {
        Persistence::ProtectingUnreadable => NotSavedReason::ProtectingUnreadable,
        Persistence::YieldingToNewerVersion => NotSavedReason::NewerVersionElsewhere,
        Persistence::Writable | Persistence::MemoryOnly => NotSavedReason::Unavailable,
    }
}

/// What goes between two kept versions of a note, in the open session's language.
fn conflict_separator(store: &NotesStore) -> String {
    let lang = store
        .current()
        .and_then(|s| Lang::from_code(&s.lang))
        .unwrap_or_default();
    format!("\n\n{}\n\n", text(lang, keys::notes::conflict::SEPARATOR))
}

/// Copies the unreadable value to a free backup key. Writing may go on only once it is kept.
fn back_up_unreadable(
    storage: &mut impl NotesStorage,
    error: &DecodeError,
) -> (Persistence, Option<StorageNotice>) {
    let reason = error.to_string();
    // The copy must be the stored text byte for byte, so it is read and written raw.
    let Ok(Some(raw)) = storage.read_raw(NOTES_KEY) else {
        return (
            Persistence::ProtectingUnreadable,
            Some(StorageNotice::UnreadableProtected {
                reason,
                raw: String::new(),
            }),
        );
    };
    let kept_under = match plan_backup(NOTES_KEY, &raw, |key| storage.read_raw(key).ok().flatten())
    {
        BackupPlan::AlreadyKept(key) => Some(key),
        BackupPlan::CopyTo(key) => storage.write_raw(&key, &raw).ok().map(|()| key),
        BackupPlan::NoFreeSlot => None,
    };
    match kept_under {
        Some(key) => (
            Persistence::Writable,
            Some(StorageNotice::UnreadableKept { key, reason, raw }),
        ),
        None => (
            Persistence::ProtectingUnreadable,
            Some(StorageNotice::UnreadableProtected { reason, raw }),
        ),
    }
}

/// Best effort: a failure here loses nothing, since the migrated store holds every note. The
/// copy is the old schema's text byte for byte, so it is read and written raw.
fn keep_pre_migration_copy(storage: &mut impl NotesStorage) {
    if let (Ok(Some(raw)), Ok(None)) = (
        storage.read_raw(NOTES_KEY),
        storage.read_raw(PRE_MIGRATION_BACKUP_KEY),
    ) {
        let _ = storage.write_raw(PRE_MIGRATION_BACKUP_KEY, &raw);
    }
}

/// The fingerprint of the stored text as it is now: read raw, since it must tell apart any two
/// different texts, including two that read as the same notes.
fn raw_fingerprint(storage: &impl NotesStorage) -> Option<u64> {
    storage
        .read_raw(NOTES_KEY)
        .ok()
        .flatten()
        .as_deref()
        .map(fingerprint)
}

fn fingerprint(raw: &str) -> u64 {
    let mut hasher = DefaultHasher::new();
    raw.hash(&mut hasher);
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::notes::recovery::backup_key;
    use crate::notes::storage::MemoryStorage;
    use crate::notes::{decode, encode, StorageError};

    /// Write ids unique across every tab of a test, as the browser's random ones are.
    fn ids() -> impl FnMut() -> String {
        use std::sync::atomic::{AtomicU64, Ordering};
        static NEXT: AtomicU64 = AtomicU64::new(0);
        || format!("w{}", NEXT.fetch_add(1, Ordering::Relaxed))
    }

    fn fresh() -> Session {
        Session::new("fresh", "2026-03-14", "en")
    }

    fn load(storage: &MemoryStorage) -> Loaded<MemoryStorage> {
        NotesSaver::load(storage.clone(), fresh(), ids())
    }

    /// What `storage` holds under the notes key, read back.
    fn stored(storage: &MemoryStorage) -> NotesStore {
        let raw = storage.get(NOTES_KEY).expect("notes are stored");
        decode(&raw).expect("stored notes are readable").store
    }

    fn stored_with(notes: &[(&str, &str)]) -> MemoryStorage {
        let mut session = Session::new("s", "2026-03-14", "en");
        for (id, text) in notes {
            session.set_note(id, text);
        }
        MemoryStorage::with(NOTES_KEY, &encode(&NotesStore::with_session(session)))
    }

    fn set_note(id: &'static str, text: &'static str) -> impl FnOnce(&mut NotesStore) {
        move |store| {
            store.set_note(id, text);
        }
    }

    fn fail_writes(storage: &MemoryStorage, error: Option<StorageError>) {
        storage.0.borrow_mut().failing_writes = error;
    }

    #[test]
    fn an_empty_storage_opens_the_fresh_session_and_writes_nothing() {
        let storage = MemoryStorage::new();
        let loaded = load(&storage);
        assert_eq!(loaded.store, NotesStore::with_session(fresh()));
        assert_eq!(loaded.saver.persistence(), &Persistence::Writable);
        assert_eq!(loaded.notice, None);
        assert!(storage.0.borrow().entries.is_empty());
    }

    #[test]
    fn stored_notes_open_as_they_were() {
        let storage = stored_with(&[("act/1", "kept")]);
        let loaded = load(&storage);
        assert_eq!(loaded.store.note("act/1"), "kept");
        assert_eq!(loaded.notice, None);
    }

    #[test]
    fn first_release_notes_are_migrated_and_the_original_is_kept_once() {
        let original = r#"{"version":1,"notes":{"act/2":"VMs"}}"#;
        let storage = MemoryStorage::with(NOTES_KEY, original);
        let loaded = load(&storage);
        assert_eq!(loaded.store.note("act/2"), "VMs");
        assert_eq!(
            storage.get(PRE_MIGRATION_BACKUP_KEY).as_deref(),
            Some(original)
        );
        // A later migration of other data never replaces that first copy.
        storage
            .0
            .borrow_mut()
            .entries
            .insert(NOTES_KEY.into(), r#"{"version":1,"notes":{}}"#.into());
        let _ = load(&storage);
        assert_eq!(
            storage.get(PRE_MIGRATION_BACKUP_KEY).as_deref(),
            Some(original)
        );
    }

    #[test]
    fn unreadable_notes_are_copied_before_anything_is_written() {
        let storage = MemoryStorage::with(NOTES_KEY, "{not json");
        let Loaded {
            mut saver,
            mut store,
            notice,
        } = load(&storage);
        let key = backup_key(NOTES_KEY, 0);
        assert!(
            matches!(notice, Some(StorageNotice::UnreadableKept { key: ref k, ref raw, .. }) if *k == key && raw == "{not json")
        );
        assert_eq!(storage.get(&key).as_deref(), Some("{not json"));
        assert_eq!(storage.get(NOTES_KEY).as_deref(), Some("{not json"));
        let _ = saver.change(&mut store, set_note("act/1", "new"));
        assert_eq!(saver.status(), &SaveStatus::Saved);
        assert_eq!(stored(&storage).note("act/1"), "new");
        assert_eq!(storage.get(&key).as_deref(), Some("{not json"));
    }

    #[test]
    fn unreadable_notes_without_a_free_backup_slot_are_never_overwritten() {
        let storage = MemoryStorage::with(NOTES_KEY, "garbage");
        for slot in 0..5 {
            storage
                .0
                .borrow_mut()
                .entries
                .insert(backup_key(NOTES_KEY, slot), format!("other {slot}"));
        }
        let Loaded {
            mut saver,
            mut store,
            notice,
        } = load(&storage);
        assert!(matches!(
            notice,
            Some(StorageNotice::UnreadableProtected { .. })
        ));
        let _ = saver.change(&mut store, set_note("act/1", "typed"));
        assert_eq!(
            saver.status(),
            &SaveStatus::NotSaved(NotSavedReason::ProtectingUnreadable)
        );
        assert_eq!(store.note("act/1"), "typed", "the text stays in memory");
        assert_eq!(storage.get(NOTES_KEY).as_deref(), Some("garbage"));
    }

    #[test]
    fn without_storage_the_notes_live_in_memory_and_say_so() {
        let storage = MemoryStorage::new();
        storage.0.borrow_mut().failing_reads = Some(StorageError::Unavailable);
        let Loaded {
            mut saver,
            mut store,
            notice,
        } = load(&storage);
        assert_eq!(notice, Some(StorageNotice::Unavailable));
        let outcome = saver.edit(&mut store, set_note("act/1", "typed"));
        assert!(!outcome.save_soon, "nothing to wait for");
        assert_eq!(
            saver.status(),
            &SaveStatus::NotSaved(NotSavedReason::Unavailable)
        );
        assert_eq!(store.note("act/1"), "typed");
    }

    #[test]
    fn typing_is_saved_by_one_debounced_write() {
        let storage = MemoryStorage::new();
        let Loaded {
            mut saver,
            mut store,
            ..
        } = load(&storage);
        let first = saver.edit(&mut store, set_note("act/1", "D"));
        assert!(first.save_soon, "the first keystroke starts the timer");
        assert_eq!(saver.status(), &SaveStatus::Saving);
        let second = saver.edit(&mut store, set_note("act/1", "Dev"));
        assert!(!second.save_soon, "the running timer carries this edit too");
        assert!(storage.get(NOTES_KEY).is_none(), "nothing written yet");
        let _ = saver.flush(&mut store);
        assert_eq!(saver.status(), &SaveStatus::Saved);
        assert!(!saver.is_dirty());
        assert_eq!(stored(&storage).note("act/1"), "Dev");
        assert!(saver.edit(&mut store, set_note("act/1", "Devs")).save_soon);
    }

    #[test]
    fn a_flush_with_nothing_unsaved_writes_nothing() {
        let storage = stored_with(&[]);
        let before = storage.get(NOTES_KEY);
        let Loaded {
            mut saver,
            mut store,
            ..
        } = load(&storage);
        let _ = saver.flush(&mut store);
        assert_eq!(storage.get(NOTES_KEY), before);
        assert_eq!(saver.status(), &SaveStatus::Idle);
    }

    #[test]
    fn a_failed_write_keeps_the_text_says_why_and_succeeds_later() {
        for (error, reason) in [
            (StorageError::QuotaExceeded, NotSavedReason::QuotaExceeded),
            (StorageError::Unavailable, NotSavedReason::Unavailable),
            (
                StorageError::Refused("NotAllowedError: no".into()),
                NotSavedReason::Refused("NotAllowedError: no".into()),
            ),
        ] {
            let storage = MemoryStorage::new();
            let Loaded {
                mut saver,
                mut store,
                ..
            } = load(&storage);
            fail_writes(&storage, Some(error));
            let _ = saver.edit(&mut store, set_note("act/1", "precious"));
            let _ = saver.flush(&mut store);
            assert_eq!(saver.status(), &SaveStatus::NotSaved(reason.clone()));
            assert!(saver.is_dirty());
            assert_eq!(store.note("act/1"), "precious");
            // Typing on keeps the failure on screen rather than claiming "saving".
            let _ = saver.edit(&mut store, set_note("act/1", "precious!"));
            assert_eq!(saver.status(), &SaveStatus::NotSaved(reason));
            fail_writes(&storage, None);
            let _ = saver.flush(&mut store);
            assert_eq!(saver.status(), &SaveStatus::Saved);
            assert_eq!(stored(&storage).note("act/1"), "precious!");
        }
    }

    #[test]
    fn a_change_to_the_sessions_is_written_at_once() {
        let storage = MemoryStorage::new();
        let Loaded {
            mut saver,
            mut store,
            ..
        } = load(&storage);
        let outcome = saver.change(&mut store, |store| {
            store.add_session(Session::new("second", "", "nl"))
        });
        assert!(!outcome.save_soon);
        assert_eq!(stored(&storage).current, "second");
    }

    /// Two tabs on one storage, both loaded before either writes.
    fn two_tabs(
        storage: &MemoryStorage,
    ) -> (
        (NotesSaver<MemoryStorage>, NotesStore),
        (NotesSaver<MemoryStorage>, NotesStore),
    ) {
        let a = load(storage);
        let b = load(storage);
        ((a.saver, a.store), (b.saver, b.store))
    }

    #[test]
    fn another_tabs_note_is_taken_in() {
        let storage = stored_with(&[]);
        let ((mut a, mut a_store), (mut b, mut b_store)) = two_tabs(&storage);
        let _ = a.change(&mut a_store, set_note("act/1", "from A"));
        let outcome = b.absorb_other_tab(&mut b_store);
        assert!(outcome.merged);
        assert!(outcome.conflicts.is_empty());
        assert!(!outcome.save_soon, "nothing new to write back");
        assert_eq!(b_store.note("act/1"), "from A");
        // The same write seen again is nothing new.
        assert_eq!(b.absorb_other_tab(&mut b_store), Outcome::default());
    }

    #[test]
    fn two_tabs_editing_one_note_keep_both_texts_and_say_so() {
        let storage = stored_with(&[("act/1", "base")]);
        let ((mut a, mut a_store), (mut b, mut b_store)) = two_tabs(&storage);
        let _ = a.change(&mut a_store, set_note("act/1", "A's text"));
        let _ = b.edit(&mut b_store, set_note("act/1", "B's text"));
        let outcome = b.absorb_other_tab(&mut b_store);
        assert_eq!(outcome.conflicts.len(), 1);
        let merged = b_store.note("act/1").to_string();
        assert!(
            merged.contains("A's text") && merged.contains("B's text"),
            "{merged}"
        );
        // B's save, already due, writes both for A to take in.
        assert!(b.is_dirty());
        let _ = b.flush(&mut b_store);
        assert_eq!(stored(&storage).note("act/1"), merged);
        let _ = a.absorb_other_tab(&mut a_store);
        assert_eq!(a_store.note("act/1"), merged);
    }

    #[test]
    fn a_value_entered_here_and_replaced_in_another_tab_is_reported_once() {
        let storage = stored_with(&[]);
        let ((mut a, mut a_store), (mut b, mut b_store)) = two_tabs(&storage);
        let _ = a.enter_value(&mut a_store, "hands/both", "5");
        let _ = b.absorb_other_tab(&mut b_store);
        assert_eq!(b_store.current().map(|s| s.result("hands/both")), Some("5"));
        let outcome = b.enter_value(&mut b_store, "hands/both", "7");
        assert!(
            outcome.replaced.is_empty(),
            "B replaced A's value; B is not told"
        );
        assert_eq!(
            stored(&storage).current().map(|s| s.result("hands/both")),
            Some("7")
        );
        let outcome = a.absorb_other_tab(&mut a_store);
        let session_id = a_store.current_id().unwrap_or_default().to_string();
        assert_eq!(
            outcome.replaced,
            [Replaced {
                session_id,
                field: "hands/both".into(),
                mine: "5".into(),
                theirs: "7".into(),
            }]
        );
        assert_eq!(
            a_store.current().map(|s| s.result("hands/both")),
            Some("7"),
            "the last write wins"
        );
        // Restoring it is entering it again; now B is the one told.
        let _ = a.enter_value(&mut a_store, "hands/both", "5");
        let outcome = b.absorb_other_tab(&mut b_store);
        assert_eq!(outcome.replaced.len(), 1);
        assert_eq!(
            (
                outcome.replaced[0].mine.as_str(),
                outcome.replaced[0].theirs.as_str()
            ),
            ("7", "5")
        );
    }

    #[test]
    fn two_tabs_entering_one_value_at_once_the_later_write_wins_and_the_other_is_told() {
        let storage = stored_with(&[]);
        let ((mut a, mut a_store), (mut b, mut b_store)) = two_tabs(&storage);
        let _ = a.enter_value(&mut a_store, "dora/lead", "2");
        // B never saw A's write: its own write merges it, and keeps B's value, the later one.
        let outcome = b.enter_value(&mut b_store, "dora/lead", "4");
        assert!(outcome.merged && outcome.replaced.is_empty());
        assert_eq!(
            stored(&storage).current().map(|s| s.result("dora/lead")),
            Some("4")
        );
        let outcome = a.absorb_other_tab(&mut a_store);
        assert_eq!(outcome.replaced.len(), 1);
        assert_eq!(outcome.replaced[0].mine, "2");
        // A value changed elsewhere that this tab never entered is just taken in.
        let _ = b.enter_value(&mut b_store, "shifts/3", "6");
        let outcome = a.absorb_other_tab(&mut a_store);
        assert!(outcome.merged && outcome.replaced.is_empty());
    }

    #[test]
    fn a_write_takes_in_what_another_tab_stored_first() {
        let storage = stored_with(&[]);
        let ((mut a, mut a_store), (mut b, mut b_store)) = two_tabs(&storage);
        let _ = a.change(&mut a_store, set_note("act/1", "from A"));
        // B never got the storage event: its own write still merges A's note in.
        let outcome = b.change(&mut b_store, set_note("act/2", "from B"));
        assert!(outcome.merged);
        let both = stored(&storage);
        assert_eq!(
            (both.note("act/1"), both.note("act/2")),
            ("from A", "from B")
        );
    }

    #[test]
    fn unreadable_data_written_by_another_tab_stops_every_write() {
        let storage = stored_with(&[]);
        let Loaded {
            mut saver,
            mut store,
            ..
        } = load(&storage);
        storage
            .0
            .borrow_mut()
            .entries
            .insert(NOTES_KEY.into(), "written by something else".into());
        let _ = saver.absorb_other_tab(&mut store);
        assert_eq!(saver.persistence(), &Persistence::ProtectingUnreadable);
        let _ = saver.change(&mut store, set_note("act/1", "typed"));
        assert_eq!(
            saver.status(),
            &SaveStatus::NotSaved(NotSavedReason::ProtectingUnreadable)
        );
        assert_eq!(
            storage.get(NOTES_KEY).as_deref(),
            Some("written by something else")
        );
    }

    #[test]
    fn notes_stored_by_a_newer_version_are_left_to_it() {
        let storage = stored_with(&[]);
        let Loaded {
            mut saver,
            mut store,
            ..
        } = load(&storage);
        let newer = r#"{"version":99,"whatever":true}"#;
        storage
            .0
            .borrow_mut()
            .entries
            .insert(NOTES_KEY.into(), newer.into());
        let _ = saver.edit(&mut store, set_note("act/1", "typed"));
        let _ = saver.flush(&mut store);
        assert_eq!(
            saver.status(),
            &SaveStatus::NotSaved(NotSavedReason::NewerVersionElsewhere)
        );
        assert_eq!(storage.get(NOTES_KEY).as_deref(), Some(newer));
    }

    #[test]
    fn cleared_storage_gets_this_tabs_notes_back() {
        let storage = stored_with(&[("act/1", "keep me")]);
        let Loaded {
            mut saver,
            mut store,
            ..
        } = load(&storage);
        storage.0.borrow_mut().entries.clear();
        let outcome = saver.absorb_other_tab(&mut store);
        assert!(outcome.save_soon);
        let _ = saver.flush(&mut store);
        assert_eq!(stored(&storage).note("act/1"), "keep me");
    }

    #[test]
    fn what_was_saved_is_there_after_a_reload() {
        let storage = MemoryStorage::new();
        let Loaded {
            mut saver,
            mut store,
            ..
        } = load(&storage);
        let _ = saver.edit(&mut store, set_note("deck/why", "faster recovery"));
        let _ = saver.flush(&mut store);
        let reloaded = load(&storage);
        assert_eq!(reloaded.store.note("deck/why"), "faster recovery");
        assert_eq!(reloaded.store.current, store.current);
    }

    #[test]
    fn a_field_replaced_twice_is_noticed_once_with_what_it_holds_now() {
        let replaced = |session: &str, field: &str, theirs: &str| Replaced {
            session_id: session.into(),
            field: field.into(),
            mine: "7".into(),
            theirs: theirs.into(),
        };
        let mut all = vec![
            replaced("a", "hands/both", "8"),
            replaced("a", "hands/blamed", "1"),
        ];
        Replaced::keep_latest(
            &mut all,
            vec![
                replaced("a", "hands/both", "9"),
                replaced("b", "hands/both", "2"),
            ],
        );
        assert_eq!(
            all,
            [
                replaced("a", "hands/blamed", "1"),
                replaced("a", "hands/both", "9"),
                replaced("b", "hands/both", "2"),
            ]
        );
    }
}
