//! The results of a session's exercises: one text per field, by field id, kept in the session
//! next to its notes (schema 4). Which fields there are, and what each accepts, is in
//! [`super::fields`].

use std::collections::BTreeMap;

/// Field id → what the team entered. An empty field is not stored.
pub type Results = BTreeMap<String, String>;

/// The whole number in field `id` of `results`, if there is one.
pub fn number(results: &Results, id: &str) -> Option<u16> {
    let n: usize = results.get(id)?.parse().ok()?;
    u16::try_from(n).ok()
}

/// The text in field `id` of `results`; empty when there is none.
pub fn text<'a>(results: &'a Results, id: &str) -> &'a str {
    results.get(id).map(String::as_str).unwrap_or_default()
}

/// Results made of `(field, value)` pairs, for tests.
#[cfg(test)]
pub fn from_pairs(pairs: &[(&str, &str)]) -> Results {
    pairs
        .iter()
        .map(|(id, value)| (id.to_string(), value.to_string()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_field_reads_as_its_text_or_its_whole_number() {
        let results = from_pairs(&[("hands/both", "12"), ("cast/dev", "Ann")]);
        assert_eq!(text(&results, "cast/dev"), "Ann");
        assert_eq!(text(&results, "cast/ops"), "");
        assert_eq!(number(&results, "hands/both"), Some(12));
        assert_eq!(number(&results, "cast/dev"), None);
        assert_eq!(number(&results, "hands/blamed"), None);
    }
}
