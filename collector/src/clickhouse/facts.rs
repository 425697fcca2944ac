//! Span facts as ClickHouse rows. The columns are read off [`SpanFacts`] itself (its serde
//! fields), so a fact added to the assembler becomes a column without a second list to edit:
//! text → `String`, counts → `UInt64`, flags → `UInt8`, the optional prompt index →
//! `Nullable(UInt64)`; plus the session id and the span id (hex) the sled trees keep in keys.

use std::sync::OnceLock;

use serde_json::Value;

use super::ClickHouseError;
use super::rowbinary::{self, EncodeError};
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

/// The columns of the facts table after the two key columns, in the order serde writes the
/// fields of [`SpanFacts`] (the order of a RowBinary row).
pub fn fact_columns() -> &'static [(String, ColumnKind)] {
    static COLUMNS: OnceLock<Vec<(String, ColumnKind)>> = OnceLock::new();
    COLUMNS.get_or_init(|| {
        let Ok(Value::Object(map)) = serde_json::to_value(SpanFacts::default()) else {
            return Vec::new();
        };
        rowbinary::field_names(&SpanFacts::default())
            .into_iter()
            .map(|name| {
                let kind = match map.get(name) {
                    _ if name == "kind" => ColumnKind::Text,
                    // `Option<[u64; 4]>`: None as [] (ClickHouse has no Nullable(Array)).
                    _ if name == "tokens" => ColumnKind::Counts,
                    Some(Value::Bool(_)) => ColumnKind::Flag,
                    Some(Value::Number(n)) if n.is_f64() => ColumnKind::Real,
                    Some(Value::Number(_)) => ColumnKind::Count,
                    Some(Value::Null) => ColumnKind::OptionalCount,
                    Some(Value::Array(_)) => ColumnKind::Counts,
                    _ => ColumnKind::Text,
                };
                (name.to_string(), kind)
            })
            .collect()
    })
}

/// The fact columns' kinds, in row order.
fn fact_kinds() -> &'static [ColumnKind] {
    static KINDS: OnceLock<Vec<ColumnKind>> = OnceLock::new();
    KINDS.get_or_init(|| fact_columns().iter().map(|(_, k)| *k).collect())
}

/// The columns of an [`encode_row`] row, in order, for the INSERT.
pub fn insert_columns() -> &'static str {
    static COLUMNS: OnceLock<String> = OnceLock::new();
    COLUMNS.get_or_init(|| {
        let mut names = vec!["`session_id`".to_string(), "`span_id`".to_string()];
        names.extend(fact_columns().iter().map(|(n, _)| format!("`{n}`")));
        names.push("`day`".into());
        names.join(", ")
    })
}

/// Every column name, key columns first, comma-separated (for SELECT lists).
pub fn select_list() -> String {
    let mut names = vec!["session_id".to_string(), "span_id".to_string()];
    names.extend(fact_columns().iter().map(|(n, _)| n.clone()));
    names.join(", ")
}

/// Appends one fact as a RowBinary row of [`insert_columns`].
pub fn encode_row(f: &SpanFacts, out: &mut Vec<u8>) -> Result<(), EncodeError> {
    rowbinary::put_str(out, &f.session_id);
    let mut span = [0u8; 16];
    // 16 hex digits always fit 16 bytes.
    let _ = hex::encode_to_slice(f.span_id, &mut span);
    rowbinary::put_len(out, span.len());
    out.extend_from_slice(&span);
    rowbinary::put_struct(out, f, fact_kinds())?;
    // Sent, not left to the column DEFAULT (18.16 fills omitted fields with zeros).
    // Date holds 1970–2105; a start outside it files under 1970-01-01.
    let days = f.start / 86_400_000_000_000;
    rowbinary::put_date(out, if days < 49_000 { days as u16 } else { 0 });
    Ok(())
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
    fn a_fact_row_is_rowbinary_in_insert_column_order() {
        let f = SpanFacts {
            session_id: "s-1".into(),
            span_id: [1, 2, 3, 4, 5, 6, 7, 8],
            kind: Some(SpanKind::Prompt),
            start: 86_400_000_000_000 * 3,
            confirms: true,
            tokens: Some([1, 2, 3, 4]),
            ..SpanFacts::default()
        };
        let mut row = Vec::new();
        encode_row(&f, &mut row).unwrap();
        assert!(row.starts_with(b"\x03s-1\x100102030405060708\x06prompt"));
        assert_eq!(&row[row.len() - 2..], &3u16.to_le_bytes());
        // session_id, span_id, every fact, day.
        assert_eq!(insert_columns().split(", ").count(), fact_columns().len() + 3);
        assert!(insert_columns().starts_with("`session_id`, `span_id`, `kind`, `trace`"));
    }

    #[test]
    fn quoted_integers_and_empty_arrays_read_back() {
        let line = br#"{"session_id":"s","span_id":"0102030405060708","kind":"action","output_words":"70000","tokens":[],"confirms":1}"#;
        let f = decode_row(line).unwrap();
        assert_eq!(f.output_words, 70_000);
        assert_eq!(f.tokens, None);
        assert!(f.confirms);
        assert_eq!(f.span_id, [1, 2, 3, 4, 5, 6, 7, 8]);
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
