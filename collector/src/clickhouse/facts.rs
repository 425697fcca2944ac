//! Span facts as ClickHouse rows. The columns are read off [`SpanFacts`] itself (its serde
//! fields), so a fact added to the assembler becomes a column without a second list to edit:
//! text → `String`, counts → `UInt64`, flags → `UInt8`, the optional prompt index →
//! `Nullable(UInt64)`; plus the session id and the span id (hex) the sled trees keep in keys.

use std::sync::OnceLock;

use serde_json::{Map, Value};

use super::ClickHouseError;
use crate::assembler::span::SpanFacts;

/// The facts table.
pub const TABLE: &str = "span_facts";

/// How a fact is stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnKind {
    /// `String`.
    Text,
    /// `UInt64`.
    Count,
    /// `Float64`.
    Real,
    /// `UInt8`, 0 or 1.
    Flag,
    /// `Nullable(UInt64)`.
    OptionalCount,
    /// `Array(UInt64)` (e.g. token counts).
    Counts,
}

impl ColumnKind {
    /// The ClickHouse type.
    pub fn sql_type(self) -> &'static str {
        match self {
            ColumnKind::Text => "String",
            ColumnKind::Count => "UInt64",
            ColumnKind::Real => "Float64",
            ColumnKind::Flag => "UInt8",
            ColumnKind::OptionalCount => "Nullable(UInt64)",
            ColumnKind::Counts => "Array(UInt64)",
        }
    }
}

/// The columns of the facts table after the two key columns, in the order serde lists the
/// fields of [`SpanFacts`].
pub fn fact_columns() -> &'static [(String, ColumnKind)] {
    static COLUMNS: OnceLock<Vec<(String, ColumnKind)>> = OnceLock::new();
    COLUMNS.get_or_init(|| {
        let Ok(Value::Object(map)) = serde_json::to_value(SpanFacts::default()) else {
            return Vec::new();
        };
        map.into_iter()
            .map(|(name, v)| {
                let kind = match v {
                    _ if name == "kind" => ColumnKind::Text,
                    // `Option<[u64; 4]>`: None as [] (ClickHouse has no Nullable(Array)).
                    _ if name == "tokens" => ColumnKind::Counts,
                    Value::Bool(_) => ColumnKind::Flag,
                    Value::Number(n) if n.is_f64() => ColumnKind::Real,
                    Value::Number(_) => ColumnKind::Count,
                    Value::Null => ColumnKind::OptionalCount,
                    Value::Array(_) => ColumnKind::Counts,
                    _ => ColumnKind::Text,
                };
                (name, kind)
            })
            .collect()
    })
}

/// Every column name, key columns first, comma-separated (for SELECT lists).
pub fn select_list() -> String {
    let mut names = vec!["session_id".to_string(), "span_id".to_string()];
    names.extend(fact_columns().iter().map(|(n, _)| n.clone()));
    names.join(", ")
}

/// Appends one fact as a `JSONEachRow` line.
pub fn encode_row(f: &SpanFacts, out: &mut Vec<u8>) {
    let mut map = match serde_json::to_value(f) {
        Ok(Value::Object(m)) => m,
        _ => Map::new(),
    };
    for v in map.values_mut() {
        if let Value::Bool(b) = v {
            *v = Value::from(u8::from(*b));
        }
    }
    for (name, kind) in fact_columns() {
        if *kind == ColumnKind::Counts && map.get(name).is_some_and(Value::is_null) {
            map.insert(name.clone(), Value::Array(Vec::new()));
        }
    }
    if map.get("kind").is_some_and(Value::is_null) {
        map.insert("kind".into(), Value::from(""));
    }
    map.insert("session_id".into(), Value::from(f.session_id.as_str()));
    map.insert("span_id".into(), Value::from(hex::encode(f.span_id)));
    // Sent, not left to the column DEFAULT: ClickHouse before 19.x fills fields a JSONEachRow
    // row omits with zeros rather than their DEFAULT expressions.
    // Date holds 1970–2105; a start outside it files under 1970-01-01.
    let start = if f.start / 86_400_000_000_000 < 49_000 { f.start } else { 0 };
    map.insert("day".into(), Value::from(&crate::report::time::rfc3339(start)[..10]));
    // A map of JSON values always serialises.
    let _ = serde_json::to_writer(&mut *out, &map);
    out.push(b'\n');
}

