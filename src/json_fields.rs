//! Typed fields out of parsed JSON, with an error that names the field; and timestamps written
//! as whole numbers.
//!
//! The app's stored and exchanged documents (the notes, the clock, the messages between
//! windows) are parsed into one `serde_json::Value` and read with these functions, rather than
//! each derived with `Deserialize`: a derived deserialiser is compiled into the wasm once for
//! every type and every reader, while `Value` is parsed by one, already there for the import.

use std::collections::BTreeMap;
use std::fmt;

use serde::Serializer;
use serde_json::{Map, Value};

/// The fields of a JSON object.
pub type Fields = Map<String, Value>;

/// A field that is missing or holds the wrong kind of value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    /// The field, e.g. `sessions[1].notes`.
    pub field: String,
    /// What it should have held, or `None` if it is missing.
    pub expected: Option<&'static str>,
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.expected {
            None => write!(f, "missing field `{}`", self.field),
            Some(kind) if self.field.is_empty() => write!(f, "the document should be {kind}"),
            Some(kind) => write!(f, "`{}` should be {kind}", self.field),
        }
    }
}

/// Reads a field of a JSON document: `path` names it in errors.
pub struct Reader<'a> {
    fields: &'a Fields,
    path: String,
}

impl<'a> Reader<'a> {
    /// The fields of `value`, which must be an object; `path` names it in errors (empty for
    /// the document itself).
    pub fn object(value: &'a Value, path: &str) -> Result<Reader<'a>, FieldError> {
        match value {
            Value::Object(fields) => Ok(Reader {
                fields,
                path: path.to_string(),
            }),
            _ => Err(wrong(path.to_string(), "an object")),
        }
    }

    /// The path of field `key`.
    fn field(&self, key: &str) -> String {
        if self.path.is_empty() {
            key.to_string()
        } else {
            format!("{}.{key}", self.path)
        }
    }

    /// Field `key`, which must be present.
    fn required(&self, key: &str) -> Result<&'a Value, FieldError> {
        self.fields.get(key).ok_or_else(|| FieldError {
            field: self.field(key),
            expected: None,
        })
    }

