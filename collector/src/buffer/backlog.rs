//! Backlog bounds for one consumer (a forwarder's `max_backlog_bytes` / `max_backlog_age_secs`):
//! where it must skip to so that a dead downstream cannot hold retention back until ingest is
//! refused.

use std::sync::atomic::Ordering;
use std::time::Duration;

use super::{Buffer, BufferError, Seq, entry};

/// How much a consumer may leave unprocessed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct BacklogBound {
    /// Stored bytes after the cursor.
    pub max_bytes: Option<u64>,
    /// Age of the oldest request after the cursor.
    pub max_age: Option<Duration>,
}

impl Buffer {
    /// The seq a consumer whose cursor is `after` must skip through to keep within `bound`, or
    /// `None` when it is within. The bytes are estimated from the average stored request (the
    /// totals hold no per-consumer byte count, and a walk would read the whole backlog); the
    /// age is exact, read from the arrival time in each request's header.
    pub fn backlog_skip(
        &self,
        after: Seq,
        bound: BacklogBound,
    ) -> Result<Option<Seq>, BufferError> {
        let durable = self.durable.load(Ordering::Acquire);
        if after >= durable {
            return Ok(None);
        }
        let mut through = after;
        if let Some(limit) = bound.max_bytes {
            let t = self.totals();
            let avg = t.bytes.checked_div(t.requests).unwrap_or(0).max(1);
            let pending = durable - after;
            let held = pending.saturating_mul(avg);
            if held > limit {
                let excess = (held - limit).div_ceil(avg).min(pending);
                through = after + excess;
            }
        }
        if let Some(age) = bound.max_age {
            let cutoff = entry::now_ms().saturating_sub(age.as_millis() as u64);
            // The index holds each request's arrival time: no body is read.
            for item in self.index.range(entry::seq_key(through + 1)..=entry::seq_key(durable)) {
                let (k, v) = item?;
                let seq = entry::decode_seq(&k);
                let (_, meta) = entry::decode_index(&v).ok_or(BufferError::Corrupt { seq })?;
                // A migrated first-layout request has no arrival time (0): not judged by age.
                if meta.received_ms == 0 || meta.received_ms >= cutoff {
                    break;
                }
                through = seq;
            }
        }
        Ok((through > after).then_some(through))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::buffer::Signal;

    #[tokio::test]
    async fn a_byte_bound_skips_the_oldest_requests_and_an_age_bound_only_old_ones() {
        let dir = tempfile::tempdir().unwrap();
        let buf = Buffer::open(dir.path(), 1 << 20).unwrap();
        let body: Vec<u8> = (0..=255u8).collect();
        for _ in 0..10 {
            buf.append_counted(Signal::Traces, &body, 1).await.unwrap();
        }
        let each = buf.totals().bytes / 10;
        let bound = BacklogBound { max_bytes: Some(each * 4), max_age: None };
        assert_eq!(buf.backlog_skip(0, bound).unwrap(), Some(6));
        assert_eq!(buf.backlog_skip(6, bound).unwrap(), None);
        let fresh = BacklogBound { max_bytes: None, max_age: Some(Duration::from_secs(60)) };
        assert_eq!(buf.backlog_skip(0, fresh).unwrap(), None);
        std::thread::sleep(Duration::from_millis(20));
        let stale = BacklogBound { max_bytes: None, max_age: Some(Duration::from_millis(10)) };
        assert_eq!(buf.backlog_skip(3, stale).unwrap(), Some(10));
    }
}