/// Reads one `JSONEachRow` line of [`select_list`] back into a fact.
pub fn decode_row(line: &[u8]) -> Result<SpanFacts, ClickHouseError> {
    let bad = |what: &str| {
        ClickHouseError::BadResult(format!("{what} in {:.200}", String::from_utf8_lossy(line)))
    };
    let Value::Object(mut map) = serde_json::from_slice(line).map_err(|_| bad("not JSON"))? else {
        return Err(bad("not an object"));
    };
    for (name, kind) in fact_columns() {
        let Some(v) = map.get_mut(name) else { continue };
        match kind {
            ColumnKind::Flag => *v = Value::Bool(v.as_u64().unwrap_or(0) != 0),
            // 64-bit integers may still come back quoted from a server that ignores the setting.
            ColumnKind::Count | ColumnKind::OptionalCount => {
                if let Some(n) = v.as_str().and_then(|s| s.parse::<u64>().ok()) {
                    *v = Value::from(n);
                }
            }
            ColumnKind::Counts => {
                if v.as_array().is_some_and(Vec::is_empty) {
                    *v = Value::Null;
                } else if let Value::Array(items) = v {
                    for item in items.iter_mut() {
                        if let Some(n) = item.as_str().and_then(|s| s.parse::<u64>().ok()) {
                            *item = Value::from(n);
                        }
                    }
                }
            }
            ColumnKind::Text if name == "kind" && v.as_str() == Some("") => *v = Value::Null,
            _ => {}
        }
    }
    let session_id = match map.remove("session_id") {
        Some(Value::String(s)) => s,
        _ => return Err(bad("no session_id")),
    };
    let span_hex = match map.remove("span_id") {
        Some(Value::String(s)) => s,
        _ => return Err(bad("no span_id")),
    };
    let mut span_id = [0u8; 8];
    hex::decode_to_slice(&span_hex, &mut span_id).map_err(|_| bad("bad span_id"))?;
    let mut f: SpanFacts =
        serde_json::from_value(Value::Object(map)).map_err(|e| bad(&e.to_string()))?;
    f.session_id = session_id;
    f.span_id = span_id;
    Ok(f)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assembler::span::SpanKind;

    #[test]
    fn facts_survive_a_row_round_trip_and_quoted_integers_read_back() {
        let f = SpanFacts {
            session_id: "s-1".into(),
            span_id: [1, 2, 3, 4, 5, 6, 7, 8],
            kind: Some(SpanKind::Prompt),
            trace: "ab".repeat(16),
            start: u64::MAX - 3,
            end: 1_768_471_201_000_000_000,
            prompt_index: Some(2),
            confirms: true,
            output_words: 70_000,
            ..SpanFacts::default()
        };
        let mut line = Vec::new();
        encode_row(&f, &mut line);
        assert_eq!(line.last(), Some(&b'\n'));
        assert_eq!(decode_row(&line[..line.len() - 1]).unwrap(), f);
        let quoted = String::from_utf8(line)
            .unwrap()
            .replace("\"output_words\":70000", "\"output_words\":\"70000\"");
        assert_eq!(decode_row(quoted.trim().as_bytes()).unwrap().output_words, 70_000);
    }

    #[test]
    fn every_fact_has_a_typed_column() {
        let cols = fact_columns();
        let kind = |n: &str| cols.iter().find(|(c, _)| c == n).map(|(_, k)| *k);
        assert_eq!(kind("kind"), Some(ColumnKind::Text));
        assert_eq!(kind("prompt_index"), Some(ColumnKind::OptionalCount));
        assert_eq!(kind("commit"), Some(ColumnKind::Flag));
        assert_eq!(kind("lines_added"), Some(ColumnKind::Count));
        assert_eq!(kind("trace"), Some(ColumnKind::Text));
    }
}
