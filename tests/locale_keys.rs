//! Locale keys become Rust names that compile, whatever they are called: a key spelled like a
//! Rust keyword (`type`, `for`, `self`, `Self`…) must build as a module or a constant.

use std::path::PathBuf;
use std::process::Command;

use workshop::i18n::catalog::{
    const_name, key_modules, module_name, parse_bundle, BundleError, RUST_KEYWORDS,
};

/// Compiles `source` as a library crate with the toolchain that runs the tests, and returns
/// the compiler's complaints if it refuses it.
fn compile(source: &str, name: &str) -> Result<(), String> {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let file = dir.join("lib.rs");
    std::fs::write(&file, source).map_err(|e| e.to_string())?;
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".to_string());
    let output = Command::new(rustc)
        .args([
            "--edition",
            "2021",
            "--crate-type",
            "lib",
            "--emit",
            "metadata",
        ])
        .arg("--crate-name")
        .arg(name)
        .arg("--out-dir")
        .arg(&dir)
        .arg(&file)
        .output()
        .map_err(|e| format!("rustc did not run: {e}"))?;
    if output.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&output.stderr).into_owned())
    }
}

#[test]
fn a_key_named_like_any_rust_keyword_builds() {
    // Every keyword as a folder of keys, and as a key inside it.
    let mut json = serde_json::Map::new();
    for keyword in RUST_KEYWORDS {
        let mut inner = serde_json::Map::new();
        inner.insert((*keyword).to_string(), format!("{keyword} inside").into());
        inner.insert("title".to_string(), "a title".into());
        json.insert(keyword.to_string(), inner.into());
    }
    let bundle = parse_bundle(&serde_json::Value::Object(json).to_string())
        .expect("every keyword is a valid key segment");
    let modules = key_modules(&bundle).expect("no two keys clash");
    // Each key read back through the path the app would write.
    let uses: Vec<String> = RUST_KEYWORDS
        .iter()
        .map(|keyword| {
            let module = module_name(keyword);
            format!(
                "crate::keys::{module}::{}, crate::keys::{module}::TITLE",
                const_name(keyword)
            )
        })
        .collect();
    let source = format!(
        "pub mod i18n {{ #[derive(Clone, Copy)] pub struct Key(pub u16); }}\n{modules}\n\
         pub fn every_key() -> Vec<i18n::Key> {{ vec![{}] }}\n",
        uses.join(", ")
    );
    if let Err(errors) = compile(&source, "keyword_keys") {
        panic!("the generated keys do not compile:\n{errors}\n--- source ---\n{source}");
    }
}

#[test]
fn the_names_of_keyword_keys_are_escaped_as_rust_allows() {
    assert_eq!(module_name("act1"), "act1");
    assert_eq!(module_name("type"), "r#type");
    assert_eq!(module_name("match"), "r#match");
    // Rust refuses `r#self`, `r#super`, `r#crate` and `r#Self`.
    assert_eq!(module_name("self"), "self_");
    assert_eq!(module_name("Self"), "Self_");
    assert_eq!(module_name("super"), "super_");
    assert_eq!(module_name("crate"), "crate_");
    assert_eq!(const_name("self"), "SELF");
}

#[test]
fn the_generated_keys_of_a_plain_bundle_compile_and_clashes_are_refused() {
    let bundle = parse_bundle(r#"{"app": {"next": "Next", "Back": "Back"}, "deck": {"t": "T"}}"#)
        .expect("valid");
    let modules = key_modules(&bundle).expect("no clash");
    let source = format!(
        "pub mod i18n {{ #[derive(Clone, Copy)] pub struct Key(pub u16); }}\n{modules}\n\
         pub fn keys() -> [i18n::Key; 3] {{ [keys::app::NEXT, keys::app::BACK, keys::deck::T] }}\n"
    );
    compile(&source, "plain_keys").unwrap_or_else(|errors| panic!("{errors}"));

    let clash = parse_bundle(r#"{"app": {"title": "a", "Title": "b"}}"#).expect("valid");
    assert!(matches!(
        key_modules(&clash),
        Err(BundleError::NameClash { .. })
    ));
}
