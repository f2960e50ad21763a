//! JSON text parsed by the browser's `JSON.parse` and copied into a `serde_json::Value` (see
//! [`crate::json_text`] for why).

use serde_json::{Map, Number, Value};
use wasm_bindgen::{JsCast, JsValue};

use crate::json_text::{position_in_message, JsonError, MAX_DEPTH};

/// Whole numbers up to this size are exact in a JavaScript number (2^53).
const MAX_EXACT_INTEGER: f64 = 9_007_199_254_740_992.0;

/// `text` parsed as one JSON document.
pub fn parse(text: &str) -> Result<Value, JsonError> {
    let parsed = js_sys::JSON::parse(text).map_err(|error| {
        let message = error
            .dyn_ref::<js_sys::Error>()
            .map(|error| String::from(error.message()))
            .unwrap_or_default();
        JsonError {
            at: position_in_message(text, &message),
            message,
        }
    })?;
    copy(&parsed, 1)
}

/// An error about the document as a whole, with no place in the text.
fn refused(message: &str) -> JsonError {
    JsonError {
        message: message.to_string(),
        at: None,
    }
}

/// `value`, which `JSON.parse` made, as a `Value`; `depth` is its nesting level, 1 for the
/// document itself.
fn copy(value: &JsValue, depth: usize) -> Result<Value, JsonError> {
    if depth > MAX_DEPTH {
        return Err(refused("the document is nested too deeply"));
    }
    if let Some(flag) = value.as_bool() {
        return Ok(Value::Bool(flag));
    }
    if let Some(number) = value.as_f64() {
        return number_value(number);
    }
    if let Some(text) = value.as_string() {
        return Ok(Value::String(text));
    }
    if js_sys::Array::is_array(value) {
        let items: &js_sys::Array = value.unchecked_ref();
        let mut list = Vec::with_capacity(items.length() as usize);
        for item in items.iter() {
            list.push(copy(&item, depth + 1)?);
        }
        return Ok(Value::Array(list));
    }
    if value.is_object() {
        let mut fields = Map::new();
        for entry in js_sys::Object::entries(value.unchecked_ref()).iter() {
            let entry: &js_sys::Array = entry.unchecked_ref();
            let key = entry.get(0).as_string().unwrap_or_default();
            fields.insert(key, copy(&entry.get(1), depth + 1)?);
        }
        return Ok(Value::Object(fields));
    }
    Ok(Value::Null)
}

/// A JavaScript number as serde_json holds it: whole numbers as integers, others (and `-0`)
/// as floats.
fn number_value(number: f64) -> Result<Value, JsonError> {
    let negative_zero = number == 0.0 && number.is_sign_negative();
    let whole = number.fract() == 0.0 && number.abs() <= MAX_EXACT_INTEGER && !negative_zero;
    let number = if whole && number >= 0.0 {
        Number::from(number as u64)
    } else if whole {
        Number::from(number as i64)
    } else {
        Number::from_f64(number).ok_or_else(|| refused("a number is out of range"))?
    };
    Ok(Value::Number(number))
}
