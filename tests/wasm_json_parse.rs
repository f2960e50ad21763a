//! The browser's JSON parsing (`JSON.parse`, copied into a `serde_json::Value`) against
//! serde_json's, which the native tests use, in headless Chromium.
//! Run by `scripts/test.sh` through wasm-bindgen-test-runner and chromedriver.
#![cfg(target_arch = "wasm32")]

use serde_json::{json, Value};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use workshop::json_text::{parse, TextPosition, MAX_DEPTH};
use workshop::notes::{encode, NotesStore, Session};

wasm_bindgen_test_configure!(run_in_browser);

fn serde_reads(text: &str) -> Value {
    serde_json::from_str(text).expect("serde_json reads it")
}

#[wasm_bindgen_test]
fn reads_every_kind_of_value_as_serde_json_does() {
    let documents = [
        r#"{"version":2,"current":"s-1","sessions":[{"id":"s-1","notes":{"act/1":"x"}}]}"#,
        r#"[null, true, false, 0, -0, 7, -12, 1732371234567, 4.5, -0.25, 1e-7, 6.02e23]"#,
        r#"{"text":"quote \" slash \\ / tab \t newline \n \u00e9 \ud83d\udea2 <b>","empty":""}"#,
        r#"{"a":{"b":{"c":[[],{}]}},"": "empty key", "__proto__": "an own key"}"#,
        "  \n\t{ \"spaced\" : [ 1 , 2 ] }\r\n ",
        r#""just a string""#,
        "9007199254740992",
        "-9007199254740992",
    ];
    for text in documents {
        assert_eq!(parse(text), Ok(serde_reads(text)), "{text}");
    }
}

#[wasm_bindgen_test]
fn reads_what_the_app_writes() {
    let mut session = Session::new("s-1", "2026-03-14", "fr");
    session.team = "Équipe \"Ops\" <b>".into();
    session.set_note("act/1", "Vitesse d'abord ?\n\u{2028}🚢\u{0}");
    let written = encode(&NotesStore::with_session(session));
    assert_eq!(parse(&written), Ok(serde_reads(&written)));
}

#[wasm_bindgen_test]
fn the_last_of_two_equal_keys_wins_as_in_serde_json() {
    let text = r#"{"a":1,"a":2}"#;
    assert_eq!(parse(text), Ok(json!({"a": 2})));
    assert_eq!(parse(text), Ok(serde_reads(text)));
}

#[wasm_bindgen_test]
fn errors_say_where_they_are() {
    let cases = [
        ("{\"version\":2,", 1, 14),
        ("{\n  \"version\": 2,\n  x\n}", 3, 3),
        ("[1,\n2\n3]", 3, 1),
        ("{\"é𝄞\": 1 x}", 1, 10),
    ];
    for (text, line, column) in cases {
        let error = parse(text).expect_err(text);
        assert_eq!(
            error.at,
            Some(TextPosition { line, column }),
            "{text}: {}",
            error.message
        );
        assert!(serde_json::from_str::<Value>(text).is_err(), "{text}");
    }
}

#[wasm_bindgen_test]
fn refuses_what_serde_json_refuses() {
    for text in [
        "",
        "   ",
        "{",
        "[1,]",
        "{\"a\":1,}",
        "'single'",
        "NaN",
        "01",
        "1.",
        "{a:1}",
        "[1] [2]",
    ] {
        let error = parse(text).expect_err(text);
        assert!(!error.message.is_empty(), "{text}");
        assert!(serde_json::from_str::<Value>(text).is_err(), "{text}");
    }
}

#[wasm_bindgen_test]
fn refuses_a_number_too_large_for_a_value() {
    let error = parse("{\"at\": 1e400}").expect_err("out of range");
    assert_eq!(error.at, None);
    assert!(error.message.contains("out of range"), "{}", error.message);
}

#[wasm_bindgen_test]
fn refuses_a_document_nested_deeper_than_the_limit() {
    let nested = |depth: usize| format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    assert!(parse(&nested(MAX_DEPTH)).is_ok());
    let error = parse(&nested(MAX_DEPTH + 1)).expect_err("too deep");
    assert!(
        error.message.contains("nested too deeply"),
        "{}",
        error.message
    );
    // Far deeper than the stack could copy: still a refusal, not a crash.
    assert!(parse(&nested(200_000)).is_err());
}
