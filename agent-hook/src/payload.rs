//! Hook payloads: one JSON object per event, read with a size bound and parsed leniently
//! (lone UTF-16 surrogate escapes, which Windows loggers and JavaScript produce, are repaired).

use serde_json::Value;
use std::io::Read;

/// Payloads larger than this are cut (and then usually unparseable, so salvaged).
pub const MAX_PAYLOAD_BYTES: u64 = 64 * 1024 * 1024;

/// Reads at most [`MAX_PAYLOAD_BYTES`] from `input`.
pub fn read_bounded(input: impl Read) -> std::io::Result<Vec<u8>> {
    let mut buf = Vec::with_capacity(64 * 1024);
    input.take(MAX_PAYLOAD_BYTES).read_to_end(&mut buf)?;
    Ok(buf)
}

/// Why a payload could not be used.
#[derive(Debug, thiserror::Error)]
pub enum PayloadError {
    /// Nothing was sent.
    #[error("empty payload")]
    Empty,
    /// Not JSON (or not an object), even after repair.
    #[error("payload is not a JSON object: {0}")]
    Invalid(String),
}

/// Parses one payload; repairs lone surrogate escapes; falls back to salvaging the top-level
/// string fields of a cut or damaged payload so the event still counts.
pub fn parse(bytes: &[u8]) -> Result<Value, PayloadError> {
    let trimmed = bytes.trim_ascii();
    if trimmed.is_empty() {
        return Err(PayloadError::Empty);
    }
    match serde_json::from_slice::<Value>(trimmed) {
        Ok(v) if v.is_object() => return Ok(v),
        Ok(_) => return Err(PayloadError::Invalid("not an object".to_owned())),
        Err(_) => {}
    }
    let text = String::from_utf8_lossy(trimmed);
    let repaired = repair_surrogates(&text);
    match serde_json::from_str::<Value>(&repaired) {
        Ok(v) if v.is_object() => Ok(v),
        Ok(_) => Err(PayloadError::Invalid("not an object".to_owned())),
        Err(e) => salvage(&repaired).ok_or_else(|| PayloadError::Invalid(e.to_string())),
    }
}

/// Replaces `\uD800`–`\uDFFF` escapes that do not form a valid pair with `\uFFFD`.
fn repair_surrogates(text: &str) -> String {
    let b = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    let escape_at = |i: usize| -> Option<u16> {
        if b.get(i) == Some(&b'\\') && matches!(b.get(i + 1), Some(b'u') | Some(b'U')) {
            std::str::from_utf8(b.get(i + 2..i + 6)?)
                .ok()
                .and_then(|h| u16::from_str_radix(h, 16).ok())
        } else {
            None
        }
    };
    let mut last = 0;
    while i < b.len() {
        if b[i] == b'\\' {
            // Count preceding backslashes: `\\u` is an escaped backslash, not an escape.
            if let Some(unit) = escape_at(i) {
                if (0xD800..0xDC00).contains(&unit) {
                    if escape_at(i + 6).is_some_and(|lo| (0xDC00..0xE000).contains(&lo)) {
                        i += 12;
                        continue;
                    }
                    out.push_str(&text[last..i]);
                    out.push_str("\\ufffd");
                    i += 6;
                    last = i;
                    continue;
                }
                if (0xDC00..0xE000).contains(&unit) {
                    out.push_str(&text[last..i]);
                    out.push_str("\\ufffd");
                    i += 6;
                    last = i;
                    continue;
                }
                i += 6;
                continue;
            }
            i += 2;
            continue;
        }
        i += 1;
    }
    out.push_str(&text[last.min(text.len())..]);
    out
}

/// Top-level string fields of a damaged payload (first occurrence of each key).
fn salvage(text: &str) -> Option<Value> {
    const KEYS: &[&str] = &[
        "hook_event_name",
        "session_id",
        "transcript_path",
        "prompt_id",
        "tool_name",
        "tool_use_id",
        "agent_id",
        "agent_type",
        "source",
        "reason",
        "error",
        "model",
    ];
    let mut map = serde_json::Map::new();
    for key in KEYS {
        let needle = format!("\"{key}\"");
        let Some(at) = text.find(&needle) else {
            continue;
        };
        let rest = text[at + needle.len()..].trim_start();
        let Some(rest) = rest.strip_prefix(':') else {
            continue;
        };
        let rest = rest.trim_start();
        let Some(rest) = rest.strip_prefix('"') else {
            continue;
        };
        let end = rest.find('"')?;
        map.insert((*key).to_owned(), Value::String(rest[..end].to_owned()));
    }
    (map.contains_key("hook_event_name") && map.contains_key("session_id"))
        .then_some(Value::Object(map))
}

/// A string field of a payload.
pub fn str_field<'a>(payload: &'a Value, key: &str) -> Option<&'a str> {
    payload.get(key).and_then(Value::as_str).filter(|s| !s.is_empty())
}

/// An unsigned integer field of a payload (numbers or numeric strings).
pub fn u64_field(payload: &Value, key: &str) -> Option<u64> {
    match payload.get(key)? {
        Value::Number(n) => n.as_u64().or_else(|| n.as_f64().map(|f| f.max(0.0) as u64)),
        Value::String(s) => s.parse().ok(),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lone_surrogates_are_repaired_and_pairs_kept() {
        let v = parse(br#"{"a":"x\udc8fy","b":"\ud83d\ude00"}"#).unwrap();
        assert_eq!(v["a"], "x\u{fffd}y");
        assert_eq!(v["b"], "\u{1f600}");
    }

    #[test]
    fn a_cut_payload_is_salvaged_from_its_top_level_fields() {
        let v = parse(br#"{"session_id":"s1","hook_event_name":"PostToolUse","tool_name":"Bash","tool_response":{"stdout":"xx"#).unwrap();
        assert_eq!(v["tool_name"], "Bash");
        assert!(parse(b"garbage").is_err());
        assert!(parse(b"  ").is_err());
    }
}
