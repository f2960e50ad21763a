//! Two tabs typing into one browser's storage, in every order: edits, debounced saves, saves
//! that fail, writes that reach the other tab late, data that nobody can read, and reloads.
//!
//! The oracle is written from what a user is promised, not from how the saving works:
//! - what a tab's user typed last survives, in the note itself or in a kept conflict copy:
//!   it is stored, or else it is still on that tab's screen and the tab says it is not saved;
//! - the promise ends when a user who could see the text typed it away, when the tab reloaded
//!   after saying the text was not saved, or when something else overwrote the storage and the
//!   tab then reloaded (the app cannot keep what another program destroyed);
//! - stored data that cannot be read is never overwritten: it stays where it is, or a copy of
//!   it, byte for byte, is kept under a backup key.

use std::collections::BTreeMap;

use proptest::prelude::*;
use workshop::i18n::{keys, text as text_of, Lang};
use workshop::notes::saver::Loaded;
use workshop::notes::{
    decode, encode, MemoryStorage, NotesSaver, NotesStore, Persistence, SaveStatus, Session,
    StorageError, NOTES_KEY,
};

const NOTES: [&str; 2] = ["act/1", "act/2"];

/// One step of the run.
#[derive(Clone, Debug)]
enum Step {
    /// The user of tab `tab` types in note `note`: adds to the end, or replaces it all.
    Type {
        tab: usize,
        note: usize,
        append: bool,
    },
    /// The tab's debounce timer fires.
    Timer { tab: usize },
    /// The notes field loses focus, or the page is hidden.
    Blur { tab: usize },
    /// The tab receives the next `storage` event another tab's write caused.
    Deliver { tab: usize },
    /// From now on, writes fail like this (or succeed again).
    Writes(Option<StorageError>),
    /// From now on, reads fail (storage switched off), or work again.
    Reads(bool),
    /// Something else writes a value this app cannot read.
    Corrupt,
    /// The tab reloads: it leaves (flushing), then loads afresh.
    Reload { tab: usize },
}

fn any_step() -> impl Strategy<Value = Step> {
    let tab = 0..2usize;
    prop_oneof![
        6 => (tab.clone(), 0..NOTES.len(), any::<bool>())
            .prop_map(|(tab, note, append)| Step::Type { tab, note, append }),
        3 => tab.clone().prop_map(|tab| Step::Timer { tab }),
        1 => tab.clone().prop_map(|tab| Step::Blur { tab }),
        4 => tab.clone().prop_map(|tab| Step::Deliver { tab }),
        1 => prop_oneof![
            Just(None),
            Just(Some(StorageError::QuotaExceeded)),
            Just(Some(StorageError::Unavailable)),
            Just(Some(StorageError::Refused("NotAllowedError".into()))),
        ]
        .prop_map(Step::Writes),
        1 => any::<bool>().prop_map(Step::Reads),
        1 => Just(Step::Corrupt),
        1 => tab.prop_map(|tab| Step::Reload { tab }),
    ]
}

/// A tab as the run sees it: its save state, what it shows, and what it is waiting for.
struct Tab {
    saver: NotesSaver<MemoryStorage>,
    store: NotesStore,
    timer_running: bool,
    /// `storage` events caused by other writers, not yet delivered.
    inbox: usize,
}

/// What must survive: the last text each tab's user typed in each note, by tab, session and
/// note; and whether something else overwrote the storage since.
type Promises = BTreeMap<(usize, String, String), Promise>;

#[derive(Debug)]
struct Promise {
    text: String,
    overwritten_since: bool,
}

struct Run {
    storage: MemoryStorage,
    tabs: Vec<Tab>,
    promises: Promises,
    next_mark: usize,
}

/// Whether `note` holds `text`: every part of it, where it holds kept versions of several
/// tabs (a kept version that the note already held is not repeated).
fn holds(note: &str, text: &str) -> bool {
    let separator = text_of(Lang::En, keys::notes::conflict::SEPARATOR);
    text.split(separator)
        .map(str::trim)
        .all(|part| note.contains(part))
}

/// Whether `store` shows `text` in `note` of `session`.
fn shows(store: &NotesStore, session: &str, note: &str, text: &str) -> bool {
    store
        .session(session)
        .is_some_and(|s| holds(s.note(note), text))
}

