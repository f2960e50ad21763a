//! Two tabs, one store: combining what this tab has with what another tab just stored.
//!
//! It is a three-way merge against the last stored state both tabs knew (`base`): a change on
//! one side only wins; the same change on both sides is kept once; two different changes to
//! the same note keep both texts, one after the other, and are reported as a [`Conflict`] so
//! the user is told.
//!
//! The base is only trusted when the other tab's value descends from it (its lineage holds
//! the base's write). Otherwise the two tabs wrote at the same moment without seeing each
//! other, and the merge runs without a base: a text that contains the other wins, nothing is
//! deleted, and different texts are both kept. Either way no text is ever dropped.

use super::session::Session;
use super::store::NotesStore;
use crate::exercises::{self, FieldKind};

/// A note that both tabs changed differently; the merged note holds both versions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conflict {
    /// The session of the note.
    pub session_id: String,
    /// The screen of the note.
    pub notes_id: String,
}

/// The result of [`merge`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Merged {
    /// What this tab should now show and store.
    pub store: NotesStore,
    /// Notes where both versions were kept.
    pub conflicts: Vec<Conflict>,
}

/// Whether `base` (what this tab last stored or read) may serve as the common ancestor of
/// `theirs`: nothing was ever stored from here, or `theirs` includes that write.
pub fn base_is_ancestor(base: &NotesStore, theirs: &NotesStore) -> bool {
    base.head().is_none_or(|head| theirs.includes_write(head))
}

/// Merges `theirs` (just stored by another tab) into `ours` (this tab), given the `base` both
/// started from, or `None` when there is no trustworthy common ancestor. `separator` goes
/// between two kept versions of a note, and should say that what follows comes from another
/// tab.
pub fn merge(
    base: Option<&NotesStore>,
    ours: &NotesStore,
    theirs: &NotesStore,
    separator: &str,
) -> Merged {
    let mut conflicts = Vec::new();
    let mut sessions: Vec<Session> = Vec::new();
    let empty_base = NotesStore {
        sessions: Vec::new(),
        ..ours.clone()
    };
    let trusted = base.is_some();
    let base = base.unwrap_or(&empty_base);
    for mine in &ours.sessions {
        let before = base.session(&mine.id);
        match (theirs.session(&mine.id), before) {
            (Some(other), _) => {
                let before = if trusted { before } else { None };
                sessions.push(merge_session(
                    before,
                    mine,
                    other,
                    separator,
                    &mut conflicts,
                ));
            }
            // Deleted in the other tab: follow, unless this tab changed it meanwhile.
            (None, Some(before)) if trusted && before == mine => {}
            (None, _) => sessions.push(mine.clone()),
        }
    }
    for (index, other) in theirs.sessions.iter().enumerate() {
        if ours.session(&other.id).is_some() {
            continue;
        }
        let deleted_here_unchanged = trusted && base.session(&other.id) == Some(other);
        if !deleted_here_unchanged {
            sessions.insert(index.min(sessions.len()), other.clone());
        }
    }
    if sessions.is_empty() {
        // Each tab deleted the other's last session: keep everything rather than nothing.
        sessions = theirs.sessions.clone();
    }
    let mut store = NotesStore {
        version: ours.version,
        current: ours.current.clone(),
        sessions,
        lineage: theirs.lineage.clone(),
    };
    if store.session(&store.current).is_none() {
        store.current = theirs.current.clone();
    }
    store.ensure_session(Session::default);
    Merged { store, conflicts }
}