    /// Field `key`, if it is present and not `null`.
    fn optional(&self, key: &str) -> Option<&'a Value> {
        self.fields.get(key).filter(|value| !value.is_null())
    }

    /// Whether the object has field `key`.
    pub fn has(&self, key: &str) -> bool {
        self.fields.contains_key(key)
    }

    /// A required text field.
    pub fn text(&self, key: &str) -> Result<String, FieldError> {
        match self.required(key)? {
            Value::String(text) => Ok(text.clone()),
            _ => Err(wrong(self.field(key), "a string")),
        }
    }

    /// A required whole number that fits a `u32`.
    pub fn u32(&self, key: &str) -> Result<u32, FieldError> {
        self.required(key)?
            .as_u64()
            .and_then(|n| u32::try_from(n).ok())
            .ok_or_else(|| wrong(self.field(key), "a whole number"))
    }

    /// A required number.
    pub fn f64(&self, key: &str) -> Result<f64, FieldError> {
        self.required(key)?
            .as_f64()
            .ok_or_else(|| wrong(self.field(key), "a number"))
    }

    /// A number that may be missing or `null`.
    pub fn optional_f64(&self, key: &str) -> Result<Option<f64>, FieldError> {
        self.optional(key)
            .map(|value| {
                value
                    .as_f64()
                    .ok_or_else(|| wrong(self.field(key), "a number"))
            })
            .transpose()
    }

    /// A required `true` or `false`.
    pub fn bool(&self, key: &str) -> Result<bool, FieldError> {
        self.required(key)?
            .as_bool()
            .ok_or_else(|| wrong(self.field(key), "true or false"))
    }

    /// A required object of texts.
    pub fn text_map(&self, key: &str) -> Result<BTreeMap<String, String>, FieldError> {
        self.entries(key, |value| value.as_str().map(str::to_string), "a string")
    }

    /// A required object of whole numbers, as a list of its entries in order.
    pub fn u64_entries(&self, key: &str) -> Result<Vec<(String, u64)>, FieldError> {
        self.entries(key, Value::as_u64, "a whole number")
    }

    /// The entries of object `key`, each value read by `read` (which names `kind` when it
    /// fails), into a map or a list.
    fn entries<T, C: Default + Extend<(String, T)>>(
        &self,
        key: &str,
        read: impl Fn(&Value) -> Option<T>,
        kind: &'static str,
    ) -> Result<C, FieldError> {
        let Value::Object(entries) = self.required(key)? else {
            return Err(wrong(self.field(key), "an object"));
        };
        // Added one by one: collecting into a map would sort first, with a sort of its own in
        // the wasm, and the entries are already in order.
        let mut all = C::default();
        for (name, value) in entries {
            let read =
                read(value).ok_or_else(|| wrong(format!("{}.{name}", self.field(key)), kind))?;
            all.extend([(name.clone(), read)]);
        }
        Ok(all)
    }

    /// A list of texts that may be missing (then empty).
    pub fn optional_text_list(&self, key: &str) -> Result<Vec<String>, FieldError> {
        let Some(value) = self.optional(key) else {
            return Ok(Vec::new());
        };
        let mut texts = Vec::new();
        for (i, item) in self.list(value, key)?.iter().enumerate() {
            let text = item
                .as_str()
                .ok_or_else(|| wrong(format!("{}[{i}]", self.field(key)), "a string"))?;
            texts.push(text.to_string());
        }
        Ok(texts)
    }

    /// A required list of objects, each read by `read` with its path.
    pub fn objects<T>(
        &self,
        key: &str,
        mut read: impl FnMut(Reader<'a>) -> Result<T, FieldError>,
    ) -> Result<Vec<T>, FieldError> {
        let mut all = Vec::new();
        for (i, item) in self.list(self.required(key)?, key)?.iter().enumerate() {
            all.push(read(Reader::object(
                item,
                &format!("{}[{i}]", self.field(key)),
            )?)?);
        }
        Ok(all)
    }

    fn list(&self, value: &'a Value, key: &str) -> Result<&'a Vec<Value>, FieldError> {
        value
            .as_array()
            .ok_or_else(|| wrong(self.field(key), "a list"))
    }
}

/// Writes a time in milliseconds (from `Date.now()`, always whole) as a whole number, for
/// `#[serde(serialize_with)]`: writing a float would put a float formatter and its tables in
/// the wasm. A negative or non-finite time is written as 0. Readers take any number.
pub fn whole_ms<S: Serializer>(ms: &f64, serializer: S) -> Result<S::Ok, S::Error> {
    // `as` saturates, and turns NaN into 0.
    serializer.serialize_u64(ms.round() as u64)
}

/// Writes a list of named entries as a JSON object, for `#[serde(serialize_with)]`.
pub fn as_object<S: Serializer>(
    entries: &[(String, u64)],
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.collect_map(entries.iter().map(|(name, value)| (name, value)))
}

/// [`whole_ms`] for a time that may be absent (written as `null`).
pub fn optional_whole_ms<S: Serializer>(
    ms: &Option<f64>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match ms {
        Some(ms) => whole_ms(ms, serializer),
        None => serializer.serialize_none(),
    }
}

fn wrong(field: String, expected: &'static str) -> FieldError {
    FieldError {
        field,
        expected: Some(expected),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn fields_are_read_with_their_types() {
        let doc = json!({
            "name": "Blue",
            "count": 3,
            "at": 1.5,
            "since": null,
            "on": true,
            "notes": {"act/1": "hi"},
            "spent": {"act/1": 60000},
            "ids": ["a", "b"],
            "items": [{"id": "x"}, {"id": "y"}]
        });
        let top = Reader::object(&doc, "").expect("an object");
        assert_eq!(top.text("name"), Ok("Blue".into()));
        assert_eq!(top.u32("count"), Ok(3));
        assert_eq!(top.f64("at"), Ok(1.5));
        assert_eq!(top.optional_f64("since"), Ok(None));
        assert_eq!(top.optional_f64("absent"), Ok(None));
        assert_eq!(top.bool("on"), Ok(true));
        assert_eq!(top.text_map("notes").expect("a map")["act/1"], "hi");
        assert_eq!(top.u64_entries("spent"), Ok(vec![("act/1".into(), 60_000)]));
        assert_eq!(
            top.optional_text_list("ids"),
            Ok(vec!["a".into(), "b".into()])
        );
        assert_eq!(top.optional_text_list("absent"), Ok(Vec::new()));
        assert_eq!(
            top.objects("items", |item| item.text("id")),
            Ok(vec!["x".into(), "y".into()])
        );
        assert!(top.has("since") && !top.has("absent"));
    }

    #[test]
    fn times_are_written_as_whole_milliseconds() {
        #[derive(serde::Serialize)]
        struct Times {
            #[serde(serialize_with = "whole_ms")]
            at: f64,
            #[serde(serialize_with = "optional_whole_ms")]
            since: Option<f64>,
            #[serde(serialize_with = "optional_whole_ms")]
            never: Option<f64>,
            #[serde(serialize_with = "whole_ms")]
            broken: f64,
        }
        let times = Times {
            at: 1_700_000_000_123.0,
            since: Some(42.4),
            never: None,
            broken: f64::NAN,
        };
        assert_eq!(
            serde_json::to_string(&times).expect("serialises"),
            r#"{"at":1700000000123,"since":42,"never":null,"broken":0}"#
        );
    }

    #[test]
    fn an_error_names_the_field_and_what_it_should_hold() {
        let doc = json!({"items": [{"id": "x"}, {"id": 7}], "count": -1, "notes": {"a": 1}});
        let top = Reader::object(&doc, "").expect("an object");
        let error = top
            .objects("items", |item| item.text("id"))
            .expect_err("the second id is a number");
        assert_eq!(error.to_string(), "`items[1].id` should be a string");
        assert_eq!(
            top.u32("count").expect_err("negative").to_string(),
            "`count` should be a whole number"
        );
        assert_eq!(
            top.text("team").expect_err("missing").to_string(),
            "missing field `team`"
        );
        assert_eq!(
            top.text_map("notes").expect_err("a number").field,
            "notes.a"
        );
        assert_eq!(
            Reader::object(&json!([1]), "").err().map(|e| e.to_string()),
            Some("the document should be an object".to_string())
        );
    }
}