fn write_ids(tab: usize, generation: usize) -> impl FnMut() -> String {
    let mut n = 0;
    move || {
        n += 1;
        format!("t{tab}-g{generation}-w{n}")
    }
}

impl Run {
    fn new() -> Run {
        let storage = MemoryStorage::with(
            NOTES_KEY,
            &encode(&NotesStore::with_session(Session::new("s", "", "en"))),
        );
        let tabs = (0..2).map(|tab| Run::open(&storage, tab, 0)).collect();
        Run {
            storage,
            tabs,
            promises: Promises::new(),
            next_mark: 0,
        }
    }

    fn open(storage: &MemoryStorage, tab: usize, generation: usize) -> Tab {
        let Loaded { saver, store, .. } = NotesSaver::load(
            storage.clone(),
            Session::new(format!("fresh-{tab}-{generation}"), "", "en"),
            write_ids(tab, generation),
        );
        Tab {
            saver,
            store,
            timer_running: false,
            inbox: 0,
        }
    }

    fn stored_raw(&self) -> Option<String> {
        self.storage.get(NOTES_KEY)
    }

    /// Runs `step`, then tells every other tab if the stored notes changed.
    fn apply(&mut self, step: &Step, generation: usize) {
        let before = self.stored_raw();
        let writer = match *step {
            Step::Type { tab, note, append } => {
                self.type_in(tab, NOTES[note], append);
                Some(tab)
            }
            Step::Timer { tab } => {
                if std::mem::take(&mut self.tabs[tab].timer_running) {
                    self.flush(tab);
                }
                Some(tab)
            }
            Step::Blur { tab } => {
                self.tabs[tab].timer_running = false;
                self.flush(tab);
                Some(tab)
            }
            Step::Deliver { tab } => {
                if self.tabs[tab].inbox > 0 {
                    self.tabs[tab].inbox -= 1;
                    let t = &mut self.tabs[tab];
                    let outcome = t.saver.absorb_other_tab(&mut t.store);
                    t.timer_running |= outcome.save_soon;
                }
                Some(tab)
            }
            Step::Writes(ref error) => {
                self.storage.0.borrow_mut().failing_writes = error.clone();
                None
            }
            Step::Reads(failing) => {
                self.storage.0.borrow_mut().failing_reads =
                    failing.then_some(StorageError::Unavailable);
                None
            }
            Step::Corrupt => {
                self.next_mark += 1;
                let garbage = format!("{{corrupt {}", self.next_mark);
                // What only the storage held is destroyed; what a tab shows, it may keep.
                let tabs = &self.tabs;
                self.promises.retain(|(owner, session, note), promise| {
                    shows(&tabs[*owner].store, session, note, &promise.text)
                });
                for promise in self.promises.values_mut() {
                    promise.overwritten_since = true;
                }
                self.storage
                    .0
                    .borrow_mut()
                    .entries
                    .insert(NOTES_KEY.into(), garbage);
                None
            }
            Step::Reload { tab } => {
                self.reload(tab, generation);
                Some(tab)
            }
        };
        if self.stored_raw() != before {
            if let (Some(tab), Some(old)) = (writer, &before) {
                self.check_kept_if_unreadable(tab, old);
            }
            for (index, tab) in self.tabs.iter_mut().enumerate() {
                if Some(index) != writer {
                    tab.inbox += 1;
                }
            }
        }
    }

    fn type_in(&mut self, tab: usize, note: &str, append: bool) {
        self.next_mark += 1;
        let t = &mut self.tabs[tab];
        let session = t.store.current_id().unwrap_or_default().to_string();
        let shown = t.store.note(note).to_string();
        let typed = if append {
            format!("{shown}+{tab}.{}", self.next_mark)
        } else {
            format!("{tab}.{}", self.next_mark)
        };
        // A user who sees another tab's text and types it away is allowed to.
        self.promises.retain(|(other, s, n), promise| {
            !(*other != tab && *s == session && n == note && holds(&shown, &promise.text))
        });
        let outcome = t.saver.edit(&mut t.store, |store| {
            store.set_note(note, &typed);
        });
        t.timer_running |= outcome.save_soon;
        self.promises.insert(
            (tab, session, note.to_string()),
            Promise {
                text: typed,
                overwritten_since: false,
            },
        );
    }