/// Merges one session. Without a base (`None`), no side counts as unchanged.
fn merge_session(
    base: Option<&Session>,
    ours: &Session,
    theirs: &Session,
    separator: &str,
    conflicts: &mut Vec<Conflict>,
) -> Session {
    let empty = Session::default();
    let known_base = base.is_some();
    let base = base.unwrap_or(&empty);
    // One value (a name, an exercise's count): a change on one side wins; both changed,
    // this tab's, which is written last.
    let pick = |b: &str, o: &str, t: &str| {
        if (known_base && o == b) || o.is_empty() {
            t.to_string()
        } else {
            o.to_string()
        }
    };
    // A text (a note, an idea): both changed, both versions are kept, and that is said.
    let mut keep_both = |id: &String, b: &str, o: &str, t: &str| {
        let (text, conflict) = merge_text(known_base.then_some(b), o, t, separator);
        if conflict {
            conflicts.push(Conflict {
                session_id: ours.id.clone(),
                notes_id: id.clone(),
            });
        }
        text
    };
    let mut merged = Session {
        id: ours.id.clone(),
        name: pick(&base.name, &ours.name, &theirs.name),
        team: pick(&base.team, &ours.team, &theirs.team),
        date: pick(&base.date, &ours.date, &theirs.date),
        lang: pick(&base.lang, &ours.lang, &theirs.lang),
        notes: Default::default(),
        results: Default::default(),
        // The run is one choice: a change on one side wins; both changed, this tab's.
        run: if known_base && ours.run == base.run {
            theirs.run.clone()
        } else {
            ours.run.clone()
        },
    };
    let ids = ours.notes.keys().chain(theirs.notes.keys());
    for notes_id in ids {
        if merged.notes.contains_key(notes_id) {
            continue;
        }
        let (b, o, t) = (
            base.note(notes_id),
            ours.note(notes_id),
            theirs.note(notes_id),
        );
        let text = keep_both(notes_id, b, o, t);
        merged.set_note(notes_id, &text);
    }
    // Exercise results: free text as the notes; any other value is one choice.
    let fields = ours.results.keys().chain(theirs.results.keys());
    for field in fields {
        if merged.results.contains_key(field) {
            continue;
        }
        let (b, o, t) = (base.result(field), ours.result(field), theirs.result(field));
        let keeps_both = exercises::kind(field).is_none_or(FieldKind::keeps_both);
        let value = if keeps_both {
            keep_both(field, b, o, t)
        } else {
            pick(b, o, t)
        };
        merged.set_result(field, &value);
    }
    merged
}

