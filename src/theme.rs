//! The colour themes: one that follows the system's light or dark setting, and fixed ones for
//! rooms where the system's choice is wrong for the projector.

use crate::i18n::{keys, Key};

/// A colour theme.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Theme {
    /// Light or dark, as the operating system says.
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
    /// High contrast and heavier type for washed-out projectors.
    Projector,
}

impl Theme {
    /// Every theme, in the order the theme button cycles through them.
    pub const ALL: [Theme; 4] = [Theme::System, Theme::Light, Theme::Dark, Theme::Projector];

    /// The stored and `data-theme` name.
    pub fn code(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Projector => "projector",
        }
    }

    /// The theme stored as `code`; the system theme for anything else.
    pub fn from_code(code: &str) -> Theme {
        Theme::ALL
            .into_iter()
            .find(|t| t.code() == code)
            .unwrap_or_default()
    }

    /// The theme after this one.
    pub fn next(self) -> Theme {
        let index = Theme::ALL.iter().position(|t| *t == self).unwrap_or(0);
        Theme::ALL[(index + 1) % Theme::ALL.len()]
    }

    /// The theme's name, for the theme button.
    pub fn name_key(self) -> Key {
        match self {
            Theme::System => keys::controls::THEME_SYSTEM,
            Theme::Light => keys::controls::THEME_LIGHT,
            Theme::Dark => keys::controls::THEME_DARK,
            Theme::Projector => keys::controls::THEME_PROJECTOR,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cycling_visits_every_theme_and_returns() {
        let mut theme = Theme::System;
        let mut seen = vec![theme];
        for _ in 1..Theme::ALL.len() {
            theme = theme.next();
            seen.push(theme);
        }
        assert_eq!(seen, Theme::ALL.to_vec());
        assert_eq!(theme.next(), Theme::System);
    }

    #[test]
    fn codes_round_trip_and_unknown_codes_fall_back() {
        for theme in Theme::ALL {
            assert_eq!(Theme::from_code(theme.code()), theme);
        }
        assert_eq!(Theme::from_code("neon"), Theme::System);
    }
}
