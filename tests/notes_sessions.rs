//! A facilitator's day with the notes domain, natively: an old browser's notes are migrated,
//! two teams get their own sessions, one is exported, backed up, imported elsewhere, and a
//! second tab's edits are merged without losing a word.

use workshop::i18n::{keys, text, Lang};
use workshop::notes::export_json::session_json;
use workshop::notes::export_markdown::session_markdown;
use workshop::notes::import::{parse_import, ImportError};
use workshop::notes::merge::{base_is_ancestor, merge};
use workshop::notes::{decode, encode, NotesStore, Session};

/// What the first release left in a facilitator's browser.
const FIRST_RELEASE: &str =
    r#"{"version":1,"notes":{"act/1":"We ship on Fridays.","deck/why":"MTTR is too long."}}"#;

#[test]
fn a_workshop_day_from_the_first_release_to_a_wiki_page() {
    // The browser still holds first-release notes: they open as one session.
    let mut store = decode(FIRST_RELEASE)
        .expect("the first release is readable")
        .store;
    assert_eq!(store.note("act/1"), "We ship on Fridays.");
    let first = store.current_id().expect("a session is open").to_string();
    assert!(store.rename(&first, "Pilot", "Platform", "2026-03-10"));

    // A second team gets its own session; its notes do not mix with the first team's.
    store.add_session(Session::new("s-payments", "2026-03-14", "nl"));
    store.rename("s-payments", "Ochtend", "Betalingen", "2026-03-14");
    assert_eq!(store.note("act/1"), "");
    store.set_note("act/1", "Snelheid boven alles.");
    store.switch_to(&first);
    assert_eq!(store.note("act/1"), "We ship on Fridays.");

    // Stored and read back, nothing changes.
    assert_eq!(decode(&encode(&store)).expect("readable").store, store);

    // The Dutch team's notes, for the wiki, with Dutch headings.
    let payments = store.session("s-payments").expect("exists").clone();
    let markdown = session_markdown(&payments, Lang::Nl, "2026-03-14");
    assert!(markdown.contains(&format!("## {}", text(Lang::Nl, keys::act1::TITLE))));
    assert!(markdown.contains("Snelheid boven alles."));
    assert!(markdown.contains("Betalingen"));

    // The JSON backup imports on another laptop as the same session.
    let backup = session_json(&payments, "2026-03-14T12:00:00.000Z");
    let imported = parse_import(backup.as_bytes()).expect("a backup imports");
    assert_eq!(
        imported.session,
        Session {
            id: String::new(),
            ..payments
        }
    );

    // A file that is not a backup changes nothing and says why.
    assert_eq!(
        parse_import(b"{\"hello\":\"world\"}"),
        Err(ImportError::NotAnExport)
    );
}

#[test]
fn two_tabs_typing_in_the_same_note_keep_both_texts() {
    let mut stored = NotesStore::with_session(Session::new("s", "2026-03-14", "en"));
    stored.record_write("w1".into());
    let mut tab_one = stored.clone();
    let mut tab_two = stored.clone();
    tab_one.set_note("act/2", "from tab one");
    tab_two.set_note("act/2", "from tab two");
    // Tab one writes first; tab two reads it back.
    tab_one.record_write("w2".into());
    assert!(base_is_ancestor(&stored, &tab_one));
    let merged = merge(Some(&stored), &tab_two, &tab_one, "\n---\n");
    assert_eq!(
        merged.store.note("act/2"),
        "from tab two\n---\nfrom tab one"
    );
    assert_eq!(merged.conflicts.len(), 1);
}
