//! The notes as the UI sees them: signals over [`NotesSaver`], which holds the save logic, and
//! the timers and page events that drive it. Every change goes through here; what the
//! exercises enter, in `exercise_entry.rs`.

use std::time::Duration;

use leptos::ev;
use leptos::prelude::*;
use leptos_use_document_visibility::use_document_visibility;
use leptos_use_event_listener::use_event_listener;

use crate::browser::clock;
use crate::browser::notes_storage::BrowserNotesStorage;
use crate::browser::storage_events::use_other_tab_write;
use crate::content::Run;
use crate::exercises::Results;
use crate::notes::merge::Conflict;
use crate::notes::{
    DeletedSession, NotesSaver, NotesStore, Outcome, Replaced, SaveStatus, Session, StorageNotice,
    NOTES_KEY, SAVE_DELAY_MS,
};

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
    /// The open session's run: the screens it shows.
    pub run: Memo<Run>,
    /// Exercise values this tab entered that another tab replaced since.
    pub replaced: RwSignal<Vec<Replaced>>,
    /// The open session's exercise results: what every exercise view shows, redrawn only
    /// when a result changes (not at each keystroke in the notes).
    pub results: Memo<Results>,
    writes: StoredValue<Writes, LocalStorage>,
}

/// A step of [`NotesContext::run`].
type Step<'a> =
    Box<dyn FnOnce(&mut NotesSaver<BrowserNotesStorage>, &mut NotesStore) -> Outcome + 'a>;

/// The save state and the debounce timer, while one runs.
struct Writes {
    saver: NotesSaver<BrowserNotesStorage>,
    pending: Option<TimeoutHandle>,
}

impl NotesContext {
    /// Reads the stored notes (see [`NotesSaver::load`] for the recovery rules), and starts
    /// listening for the page going away and for other tabs' writes. Also returns the banner
    /// about storage, if something was wrong with it at start-up. Made once, by the app.
    pub fn load() -> (Self, Option<StorageNotice>) {
        let fresh = Session::new(clock::new_session_id(), &clock::today_iso(), "");
        let loaded = NotesSaver::load(BrowserNotesStorage, fresh, clock::new_write_id);
        let store = RwSignal::new(loaded.store);
        let context = NotesContext {
            store,
            run: Memo::new(move |_| {
                store.with(|store| store.current().map(|s| s.run.clone()).unwrap_or_default())
            }),
            replaced: RwSignal::new(Vec::new()),
            results: Memo::new(move |_| {
                store.with(|store| {
                    store
                        .current()
                        .map(|s| s.results.clone())
                        .unwrap_or_default()
                })
            }),
            status: RwSignal::new(SaveStatus::Idle),
            conflicts: RwSignal::new(Vec::new()),
            last_deleted: RwSignal::new(None),
            writes: StoredValue::new_local(Writes {
                saver: loaded.saver,
                pending: None,
            }),
        };
        // The last chance to write what was typed: browsers may kill a hidden page without
        // any further event, so both the page being hidden and it going away flush.
        let _ = use_event_listener(window(), ev::pagehide, move |_| context.flush());
        let visibility = use_document_visibility();
        Effect::new(move |_| {
            if visibility.get() == web_sys::VisibilityState::Hidden {
                context.flush();
            }
        });
        use_other_tab_write(NOTES_KEY, move |_| {
            context.run(false, |saver, store| saver.absorb_other_tab(store));
        });
        (context, loaded.notice)
    }

    /// The open session's note for a screen (tracked).
    pub fn note(&self, notes_id: &str) -> String {
        self.store.with(|store| store.note(notes_id).to_string())
    }

    /// Changes a note of the open session. Memory first; the write follows within
    /// [`SAVE_DELAY_MS`], or sooner on blur or when the page is hidden.
    pub fn edit_note(&self, notes_id: &str, text: &str) {
        self.run(true, |saver, store| {
            saver.edit(store, |store| {
                store.set_note(notes_id, text);
            })
        });
    }

    /// Writes any unsaved change now (blur, page hidden, page closing).
    pub fn flush(&self) {
        if let Some(handle) = self.writes.try_update_value(|w| w.pending.take()).flatten() {
            handle.clear();
        }
        self.run(false, |saver, store| saver.flush(store));
    }

    /// Forgets the conflict notices (the user has read them).
    pub fn dismiss_conflicts(&self) {
        self.conflicts.set(Vec::new());
    }

    /// A change to the sessions, written at once (see `session_commands.rs`).
    pub(super) fn change(&self, apply: impl FnOnce(&mut NotesStore)) {
        let apply: Box<dyn FnOnce(&mut NotesStore) + '_> = Box::new(apply);
        self.run(true, |saver, store| saver.change(store, apply));
    }

    /// Runs `step` on the save state and the store, then shows what it did: the store redrawn
    /// if it `changes` it or another tab's notes came in, conflicts noted, the status updated,
    /// and the debounce timer started when a save is due.
    pub(super) fn run(
        &self,
        changes: bool,
        step: impl FnOnce(&mut NotesSaver<BrowserNotesStorage>, &mut NotesStore) -> Outcome,
    ) {
        self.run_boxed(changes, Box::new(step));
    }

    /// [`Self::run`], its code in the wasm once rather than once for each kind of step.
    fn run_boxed(&self, changes: bool, step: Step<'_>) {
        let Some((outcome, status)) = self.writes.try_update_value(|writes| {
            let outcome = self
                .store
                .try_update_untracked(|store| step(&mut writes.saver, store))
                .unwrap_or_default();
            (outcome, writes.saver.status().clone())
        }) else {
            return;
        };
        if changes || outcome.merged {
            self.store.notify();
        }
        if !outcome.conflicts.is_empty() {
            self.conflicts.update(|all| all.extend(outcome.conflicts));
        }
        if !outcome.replaced.is_empty() {
            self.replaced
                .update(|all| Replaced::keep_latest(all, outcome.replaced));
        }
        if self.status.with_untracked(|shown| *shown != status) {
            self.status.set(status);
        }
        if outcome.save_soon {
            self.save_later();
        }
    }

    /// Starts the debounce timer; without one, saves at once.
    fn save_later(&self) {
        let context = *self;
        let handle = set_timeout_with_handle(
            move || {
                context.writes.update_value(|w| w.pending = None);
                context.run(false, |saver, store| saver.flush(store));
            },
            Duration::from_millis(SAVE_DELAY_MS),
        );
        match handle {
            Ok(handle) => self.writes.update_value(|w| w.pending = Some(handle)),
            Err(_) => self.run(false, |saver, store| saver.flush(store)),
        }
    }
}
