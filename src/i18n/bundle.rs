//! Each language's texts as the browser gets them: one bundle per language, fetched when the
//! page first shows that language (`locales/<code>.json`, written by `scripts/post-build.mjs`
//! from the same `locales/` that `build.rs` reads), so that a visit transfers the one language
//! it shows rather than all three. Native builds, for the tests, carry every language.
//!
//! A bundle is the texts in key order, with a fingerprint of the keys: a bundle of another
//! build (a stale cache) is refused rather than shown with every text in the wrong place.

use std::fmt;
use std::sync::OnceLock;

use serde::Deserialize;

#[cfg(any(target_arch = "wasm32", test))]
use super::Key;
use super::{Lang, BUNDLE_VERSIONS, KEYS_FINGERPRINT, KEY_COUNT};

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
    },
}

impl fmt::Display for BundleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BundleError::NotABundle(why) => write!(f, "not a locale bundle: {why}"),
            BundleError::OtherKeys => f.write_str("a locale bundle of another version"),
            BundleError::WrongCount { found } => {
                write!(f, "a locale bundle of {found} texts, not {KEY_COUNT}")
            }
        }
    }
}

/// The texts of each language in the order of [`Lang::ALL`], once installed.
static INSTALLED: [OnceLock<Box<[&'static str]>>; 3] =
    [OnceLock::new(), OnceLock::new(), OnceLock::new()];

fn slot(lang: Lang) -> &'static OnceLock<Box<[&'static str]>> {
    &INSTALLED[lang as usize]
}

/// Where the browser finds `lang`'s bundle, relative to the page; the version changes with its
/// texts.
pub fn bundle_url(lang: Lang) -> String {
    format!(
        "locales/{}.json?v={}",
        lang.code(),
        BUNDLE_VERSIONS[lang as usize]
    )
}

/// Installs the bundle `json` as `lang`'s texts. The texts live as long as the page.
pub fn install(lang: Lang, json: &str) -> Result<(), BundleError> {
    let bundle: LocaleBundle =
        serde_json::from_str(json).map_err(|e| BundleError::NotABundle(e.to_string()))?;
    if bundle.keys != KEYS_FINGERPRINT {
        return Err(BundleError::OtherKeys);
    }
    if bundle.texts.len() != KEY_COUNT {
        return Err(BundleError::WrongCount {
            found: bundle.texts.len(),
        });
    }
    let texts: Box<[&'static str]> = bundle
        .texts
        .into_iter()
        .map(|text| &*Box::leak(text.into_boxed_str()))
        .collect();
    // A second install of the same language keeps the first.
    let _ = slot(lang).set(texts);
    Ok(())
}

/// Whether `lang`'s texts are here.
pub fn is_installed(lang: Lang) -> bool {
    slot(lang).get().is_some() || cfg!(not(target_arch = "wasm32"))
}

/// The installed text of `key` in `lang`; else in another installed language; else empty.
#[cfg(any(target_arch = "wasm32", test))]
pub(super) fn installed_text(lang: Lang, key: Key) -> &'static str {
    let index = usize::from(key.0);
    std::iter::once(lang)
        .chain(Lang::ALL)
        .find_map(|lang| slot(lang).get())
        .and_then(|texts| texts.get(index).copied())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{keys, text};

    /// A bundle as `scripts/post-build.mjs` writes it, made from the texts built in.
    fn bundle_of(lang: Lang) -> String {
        let texts: Vec<&str> = (0..KEY_COUNT)
            .map(|index| text(lang, Key(u16::try_from(index).expect("few keys"))))
            .collect();
        serde_json::json!({ "keys": KEYS_FINGERPRINT, "texts": texts }).to_string()
    }

    #[test]
    fn a_bundle_of_this_build_installs_and_reads_back_every_text() {
        install(Lang::Fr, &bundle_of(Lang::Fr)).expect("the bundle fits this build");
        assert!(slot(Lang::Fr).get().is_some());
        assert_eq!(
            installed_text(Lang::Fr, keys::app::NEXT),
            text(Lang::Fr, keys::app::NEXT)
        );
        // A language not installed reads another one rather than nothing.
        assert_eq!(
            installed_text(Lang::Nl, keys::app::NEXT),
            text(Lang::Fr, keys::app::NEXT)
        );
    }

    #[test]
    fn a_bundle_of_another_build_or_shape_is_refused() {
        let other_keys = serde_json::json!({ "keys": KEYS_FINGERPRINT ^ 1, "texts": [] });
        assert_eq!(
            install(Lang::Nl, &other_keys.to_string()),
            Err(BundleError::OtherKeys)
        );
        let short = serde_json::json!({ "keys": KEYS_FINGERPRINT, "texts": ["one"] });
        assert_eq!(
            install(Lang::Nl, &short.to_string()),
            Err(BundleError::WrongCount { found: 1 })
        );
        assert!(matches!(
            install(Lang::Nl, "<html>"),
            Err(BundleError::NotABundle(_))
        ));
    }

    #[test]
    fn each_bundle_has_an_address_that_changes_with_its_texts() {
        let urls: Vec<String> = Lang::ALL.into_iter().map(bundle_url).collect();
        assert!(urls[1].starts_with("locales/nl.json?v="));
        assert_ne!(urls[1], urls[2]);
    }
}
