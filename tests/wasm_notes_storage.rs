//! The notes storage against the real localStorage of headless Chromium, through gloo-storage.
//! Run by `scripts/test.sh` through wasm-bindgen-test-runner and chromedriver.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use workshop::browser::notes_storage::BrowserNotesStorage;
use workshop::browser::storage;
use workshop::notes::saver::{Loaded, PRE_MIGRATION_BACKUP_KEY};
use workshop::notes::{
    decode, DecodeError, NotesSaver, NotesStorage, NotesStore, Persistence, Session, StorageError,
    StorageNotice, NOTES_KEY,
};

wasm_bindgen_test_configure!(run_in_browser);

fn local_storage() -> web_sys::Storage {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("the test browser has localStorage")
}

fn clear() {
    local_storage()
        .clear()
        .expect("localStorage can be cleared");
}

fn seed(key: &str, raw: &str) {
    local_storage().set_item(key, raw).expect("seeding works");
}

fn raw(key: &str) -> Option<String> {
    local_storage().get_item(key).expect("readable")
}

fn fresh() -> Session {
    Session::new("fresh", "2026-03-14", "en")
}

fn load() -> Loaded<BrowserNotesStorage> {
    NotesSaver::load(BrowserNotesStorage, fresh(), || "w-test".to_string())
}

#[wasm_bindgen_test]
fn notes_round_trip_through_real_local_storage() {
    clear();
    let mut session = Session::new("s-1", "2026-03-14", "en");
    session.team = "<b>Ops</b>".into();
    session.set_note("act/1", "Speed first, quality later?\n<b>not bold</b> 🚢");
    session.set_note("deck/why", "Faster recovery matters most to us.");
    let store = NotesStore::with_session(session);
    BrowserNotesStorage
        .write_notes(&store)
        .expect("saving works");

    let stored = raw(NOTES_KEY).expect("stored");
    assert_eq!(decode(&stored).map(|d| d.store), Ok(store.clone()));

    let loaded = load();
    assert_eq!(loaded.store, store);
    assert_eq!(loaded.saver.persistence(), &Persistence::Writable);
    assert_eq!(loaded.notice, None);
}

#[wasm_bindgen_test]
fn an_empty_browser_starts_with_one_empty_session_and_writes_nothing() {
    clear();
    let loaded = load();
    assert_eq!(loaded.store, NotesStore::with_session(fresh()));
    assert_eq!(loaded.saver.persistence(), &Persistence::Writable);
    assert_eq!(local_storage().length().expect("length"), 0);
}

#[wasm_bindgen_test]
fn first_release_notes_are_migrated_and_the_original_is_kept() {
    clear();
    let first_release = r#"{"version":1,"notes":{"act/2":"VMs everywhere"}}"#;
    seed(NOTES_KEY, first_release);

    let Loaded {
        mut saver,
        mut store,
        ..
    } = load();
    assert_eq!(store.note("act/2"), "VMs everywhere");
    assert_eq!(
        raw(PRE_MIGRATION_BACKUP_KEY).as_deref(),
        Some(first_release),
        "the original is kept byte for byte"
    );
    let _ = saver.change(&mut store, |store| {
        store.set_note("act/3", "Ops joins");
    });
    let again = load();
    assert_eq!(again.store.note("act/2"), "VMs everywhere");
    assert_eq!(again.store.note("act/3"), "Ops joins");
}

#[wasm_bindgen_test]
fn unreadable_notes_are_backed_up_before_anything_is_written() {
    clear();
    let garbage = "{\"version\":1,\"notes\":{\"act/1\":\"cut sho";
    seed(NOTES_KEY, garbage);

    let loaded = load();
    let kept_under = match loaded.notice {
        Some(StorageNotice::UnreadableKept { key, raw, .. }) => {
            assert_eq!(
                raw, garbage,
                "the banner can offer the raw value for download"
            );
            key
        }
        other => panic!("expected the unreadable notes to be kept, got {other:?}"),
    };
    assert_eq!(raw(&kept_under).as_deref(), Some(garbage));
    assert_eq!(
        raw(NOTES_KEY).as_deref(),
        Some(garbage),
        "the original is untouched"
    );

    // Loading again does not make a second copy.
    let again = load();
    assert!(
        matches!(again.notice, Some(StorageNotice::UnreadableKept { key, .. }) if key == kept_under)
    );
    assert_eq!(local_storage().length().expect("length"), 2);
}

#[wasm_bindgen_test]
fn a_newer_schema_is_recognised_through_the_typed_read() {
    clear();
    seed(NOTES_KEY, r#"{"version":9,"sessions":"a newer shape"}"#);
    assert!(matches!(
        BrowserNotesStorage.read_notes(),
        Ok(Some(Err(DecodeError::FromNewerVersion(9))))
    ));
}

#[wasm_bindgen_test]
fn typed_values_round_trip_through_gloo() {
    clear();
    storage::set("typed", &vec!["a".to_string(), "ü🚢".to_string()]).expect("set works");
    assert_eq!(
        storage::get::<Vec<String>>("typed").expect("readable"),
        Some(vec!["a".to_string(), "ü🚢".to_string()])
    );
    assert!(matches!(storage::get::<String>("absent"), Ok(None)));
    seed("not-json", "plain text");
    assert!(matches!(
        storage::get::<String>("not-json"),
        Err(storage::ReadError::Unreadable(_))
    ));
}

#[wasm_bindgen_test]
fn a_full_storage_is_reported_as_quota_exceeded() {
    clear();
    let chunk = "x".repeat(1024 * 1024);
    let mut filled = 0;
    while storage::write_raw(&format!("filler-{filled}"), &chunk).is_ok() {
        filled += 1;
        assert!(filled < 64, "localStorage never filled up");
    }
    let mut session = fresh();
    session.set_note("act/1", &"y".repeat(2 * 1024 * 1024));
    assert_eq!(
        BrowserNotesStorage.write_notes(&NotesStore::with_session(session)),
        Err(StorageError::QuotaExceeded)
    );
    clear();
}
