//! The notes adapter against the real localStorage of headless Chromium.
//! Run by `scripts/test.sh` through wasm-bindgen-test-runner and chromedriver.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use workshop::browser::notes_storage::{load_notes, save_notes};
use workshop::browser::storage;
use workshop::notes::{decode, NotesDoc, Persistence, StorageNotice, NOTES_KEY};

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

#[wasm_bindgen_test]
fn notes_round_trip_through_real_local_storage() {
    clear();
    let mut doc = NotesDoc::default();
    doc.set_note("act/1", "Speed first, quality later?\n<b>not bold</b> 🚢");
    doc.set_note("deck/why", "Faster recovery matters most to us.");
    save_notes(&doc).expect("saving works");

    let raw = local_storage()
        .get_item(NOTES_KEY)
        .expect("readable")
        .expect("stored");
    assert_eq!(decode(&raw), Ok(doc.clone()));

    let loaded = load_notes();
    assert_eq!(loaded.doc, doc);
    assert_eq!(loaded.persistence, Persistence::Writable);
    assert_eq!(loaded.notice, None);
}

#[wasm_bindgen_test]
fn an_empty_browser_starts_with_no_notes_and_may_save() {
    clear();
    let loaded = load_notes();
    assert_eq!(loaded.doc, NotesDoc::default());
    assert_eq!(loaded.persistence, Persistence::Writable);
}

#[wasm_bindgen_test]
fn unreadable_notes_are_backed_up_before_anything_is_written() {
    clear();
    let garbage = "{\"version\":1,\"notes\":{\"act/1\":\"cut sho";
    storage::write(NOTES_KEY, garbage).expect("seeding works");

    let loaded = load_notes();
    let kept_under = match loaded.notice {
        Some(StorageNotice::UnreadableKept { key, .. }) => key,
        other => panic!("expected the unreadable notes to be kept, got {other:?}"),
    };
    assert_eq!(storage::read(&kept_under), Ok(Some(garbage.to_string())));
    assert_eq!(
        storage::read(NOTES_KEY),
        Ok(Some(garbage.to_string())),
        "the original is untouched"
    );

    // Loading again does not make a second copy.
    let again = load_notes();
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
    let mut doc = NotesDoc::default();
    doc.set_note("act/1", &"y".repeat(2 * 1024 * 1024));
    assert_eq!(
        save_notes(&doc),
        Err(workshop::notes::StorageError::QuotaExceeded)
    );
    clear();
}
