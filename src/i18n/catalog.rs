//! Locale bundles as flat key → text maps, and the checks that keep them in step.
//!
//! This file is compiled twice: by `build.rs`, which turns `locales/*.json` into key constants
//! and string tables, and by the crate, whose tests run the same checks. It therefore depends
//! on nothing but `std` and `serde_json`.

use std::collections::BTreeMap;
use std::fmt;

/// A locale bundle flattened to dotted keys, such as `"act1.title"`.
pub type FlatBundle = BTreeMap<String, String>;

/// Why a locale bundle could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BundleError {
    /// The file is not valid JSON.
    NotJson(String),
    /// A value is neither a string nor an object of further keys.
    NotText { key: String },
    /// A key segment cannot become a Rust identifier: use letters, digits and `_`.
    BadKeySegment { key: String },
    /// Two keys would become the same Rust name (e.g. `a.title` and `a.Title`, both `TITLE`).
    NameClash { first: String, second: String },
    /// Two files of one locale define the same key.
    Duplicate { key: String },
    /// The locale folder or one of its files cannot be read.
    Unreadable { path: String, reason: String },
}

impl fmt::Display for BundleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BundleError::NotJson(reason) => write!(f, "the bundle is not valid JSON: {reason}"),
            BundleError::NotText { key } => {
                write!(f, "`{key}` must be a string or an object of keys")
            }
            BundleError::BadKeySegment { key } => write!(
                f,
                "`{key}`: key segments must start with a letter and use only letters, 0-9 and _"
            ),
            BundleError::NameClash { first, second } => write!(
                f,
                "`{first}` and `{second}` would become the same Rust name; rename one"
            ),
            BundleError::Duplicate { key } => {
                write!(f, "`{key}` is defined in two files; keep it in one")
            }
            BundleError::Unreadable { path, reason } => write!(f, "{path}: {reason}"),
        }
    }
}

/// A difference between a locale and the reference locale (English).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BundleProblem {
    /// The locale lacks a key that the reference has.
    Missing { locale: String, key: String },
    /// The locale has a key that the reference lacks.
    Extra { locale: String, key: String },
    /// The text equals the reference text and is not on the allow-list.
    Untranslated {
        locale: String,
        key: String,
        text: String,
    },
    /// The text uses a `{placeholder}` set that differs from the reference.
    Placeholders { locale: String, key: String },
}

impl fmt::Display for BundleProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BundleProblem::Missing { locale, key } => {
                write!(f, "locales/{locale}/ lacks `{key}`; add its translation")
            }
            BundleProblem::Extra { locale, key } => write!(
                f,
                "locales/{locale}/ has `{key}`, which English lacks; remove it or add it to locales/en/"
            ),
            BundleProblem::Untranslated { locale, key, text } => write!(
                f,
                "locales/{locale}/: `{key}` is the English text \"{text}\"; translate it"
            ),
            BundleProblem::Placeholders { locale, key } => write!(
                f,
                "locales/{locale}/: `{key}` must use the same {{placeholders}} as English"
            ),
        }
    }
}

/// Texts that may stay the same in every language: proper names and terms of the trade.
pub const SAME_IN_EVERY_LANGUAGE: &[&str] = &[
    "DevOps",
    "Dev",
    "Ops",
    "CIO",
    "Product Owner",
    "Scrum Master",
    "UX design",
    "English",
    "Nederlands",
    "Français",
    // DORA's name for its best cluster, used as is in Dutch; a percentage; a Dutch word that is
    // spelt as the English one.
    "Elite",
    "{percent}%",
    "Experiment {n}",
];

/// Reads a bundle's JSON text into a flat map of dotted keys.
pub fn parse_bundle(json: &str) -> Result<FlatBundle, BundleError> {
    let value: serde_json::Value =
        serde_json::from_str(json).map_err(|e| BundleError::NotJson(e.to_string()))?;
    let mut flat = FlatBundle::new();
    flatten_into(&value, "", &mut flat)?;
    Ok(flat)
}

