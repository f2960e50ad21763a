//! The locale bundles stay complete and translated: every key in every language, no extras,
//! nothing left in English except the allowed proper names, and the same placeholders.

use std::path::Path;

use workshop::i18n::catalog::{
    compare_bundles, merge_bundles, parse_bundle, read_locale_dir, BundleError, BundleProblem,
    FlatBundle, SAME_IN_EVERY_LANGUAGE,
};
use workshop::i18n::Lang;

fn bundle(code: &str) -> FlatBundle {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(code);
    read_locale_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
}

fn fixture(json: &str) -> FlatBundle {
    parse_bundle(json).expect("fixture is valid")
}

/// What only this test can check: a text left in English. Missing and extra keys and changed
/// placeholders stop the build itself (build.rs), so they never get this far; the fixture
/// tests below show that the comparison finds them.
#[test]
fn every_locale_translates_every_text() {
    let english = bundle("en");
    assert!(
        english.len() > 150,
        "the English bundle looks truncated: {} keys",
        english.len()
    );
    let mut untranslated = Vec::new();
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        untranslated.extend(
            compare_bundles(
                &english,
                lang.code(),
                &bundle(lang.code()),
                SAME_IN_EVERY_LANGUAGE,
            )
            .into_iter()
            .filter(|problem| matches!(problem, BundleProblem::Untranslated { .. }))
            .map(|problem| problem.to_string()),
        );
    }
    assert!(untranslated.is_empty(), "\n{}", untranslated.join("\n"));
}

#[test]
fn no_text_is_blank() {
    for lang in Lang::ALL {
        for (key, text) in bundle(lang.code()) {
            assert!(
                !text.trim().is_empty(),
                "locales/{}.json: `{key}` is empty",
                lang.code()
            );
        }
    }
}

#[test]
fn a_missing_key_is_reported() {
    let en = fixture(r#"{"a": {"b": "Hello", "c": "Bye"}}"#);
    let nl = fixture(r#"{"a": {"b": "Hallo"}}"#);
    assert_eq!(
        compare_bundles(&en, "nl", &nl, &[]),
        vec![BundleProblem::Missing {
            locale: "nl".into(),
            key: "a.c".into()
        }]
    );
}

#[test]
fn an_extra_key_is_reported() {
    let en = fixture(r#"{"a": "Hello"}"#);
    let fr = fixture(r#"{"a": "Bonjour", "z": "Encore"}"#);
    assert_eq!(
        compare_bundles(&en, "fr", &fr, &[]),
        vec![BundleProblem::Extra {
            locale: "fr".into(),
            key: "z".into()
        }]
    );
}

#[test]
fn a_text_left_in_english_is_reported_unless_allowed() {
    let en = fixture(r#"{"name": "DevOps", "next": "Next"}"#);
    let nl = fixture(r#"{"name": "DevOps", "next": "Next"}"#);
    assert_eq!(
        compare_bundles(&en, "nl", &nl, &["DevOps"]),
        vec![BundleProblem::Untranslated {
            locale: "nl".into(),
            key: "next".into(),
            text: "Next".into()
        }]
    );
}

#[test]
fn a_changed_placeholder_is_reported() {
    let en = fixture(r#"{"t": "{minutes} min"}"#);
    let fr = fixture(r#"{"t": "{minuten} min"}"#);
    assert_eq!(
        compare_bundles(&en, "fr", &fr, &[]),
        vec![BundleProblem::Placeholders {
            locale: "fr".into(),
            key: "t".into()
        }]
    );
}

#[test]
fn a_key_defined_in_two_files_of_one_locale_is_rejected() {
    let app = fixture(r#"{"app": {"next": "Next"}}"#);
    let other = fixture(r#"{"app": {"next": "Onward"}}"#);
    assert_eq!(
        merge_bundles([app.clone(), fixture(r#"{"deck": {"t": "T"}}"#)]).map(|b| b.len()),
        Ok(2)
    );
    assert_eq!(
        merge_bundles([app, other]),
        Err(BundleError::Duplicate {
            key: "app.next".into()
        })
    );
}

#[test]
fn malformed_bundles_get_a_clear_message() {
    assert!(matches!(parse_bundle("{"), Err(BundleError::NotJson(_))));
    assert_eq!(
        parse_bundle(r#"{"a": 1}"#),
        Err(BundleError::NotText { key: "a".into() })
    );
    assert_eq!(
        parse_bundle(r#"{"Bad-Key": "x"}"#),
        Err(BundleError::BadKeySegment {
            key: "Bad-Key".into()
        })
    );
    let message = BundleProblem::Missing {
        locale: "fr".into(),
        key: "app.next".into(),
    }
    .to_string();
    assert!(message.contains("locales/fr/") && message.contains("app.next"));
}
