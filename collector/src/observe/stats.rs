//! `/v1/stats` and `coxswain inspect`: what the buffer holds, and each forwarder's backlog.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::buffer::{Buffer, BufferError};

/// What the buffer holds, as printed by `/v1/stats` and `coxswain inspect`.
#[derive(Debug, Clone, Serialize)]
pub struct Stats {
    /// Requests held.
    pub requests: u64,
    /// Spans held.
    pub spans: u64,
    /// Log records held.
    pub log_records: u64,
    /// Bytes of the held requests.
    pub bytes_held: u64,
    /// Bytes sled uses on disk.
    pub bytes_on_disk: u64,
    /// Highest seq appended.
    pub last_seq: u64,
    /// Every consumer's cursor (forwarders, assembler).
    pub cursors: BTreeMap<String, u64>,
    /// Requests each consumer has not processed yet.
    pub backlog: BTreeMap<String, u64>,
    /// Seconds since the oldest request a consumer has not processed arrived (0 when caught up).
    pub lag_seconds: BTreeMap<String, f64>,
    /// The storage fault that makes exports fail now, if any (as `/healthz` reports it).
    pub fault: Option<String>,
}

/// Stats for the given consumers.
pub fn stats(buffer: &Buffer, consumers: &[String]) -> Result<Stats, BufferError> {
    let t = buffer.totals();
    let last = buffer.last_seq();
    let mut cursors = BTreeMap::new();
    let mut backlog = BTreeMap::new();
    let mut lag_seconds = BTreeMap::new();
    let now_ms = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or(0);
    for c in consumers {
        let cur = buffer.cursor(c)?;
        cursors.insert(c.clone(), cur);
        backlog.insert(c.clone(), last.saturating_sub(cur));
        let lag = match buffer.received_after(cur)? {
            Some(ms) => now_ms.saturating_sub(ms) as f64 / 1000.0,
            None => 0.0,
        };
        lag_seconds.insert(c.clone(), lag);
    }
    Ok(Stats {
        requests: t.requests,
        spans: t.spans,
        log_records: t.log_records,
        bytes_held: t.bytes,
        bytes_on_disk: buffer.size_on_disk(),
        last_seq: last,
        cursors,
        backlog,
        lag_seconds,
        fault: buffer.fault(),
    })
}