    fn flush(&mut self, tab: usize) {
        let t = &mut self.tabs[tab];
        let _ = t.saver.flush(&mut t.store);
    }

    fn reload(&mut self, tab: usize, generation: usize) {
        self.tabs[tab].timer_running = false;
        self.flush(tab);
        let t = &self.tabs[tab];
        if t.saver.is_dirty() {
            // The page said the text was not saved before it went: the promise ends here.
            assert!(
                matches!(t.saver.status(), SaveStatus::NotSaved(_)),
                "unsaved text left without a warning: {:?}",
                t.saver.status()
            );
            self.promises.retain(|(owner, _, _), _| *owner != tab);
        }
        // What the tab had saved is the storage's to keep, unless something else has
        // overwritten the storage since.
        self.promises
            .retain(|(owner, _, _), promise| *owner != tab || !promise.overwritten_since);
        self.tabs[tab] = Run::open(&self.storage, tab, generation);
    }

    /// A tab that replaced `old`, which nobody could read, kept it verbatim under another key.
    fn check_kept_if_unreadable(&self, tab: usize, old: &str) {
        if decode(old).is_err() {
            let entries = &self.storage.0.borrow().entries;
            assert!(
                entries
                    .iter()
                    .any(|(key, value)| key != NOTES_KEY && value == old),
                "tab {tab} overwrote unreadable data {old:?} without keeping it"
            );
        }
    }

    /// Storage works again and every tab catches up, until nothing changes.
    fn settle(&mut self) {
        {
            let mut state = self.storage.0.borrow_mut();
            state.failing_writes = None;
            state.failing_reads = None;
        }
        for _ in 0..6 {
            let before = self.stored_raw();
            for tab in 0..self.tabs.len() {
                self.apply(&Step::Blur { tab }, 0);
                while self.tabs[tab].inbox > 0 {
                    self.apply(&Step::Deliver { tab }, 0);
                }
                self.apply(&Step::Blur { tab }, 0);
            }
            if self.stored_raw() == before {
                break;
            }
        }
    }

    /// Every promise is kept: stored, or on the tab's screen with a warning that it is not.
    fn check_promises(&self) {
        let stored = self
            .stored_raw()
            .and_then(|raw| decode(&raw).ok())
            .map(|decoded| decoded.store);
        let note_of = |store: Option<&NotesStore>, session: &str, note: &str| {
            store
                .and_then(|store| store.session(session))
                .map(|s| s.note(note).to_string())
                .unwrap_or_default()
        };
        for ((tab, session, note), promise) in &self.promises {
            let text = promise.text.as_str();
            let t = &self.tabs[*tab];
            if holds(&note_of(stored.as_ref(), session, note), text) {
                continue;
            }
            let on_screen = note_of(Some(&t.store), session, note);
            assert!(
                holds(&on_screen, text),
                "tab {tab}'s {text:?} in {session}/{note} is neither stored nor shown: {on_screen:?}"
            );
            assert!(
                matches!(t.saver.status(), SaveStatus::NotSaved(_)),
                "tab {tab} shows {text:?} unsaved without saying so: {:?}",
                t.saver.status()
            );
            assert_ne!(
                t.saver.persistence(),
                &Persistence::Writable,
                "a tab that may write has written"
            );
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn every_tabs_last_text_survives_and_unreadable_data_is_never_overwritten(
        steps in proptest::collection::vec(any_step(), 1..60)
    ) {
        let mut run = Run::new();
        for (generation, step) in steps.iter().enumerate() {
            run.apply(step, generation + 1);
        }
        run.settle();
        run.check_promises();
    }
}

#[test]
fn a_typical_race_keeps_both_texts() {
    let mut run = Run::new();
    let steps = [
        Step::Type {
            tab: 0,
            note: 0,
            append: false,
        },
        Step::Type {
            tab: 1,
            note: 0,
            append: false,
        },
        Step::Timer { tab: 0 },
        Step::Timer { tab: 1 },
        Step::Deliver { tab: 0 },
    ];
    for (generation, step) in steps.iter().enumerate() {
        run.apply(step, generation + 1);
    }
    run.settle();
    run.check_promises();
    assert_eq!(run.promises.len(), 2, "both tabs' texts are promised");
}
