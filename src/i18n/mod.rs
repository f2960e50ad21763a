//! Languages and translated text.
//!
//! Every visible word lives in `locales/*.json`. `build.rs` turns the bundles into the
//! constants of [`keys`], so a missing key is a compile error and a lookup is an array index.
//! The browser fetches each language's texts when it first shows that language ([`bundle`]);
//! native builds carry every language, as one string of every text with the offset where
//! each ends.

pub mod bundle;
pub mod catalog;
mod fold;
mod lang;

pub use fold::fold;
pub use lang::Lang;

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

/// A translated text's identity. The constants live in [`keys`], e.g. `keys::act1::TITLE`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Key(u16);

/// The text of `key` in `lang`.
///
/// ```
/// use workshop::i18n::{keys, text, Lang};
/// assert_eq!(text(Lang::En, keys::app::LANG_NL), "Nederlands");
/// ```
pub fn text(lang: Lang, key: Key) -> &'static str {
    #[cfg(target_arch = "wasm32")]
    {
        bundle::installed_text(lang, key)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        built_in_text(lang, key)
    }
}

/// The text of `key` in `lang` from the tables built into a native build.
#[cfg(not(target_arch = "wasm32"))]
fn built_in_text(lang: Lang, key: Key) -> &'static str {
    let (texts, ends): (&'static str, &'static [u16; KEY_COUNT]) = match lang {
        Lang::En => (EN_TEXTS, &EN_ENDS),
        Lang::Nl => (NL_TEXTS, &NL_ENDS),
        Lang::Fr => (FR_TEXTS, &FR_ENDS),
    };
    let index = usize::from(key.0);
    let start = index
        .checked_sub(1)
        .map_or(0, |before| usize::from(ends[before]));
    // The offsets come from build.rs and always fall between characters.
    texts
        .get(start..usize::from(ends[index]))
        .unwrap_or_default()
}

/// The text of `key` in `lang`, with each `{name}` replaced by its value from `args`.
///
/// ```
/// use workshop::i18n::{keys, text_with, Lang};
/// let label = text_with(Lang::En, keys::app::TIMEBOX, &[("minutes", "10")]);
/// assert!(label.contains("10"));
/// ```
pub fn text_with(lang: Lang, key: Key, args: &[(&str, &str)]) -> String {
    fill_placeholders(text(lang, key), args)
}

/// Replaces each `{name}` in `template` by its value in `args`; unknown names stay as they are.
pub fn fill_placeholders(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match args.iter().find(|(arg, _)| *arg == name) {
                    Some((_, value)) => out.push_str(value),
                    None => out.push_str(&rest[open..open + close + 2]),
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_reads_its_own_text_in_every_language() {
        for lang in Lang::ALL {
            let dir = format!("{}/locales/{}", env!("CARGO_MANIFEST_DIR"), lang.code());
            let bundle = catalog::read_locale_dir(std::path::Path::new(&dir)).expect("readable");
            assert_eq!(bundle.len(), KEY_COUNT);
            // The keys are numbered in the bundle's (sorted) order.
            for (index, expected) in bundle.values().enumerate() {
                let key = Key(u16::try_from(index).expect("few keys"));
                assert_eq!(text(lang, key), expected, "{} key {index}", lang.code());
            }
        }
    }

    #[test]
    fn fills_each_named_placeholder() {
        assert_eq!(
            fill_placeholders("{current} of {total}", &[("current", "5"), ("total", "17")]),
            "5 of 17"
        );
    }

    #[test]
    fn leaves_unknown_and_unclosed_placeholders_alone() {
        assert_eq!(fill_placeholders("a {x} b", &[("y", "1")]), "a {x} b");
        assert_eq!(fill_placeholders("a {x b", &[("x", "1")]), "a {x b");
    }

    #[test]
    fn every_language_has_its_own_table() {
        assert_eq!(text(Lang::En, keys::app::LANG_FR), "Français");
        assert_ne!(
            text(Lang::En, keys::app::NEXT),
            text(Lang::Nl, keys::app::NEXT)
        );
        assert_ne!(
            text(Lang::En, keys::app::NEXT),
            text(Lang::Fr, keys::app::NEXT)
        );
    }
}
