//! Each language's texts as the browser gets them: one bundle per language, fetched when the
//! page first shows that language (`locales/<code>.json`, written by `scripts/post-build.mjs`
//! from the same `locales/` that `build.rs` reads), so that a visit transfers the one language
//! it shows rather than all three. Native builds, for the tests, carry every language.
//!
//! A language comes in two parts: the stage's texts (`locales/<code>.json`), which the page
//! needs to show anything, and the facilitator's script (`locales/<code>.script.json`), which
//! only the presenter view and the printed guide show, fetched when one of them is opened.
//!
//! A bundle is the texts of its part in key order, with a fingerprint of all the keys: a
//! bundle of another build (a stale cache) is refused rather than shown with every text in the
//! wrong place.

use std::fmt;
use std::sync::OnceLock;

use serde::Deserialize;

#[cfg(any(target_arch = "wasm32", test))]
use super::Key;
use super::{Lang, KEYS_FINGERPRINT, KEY_COUNT, SCRIPT_KEYS, SCRIPT_VERSIONS, STAGE_VERSIONS};

/// A part of a language's texts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// Everything but the facilitator's script: what the page needs to show anything.
    Stage,
    /// The facilitator's script (the `facilitator.*` keys).
    Script,
}

impl Part {
    /// How many texts the part has.
    fn len(self) -> usize {
        match self {
            Part::Stage => KEY_COUNT - SCRIPT_KEYS.len(),
            Part::Script => SCRIPT_KEYS.len(),
        }
    }

    /// The part that holds the text with key number `index`, and the text's place in it.
    #[cfg(any(target_arch = "wasm32", test))]
    fn of(index: usize) -> (Part, usize) {
        if SCRIPT_KEYS.contains(&index) {
            (Part::Script, index - SCRIPT_KEYS.start)
        } else if index < SCRIPT_KEYS.start {
            (Part::Stage, index)
        } else {
            (Part::Stage, index - SCRIPT_KEYS.len())
        }
    }
}

/// A language's bundle, as written.
#[derive(Deserialize)]
struct LocaleBundle {
    /// The fingerprint of the keys it was written for.
    keys: u32,
    /// Every text, in key order.
    texts: Vec<String>,
}

/// Why a bundle cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BundleError {
    /// It is not a bundle.
    NotABundle(String),
    /// It was written for other keys: another version of the app.
    OtherKeys,
    /// It has too few or too many texts.
    WrongCount {
        /// How many it has.
        found: usize,
        /// How many its part has.
        expected: usize,
    },
}

impl fmt::Display for BundleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BundleError::NotABundle(why) => write!(f, "not a locale bundle: {why}"),
            BundleError::OtherKeys => f.write_str("a locale bundle of another version"),
            BundleError::WrongCount { found, expected } => {
                write!(f, "a locale bundle of {found} texts, not {expected}")
            }
        }
    }
}

