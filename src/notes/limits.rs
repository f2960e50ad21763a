//! How much a session may hold. The same limits bound what the editor accepts, what an import
//! may bring in, and what the fuzz target explores, so a valid export always imports again.

/// The largest import file accepted, in bytes (1 MB).
pub const MAX_IMPORT_BYTES: usize = 1024 * 1024;

/// The longest session name or team name, in characters.
pub const MAX_NAME_CHARS: usize = 120;

/// The longest single note, in characters.
pub const MAX_NOTE_CHARS: usize = 100_000;

/// The longest note id (a screen path such as `deck/pillars/3`), in characters.
pub const MAX_NOTE_ID_CHARS: usize = 64;

/// The most notes one session may hold.
pub const MAX_NOTES_PER_SESSION: usize = 200;

/// The length of a date written as `YYYY-MM-DD`.
pub const DATE_CHARS: usize = 10;

/// Whether `date` is empty or looks like `YYYY-MM-DD` with a plausible month and day.
pub fn is_valid_date(date: &str) -> bool {
    if date.is_empty() {
        return true;
    }
    let bytes = date.as_bytes();
    if bytes.len() != DATE_CHARS || bytes[4] != b'-' || bytes[7] != b'-' {
        return false;
    }
    let digits = |range: std::ops::Range<usize>| {
        bytes[range.clone()]
            .iter()
            .all(u8::is_ascii_digit)
            .then(|| {
                bytes[range]
                    .iter()
                    .fold(0u32, |n, d| n * 10 + u32::from(d - b'0'))
            })
    };
    matches!(
        (digits(0..4), digits(5..7), digits(8..10)),
        (Some(_), Some(1..=12), Some(1..=31))
    )
}

/// `text` cut to at most `max` characters, never inside a character.
pub fn truncate_chars(text: &str, max: usize) -> &str {
    match text.char_indices().nth(max) {
        Some((cut, _)) => &text[..cut],
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_empty_or_iso() {
        assert!(is_valid_date(""));
        assert!(is_valid_date("2026-03-14"));
        assert!(!is_valid_date("2026-13-14"));
        assert!(!is_valid_date("2026-03-00"));
        assert!(!is_valid_date("14/03/2026"));
        assert!(!is_valid_date("2026-3-14"));
        assert!(!is_valid_date("２０２６-03-14"));
    }

    #[test]
    fn truncation_respects_characters() {
        assert_eq!(truncate_chars("héllo", 2), "hé");
        assert_eq!(truncate_chars("🚢🚢", 5), "🚢🚢");
        assert_eq!(truncate_chars("", 0), "");
    }
}
