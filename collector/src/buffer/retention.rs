//! Retention: removes requests every consumer has processed once they are older than the age
//! bound or the buffer is over its size bound. Unprocessed requests are never removed; when they
//! alone fill the size bound, appends are refused instead (see [`BufferError::Full`]).

use std::time::Duration;

use sled::Transactional;

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
            let mut victims: Vec<(Seq, super::Signal, u64, u64)> = Vec::new();
            for item in self.requests.range(..=entry::seq_key(processed_through)).take(CHUNK) {
                let (k, v) = item?;
                let seq = entry::decode_seq(&k);
                let (h, body) = entry::decode(&v).ok_or(BufferError::Corrupt { seq })?;
                let too_old = h.received_ms < cutoff_ms;
                let too_big = held > size_target;
                if !too_old && !too_big {
                    break;
                }
                held = held.saturating_sub(v.len() as u64);
                victims.push((seq, h.signal, entry::items_of(&h, body), v.len() as u64));
            }
            if victims.is_empty() {
                return Ok(outcome);
            }
            self.remove(&victims)?;
            outcome.removed += victims.len() as u64;
        }
    }

    /// Removes entries and lowers the totals in one transaction, under the append lock.
    fn remove(&self, victims: &[(Seq, super::Signal, u64, u64)]) -> Result<(), BufferError> {
        let mut st = self.state.lock().unwrap_or_else(|p| p.into_inner());
        let mut t = st.totals;
        for &(_, signal, items, bytes) in victims {
            t.apply(signal, items, bytes, false);
        }
        let p = totals::Persisted { through_seq: st.last, totals: t };
        (&self.requests, &self.meta).transaction(|(requests, meta)| {
            for &(seq, ..) in victims {
                requests.remove(&entry::seq_key(seq))?;
            }
            meta.insert(totals::TOTALS_KEY, p.encode().to_vec())?;
            Ok::<_, sled::transaction::ConflictableTransactionError<BufferError>>(())
        })?;
        st.totals = t;
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
