//! Routes live in the URL hash (`#/nl/act/2`), so every screen has its own address that works
//! on any static host, under any subpath, with no server configuration.

use crate::content::ScreenId;
use crate::i18n::Lang;

/// Where the URL hash points.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// No hash at all: the app chooses the language and shows the opening screen.
    Start,
    /// A screen of the workshop in a language.
    Screen {
        /// The language from the URL.
        lang: Lang,
        /// The screen.
        screen: ScreenId,
        /// The step of the screen, from 0.
        step: u8,
    },
    /// The presenter's view of a screen, in a second window paired with the projector's.
    Presenter {
        /// Pairs this window with one projector window (see [`is_valid_pair`]).
        pair: String,
        /// The language from the URL.
        lang: Lang,
        /// The screen on the projector.
        screen: ScreenId,
        /// Its step, from 0.
        step: u8,
    },
    /// A hash that names no screen.
    NotFound {
        /// The language from the URL, when its first segment named one.
        lang: Option<Lang>,
        /// What the hash said, without the `#`, for the not-found message.
        path: String,
    },
}

/// The longest hash path that is echoed back on the not-found screen.
const MAX_ECHOED_PATH: usize = 80;

/// The first segment of a presenter route.
const PRESENTER_SEGMENT: &str = "presenter";

/// The query that opens the app as a preview in the presenter view: the stage alone, without
/// bars, keys, a channel to the other window or any write to storage.
pub const PREVIEW_QUERY: &str = "?preview";

/// The most steps a screen has (the summary's pages are its steps).
pub const MAX_STEPS: u8 = 99;

/// The screen and step a path after the language names: a screen's path, with `/<n>` after it
/// for its step n (from 2). `act/1/2` is the second step of act 1, `summary/3` the summary's
/// third page. A step the screen does not have is its last (see `Place::previous`).
pub fn place_from_path(path: &str) -> Option<(ScreenId, u8)> {
    let path = path.trim_end_matches('/');
    if let Some(screen) = ScreenId::from_path(path) {
        return Some((screen, 0));
    }
    let (screen, number) = path.rsplit_once('/').unwrap_or(("", path));
    let screen = ScreenId::from_path(screen)?;
    let step: usize = number
        .parse()
        .ok()
        .filter(|n| (2..=usize::from(MAX_STEPS)).contains(n))?;
    // Only the plain form: `summary/02` or `summary/+2` would be a second address for a step.
    (step.to_string() == number).then_some((screen, step as u8 - 1))
}

/// The path of `step` of `screen`, as [`place_from_path`] reads it.
pub fn place_path(screen: ScreenId, step: u8) -> String {
    match (step, screen.path()) {
        (0, path) => path.to_string(),
        (_, "") => (u16::from(step) + 1).to_string(),
        (_, path) => format!("{path}/{}", u16::from(step) + 1),
    }
}

/// Whether `pair` can pair a presenter with a projector window: 1 to 32 of `a-z` and `0-9`.
pub fn is_valid_pair(pair: &str) -> bool {
    (1..=32).contains(&pair.len())
        && pair
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
}

impl Route {
    /// Reads a `location.hash` value, with or without its leading `#`.
    ///
    /// ```
    /// use workshop::{content::{Act, ScreenId}, i18n::Lang, route::Route};
    /// assert_eq!(
    ///     Route::parse("#/nl/act/2"),
    ///     Route::Screen { lang: Lang::Nl, screen: ScreenId::Act(Act::Two), step: 0 }
    /// );
    /// ```
    pub fn parse(hash: &str) -> Route {
        let raw = hash.strip_prefix('#').unwrap_or(hash);
        if raw.is_empty() || raw == "/" {
            return Route::Start;
        }
        let not_found = |lang| Route::NotFound {
            lang,
            path: raw.chars().take(MAX_ECHOED_PATH).collect(),
        };
        let Some(rest) = raw.strip_prefix('/') else {
            return not_found(None);
        };
        let (code, screen_path) = rest.split_once('/').unwrap_or((rest, ""));
        if code == PRESENTER_SEGMENT {
            return Route::parse_presenter(screen_path).unwrap_or_else(|| not_found(None));
        }
        let Some(lang) = Lang::from_code(code) else {
            return not_found(None);
        };
        match place_from_path(screen_path) {
            Some((screen, step)) => Route::Screen { lang, screen, step },
            None => not_found(Some(lang)),
        }
    }

