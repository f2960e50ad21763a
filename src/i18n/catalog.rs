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
    /// A key segment cannot become a Rust identifier: use lowercase letters, digits and `_`.
    BadKeySegment { key: String },
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
                "`{key}`: key segments must start with a lowercase letter and use only a-z, 0-9 and _"
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
    matches!(chars.next(), Some(c) if c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
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