/// Merges several bundles of one locale (one per file) into one; a key defined twice is an error.
pub fn merge_bundles(
    parts: impl IntoIterator<Item = FlatBundle>,
) -> Result<FlatBundle, BundleError> {
    let mut merged = FlatBundle::new();
    for part in parts {
        for (key, text) in part {
            if merged.contains_key(&key) {
                return Err(BundleError::Duplicate { key });
            }
            merged.insert(key, text);
        }
    }
    Ok(merged)
}

/// Reads every `*.json` file of a locale folder (e.g. `locales/nl/`) into one bundle.
pub fn read_locale_dir(dir: &std::path::Path) -> Result<FlatBundle, BundleError> {
    let unreadable = |path: &std::path::Path, e: std::io::Error| BundleError::Unreadable {
        path: path.display().to_string(),
        reason: e.to_string(),
    };
    let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| unreadable(dir, e))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    files.sort();
    let mut parts = Vec::new();
    for file in files {
        let json = std::fs::read_to_string(&file).map_err(|e| unreadable(&file, e))?;
        parts.push(parse_bundle(&json).map_err(|e| BundleError::Unreadable {
            path: file.display().to_string(),
            reason: e.to_string(),
        })?);
    }
    merge_bundles(parts)
}

fn flatten_into(
    value: &serde_json::Value,
    prefix: &str,
    out: &mut FlatBundle,
) -> Result<(), BundleError> {
    match value {
        serde_json::Value::Object(map) => {
            for (segment, child) in map {
                let key = if prefix.is_empty() {
                    segment.clone()
                } else {
                    format!("{prefix}.{segment}")
                };
                if !is_valid_segment(segment) {
                    return Err(BundleError::BadKeySegment { key });
                }
                flatten_into(child, &key, out)?;
            }
            Ok(())
        }
        serde_json::Value::String(text) if !prefix.is_empty() => {
            out.insert(prefix.to_string(), text.clone());
            Ok(())
        }
        _ => Err(BundleError::NotText {
            key: prefix.to_string(),
        }),
    }
}

fn is_valid_segment(segment: &str) -> bool {
    let mut chars = segment.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// Rust's strict and reserved keywords (edition 2021, and `gen`, reserved from 2024): a key
/// segment spelled like one needs escaping to become a module name.
pub const RUST_KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub",
    "ref", "return", "self", "Self", "static", "struct", "super", "trait", "true", "type",
    "unsafe", "use", "where", "while", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "typeof", "unsized", "virtual", "yield", "try", "gen",
];

/// The keywords that cannot be raw identifiers (`r#self` is refused): they get a trailing `_`.
const NOT_RAW: &[&str] = &["crate", "self", "Self", "super"];

/// The module name of a key segment: the segment itself, `r#type` for a keyword, and `self_`
/// for the four keywords that cannot be raw identifiers.
pub fn module_name(segment: &str) -> String {
    if NOT_RAW.contains(&segment) {
        format!("{segment}_")
    } else if RUST_KEYWORDS.contains(&segment) {
        format!("r#{segment}")
    } else {
        segment.to_string()
    }
}

/// The constant name of a key's last segment: upper case, which no keyword is.
pub fn const_name(segment: &str) -> String {
    segment.to_ascii_uppercase()
}

