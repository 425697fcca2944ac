//! The span record: one finished span as the hook spools it (JSON), before it becomes OTLP.

use serde::{Deserialize, Serialize};

/// An attribute value: the three types the contract uses.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum AttrValue {
    /// Flags.
    Bool(bool),
    /// Counts and indexes.
    Int(i64),
    /// Everything else.
    Str(String),
}

/// Read by the JSON type of the value: `#[serde(untagged)]` would try each variant in turn and
/// build (then drop) an error message for every miss, which made reading session state the
/// largest cost in a hook process.
impl<'de> Deserialize<'de> for AttrValue {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = AttrValue;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a bool, an integer or a string")
            }
            fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<AttrValue, E> {
                Ok(AttrValue::Bool(v))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<AttrValue, E> {
                Ok(AttrValue::Int(v))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<AttrValue, E> {
                i64::try_from(v)
                    .map(AttrValue::Int)
                    .map_err(|_| E::invalid_value(serde::de::Unexpected::Unsigned(v), &"an i64"))
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<AttrValue, E> {
                Ok(AttrValue::Str(v.to_owned()))
            }
            fn visit_string<E: serde::de::Error>(self, v: String) -> Result<AttrValue, E> {
                Ok(AttrValue::Str(v))
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

impl From<&str> for AttrValue {
    fn from(v: &str) -> Self {
        AttrValue::Str(v.to_owned())
    }
}
impl From<String> for AttrValue {
    fn from(v: String) -> Self {
        AttrValue::Str(v)
    }
}
impl From<bool> for AttrValue {
    fn from(v: bool) -> Self {
        AttrValue::Bool(v)
    }
}
impl From<i64> for AttrValue {
    fn from(v: i64) -> Self {
        AttrValue::Int(v)
    }
}
impl From<u64> for AttrValue {
    fn from(v: u64) -> Self {
        AttrValue::Int(i64::try_from(v).unwrap_or(i64::MAX))
    }
}
impl From<usize> for AttrValue {
    fn from(v: usize) -> Self {
        AttrValue::Int(i64::try_from(v).unwrap_or(i64::MAX))
    }
}

/// Ordered attributes (key, value); order is kept so replays are byte-identical.
pub type Attrs = Vec<(String, AttrValue)>;

/// Pushes `key = value` onto `attrs`.
pub fn push(attrs: &mut Attrs, key: &str, value: impl Into<AttrValue>) {
    attrs.push((key.to_owned(), value.into()));
}

/// The resource a span belongs to (everything else on the resource is fixed by the hook).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ResourceRecord {
    /// `coxswain.harness`.
    pub harness: String,
    /// `coxswain.harness.version`, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub harness_version: Option<String>,
}

/// One finished span.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SpanRecord {
    /// 32 hex digits.
    pub trace_id: String,
    /// 16 hex digits.
    pub span_id: String,
    /// 16 hex digits, for actions (their prompt's root).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_span_id: Option<String>,
    /// Full span name (`invoke_agent claude-code`, `execute_tool Bash`, ...).
    pub name: String,
    /// Start, ns since the epoch.
    pub start_ns: u64,
    /// End, ns since the epoch.
    pub end_ns: u64,
    /// Attributes in a stable order.
    pub attributes: Attrs,
    /// `Some(error.type)` when the span's status is ERROR.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// Its resource.
    pub resource: ResourceRecord,
}

impl SpanRecord {
    /// The value of attribute `key`, if set.
    pub fn attr(&self, key: &str) -> Option<&AttrValue> {
        self.attributes.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attribute_values_read_back_as_their_json_type() {
        let attrs: Attrs = vec![
            ("b".into(), AttrValue::Bool(true)),
            ("i".into(), AttrValue::Int(-3)),
            ("u".into(), AttrValue::Int(i64::MAX)),
            ("s".into(), AttrValue::Str("7".into())),
        ];
        let json = serde_json::to_string(&attrs).unwrap();
        assert_eq!(json, r#"[["b",true],["i",-3],["u",9223372036854775807],["s","7"]]"#);
        assert_eq!(serde_json::from_str::<Attrs>(&json).unwrap(), attrs);
        assert!(serde_json::from_str::<AttrValue>("18446744073709551615").is_err());
        assert!(serde_json::from_str::<AttrValue>("null").is_err());
    }
}
