//! One transcript line: lossy JSON parsing (lone surrogates, invalid UTF-8) and timestamps.

use serde_json::Value;

use crate::clock::days_from_civil;

/// Parses one JSONL line. Invalid UTF-8 is replaced, and `\uD8xx`/`\uDCxx` escapes that do not
/// form a valid surrogate pair (Windows loggers write them; serde_json rejects them) become
/// U+FFFD, so the line still counts. `None` when the line is blank or still not JSON.
pub fn parse_line(raw: &[u8]) -> Option<Value> {
    let text = String::from_utf8_lossy(raw);
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    match serde_json::from_str(text) {
        Ok(value) => Some(value),
        Err(_) if text.contains("\\u") => serde_json::from_str(&repair_surrogates(text)).ok(),
        Err(_) => None,
    }
}

/// Replaces `\uXXXX` escapes of unpaired UTF-16 surrogates with `\uFFFD`.
pub fn repair_surrogates(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    let mut copied = 0;
    while i < bytes.len() {
        if bytes[i] != b'\\' {
            i += 1;
            continue;
        }
        // An escape: `\\` and `\"` are two bytes; `\uXXXX` is six.
        if bytes.get(i + 1) != Some(&b'u') {
            i += 2;
            continue;
        }
        let Some(unit) = hex_unit(bytes, i + 2) else {
            i += 2;
            continue;
        };
        if (0xD800..0xDC00).contains(&unit) {
            let low = (bytes.get(i + 6) == Some(&b'\\') && bytes.get(i + 7) == Some(&b'u'))
                .then(|| hex_unit(bytes, i + 8))
                .flatten();
            if low.is_some_and(|low| (0xDC00..0xE000).contains(&low)) {
                i += 12;
                continue;
            }
        } else if !(0xDC00..0xE000).contains(&unit) {
            i += 6;
            continue;
        }
        // An unpaired surrogate: replace its six bytes.
        out.push_str(&text[copied..i]);
        out.push_str("\\uFFFD");
        i += 6;
        copied = i;
    }
    out.push_str(&text[copied..]);
    out
}

fn hex_unit(bytes: &[u8], at: usize) -> Option<u32> {
    let digits = bytes.get(at..at + 4)?;
    let digits = std::str::from_utf8(digits).ok()?;
    u32::from_str_radix(digits, 16).ok()
}

/// Milliseconds since the Unix epoch of an RFC 3339 timestamp such as
/// `2025-07-19T13:19:51.717Z` or `2025-07-19T15:19:51+02:00`.
pub fn timestamp_millis(text: &str) -> Option<i64> {
    let b = text.as_bytes();
    let num = |from: usize, len: usize| -> Option<i64> {
        let s = std::str::from_utf8(b.get(from..from + len)?).ok()?;
        s.bytes().all(|c| c.is_ascii_digit()).then(|| s.parse().ok())?
    };
    let (year, month, day) = (num(0, 4)?, num(5, 2)?, num(8, 2)?);
    let (hour, minute, second) = (num(11, 2)?, num(14, 2)?, num(17, 2)?);
    let mut at = 19;
    let mut millis = 0;
    if b.get(at) == Some(&b'.') {
        let start = at + 1;
        at = start;
        while b.get(at).is_some_and(u8::is_ascii_digit) {
            at += 1;
        }
        let frac = &text[start..at];
        let padded = format!("{:0<3}", &frac[..frac.len().min(3)]);
        millis = padded.parse().ok()?;
    }
    let offset_minutes = match b.get(at) {
        Some(b'Z') | Some(b'z') | None => 0,
        Some(sign @ (b'+' | b'-')) => {
            let minutes = num(at + 1, 2)? * 60 + num(at + 4, 2)?;
            if *sign == b'+' { minutes } else { -minutes }
        }
        _ => return None,
    };
    let days = days_from_civil(year, month, day);
    let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offset_minutes * 60;
    Some(seconds * 1000 + millis)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lone_surrogates_become_replacement_characters() {
        let v = parse_line(br#"{"a":"x\udc8fy","b":"\ud83d\ude00","c":"\\udc8f"}"#).unwrap();
        assert_eq!(v["a"], "x\u{FFFD}y");
        assert_eq!(v["b"], "\u{1F600}");
        assert_eq!(v["c"], "\\udc8f");
    }

    #[test]
    fn timestamps_parse_to_epoch_millis() {
        assert_eq!(timestamp_millis("1970-01-01T00:00:01.5Z"), Some(1500));
        assert_eq!(timestamp_millis("2025-07-19T13:19:51.717Z"), Some(1_752_931_191_717));
        assert_eq!(timestamp_millis("1970-01-01T01:00:00+01:00"), Some(0));
        assert_eq!(timestamp_millis("garbage"), None);
    }
}
