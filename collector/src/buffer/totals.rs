//! Running totals of what the buffer holds (requests, spans, log records, bytes), kept in a
//! small sled tree so stats survive restarts without a full scan.

use serde::Serialize;

use super::Seq;

/// What the buffer holds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Totals {
    /// Requests held.
    pub requests: u64,
    /// Spans held.
    pub spans: u64,
    /// Log records held.
    pub log_records: u64,
    /// Bytes of the stored frames: header plus the body as stored (lz4-compressed when that is
    /// smaller). This is what fills the disk, so the size bound (`buffer.max_bytes`) and
    /// retention count it, not the original request size.
    pub bytes: u64,
}

/// The persisted form: totals as of `through_seq` (appends after it are reconciled on open).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Persisted {
    pub through_seq: Seq,
    pub totals: Totals,
}

pub(crate) const TOTALS_KEY: &[u8] = b"totals";

impl Persisted {
    pub fn encode(&self) -> [u8; 40] {
        let mut out = [0u8; 40];
        let fields = [
            self.through_seq,
            self.totals.requests,
            self.totals.spans,
            self.totals.log_records,
            self.totals.bytes,
        ];
        for (i, f) in fields.iter().enumerate() {
            out[i * 8..i * 8 + 8].copy_from_slice(&f.to_be_bytes());
        }
        out
    }

    pub fn decode(bytes: &[u8]) -> Option<Self> {
        if bytes.len() != 40 {
            return None;
        }
        let f = |i: usize| u64::from_be_bytes(bytes[i * 8..i * 8 + 8].try_into().unwrap_or([0; 8]));
        Some(Self {
            through_seq: f(0),
            totals: Totals { requests: f(1), spans: f(2), log_records: f(3), bytes: f(4) },
        })
    }
}

impl Totals {
    /// Adds another set of totals.
    pub(crate) fn add(&mut self, o: &Totals) {
        self.requests = self.requests.saturating_add(o.requests);
        self.spans = self.spans.saturating_add(o.spans);
        self.log_records = self.log_records.saturating_add(o.log_records);
        self.bytes = self.bytes.saturating_add(o.bytes);
    }

    /// Adds (or with `sign = false` removes) one stored value.
    pub(crate) fn apply(&mut self, signal: super::Signal, items: u64, bytes: u64, add: bool) {
        let (req, spans, logs) = match signal {
            super::Signal::Traces => (1, items, 0),
            super::Signal::Logs => (1, 0, items),
            // Metric data points are not totalled apart; their requests and bytes are.
            super::Signal::Metrics => (1, 0, 0),
        };
        if add {
            self.requests = self.requests.saturating_add(req);
            self.spans = self.spans.saturating_add(spans);
            self.log_records = self.log_records.saturating_add(logs);
            self.bytes = self.bytes.saturating_add(bytes);
        } else {
            self.requests = self.requests.saturating_sub(req);
            self.spans = self.spans.saturating_sub(spans);
            self.log_records = self.log_records.saturating_sub(logs);
            self.bytes = self.bytes.saturating_sub(bytes);
        }
    }
}