    /// Reads `<pair>/<lang>/<screen path>`, the rest of a presenter hash.
    fn parse_presenter(rest: &str) -> Option<Route> {
        let (pair, rest) = rest.split_once('/')?;
        let (code, screen_path) = rest.split_once('/').unwrap_or((rest, ""));
        let lang = Lang::from_code(code)?;
        let (screen, step) = place_from_path(screen_path)?;
        is_valid_pair(pair).then(|| Route::Presenter {
            pair: pair.to_string(),
            lang,
            screen,
            step,
        })
    }

    /// The presenter's hash for a step (from 0) of a screen, e.g. `#/presenter/k3x9/nl/act/2`
    /// for the first, `#/presenter/k3x9/nl/act/2/3` for the third.
    pub fn presenter_hash_for(pair: &str, lang: Lang, screen: ScreenId, step: u8) -> String {
        format!(
            "#/{PRESENTER_SEGMENT}/{pair}/{}/{}",
            lang.code(),
            place_path(screen, step)
        )
    }

    /// The step shown, from 0.
    pub fn step(&self) -> u8 {
        match self {
            Route::Screen { step, .. } | Route::Presenter { step, .. } => *step,
            Route::Start | Route::NotFound { .. } => 0,
        }
    }

    /// The screen shown, on the projector or in the presenter view.
    pub fn screen(&self) -> Option<ScreenId> {
        match self {
            Route::Start => Some(ScreenId::first()),
            Route::Screen { screen, .. } | Route::Presenter { screen, .. } => Some(*screen),
            Route::NotFound { .. } => None,
        }
    }

    /// The hash for another screen in the same window: a presenter stays a presenter.
    pub fn with_screen(&self, lang: Lang, screen: ScreenId) -> String {
        self.with_step(lang, screen, 0)
    }

    /// The hash for a step of a screen in the same window.
    pub fn with_step(&self, lang: Lang, screen: ScreenId, step: u8) -> String {
        match self {
            Route::Presenter { pair, .. } => Route::presenter_hash_for(pair, lang, screen, step),
            _ => Route::hash_for_step(lang, screen, step),
        }
    }

    /// The hash for a screen in a language, e.g. `#/fr/deck/why`.
    pub fn hash_for(lang: Lang, screen: ScreenId) -> String {
        Route::hash_for_step(lang, screen, 0)
    }

    /// The address of the projector's view of `step` of `screen` in the presenter's previews:
    /// this page in preview mode (see [`PREVIEW_QUERY`]).
    pub fn preview_src(lang: Lang, screen: ScreenId, step: u8) -> String {
        format!(
            "{PREVIEW_QUERY}{}",
            Route::hash_for_step(lang, screen, step)
        )
    }

    /// The hash for a step of a screen in a language, e.g. `#/fr/summary/2`.
    pub fn hash_for_step(lang: Lang, screen: ScreenId, step: u8) -> String {
        format!("#/{}/{}", lang.code(), place_path(screen, step))
    }

    /// The hash that leads back to this route.
    pub fn to_hash(&self) -> String {
        match self {
            Route::Start => String::new(),
            Route::Screen { lang, screen, step } => Route::hash_for_step(*lang, *screen, *step),
            Route::Presenter {
                pair,
                lang,
                screen,
                step,
            } => Route::presenter_hash_for(pair, *lang, *screen, *step),
            Route::NotFound { path, .. } => format!("#{path}"),
        }
    }

    /// The language the URL asks for, if it names one.
    pub fn lang(&self) -> Option<Lang> {
        match self {
            Route::Start => None,
            Route::Screen { lang, .. } | Route::Presenter { lang, .. } => Some(*lang),
            Route::NotFound { lang, .. } => *lang,
        }
    }