/// The texts of each language in the order of [`Lang::ALL`], then of each language's script,
/// once installed.
static INSTALLED: [OnceLock<Box<[&'static str]>>; 2 * Lang::ALL.len()] =
    [const { OnceLock::new() }; 2 * Lang::ALL.len()];

fn slot(lang: Lang, part: Part) -> &'static OnceLock<Box<[&'static str]>> {
    let offset = if part == Part::Script {
        Lang::ALL.len()
    } else {
        0
    };
    &INSTALLED[offset + lang as usize]
}

/// Where the browser finds `part` of `lang`'s texts, relative to the page; the version changes
/// with its texts.
pub fn bundle_url(lang: Lang, part: Part) -> String {
    let (suffix, versions) = match part {
        Part::Stage => ("", &STAGE_VERSIONS),
        Part::Script => (".script", &SCRIPT_VERSIONS),
    };
    format!(
        "locales/{}{suffix}.json?v={}",
        lang.code(),
        versions[lang as usize]
    )
}

/// Installs the bundle `json` as `part` of `lang`'s texts. The texts live as long as the page.
pub fn install(lang: Lang, part: Part, json: &str) -> Result<(), BundleError> {
    let bundle: LocaleBundle =
        serde_json::from_str(json).map_err(|e| BundleError::NotABundle(e.to_string()))?;
    if bundle.keys != KEYS_FINGERPRINT {
        return Err(BundleError::OtherKeys);
    }
    if bundle.texts.len() != part.len() {
        return Err(BundleError::WrongCount {
            found: bundle.texts.len(),
            expected: part.len(),
        });
    }
    let texts: Box<[&'static str]> = bundle
        .texts
        .into_iter()
        .map(|text| &*Box::leak(text.into_boxed_str()))
        .collect();
    // A second install of the same language keeps the first.
    let _ = slot(lang, part).set(texts);
    Ok(())
}

/// Whether `part` of `lang`'s texts is here.
pub fn is_installed(lang: Lang, part: Part) -> bool {
    slot(lang, part).get().is_some() || cfg!(not(target_arch = "wasm32"))
}

/// The installed text of `key` in `lang`; else in another installed language; else empty.
#[cfg(any(target_arch = "wasm32", test))]
pub(super) fn installed_text(lang: Lang, key: Key) -> &'static str {
    let (part, index) = Part::of(usize::from(key.0));
    std::iter::once(lang)
        .chain(Lang::ALL)
        .find_map(|lang| slot(lang, part).get())
        .and_then(|texts| texts.get(index).copied())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{keys, text};

    /// Part `part` of a bundle as `scripts/post-build.mjs` writes it, made from the texts
    /// built in.
    fn bundle_of(lang: Lang, part: Part) -> String {
        let texts: Vec<&str> = (0..KEY_COUNT)
            .filter(|index| Part::of(*index).0 == part)
            .map(|index| text(lang, Key(u16::try_from(index).expect("few keys"))))
            .collect();
        serde_json::json!({ "keys": KEYS_FINGERPRINT, "texts": texts }).to_string()
    }

    #[test]
    fn both_parts_of_a_bundle_of_this_build_install_and_read_back_every_text() {
        install(Lang::Fr, Part::Stage, &bundle_of(Lang::Fr, Part::Stage)).expect("fits");
        assert!(slot(Lang::Fr, Part::Stage).get().is_some());
        assert_eq!(
            installed_text(Lang::Fr, keys::app::NEXT),
            text(Lang::Fr, keys::app::NEXT)
        );
        // The script is not there until its own bundle is.
        assert_eq!(installed_text(Lang::Fr, keys::facilitator::team::OPEN), "");
        install(Lang::Fr, Part::Script, &bundle_of(Lang::Fr, Part::Script)).expect("fits");
        assert_eq!(
            installed_text(Lang::Fr, keys::facilitator::team::OPEN),
            text(Lang::Fr, keys::facilitator::team::OPEN)
        );
        // A key after the script's reads the stage's texts at its own place.
        assert_eq!(
            installed_text(Lang::Fr, keys::not_found::TITLE),
            text(Lang::Fr, keys::not_found::TITLE)
        );
        // A language not installed reads another one rather than nothing.
        assert_eq!(
            installed_text(Lang::Nl, keys::app::NEXT),
            text(Lang::Fr, keys::app::NEXT)
        );
    }

    #[test]
    fn the_script_is_every_facilitator_key_and_nothing_else() {
        for index in 0..KEY_COUNT {
            let (part, place) = Part::of(index);
            assert!(place < part.len());
            assert_eq!(part == Part::Script, SCRIPT_KEYS.contains(&index));
        }
        assert!(SCRIPT_KEYS.len() >= 4 * 20, "four parts for each screen");
    }

    #[test]
    fn a_bundle_of_another_build_or_shape_is_refused() {
        let other_keys = serde_json::json!({ "keys": KEYS_FINGERPRINT ^ 1, "texts": [] });
        assert_eq!(
            install(Lang::Nl, Part::Stage, &other_keys.to_string()),
            Err(BundleError::OtherKeys)
        );
        let short = serde_json::json!({ "keys": KEYS_FINGERPRINT, "texts": ["one"] });
        assert_eq!(
            install(Lang::Nl, Part::Script, &short.to_string()),
            Err(BundleError::WrongCount {
                found: 1,
                expected: SCRIPT_KEYS.len()
            })
        );
        // The stage's texts are not a script, nor the other way round.
        assert!(matches!(
            install(Lang::Nl, Part::Script, &bundle_of(Lang::Nl, Part::Stage)),
            Err(BundleError::WrongCount { .. })
        ));
        assert!(matches!(
            install(Lang::Nl, Part::Stage, "<html>"),
            Err(BundleError::NotABundle(_))
        ));
    }

    /// The texts of `lang` as `locales/` holds them.
    fn locale(lang: Lang) -> crate::i18n::catalog::FlatBundle {
        let dir = format!("{}/locales/{}", env!("CARGO_MANIFEST_DIR"), lang.code());
        crate::i18n::catalog::read_locale_dir(std::path::Path::new(&dir)).expect("readable")
    }

    #[test]
    fn each_bundle_is_addressed_by_the_fingerprint_of_its_own_texts() {
        use crate::i18n::catalog::part_fingerprint;
        for lang in Lang::ALL {
            let texts = locale(lang);
            for (part, script, name) in [(Part::Stage, false, ""), (Part::Script, true, ".script")]
            {
                let expected = format!(
                    "locales/{}{name}.json?v={:08x}",
                    lang.code(),
                    part_fingerprint(&texts, script)
                );
                assert_eq!(bundle_url(lang, part), expected);
            }
        }
    }

    #[test]
    fn a_changed_text_changes_the_address_of_its_own_part_only() {
        use crate::i18n::catalog::part_fingerprint;
        let texts = locale(Lang::Nl);
        let (stage, script) = (
            part_fingerprint(&texts, false),
            part_fingerprint(&texts, true),
        );
        let mut edited = texts.clone();
        edited.insert("app.next".into(), "Verder!".into());
        assert_ne!(part_fingerprint(&edited, false), stage);
        assert_eq!(part_fingerprint(&edited, true), script);
        let mut edited = texts.clone();
        edited.insert("facilitator.team.open".into(), "Anders.".into());
        assert_eq!(part_fingerprint(&edited, false), stage);
        assert_ne!(part_fingerprint(&edited, true), script);
        // The same texts in another order are another bundle.
        let mut swapped = texts.clone();
        let (a, b) = (texts["app.next"].clone(), texts["app.previous"].clone());
        swapped.insert("app.next".into(), b);
        swapped.insert("app.previous".into(), a);
        assert_ne!(part_fingerprint(&swapped, false), stage);
    }
}
