//! Finding a screen by what the facilitator types into the go-to box.

use super::{screen, ScreenId};
use crate::i18n::{fold, text, Lang};

/// The screen that `query` names: its number (1-based) or a part of its title or subtitle in
/// `lang`, ignoring case and accents; the first match in workshop order.
///
/// ```
/// use workshop::content::{find_screen, Act, ScreenId};
/// use workshop::i18n::Lang;
/// assert_eq!(find_screen("3", Lang::En), Some(ScreenId::Act(Act::One)));
/// ```
pub fn find_screen(query: &str, lang: Lang) -> Option<ScreenId> {
    let query = query.trim();
    if query.is_empty() {
        return None;
    }
    if let Ok(number) = query.parse::<usize>() {
        return number
            .checked_sub(1)
            .and_then(|index| ScreenId::ORDER.get(index).copied());
    }
    let needle = fold(query);
    ScreenId::ORDER.into_iter().find(|id| {
        let screen = screen(*id);
        let subtitle = screen.subtitle.map(|key| text(lang, key)).unwrap_or("");
        fold(text(lang, screen.title)).contains(&needle) || fold(subtitle).contains(&needle)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{Act, Pillar, Slide};
    use crate::i18n::keys;

    #[test]
    fn numbers_count_from_one_and_stop_at_the_last_screen() {
        assert_eq!(find_screen("1", Lang::En), Some(ScreenId::Opening));
        assert_eq!(
            find_screen(" 20 ", Lang::Nl),
            ScreenId::ORDER.last().copied()
        );
        assert_eq!(find_screen("0", Lang::En), None);
        assert_eq!(find_screen("21", Lang::En), None);
    }

    #[test]
    fn titles_match_in_the_current_language_ignoring_case() {
        let title = text(Lang::Fr, keys::deck::team::TITLE).to_uppercase();
        assert!(
            title.contains('É'),
            "the test needs an accented capital: {title}"
        );
        assert_eq!(
            find_screen(&title, Lang::Fr),
            Some(ScreenId::Slide(Slide::TeamComposition))
        );
        let act_two = text(Lang::Nl, keys::act2::TITLE);
        assert_eq!(
            find_screen(act_two, Lang::Nl),
            Some(ScreenId::Act(Act::Two))
        );
    }

    #[test]
    fn accents_may_be_left_out_or_added() {
        // "Composition de l’équipe" and "Pilier 3 : apprentissage et expérimentation continus".
        assert_eq!(
            find_screen("EQUIPE", Lang::Fr),
            Some(ScreenId::Slide(Slide::TeamComposition))
        );
        assert_eq!(
            find_screen("experimentation", Lang::Fr),
            Some(ScreenId::Slide(Slide::Pillar(Pillar::ContinualLearning)))
        );
        assert!(find_screen("devops", Lang::En).is_some());
        assert_eq!(
            find_screen("dévops", Lang::En),
            find_screen("devops", Lang::En)
        );
    }

    #[test]
    fn nothing_matches_nonsense_or_blank() {
        assert_eq!(find_screen("zzzz-no-such-screen", Lang::En), None);
        assert_eq!(find_screen("   ", Lang::En), None);
    }
}
