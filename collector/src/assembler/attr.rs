//! OTLP attribute values: lenient readers (senders differ in how they type values) and the
//! [`kv`] builder that tests, examples and the corpus generator use.

use opentelemetry_proto::tonic::common::v1::{AnyValue, KeyValue, any_value::Value};

/// The last value of `key` among `attrs` as a string; empty when absent.
pub(crate) fn str_attr(attrs: &[KeyValue], key: &str) -> String {
    attrs
        .iter()
        .rev()
        .find(|kv| kv.key == key)
        .and_then(|kv| kv.value.as_ref()?.value.as_ref())
        .map(string)
        .unwrap_or_default()
}

/// A scalar value as a string (strings as they are, numbers and booleans printed).
pub(crate) fn string(v: &Value) -> String {
    match v {
        Value::StringValue(s) => s.clone(),
        Value::IntValue(i) => i.to_string(),
        Value::BoolValue(b) => b.to_string(),
        _ => String::new(),
    }
}

/// A value as an integer, when it is one.
pub(crate) fn int(v: &Value) -> Option<i64> {
    // Senders differ in how they type counts; accept ints, whole doubles and numeric strings.
    match v {
        Value::IntValue(i) => Some(*i),
        Value::DoubleValue(d) if d.is_finite() => Some(*d as i64),
        Value::StringValue(s) => s.trim().parse().ok(),
        _ => None,
    }
}

/// Largest count a client may report for one span. Clients supply these numbers; capping each
/// keeps every sum over them (per prompt, session, report) far from overflowing a u64.
pub(crate) const MAX_COUNT: u64 = u32::MAX as u64;

/// A value as a count: negative or non-numeric values count as zero, huge ones saturate at
/// [`MAX_COUNT`].
pub(crate) fn count(v: &Value) -> u64 {
    int(v).map(|v| (v.max(0) as u64).min(MAX_COUNT)).unwrap_or(0)
}

/// A value as a flag (`true`, `"true"` or a non-zero integer).
pub(crate) fn boolean(v: &Value) -> bool {
    match v {
        Value::BoolValue(b) => *b,
        Value::StringValue(s) => s.eq_ignore_ascii_case("true"),
        Value::IntValue(i) => *i != 0,
        _ => false,
    }
}

/// Builds an attribute (for tests, examples and the corpus generator).
pub fn kv(key: &str, value: impl Into<AttrValue>) -> KeyValue {
    let v = match value.into() {
        AttrValue::Str(s) => Value::StringValue(s),
        AttrValue::Int(i) => Value::IntValue(i),
        AttrValue::Bool(b) => Value::BoolValue(b),
    };
    KeyValue {
        key: key.to_string(),
        value: Some(AnyValue { value: Some(v) }),
        ..Default::default()
    }
}

/// A value for [`kv`].
pub enum AttrValue {
    /// A string.
    Str(String),
    /// An integer.
    Int(i64),
    /// A boolean.
    Bool(bool),
}

impl From<&str> for AttrValue {
    fn from(s: &str) -> Self {
        AttrValue::Str(s.to_string())
    }
}
impl From<String> for AttrValue {
    fn from(s: String) -> Self {
        AttrValue::Str(s)
    }
}
impl From<i64> for AttrValue {
    fn from(i: i64) -> Self {
        AttrValue::Int(i)
    }
}
impl From<bool> for AttrValue {
    fn from(b: bool) -> Self {
        AttrValue::Bool(b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn client_counts_saturate_and_negative_ones_are_zero() {
        assert_eq!(count(&Value::IntValue(i64::MAX)), MAX_COUNT);
        assert_eq!(count(&Value::DoubleValue(1e300)), MAX_COUNT);
        assert_eq!(count(&Value::StringValue("18446744073709551615".into())), 0);
        assert_eq!(count(&Value::IntValue(-5)), 0);
        assert_eq!(count(&Value::IntValue(42)), 42);
    }
}