/// Rust source for `pub mod keys { pub mod act1 { pub const TITLE: Key = Key(3); } }`, one
/// constant per key of `reference`, numbered in key order, each documented with the start of
/// its text. Refuses two keys that would get the same Rust path.
pub fn key_modules(reference: &FlatBundle) -> Result<String, BundleError> {
    use std::fmt::Write as _;

    #[derive(Default)]
    struct Node {
        /// Constant name → (index, text, the key it came from).
        consts: BTreeMap<String, (usize, String, String)>,
        /// Module name → (the key segment it came from, its node).
        children: BTreeMap<String, (String, Node)>,
    }
    let mut root = Node::default();
    for (index, (key, text)) in reference.iter().enumerate() {
        let segments: Vec<&str> = key.split('.').collect();
        let Some((leaf, path)) = segments.split_last() else {
            continue;
        };
        let mut node = &mut root;
        let mut walked = String::new();
        for segment in path {
            walked = if walked.is_empty() {
                segment.to_string()
            } else {
                format!("{walked}.{segment}")
            };
            let (from, child) = node
                .children
                .entry(module_name(segment))
                .or_insert_with(|| (walked.clone(), Node::default()));
            if *from != walked {
                return Err(BundleError::NameClash {
                    first: from.clone(),
                    second: walked,
                });
            }
            node = child;
        }
        let name = const_name(leaf);
        if let Some((_, _, first)) = node.consts.get(&name) {
            return Err(BundleError::NameClash {
                first: first.clone(),
                second: key.clone(),
            });
        }
        node.consts.insert(name, (index, text.clone(), key.clone()));
    }
    fn write(code: &mut String, name: &str, node: &Node, depth: usize) {
        let indent = "    ".repeat(depth);
        let _ = writeln!(code, "{indent}#[allow(missing_docs, non_snake_case)]");
        let _ = writeln!(code, "{indent}pub mod {name} {{");
        let _ = writeln!(
            code,
            "{indent}    #[allow(unused_imports)] use crate::i18n::Key;"
        );
        for (name, (index, text, _)) in &node.consts {
            let doc: String = text.chars().take(80).collect();
            let _ = writeln!(code, "{indent}    /// {}", doc.replace('\n', " "));
            let _ = writeln!(code, "{indent}    pub const {name}: Key = Key({index});");
        }
        for (child_name, (_, child)) in &node.children {
            write(code, child_name, child, depth + 1);
        }
        let _ = writeln!(code, "{indent}}}");
    }
    let mut code = String::new();
    write(&mut code, "keys", &root, 0);
    Ok(code)
}

/// FNV-1a (32 bits) of `parts`, each followed by a newline: the fingerprints below.
/// `scripts/post-build.mjs` computes the same for the bundles it writes.
fn fnv1a<'a>(parts: impl IntoIterator<Item = &'a str>) -> u32 {
    let mut hash: u32 = 0x811c_9dc5;
    for part in parts {
        for byte in part.bytes().chain([b'\n']) {
            hash ^= u32::from(byte);
            hash = hash.wrapping_mul(0x0100_0193);
        }
    }
    hash
}

/// A fingerprint of a bundle's keys, in order: a language's bundle is only used by a build
/// whose keys it matches.
pub fn keys_fingerprint(bundle: &FlatBundle) -> u32 {
    fnv1a(bundle.keys().map(String::as_str))
}

/// The first segment of the keys of the facilitator's script, which the browser fetches as a
/// bundle of its own (`scripts/post-build.mjs` splits the bundles by the same prefix).
pub const SCRIPT_PREFIX: &str = "facilitator.";

/// A fingerprint of the texts of one part of a bundle, in key order: the script's (`script`)
/// or the rest's. The version in the part's address.
pub fn part_fingerprint(bundle: &FlatBundle, script: bool) -> u32 {
    fnv1a(
        bundle
            .iter()
            .filter(|(key, _)| key.starts_with(SCRIPT_PREFIX) == script)
            .map(|(_, text)| text.as_str()),
    )
}

/// The `{name}` placeholders of a text, sorted.
pub fn placeholders(text: &str) -> Vec<&str> {
    let mut names: Vec<&str> = text
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect();
    names.sort_unstable();
    names
}

/// Every way `other` differs from `reference`: missing and extra keys, texts left in the
/// reference language (unless allowed), and placeholder mismatches.
pub fn compare_bundles(
    reference: &FlatBundle,
    locale: &str,
    other: &FlatBundle,
    allowed_same: &[&str],
) -> Vec<BundleProblem> {
    let mut problems = Vec::new();
    for (key, reference_text) in reference {
        match other.get(key) {
            None => problems.push(BundleProblem::Missing {
                locale: locale.to_string(),
                key: key.clone(),
            }),
            Some(text) => {
                if text == reference_text && !allowed_same.contains(&text.as_str()) {
                    problems.push(BundleProblem::Untranslated {
                        locale: locale.to_string(),
                        key: key.clone(),
                        text: text.clone(),
                    });
                }
                if placeholders(text) != placeholders(reference_text) {
                    problems.push(BundleProblem::Placeholders {
                        locale: locale.to_string(),
                        key: key.clone(),
                    });
                }
            }
        }
    }
    for key in other.keys().filter(|key| !reference.contains_key(*key)) {
        problems.push(BundleProblem::Extra {
            locale: locale.to_string(),
            key: key.clone(),
        });
    }
    problems
}
