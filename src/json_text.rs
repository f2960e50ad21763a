//! JSON text parsed into a `serde_json::Value`, and where it went wrong when it is not JSON.
//!
//! In the browser the text is parsed by the browser's own `JSON.parse` and the result copied
//! into a `Value` ([`crate::browser::json_parse`]). serde_json's parser, with its number tables,
//! would add about 6 KB of gzip to the wasm, and the browser's is exact and already there.
//! Natively (the unit tests) serde_json parses it. The two agree on every document the app
//! writes; `tests/wasm_json_parse.rs` checks them against each other in Chromium. Where they
//! differ, on text the app never writes, the browser is the more lenient: `1.0` reads as the
//! whole number 1, and a lone UTF-16 surrogate in a string becomes U+FFFD.

use std::fmt;

use serde_json::Value;

/// Why a text is not JSON.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsonError {
    /// The parser's own words.
    pub message: String,
    /// Where the error is, if the parser said.
    pub at: Option<TextPosition>,
}

/// A place in a text: 1-based line and column, in characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TextPosition {
    /// The line, from 1.
    pub line: usize,
    /// The character in that line, from 1.
    pub column: usize,
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

/// Documents with more levels of arrays and objects than this are refused, as serde_json
/// refuses them (its limit of 128 counts the level it refuses): copying a deeper one would
/// recurse that deep.
pub const MAX_DEPTH: usize = 127;

/// `text` parsed as one JSON document.
pub fn parse(text: &str) -> Result<Value, JsonError> {
    #[cfg(target_arch = "wasm32")]
    {
        crate::browser::json_parse::parse(text)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        serde_json::from_str(text).map_err(|error| JsonError {
            message: error.to_string(),
            at: Some(TextPosition {
                line: error.line(),
                column: error.column(),
            }),
        })
    }
}

/// Where a browser's `JSON.parse` error `message` about `text` places the error: Chromium
/// ends it with "in JSON at position 13" (a UTF-16 offset), maybe followed by
/// "(line 1 column 14)", Firefox with "at line 1 column 14 of the JSON data". `None` when the
/// message names no place (Safari, or Chromium's "Unexpected token …, "<the text>" is not
/// valid JSON"). Only the end of the message is read: other messages quote the text itself,
/// which may say anything.
pub fn position_in_message(text: &str, message: &str) -> Option<TextPosition> {
    if let Some((_, rest)) = message.rsplit_once("in JSON at position ") {
        let (offset, after) = leading_number(rest)?;
        let ends_here = after.is_empty() || (after.starts_with(" (line ") && after.ends_with(')'));
        return ends_here.then(|| position_at_utf16(text, offset));
    }
    let place = message.strip_suffix(" of the JSON data")?;
    let (place, column) = place.rsplit_once(" column ")?;
    let (_, line) = place.rsplit_once("at line ")?;
    Some(TextPosition {
        line: line.parse().ok()?,
        column: column.parse().ok()?,
    })
}

/// The whole number `text` starts with, and what follows it.
fn leading_number(text: &str) -> Option<(usize, &str)> {
    let end = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    Some((text[..end].parse().ok()?, &text[end..]))
}

/// The line and column of the character that starts at UTF-16 offset `offset` of `text` (the
/// unit JavaScript counts in), or of the place just after the text when it is past the end.
pub fn position_at_utf16(text: &str, offset: usize) -> TextPosition {
    let mut at = TextPosition { line: 1, column: 1 };
    let mut units = 0;
    for c in text.chars() {
        if units >= offset {
            break;
        }
        units += c.len_utf16();
        if c == '\n' {
            at = TextPosition {
                line: at.line + 1,
                column: 1,
            };
        } else {
            at.column += 1;
        }
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(line: usize, column: usize) -> Option<TextPosition> {
        Some(TextPosition { line, column })
    }

    #[test]
    fn parses_a_document_and_places_an_error() {
        assert_eq!(
            parse(r#"{"a":[1,"b"]}"#),
            Ok(serde_json::json!({"a": [1, "b"]}))
        );
        let error = parse("{\n  \"a\": x\n}").expect_err("not JSON");
        assert_eq!(error.at, at(2, 8));
        assert!(!error.message.is_empty());
    }

    #[test]
    fn a_utf16_offset_becomes_a_line_and_column() {
        let cases = [
            ("abc", 0, at(1, 1)),
            ("abc", 2, at(1, 3)),
            ("ab\ncd", 4, at(2, 2)),
            // Just past the end: the place after the last character.
            ("ab", 2, at(1, 3)),
            ("ab", 99, at(1, 3)),
            // "é" is one UTF-16 unit and "𝄞" two; each is one column.
            ("é𝄞x", 3, at(1, 3)),
        ];
        for (text, offset, expected) in cases {
            assert_eq!(
                Some(position_at_utf16(text, offset)),
                expected,
                "{text:?} at {offset}"
            );
        }
    }

    #[test]
    fn reads_the_place_out_of_each_browsers_message() {
        let text = "{\n  \"version\": 2,\n  x\n}";
        let chromium =
            "Expected double-quoted property name in JSON at position 20 (line 3 column 3)";
        assert_eq!(position_in_message(text, chromium), at(3, 3));
        let older_chromium = "Expected double-quoted property name in JSON at position 20";
        assert_eq!(position_in_message(text, older_chromium), at(3, 3));
        let firefox =
            "JSON.parse: expected double-quoted property name at line 3 column 3 of the JSON data";
        assert_eq!(position_in_message(text, firefox), at(3, 3));
        let safari = "JSON Parse error: Expected '}'";
        assert_eq!(position_in_message(text, safari), None);
        assert_eq!(
            position_in_message(text, "Unexpected end of JSON input"),
            None
        );
    }

    #[test]
    fn a_place_named_inside_the_quoted_text_is_not_taken_for_the_error() {
        let text = r#"{"a":"see line 2 column 7, in JSON at position 5","b":x}"#;
        let quoted = format!("Unexpected token 'x', \"{text}\" is not valid JSON");
        assert_eq!(position_in_message(text, &quoted), None);
        let firefox_like = "JSON.parse: at line 2 column 7 of the JSON data, then more";
        assert_eq!(position_in_message(text, firefox_like), None);
    }

    #[test]
    fn nesting_is_limited_where_serde_json_limits_it() {
        let nested = |depth: usize| format!("{}{}", "[".repeat(depth), "]".repeat(depth));
        assert!(parse(&nested(MAX_DEPTH)).is_ok());
        assert!(parse(&nested(MAX_DEPTH + 1)).is_err());
    }
}
