//! UTC calendar arithmetic for months and `--since/--until` (RFC 3339 or `YYYY-MM-DD`), without
//! a date crate.

const NANOS: i128 = 1_000_000_000;

/// Days since 1970-01-01 of a civil date (proleptic Gregorian; Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m as i64 + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

/// Civil date of a day count since 1970-01-01.
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719468;
    let era = if z >= 0 { z } else { z - 146096 } / 146097;
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// `YYYY-MM` (UTC) of a Unix-nanosecond time.
pub fn month_of(unix_nanos: u64) -> String {
    month_name(month_number(unix_nanos))
}

/// The UTC month of a Unix-nanosecond time as `year × 100 + month` (sorts like the name).
pub fn month_number(unix_nanos: u64) -> u32 {
    let (y, m, _) = civil_from_days((unix_nanos / 86_400_000_000_000) as i64);
    y as u32 * 100 + m
}

/// `YYYY-MM` of a [`month_number`].
pub fn month_name(n: u32) -> String {
    format!("{:04}-{:02}", n / 100, n % 100)
}

/// RFC 3339 (UTC, whole seconds) of a Unix-nanosecond time.
pub fn rfc3339(unix_nanos: u64) -> String {
    let secs = (unix_nanos / 1_000_000_000) as i64;
    let (y, m, d) = civil_from_days(secs.div_euclid(86_400));
    let s = secs.rem_euclid(86_400);
    format!("{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z", s / 3600, s / 60 % 60, s % 60)
}

/// A bad time bound.
#[derive(Debug, thiserror::Error)]
#[error("bad time {0:?}: expected RFC 3339 (2026-01-31T12:00:00Z) or YYYY-MM-DD")]
pub struct TimeError(pub String);

/// Parses RFC 3339 (`2026-01-31T12:00:00Z`, `…+02:00`, fractional seconds) or `YYYY-MM-DD`
/// (midnight UTC) into Unix nanoseconds.
pub fn parse_time(text: &str) -> Result<u64, TimeError> {
    let bad = || TimeError(text.to_string());
    let t = text.trim();
    let num = |s: &str| -> Result<i64, TimeError> {
        if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        s.parse().map_err(|_| bad())
    };
    if t.len() < 10 || t.as_bytes()[4] != b'-' || t.as_bytes()[7] != b'-' {
        return Err(bad());
    }
    let (y, mo, d) = (num(&t[0..4])?, num(&t[5..7])?, num(&t[8..10])?);
    if !(1..=12).contains(&mo) || !(1..=31).contains(&d) {
        return Err(bad());
    }
    let mut nanos = days_from_civil(y, mo as u32, d as u32) as i128 * 86_400 * NANOS;
    let rest = &t[10..];
    if !rest.is_empty() {
        let rest = rest.strip_prefix(['T', 't', ' ']).ok_or_else(bad)?;
        if rest.len() < 8 || rest.as_bytes()[2] != b':' || rest.as_bytes()[5] != b':' {
            return Err(bad());
        }
        let (h, mi, s) = (num(&rest[0..2])?, num(&rest[3..5])?, num(&rest[6..8])?);
        if h > 23 || mi > 59 || s > 60 {
            return Err(bad());
        }
        nanos += ((h * 3600 + mi * 60 + s) as i128) * NANOS;
        let mut tail = &rest[8..];
        if let Some(frac) = tail.strip_prefix('.') {
            let digits = frac.bytes().take_while(u8::is_ascii_digit).count();
            if digits == 0 {
                return Err(bad());
            }
            let f = &frac[..digits.min(9)];
            nanos += num(f)? as i128 * 10i128.pow(9 - f.len() as u32);
            tail = &frac[digits..];
        }
        let offset = match tail {
            "Z" | "z" => 0,
            _ if tail.len() == 6 && tail.as_bytes()[3] == b':' => {
                let sign = match tail.as_bytes()[0] {
                    b'+' => 1,
                    b'-' => -1,
                    _ => return Err(bad()),
                };
                sign * (num(&tail[1..3])? * 3600 + num(&tail[4..6])? * 60)
            }
            _ => return Err(bad()),
        };
        nanos -= offset as i128 * NANOS;
    }
    u64::try_from(nanos).map_err(|_| bad())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip_through_rfc3339() {
        let t = parse_time("2026-02-28T23:59:59Z").unwrap();
        assert_eq!(rfc3339(t), "2026-02-28T23:59:59Z");
        assert_eq!(month_of(t), "2026-02");
        assert_eq!(parse_time("2026-03-01").unwrap(), t + 1_000_000_000);
        assert_eq!(parse_time("2026-03-01T02:00:00+02:00").unwrap(), t + 1_000_000_000);
        assert_eq!(parse_time("1970-01-01T00:00:00.5Z").unwrap(), 500_000_000);
        assert!(parse_time("2026-13-01").is_err());
        assert!(parse_time("yesterday").is_err());
    }
}
