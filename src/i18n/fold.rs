//! Text folded for matching and for file names: lower case, and Latin letters without their
//! accents, so that "equipe", "Équipe" and "ÉQUIPE" all match "équipe".
//!
//! It covers the Latin-1 and Latin Extended-A letters, which hold every letter of English,
//! Dutch and French (and most other European languages written in Latin script). Other
//! characters are left as they are. This is deliberate: the standard library's Unicode case
//! tables would cost the app about 17 KB of gzip for scripts its texts never use.

/// The base letters of U+00C0..=U+00FF, one byte per character; `*` marks a character that is
/// not a plain letter (×, ÷) or folds to two letters (Æ, Þ, ß, æ, þ).
const LATIN_1: &[u8; 64] = b"aaaaaa*ceeeeiiiidnooooo*ouuuuy**aaaaaa*ceeeeiiiidnooooo*ouuuuy*y";

/// The base letters of U+0100..=U+017F, one byte per character; `*` marks the ones that fold
/// to two letters or are not used on their own (Ĳ, ĸ, ŉ, Œ).
const LATIN_EXTENDED_A: &[u8; 128] = b"aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii**jjkk*llllllllllnnnnnn*nnoooooo**rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

/// `c` folded: one or two lower-case letters without accents, or `c` itself.
fn fold_char(c: char, out: &mut String) {
    let code = u32::from(c);
    let single = match code {
        0x41..=0x5A => Some(c.to_ascii_lowercase()),
        0xC0..=0xFF => letter(LATIN_1[(code - 0xC0) as usize]),
        0x100..=0x17F => letter(LATIN_EXTENDED_A[(code - 0x100) as usize]),
        _ => Some(c),
    };
    if let Some(folded) = single {
        out.push(folded);
        return;
    }
    out.push_str(match c {
        'Æ' | 'æ' => "ae",
        'Þ' | 'þ' => "th",
        'ß' => "ss",
        '×' => "x",
        '÷' => "/",
        'Ĳ' | 'ĳ' => "ij",
        'ĸ' => "k",
        'ŉ' => "n",
        'Œ' | 'œ' => "oe",
        _ => "",
    });
}

fn letter(byte: u8) -> Option<char> {
    (byte != b'*').then_some(char::from(byte))
}

/// `text` in lower case, with the accents of Latin letters taken off.
///
/// ```
/// use workshop::i18n::fold;
/// assert_eq!(fold("Équipe ÇA Œuvre"), "equipe ca oeuvre");
/// ```
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        fold_char(c, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn ascii_is_lower_cased_and_kept() {
        assert_eq!(fold("DevOps 2026: Act 1!"), "devops 2026: act 1!");
    }

    #[test]
    fn french_and_dutch_accents_are_taken_off_in_both_cases() {
        assert_eq!(fold("àâäçéèêëîïôöùûüÿ"), "aaaceeeeiioouuuy");
        assert_eq!(fold("ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸ"), "aaaceeeeiioouuuy");
        assert_eq!(fold("één Ĳssel"), "een ijssel");
        assert_eq!(fold("Cœur ŒUVRE Straße"), "coeur oeuvre strasse");
        assert_eq!(fold("ŁÓDŹ Ğ Ş Ť Ő Ű Ž ſ"), "lodz g s t o u z s");
    }

    #[test]
    fn every_letter_of_the_two_tables_folds_to_ascii_letters() {
        for code in 0xC0..=0x17F_u32 {
            let Some(c) = char::from_u32(code) else {
                continue;
            };
            if c == '×' || c == '÷' {
                continue;
            }
            let folded = fold(&c.to_string());
            assert!(
                !folded.is_empty() && folded.chars().all(|f| f.is_ascii_lowercase()),
                "{c} (U+{code:04X}) folds to {folded:?}"
            );
            // The fold agrees with the standard library's lower case, once accents are off.
            let lower: Vec<char> = c.to_lowercase().collect();
            if let [lower] = lower[..] {
                assert_eq!(fold(&lower.to_string()), folded, "{c} and {lower}");
            }
        }
    }

    #[test]
    fn other_scripts_and_symbols_are_left_alone() {
        assert_eq!(fold("Ωμέγα · “quote” — ✓"), "Ωμέγα · “quote” — ✓");
        assert_eq!(fold("a×b÷c"), "axb/c");
    }
}