/// Merges one text that `ours` and `theirs` may both have changed from `base` (`None`: no
/// known base). Returns the text and whether both different versions had to be kept, one
/// after the other, with `separator` between them.
fn merge_text(base: Option<&str>, o: &str, t: &str, separator: &str) -> (String, bool) {
    if o == t || base == Some(t) {
        (o.to_string(), false)
    } else if base == Some(o) || t.contains(o) {
        (t.to_string(), false)
    } else if o.contains(t) {
        (o.to_string(), false)
    } else {
        // Versions already kept side by side by an earlier merge are not repeated.
        let mut parts: Vec<&str> = o.split(separator).collect();
        for part in t.split(separator) {
            if !parts.contains(&part) {
                parts.push(part);
            }
        }
        let joined = parts.join(separator);
        let conflict = joined != o;
        (joined, conflict)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const SEP: &str = "\n\n--- other tab ---\n\n";

    fn store_with(notes: &[(&str, &str)]) -> NotesStore {
        let mut session = Session::new("s", "2026-01-01", "en");
        for (id, text) in notes {
            session.set_note(id, text);
        }
        NotesStore::with_session(session)
    }

    #[test]
    fn a_change_on_one_side_wins() {
        let base = store_with(&[("act/1", "a")]);
        let ours = store_with(&[("act/1", "a")]);
        let theirs = store_with(&[("act/1", "a, b")]);
        let merged = merge(Some(&base), &ours, &theirs, SEP);
        assert_eq!(merged.store.note("act/1"), "a, b");
        assert!(merged.conflicts.is_empty());
        let merged = merge(Some(&base), &theirs, &ours, SEP);
        assert_eq!(merged.store.note("act/1"), "a, b");
    }

    #[test]
    fn different_edits_of_one_note_keep_both() {
        let base = store_with(&[("act/1", "start")]);
        let ours = store_with(&[("act/1", "mine")]);
        let theirs = store_with(&[("act/1", "yours")]);
        let merged = merge(Some(&base), &ours, &theirs, SEP);
        assert_eq!(merged.store.note("act/1"), format!("mine{SEP}yours"));
        assert_eq!(
            merged.conflicts,
            vec![Conflict {
                session_id: "s".into(),
                notes_id: "act/1".into()
            }]
        );
    }

    #[test]
    fn versions_kept_earlier_are_not_repeated() {
        let ours = store_with(&[("act/1", &format!("a{SEP}b"))]);
        let theirs = store_with(&[("act/1", &format!("b{SEP}a"))]);
        let merged = merge(None, &ours, &theirs, SEP);
        assert_eq!(merged.store.note("act/1"), format!("a{SEP}b"));
        assert!(merged.conflicts.is_empty());
    }

    #[test]
    fn different_notes_merge_cleanly() {
        let base = store_with(&[]);
        let ours = store_with(&[("act/1", "one")]);
        let theirs = store_with(&[("act/2", "two")]);
        let merged = merge(Some(&base), &ours, &theirs, SEP);
        assert_eq!(merged.store.note("act/1"), "one");
        assert_eq!(merged.store.note("act/2"), "two");
        assert!(merged.conflicts.is_empty());
    }

    #[test]
    fn sessions_added_and_deleted_elsewhere_follow() {
        let base = store_with(&[]);
        let mut theirs = base.clone();
        theirs.add_session(Session::new("t", "", "nl"));
        let merged = merge(Some(&base), &base, &theirs, SEP);
        assert!(merged.store.session("t").is_some());
        assert_eq!(
            merged.store.current_id(),
            Some("s"),
            "the open session stays this tab's"
        );

        let mut two = base.clone();
        two.add_session(Session::new("t", "", "nl"));
        let mut deleted = two.clone();
        deleted.delete_session("t");
        let merged = merge(Some(&two), &two, &deleted, SEP);
        assert!(merged.store.session("t").is_none());
    }

    #[test]
    fn a_session_deleted_elsewhere_but_edited_here_is_kept() {
        let mut base = store_with(&[]);
        base.add_session(Session::new("t", "", "nl"));
        let mut ours = base.clone();
        ours.set_note("act/1", "written here");
        let mut theirs = base.clone();
        theirs.delete_session("t");
        let merged = merge(Some(&base), &ours, &theirs, SEP);
        assert_eq!(
            merged.store.session("t").map(|s| s.note("act/1")),
            Some("written here")
        );
    }

    #[test]
    fn without_a_common_ancestor_nothing_is_deleted_and_both_are_kept() {
        // This tab stored "a"; the other tab, not having seen it, stored an older state.
        let mut ours = store_with(&[("act/1", "a"), ("act/2", "mine")]);
        ours.add_session(Session::new("only-here", "", "en"));
        let theirs = store_with(&[("act/2", "theirs")]);
        let merged = merge(None, &ours, &theirs, SEP);
        assert_eq!(
            merged.store.note("act/1"),
            "",
            "act/1 of the open session is untouched"
        );
        assert!(merged.store.session("only-here").is_some());
        let s = merged.store.session("s").expect("kept");
        assert_eq!(s.note("act/1"), "a");
        assert_eq!(s.note("act/2"), format!("mine{SEP}theirs"));
    }

    #[test]
    fn the_base_is_trusted_only_when_theirs_descends_from_it() {
        let mut base = store_with(&[]);
        let mut theirs = base.clone();
        assert!(base_is_ancestor(&base, &theirs), "nothing stored yet");
        base.record_write("w1".into());
        assert!(!base_is_ancestor(&base, &theirs));
        theirs.take_in_lineage(&base.lineage);
        theirs.record_write("w2".into());
        assert!(base_is_ancestor(&base, &theirs));
    }

    fn store_with_results(results: &[(&str, &str)]) -> NotesStore {
        let mut session = Session::new("s", "2026-01-01", "en");
        for (field, value) in results {
            session.set_result(field, value);
        }
        NotesStore::with_session(session)
    }

    #[test]
    fn an_exercise_value_changed_on_one_side_wins() {
        let base = store_with_results(&[("hands/both", "3")]);
        let theirs = store_with_results(&[("hands/both", "5"), ("shifts/2", "7")]);
        let merged = merge(Some(&base), &base, &theirs, SEP);
        let session = merged.store.current().expect("open");
        assert_eq!(session.result("hands/both"), "5");
        assert_eq!(session.result("shifts/2"), "7");
        assert!(merged.conflicts.is_empty());
    }

    #[test]
    fn an_exercise_value_changed_on_both_sides_is_this_tab_s_the_last_write() {
        let base = store_with_results(&[("hands/both", "3")]);
        let ours = store_with_results(&[("hands/both", "4")]);
        let theirs = store_with_results(&[("hands/both", "5")]);
        let merged = merge(Some(&base), &ours, &theirs, SEP);
        assert_eq!(
            merged.store.current().map(|s| s.result("hands/both")),
            Some("4")
        );
        assert!(merged.conflicts.is_empty(), "a value is never two values");
        // Without a base, a value this tab has stays; one only the other tab has comes in.
        let ours = store_with_results(&[("hands/both", "4")]);
        let theirs = store_with_results(&[("hands/both", "5"), ("dora/lead", "2")]);
        let merged = merge(None, &ours, &theirs, SEP);
        let session = merged.store.current().expect("open");
        assert_eq!(
            (session.result("hands/both"), session.result("dora/lead")),
            ("4", "2")
        );
    }

    #[test]
    fn exercise_free_text_changed_on_both_sides_keeps_both() {
        let base = store_with_results(&[("plan/1/what", "pair")]);
        let ours = store_with_results(&[("plan/1/what", "pair with Ops")]);
        let theirs = store_with_results(&[("plan/1/what", "demo weekly")]);
        let merged = merge(Some(&base), &ours, &theirs, SEP);
        assert_eq!(
            merged
                .store
                .current()
                .map(|s| s.result("plan/1/what").to_string()),
            Some(format!("pair with Ops{SEP}demo weekly"))
        );
        assert_eq!(merged.conflicts[0].notes_id, "plan/1/what");
    }

    fn text() -> impl Strategy<Value = String> {
        prop_oneof![Just(String::new()), "[a-c ]{1,6}"]
    }

    proptest! {
        /// Every word either tab typed is in the merged note.
        #[test]
        fn no_text_is_ever_dropped(b in text(), o in text(), t in text()) {
            let base = store_with(&[("n", &b)]);
            let ours = store_with(&[("n", &o)]);
            let theirs = store_with(&[("n", &t)]);
            let merged = merge(Some(&base), &ours, &theirs, SEP);
            let note = merged.store.note("n");
            if o != b { prop_assert!(note.contains(&o), "ours {:?} kept in {:?}", o, note); }
            if t != b { prop_assert!(note.contains(&t), "theirs {:?} kept in {:?}", t, note); }
        }

        /// Without a base too, every word either tab typed is in the merged note.
        #[test]
        fn no_text_is_dropped_without_a_base(o in text(), t in text()) {
            let ours = store_with(&[("n", &o)]);
            let theirs = store_with(&[("n", &t)]);
            let merged = merge(None, &ours, &theirs, SEP);
            let note = merged.store.note("n");
            prop_assert!(note.contains(&o) && note.contains(&t), "{:?} + {:?} -> {:?}", o, t, note);
        }

        /// With no change here, the merge is exactly what the other tab stored.
        #[test]
        fn no_local_change_means_theirs(b in text(), t in text()) {
            let base = store_with(&[("n", &b)]);
            let theirs = store_with(&[("n", &t), ("m", "x")]);
            let merged = merge(Some(&base), &base, &theirs, SEP);
            prop_assert_eq!(merged.store, theirs);
            prop_assert!(merged.conflicts.is_empty());
        }
    }
}
