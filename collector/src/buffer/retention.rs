//! Retention: removes requests every consumer has processed once they are older than the age
//! bound or the buffer is over its size bound, then deletes the segment files nothing indexed
//! points into any more. Unprocessed requests are never removed; when they alone fill the size
//! bound, appends are refused instead (see [`BufferError::Full`]). Retention only deletes, so it
//! keeps working on a full disk.

use std::time::Duration;

use sled::Transactional;

use std::sync::atomic::Ordering;

use super::entry::Meta;
use super::{Buffer, BufferError, Seq, entry, totals};

/// What retention keeps.
#[derive(Debug, Clone)]
pub struct RetentionPolicy {
    /// Processed requests older than this are removed (`None`: no age bound).
    pub max_age: Option<Duration>,
    /// Processed requests are removed (oldest first) while more than 80% of this many bytes
    /// are held (stored bytes, after compression; see [`super::Totals::bytes`]).
    pub max_bytes: u64,
    /// Every consumer whose cursor must pass a request before it may be removed.
    pub consumers: Vec<String>,
}

/// What one retention pass did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PruneOutcome {
    /// Requests removed.
    pub removed: u64,
    /// The lowest cursor among the consumers (everything up to it is processed).
    pub processed_through: Seq,
}

/// Removals are done in transactions of this many entries.
const CHUNK: usize = 256;

impl Buffer {
    /// One retention pass.
    pub fn prune(&self, policy: &RetentionPolicy) -> Result<PruneOutcome, BufferError> {
        let mut processed_through = self.last_seq();
        for c in &policy.consumers {
            processed_through = processed_through.min(self.cursor(c)?);
        }
        let cutoff_ms = policy
            .max_age
            .map(|age| entry::now_ms().saturating_sub(age.as_millis() as u64))
            .unwrap_or(0);
        // Trim processed requests to 80% of the bound, leaving headroom for bursts of new ones.
        let size_target = policy.max_bytes - policy.max_bytes / 5;
        let mut outcome = PruneOutcome { removed: 0, processed_through };
        loop {
            let mut held = self.totals().bytes;
            let mut victims: Vec<(Seq, Meta, u64)> = Vec::new();
            for item in self.index.range(..=entry::seq_key(processed_through)).take(CHUNK) {
                let (k, v) = item?;
                let seq = entry::decode_seq(&k);
                let (loc, meta) = entry::decode_index(&v).ok_or(BufferError::Corrupt { seq })?;
                let too_old = meta.received_ms < cutoff_ms;
                let too_big = held > size_target;
                if !too_old && !too_big {
                    break;
                }
                held = held.saturating_sub(loc.len as u64);
                victims.push((seq, meta, loc.len as u64));
            }
            if victims.is_empty() {
                break;
            }
            self.remove(&victims)?;
            outcome.removed += victims.len() as u64;
        }
        self.remove_unreferenced_segments()?;
        Ok(outcome)
    }

    /// Deletes the segment files older than the oldest indexed request and the oldest one not
    /// yet committed (never the one being written).
    fn remove_unreferenced_segments(&self) -> Result<(), BufferError> {
        // Frames past `durable` are written but not yet indexed: their segments must stay.
        let uncommitted = self.durable.load(Ordering::Acquire) + 1;
        let keep_from = match self.index.first()? {
            Some((k, _)) => entry::decode_seq(&k).min(uncommitted),
            None => uncommitted,
        };
        let writing =
            self.writer.lock().unwrap_or_else(|p| p.into_inner()).current.as_ref().map(|s| s.id);
        self.segments.remove_before(keep_from, writing).map_err(|source| BufferError::Io {
            action: "remove old segments from",
            path: self.segments.dir().to_path_buf(),
            source,
        })?;
        Ok(())
    }

    /// Removes index entries and lowers the totals in one transaction.
    fn remove(&self, victims: &[(Seq, Meta, u64)]) -> Result<(), BufferError> {
        let mut w = self.writer.lock().unwrap_or_else(|p| p.into_inner());
        let mut t = w.totals;
        for (_, meta, bytes) in victims {
            t.apply(meta.signal, meta.items as u64, *bytes, false);
        }
        let p = totals::Persisted { through_seq: self.durable.load(Ordering::Acquire), totals: t };
        (&self.index, &self.meta).transaction(|(index, meta)| {
            for (seq, ..) in victims {
                index.remove(&entry::seq_key(*seq))?;
            }
            meta.insert(totals::TOTALS_KEY, p.encode().to_vec())?;
            Ok::<_, sled::transaction::ConflictableTransactionError<BufferError>>(())
        })?;
        w.totals = t;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::buffer::Signal;

    fn policy(max_bytes: u64, consumers: &[&str]) -> RetentionPolicy {
        RetentionPolicy {
            max_age: None,
            max_bytes,
            consumers: consumers.iter().map(|s| s.to_string()).collect(),
        }
    }

    #[tokio::test]
    async fn only_requests_every_consumer_processed_are_removed() {
        let dir = tempfile::tempdir().unwrap();
        let buf = Buffer::open(dir.path(), 1 << 20).unwrap();
        for _ in 0..10 {
            buf.append_counted(Signal::Traces, &[0u8; 100], 1).await.unwrap();
        }
        buf.commit_cursor("a", 8).unwrap();
        buf.commit_cursor("b", 4).unwrap();
        let out = buf.prune(&policy(1, &["a", "b"])).unwrap();
        assert_eq!(out.removed, 4);
        assert_eq!(buf.totals().requests, 6);
        assert_eq!(buf.read_after(0, 100).unwrap()[0].seq, 5);
    }

    #[tokio::test]
    async fn appends_are_refused_when_unprocessed_data_fills_the_bound() {
        let dir = tempfile::tempdir().unwrap();
        let buf = Buffer::open(dir.path(), 1 << 20).unwrap();
        buf.set_max_bytes(1000);
        // Bytes that do not compress, so each value holds about 100 bytes.
        let body: Vec<u8> = (0..100u8).collect();
        let mut refused = false;
        for _ in 0..20 {
            if let Err(BufferError::Full { .. }) = buf.append_counted(Signal::Logs, &body, 2).await
            {
                refused = true;
            }
        }
        assert!(refused);
        assert!(buf.totals().bytes <= 1000);
        assert_eq!(buf.prune(&policy(1000, &["x"])).unwrap().removed, 0);
    }

    #[tokio::test]
    async fn old_processed_requests_are_removed_and_totals_survive_reopen() {
        let dir = tempfile::tempdir().unwrap();
        {
            let buf = Buffer::open(dir.path(), 1 << 20).unwrap();
            for _ in 0..5 {
                buf.append_counted(Signal::Traces, &[0u8; 10], 3).await.unwrap();
            }
            buf.commit_cursor("a", 2).unwrap();
            let mut p = policy(u64::MAX, &["a"]);
            p.max_age = Some(Duration::ZERO);
            std::thread::sleep(Duration::from_millis(5));
            assert_eq!(buf.prune(&p).unwrap().removed, 2);
            buf.flush().await.unwrap();
        }
        let buf = Buffer::open(dir.path(), 1 << 20).unwrap();
        assert_eq!(buf.totals().requests, 3);
        assert_eq!(buf.totals().spans, 9);
    }
}
