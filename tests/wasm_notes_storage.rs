//! The notes adapter against the real localStorage of headless Chromium.
//! Run by `scripts/test.sh` through wasm-bindgen-test-runner and chromedriver.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use workshop::browser::notes_storage::{load_notes, save_notes, PRE_MIGRATION_BACKUP_KEY};
use workshop::browser::storage;
use workshop::notes::{decode, NotesStore, Persistence, Session, StorageNotice, NOTES_KEY};

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

fn fresh() -> Session {
    Session::new("fresh", "2026-03-14", "en")
}

#[wasm_bindgen_test]
fn notes_round_trip_through_real_local_storage() {
    clear();
    let mut session = Session::new("s-1", "2026-03-14", "en");
    session.team = "<b>Ops</b>".into();
    session.set_note("act/1", "Speed first, quality later?\n<b>not bold</b> 🚢");
    session.set_note("deck/why", "Faster recovery matters most to us.");
    let store = NotesStore::with_session(session);
    save_notes(&store).expect("saving works");

    let raw = local_storage()
        .get_item(NOTES_KEY)
        .expect("readable")
        .expect("stored");
    assert_eq!(decode(&raw).map(|d| d.store), Ok(store.clone()));

    let loaded = load_notes(fresh());
    assert_eq!(loaded.store, store);
    assert_eq!(loaded.persistence, Persistence::Writable);
    assert_eq!(loaded.notice, None);
}

#[wasm_bindgen_test]
fn an_empty_browser_starts_with_one_empty_session_and_may_save() {
    clear();
    let loaded = load_notes(fresh());
    assert_eq!(loaded.store, NotesStore::with_session(fresh()));
    assert_eq!(loaded.persistence, Persistence::Writable);
    assert_eq!(
        local_storage().length().expect("length"),
        0,
        "loading writes nothing"
    );
}

#[wasm_bindgen_test]
fn first_release_notes_are_migrated_and_the_original_is_kept() {
    clear();
    let first_release = r#"{"version":1,"notes":{"act/2":"VMs everywhere"}}"#;
    storage::write(NOTES_KEY, first_release).expect("seeding works");

    let loaded = load_notes(fresh());
    assert_eq!(loaded.store.note("act/2"), "VMs everywhere");
    assert_eq!(loaded.persistence, Persistence::Writable);
    assert_eq!(
        storage::read(PRE_MIGRATION_BACKUP_KEY),
        Ok(Some(first_release.to_string()))
    );
    save_notes(&loaded.store).expect("saving works");
    assert_eq!(
        load_notes(fresh()).store.note("act/2"),
        "VMs everywhere",
        "the migrated notes read back"
    );
}

#[wasm_bindgen_test]
fn unreadable_notes_are_backed_up_before_anything_is_written() {
    clear();
    let garbage = "{\"version\":1,\"notes\":{\"act/1\":\"cut sho";
    storage::write(NOTES_KEY, garbage).expect("seeding works");

    let loaded = load_notes(fresh());
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
    assert_eq!(storage::read(&kept_under), Ok(Some(garbage.to_string())));
    assert_eq!(
        storage::read(NOTES_KEY),
        Ok(Some(garbage.to_string())),
        "the original is untouched"
    );

    // Loading again does not make a second copy.
    let again = load_notes(fresh());
    assert!(
        matches!(again.notice, Some(StorageNotice::UnreadableKept { key, .. }) if key == kept_under)
    );
    assert_eq!(local_storage().length().expect("length"), 2);
}

#[wasm_bindgen_test]
fn a_full_storage_is_reported_as_quota_exceeded() {
    clear();
    let chunk = "x".repeat(1024 * 1024);
    let mut filled = 0;
    while storage::write(&format!("filler-{filled}"), &chunk).is_ok() {
        filled += 1;
        assert!(filled < 64, "localStorage never filled up");
    }
    let mut session = fresh();
    session.set_note("act/1", &"y".repeat(2 * 1024 * 1024));
    assert_eq!(
        save_notes(&NotesStore::with_session(session)),
        Err(workshop::notes::StorageError::QuotaExceeded)
    );
    clear();
}
