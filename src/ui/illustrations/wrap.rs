//! Fitting a translated label into a drawing: split it on spaces into a few balanced lines,
//! and shrink its font when even that is too wide. Pure functions, tested natively.

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

/// Splits `text` on whitespace into at most `max_lines` lines.
///
/// Lines hold at most `max_chars` characters when the words allow it; when they do not, the
/// lines get just long enough to keep within `max_lines`. A word is never cut, and no word is
/// ever dropped. Among the layouts with the fewest lines, the most even one is chosen (the
/// labels are centred), so "Continual learning and experimentation" becomes
/// "Continual learning" / "and experimentation", and "Continu leren en experimenteren" in three
/// lines becomes "Continu" / "leren en" / "experimenteren" rather than leaving "en" alone.
pub fn wrap(text: &str, max_chars: usize, max_lines: usize) -> Vec<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.is_empty() {
        return Vec::new();
    }
    let max_lines = max_lines.max(1);
    let longest_word = words
        .iter()
        .map(|w| w.chars().count())
        .max()
        .unwrap_or(0)
        .max(1);
    // Widening the limit never adds lines, so walk up until the label fits in `max_lines`...
    let mut limit = max_chars.max(longest_word);
    let mut count = greedy(&words, limit).len();
    while count > max_lines {
        limit += 1;
        count = greedy(&words, limit).len();
    }
    // ...then down to the narrowest limit that still needs no more lines...
    while limit > longest_word && greedy(&words, limit - 1).len() <= count {
        limit -= 1;
    }
    // ...and spread the words evenly over those lines.
    balanced(&words, limit, count).unwrap_or_else(|| greedy(&words, limit))
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
    let longest = lines.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    let font_size = if longest == 0 {
        base_size
    } else {
        base_size.min(width / (longest as f32 * CHAR_WIDTH_EM))
    };
    Fitted { lines, font_size }
}

/// Fills lines greedily: each line takes words while they fit in `limit` characters.
fn greedy(words: &[&str], limit: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut current_len = 0;
    for word in words {
        let len = word.chars().count();
        if current_len == 0 {
            current.push_str(word);
            current_len = len;
        } else if current_len + 1 + len <= limit {
            current.push(' ');
            current.push_str(word);
            current_len += 1 + len;
        } else {
            lines.push(std::mem::take(&mut current));
            current.push_str(word);
            current_len = len;
        }
    }
    if current_len > 0 {
        lines.push(current);
    }
    lines
}

/// Lays `words` out in exactly `lines` lines of at most `limit` characters, minimising the
/// sum of the squared space left on each line; `None` when that is impossible.
fn balanced(words: &[&str], limit: usize, lines: usize) -> Option<Vec<String>> {
    let lengths: Vec<usize> = words.iter().map(|w| w.chars().count()).collect();
    let count = words.len();
    // best[k][i]: the least cost of laying out words[i..] in exactly k lines, and where the
    // first of those lines ends.
    let mut best: Vec<Vec<Option<(usize, usize)>>> = vec![vec![None; count + 1]; lines + 1];
    best[0][count] = Some((0, count));
    for k in 1..=lines {
        for start in (0..count).rev() {
            let mut width = 0;
            for end in start + 1..=count {
                width += lengths[end - 1] + usize::from(end > start + 1);
                if width > limit {
                    break;
                }
                if let Some((rest, _)) = best[k - 1][end] {
                    let slack = limit - width;
                    let cost = rest + slack * slack;
                    if best[k][start].is_none_or(|(current, _)| cost < current) {
                        best[k][start] = Some((cost, end));
                    }
                }
            }
        }
    }
    let mut result = Vec::with_capacity(lines);
    let mut start = 0;
    for k in (1..=lines).rev() {
        let (_, end) = best[k][start]?;
        result.push(words[start..end].join(" "));
        start = end;
    }
    Some(result)
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
    }

    #[test]
    fn whitespace_is_normalised() {
        assert_eq!(
            wrap("  Quality \n Assurance ", 40, 3),
            vec!["Quality Assurance"]
        );
    }

    #[test]
    fn characters_not_bytes_are_counted() {
        // 11 characters but 13 bytes: fits in 11.
        assert_eq!(wrap("Opérationél", 11, 3), vec!["Opérationél"]);
        assert_eq!(wrap("Équipe métier", 6, 3), vec!["Équipe", "métier"]);
    }

    #[test]
    fn a_word_longer_than_the_limit_keeps_its_own_line() {
        assert_eq!(
            wrap("a Kwaliteitsborging b", 5, 3),
            vec!["a", "Kwaliteitsborging", "b"]
        );
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
                assert!(width <= 130.0 + 1e-3, "{label}: {line} is {width} wide");
            }
        }
    }
}