    /// The same place in another language. A not-found route keeps its path after the
    /// language, so switching language there still shows the not-found screen.
    pub fn in_lang(&self, lang: Lang) -> String {
        match self {
            Route::Start => Route::hash_for(lang, ScreenId::first()),
            Route::Screen { screen, step, .. } => Route::hash_for_step(lang, *screen, *step),
            Route::Presenter {
                pair, screen, step, ..
            } => Route::presenter_hash_for(pair, lang, *screen, *step),
            Route::NotFound {
                path,
                lang: Some(_),
            } => {
                let after_lang = path.trim_start_matches('/').split_once('/').map(|(_, r)| r);
                format!("#/{}/{}", lang.code(), after_lang.unwrap_or(""))
            }
            Route::NotFound { lang: None, .. } => Route::hash_for(lang, ScreenId::first()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Act, Pillar, Slide};

    #[test]
    fn every_screen_in_every_language_round_trips() {
        for lang in Lang::ALL {
            for screen in ScreenId::ORDER {
                let hash = Route::hash_for(lang, screen);
                let route = Route::parse(&hash);
                assert_eq!(
                    route,
                    Route::Screen {
                        lang,
                        screen,
                        step: 0
                    },
                    "{hash}"
                );
                assert_eq!(route.to_hash(), hash);
            }
        }
    }

    #[test]
    fn reads_hashes_with_or_without_the_hash_sign_and_trailing_slashes() {
        let expected = Route::Screen {
            lang: Lang::Fr,
            screen: ScreenId::Slide(Slide::Pillar(Pillar::FeedbackLoops)),
            step: 0,
        };
        assert_eq!(Route::parse("#/fr/deck/pillar/2"), expected);
        assert_eq!(Route::parse("/fr/deck/pillar/2"), expected);
        assert_eq!(Route::parse("#/fr/deck/pillar/2/"), expected);
        assert_eq!(
            Route::parse("#/en"),
            Route::Screen {
                lang: Lang::En,
                screen: ScreenId::Opening,
                step: 0,
            }
        );
    }

    #[test]
    fn every_step_has_an_address_and_a_link_without_one_opens_the_first() {
        let route = Route::parse("#/nl/summary/3");
        assert_eq!(
            route,
            Route::Screen {
                lang: Lang::Nl,
                screen: ScreenId::Summary,
                step: 2
            }
        );
        assert_eq!(route.to_hash(), "#/nl/summary/3");
        assert_eq!(route.in_lang(Lang::Fr), "#/fr/summary/3");
        assert_eq!(Route::parse("#/nl/summary").step(), 0);
        assert_eq!(
            Route::hash_for_step(Lang::En, ScreenId::Summary, 0),
            "#/en/summary"
        );
        assert_eq!(
            Route::parse("#/presenter/ab1/en/summary/2").with_step(Lang::En, ScreenId::Summary, 3),
            "#/presenter/ab1/en/summary/4"
        );
        for bad in [
            "#/nl/summary/1",
            "#/nl/summary/0",
            "#/nl/summary/02",
            "#/nl/summary/100",
            "#/nl/act/1/1",
            "#/nl/summary/x",
        ] {
            assert!(matches!(Route::parse(bad), Route::NotFound { .. }), "{bad}");
        }
        // Any screen's steps: `act/1/2` is the second step of act 1; the opening's is `2`; a
        // pillar's own screen is `deck/pillar/2`, so `deck/pillars/2` is a step of the pillars.
        for (hash, screen, step) in [
            ("#/nl/act/1/2", ScreenId::Act(Act::One), 1),
            ("#/nl/2", ScreenId::Opening, 1),
            ("#/nl/deck/pillars/2", ScreenId::Slide(Slide::Pillars), 1),
            (
                "#/nl/deck/pillar/3/2",
                ScreenId::Slide(Slide::Pillar(Pillar::ContinualLearning)),
                1,
            ),
        ] {
            let route = Route::parse(hash);
            assert_eq!(
                route,
                Route::Screen {
                    lang: Lang::Nl,
                    screen,
                    step
                },
                "{hash}"
            );
            assert_eq!(route.to_hash(), hash);
        }
        for step in 0..MAX_STEPS {
            let path = place_path(ScreenId::Summary, step);
            assert_eq!(
                place_from_path(&path),
                Some((ScreenId::Summary, step)),
                "{path}"
            );
        }
    }

    #[test]
    fn an_empty_hash_is_the_start() {
        assert_eq!(Route::parse(""), Route::Start);
        assert_eq!(Route::parse("#"), Route::Start);
        assert_eq!(Route::parse("#/"), Route::Start);
    }

    #[test]
    fn unknown_screens_keep_the_language_for_the_message() {
        assert_eq!(
            Route::parse("#/nl/act/9"),
            Route::NotFound {
                lang: Some(Lang::Nl),
                path: "/nl/act/9".into()
            }
        );
    }

    #[test]
    fn malformed_hashes_are_not_found_and_never_panic() {
        for bad in [
            "#nl/act/1",
            "#/xx/act/1",
            "#/NL/act/1",
            "#//",
            "#/nl//act/1",
            "#%",
            "#/é/ü",
            "#/nl/act/1?x=1",
        ] {
            assert!(matches!(Route::parse(bad), Route::NotFound { .. }), "{bad}");
        }
        assert_eq!(Route::parse("#/de/cast").lang(), None);
    }

    #[test]
    fn presenter_routes_round_trip_and_stay_presenter_routes() {
        for lang in Lang::ALL {
            for screen in ScreenId::ORDER {
                for step in [0, 2] {
                    let hash = Route::presenter_hash_for("k3x9", lang, screen, step);
                    let route = Route::parse(&hash);
                    assert_eq!(
                        route,
                        Route::Presenter {
                            pair: "k3x9".into(),
                            lang,
                            screen,
                            step,
                        },
                        "{hash}"
                    );
                    assert_eq!(route.to_hash(), hash);
                    assert_eq!(route.screen(), Some(screen));
                }
            }
        }
        let route = Route::parse("#/presenter/ab1/en/act/1");
        assert_eq!(route.in_lang(Lang::Nl), "#/presenter/ab1/nl/act/1");
        assert_eq!(
            route.with_screen(Lang::En, ScreenId::Act(Act::Two)),
            "#/presenter/ab1/en/act/2"
        );
        assert_eq!(
            Route::parse("#/en/act/1").with_screen(Lang::En, ScreenId::Cast),
            "#/en/cast"
        );
    }

    #[test]
    fn malformed_presenter_routes_are_not_found() {
        for bad in [
            "#/presenter",
            "#/presenter/",
            "#/presenter/ab1",
            "#/presenter/AB1/en/act/1",
            "#/presenter/a-b/en/act/1",
            "#/presenter/ab1/xx/act/1",
            "#/presenter/ab1/en/act/9",
            "#/presenter//en/act/1",
        ] {
            assert!(matches!(Route::parse(bad), Route::NotFound { .. }), "{bad}");
        }
        assert!(!is_valid_pair(&"a".repeat(33)));
        assert!(is_valid_pair("z9"));
    }

    #[test]
    fn a_very_long_hash_is_cut_for_display() {
        let long = format!("#/en/{}", "x".repeat(10_000));
        match Route::parse(&long) {
            Route::NotFound { path, .. } => assert_eq!(path.chars().count(), MAX_ECHOED_PATH),
            other => panic!("expected not found, got {other:?}"),
        }
    }

    #[test]
    fn switching_language_keeps_the_place() {
        let route = Route::parse("#/en/act/3");
        assert_eq!(route.in_lang(Lang::Nl), "#/nl/act/3");
        assert_eq!(Route::Start.in_lang(Lang::Fr), "#/fr/");
        assert_eq!(Route::parse("#/en/nope").in_lang(Lang::Fr), "#/fr/nope");
        assert_eq!(Route::parse("#/zz/nope").in_lang(Lang::Fr), "#/fr/");
        assert_eq!(
            Route::parse(&Route::parse("#/en/act/final").in_lang(Lang::Fr)),
            Route::Screen {
                lang: Lang::Fr,
                screen: ScreenId::Act(Act::Final),
                step: 0,
            }
        );
    }
}
