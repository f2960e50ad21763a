//! Fitting a translated label into a drawing: split it on spaces into a few balanced lines,
//! and shrink its font when even that is too wide. Pure functions, tested natively, kept small
//! (they are compiled into the wasm).

/// How wide one character is assumed to be, as a fraction of the font size.
///
/// Deliberately generous: a bold system sans averages about 0.55, and even DejaVu Sans Bold,
/// one of the widest, averages about 0.6 on real words, so labels do not overflow.
pub const CHAR_WIDTH_EM: f32 = 0.62;

/// A label laid out for a box of a given width.
#[derive(Clone, Debug, PartialEq)]
pub struct Fitted {
    /// The lines, in reading order; empty for a blank label.
    pub lines: Vec<String>,
    /// The font size in the drawing's user units, at most the size asked for.
    pub font_size: f32,
}

/// Splits `text` on ASCII whitespace into at most `max_lines` lines; a no-break space keeps
/// the words on either side of it together.
///
/// Lines hold at most `max_chars` characters when the words allow it; when they do not, the
/// lines get just long enough to keep within `max_lines`. A word is never cut, and no word is
/// ever dropped. Among the layouts with the fewest lines, the most even one is chosen (the
/// labels are centred), so "Continual learning and experimentation" becomes
/// "Continual learning" / "and experimentation", and "Continu leren en experimenteren" in three
/// lines becomes "Continu" / "leren en" / "experimenteren" rather than leaving "en" alone.
pub fn wrap(text: &str, max_chars: usize, max_lines: usize) -> Vec<String> {
    let words: Vec<(&str, usize)> = text
        .split_ascii_whitespace()
        .map(|word| (word, char_count(word)))
        .collect();
    let longest_word = words.iter().map(|&(_, length)| length).max().unwrap_or(1);
    // Widening the limit never adds lines, so walk up until the label fits in `max_lines`...
    let mut limit = max_chars.max(longest_word);
    while greedy_lines(&words, limit) > max_lines.max(1) {
        limit += 1;
    }
    // ...then down to the narrowest limit that still needs no more lines...
    let count = greedy_lines(&words, limit);
    while limit > longest_word && greedy_lines(&words, limit - 1) <= count {
        limit -= 1;
    }
    // ...and spread the words evenly over those lines. Greedy filling lays them out in `count`
    // lines of at most `limit`, so an even layout always exists.
    let mut lines = Vec::new();
    let mut rest = &words[..];
    for left in (1..=count).rev() {
        let Some((_, taken)) = balanced(rest, left, limit) else {
            break;
        };
        let mut line = String::new();
        for &(word, _) in &rest[..taken] {
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
        lines.push(line);
        rest = &rest[taken..];
    }
    lines
}

/// Lays out `text` for a box `width` user units wide: wraps it into at most `max_lines` lines
/// at `base_size`, then shrinks the font if the longest line would still be too wide.
pub fn fit(text: &str, width: f32, base_size: f32, max_lines: usize) -> Fitted {
    let per_em = base_size * CHAR_WIDTH_EM;
    let max_chars = if per_em > 0.0 {
        (width / per_em).floor().max(1.0) as usize
    } else {
        1
    };
    let lines = wrap(text, max_chars, max_lines);
    let longest = lines.iter().map(|line| char_count(line)).max().unwrap_or(0);
    let font_size = if longest == 0 {
        base_size
    } else {
        base_size.min(width / (longest as f32 * CHAR_WIDTH_EM))
    };
    Fitted { lines, font_size }
}

/// The number of characters (not bytes) in `text`, which is valid UTF-8: every byte but the
/// continuation bytes starts a character.
fn char_count(text: &str) -> usize {
    text.bytes().filter(|byte| byte & 0xC0 != 0x80).count()
}

/// How many lines filling them greedily takes: each line takes words while they fit in `limit`
/// characters, and a word longer than that has a line of its own. The words come with their
/// lengths in characters.
fn greedy_lines(words: &[(&str, usize)], limit: usize) -> usize {
    let mut lines = 0;
    let mut current = 0;
    for &(_, length) in words {
        if current > 0 && current + 1 + length <= limit {
            current += 1 + length;
        } else {
            lines += 1;
            current = length;
        }
    }
    lines
}

/// The most even layout of `words` in exactly `lines` lines of at most `limit` characters: the
/// least sum of the squared space left on each line, and how many words its first line takes
/// (the fewest, on a tie); `None` when there is no such layout.
///
/// Tries every first line and lays out the rest the same way: labels have a handful of words.
fn balanced(words: &[(&str, usize)], lines: usize, limit: usize) -> Option<(usize, usize)> {
    if lines == 0 {
        return words.is_empty().then_some((0, 0));
    }
    let mut best: Option<(usize, usize)> = None;
    let mut width = 0;
    for (index, &(_, length)) in words.iter().enumerate() {
        width += length + usize::from(index > 0);
        if width > limit {
            break;
        }
        if let Some((rest, _)) = balanced(&words[index + 1..], lines - 1, limit) {
            let slack = limit - width;
            let cost = rest + slack * slack;
            if best.is_none_or(|(least, _)| cost < least) {
                best = Some((cost, index + 1));
            }
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_label_stays_on_one_line() {
        assert_eq!(wrap("DevOps", 12, 3), vec!["DevOps"]);
        assert_eq!(wrap("Dev", 1, 3), vec!["Dev"]);
    }

    #[test]
    fn blank_label_has_no_lines() {
        assert!(wrap("", 10, 3).is_empty());
        assert!(wrap("   \t ", 10, 3).is_empty());
    }

    #[test]
    fn long_label_is_split_on_spaces_and_balanced() {
        assert_eq!(
            wrap("Continual learning and experimentation", 20, 3),
            vec!["Continual learning", "and experimentation"]
        );
        assert_eq!(
            wrap("Continual learning and experimentation", 12, 3),
            vec!["Continual", "learning and", "experimentation"]
        );
    }

    #[test]
    fn a_short_word_is_not_left_alone_on_a_line() {
        assert_eq!(
            wrap("Continu leren en experimenteren", 12, 3),
            vec!["Continu", "leren en", "experimenteren"]
        );
        assert_eq!(
            wrap("Feedback versterken", 12, 3),
            vec!["Feedback", "versterken"]
        );
    }

    #[test]
    fn never_more_than_max_lines_and_no_word_lost() {
        let text = "one two three four five six seven eight nine ten";
        for max_lines in 1..=4 {
            let lines = wrap(text, 3, max_lines);
            assert!(lines.len() <= max_lines, "{lines:?}");
            assert_eq!(lines.join(" "), text);
        }
        assert_eq!(wrap(text, 3, 0), vec![text]);
    }

    #[test]
    fn whitespace_is_normalised() {
        assert_eq!(
            wrap("  Quality \n Assurance ", 40, 3),
            vec!["Quality Assurance"]
        );
    }

    #[test]
    fn a_no_break_space_keeps_words_together() {
        assert_eq!(
            wrap("Pilier\u{a0}1 systémique", 6, 3),
            vec!["Pilier\u{a0}1", "systémique"]
        );
    }

    #[test]
    fn characters_not_bytes_are_counted() {
        // 11 characters but 13 bytes: fits in 11.
        assert_eq!(wrap("Opérationél", 11, 3), vec!["Opérationél"]);
        assert_eq!(wrap("Équipe métier", 6, 3), vec!["Équipe", "métier"]);
        assert_eq!(char_count("Opérationél"), 11);
        assert_eq!(char_count("l’équipe"), 8);
    }

    #[test]
    fn a_word_longer_than_the_limit_keeps_its_own_line() {
        assert_eq!(
            wrap("a Kwaliteitsborging b", 5, 3),
            vec!["a", "Kwaliteitsborging", "b"]
        );
    }

    #[test]
    fn ties_put_the_shorter_line_first() {
        // "aa" / "bb cc" and "aa bb" / "cc" leave as much space: the shorter first line wins.
        assert_eq!(wrap("aa bb cc", 5, 2), vec!["aa", "bb cc"]);
    }

    #[test]
    fn fit_keeps_the_base_size_when_the_label_fits() {
        let fitted = fit("Quality Assurance", 120.0, 16.0, 3);
        assert_eq!(fitted.lines, vec!["Quality", "Assurance"]);
        assert_eq!(fitted.font_size, 16.0);
    }

    #[test]
    fn fit_shrinks_the_font_for_a_long_word() {
        let fitted = fit("Kwaliteitsborging", 100.0, 16.0, 3);
        assert_eq!(fitted.lines, vec!["Kwaliteitsborging"]);
        assert!(fitted.font_size < 16.0);
        assert!(fitted.font_size * CHAR_WIDTH_EM * 17.0 <= 100.0 + 1e-3);
    }

    #[test]
    fn fit_never_exceeds_the_width() {
        let labels = [
            "Continual learning and experimentation",
            "Continu leren en experimenteren",
            "Apprentissage continu et expérimentation",
            "Flow",
            "",
        ];
        for label in labels {
            let fitted = fit(label, 130.0, 15.0, 3);
            assert!(fitted.lines.len() <= 3);
            assert!(fitted.font_size <= 15.0);
            for line in &fitted.lines {
                let width = line.chars().count() as f32 * CHAR_WIDTH_EM * fitted.font_size;
                assert!(width <= 130.0 + 1e-3, "{label}: {line} is too wide");
            }
        }
    }
}
