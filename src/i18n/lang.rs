//! The languages the workshop is written in.

use super::{keys, Key};

/// A supported language. English is the reference and the fallback.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Dutch.
    Nl,
    /// French.
    Fr,
}

impl Lang {
    /// Every supported language, in the order of the language switcher.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Nl, Lang::Fr];

    /// The BCP 47 code used in URLs and in `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Nl => "nl",
            Lang::Fr => "fr",
        }
    }

    /// The language's name in that language, for the switcher.
    pub fn autonym_key(self) -> Key {
        match self {
            Lang::En => keys::app::LANG_EN,
            Lang::Nl => keys::app::LANG_NL,
            Lang::Fr => keys::app::LANG_FR,
        }
    }

    /// The language whose code is exactly `code` (as in a URL), if it is supported.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.code() == code)
    }

    /// The first supported language among the browser's preferences (`navigator.languages`),
    /// matching on the primary subtag so that `nl-BE` picks Dutch; English when none matches.
    pub fn from_browser_preferences<S: AsRef<str>>(tags: &[S]) -> Lang {
        tags.iter()
            .filter_map(|tag| {
                let primary = tag.as_ref().split(['-', '_']).next()?;
                Lang::from_code(&primary.to_ascii_lowercase())
            })
            .next()
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("de"), None);
        assert_eq!(Lang::from_code("EN"), None);
    }

    #[test]
    fn browser_preferences_pick_the_first_supported_language() {
        assert_eq!(
            Lang::from_browser_preferences(&["de-DE", "nl-BE", "en"]),
            Lang::Nl
        );
        assert_eq!(Lang::from_browser_preferences(&["fr_CA"]), Lang::Fr);
        assert_eq!(Lang::from_browser_preferences(&["FR-fr"]), Lang::Fr);
    }

    #[test]
    fn unsupported_or_missing_preferences_fall_back_to_english() {
        assert_eq!(Lang::from_browser_preferences(&["de", "ja"]), Lang::En);
        assert_eq!(Lang::from_browser_preferences::<&str>(&[]), Lang::En);
        assert_eq!(Lang::from_browser_preferences(&[""]), Lang::En);
    }
}
