//! The durable buffer: every accepted OTLP request, as received, in sled, flushed to disk before
//! the receiver acknowledges it. Consumers (forwarders, the assembler) read it in order and keep
//! their own cursor; everything derived downstream can be rebuilt from it. Bodies are stored
//! lz4-compressed (see `entry`), but every reader gets the original body back.

mod backlog;
mod entry;
mod retention;
mod totals;

use std::path::Path;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

use tokio::sync::watch;

pub use backlog::BacklogBound;
pub use retention::{PruneOutcome, RetentionPolicy};
pub use totals::Totals;

/// Position of an entry in the buffer; strictly increasing in append order.
pub type Seq = u64;

/// Bytes to reserve before a body handed to [`Buffer::append_prepared`].
pub const VALUE_HEADER_LEN: usize = entry::HEADER_LEN;

/// The assembler's consumer name (its cursor gates retention like a forwarder's).
pub const ASSEMBLER_CONSUMER: &str = "assembler";

/// Which OTLP signal an entry holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Signal {
    /// An `ExportTraceServiceRequest`, protobuf-encoded.
    Traces,
    /// An `ExportLogsServiceRequest`, protobuf-encoded.
    Logs,
}

/// One buffered request.
#[derive(Debug, Clone)]
pub struct Entry {
    /// Its position.
    pub seq: Seq,
    /// Its signal.
    pub signal: Signal,
    /// The protobuf-encoded export request (only the accepted part of what the client sent).
    pub body: Vec<u8>,
}

/// What can go wrong in the buffer.
#[derive(Debug, thiserror::Error)]
pub enum BufferError {
    /// sled failed; the request was not stored and may be retried.
    #[error("storage error: {0}")]
    Storage(#[from] sled::Error),
    /// A stored entry could not be read back (corruption).
    #[error("corrupt buffer entry at {seq}")]
    Corrupt {
        /// Where.
        seq: Seq,
    },
    /// The size bound is reached with data some consumer has not processed yet; retry later.
    #[error(
        "buffer full: {held} bytes held, limit {limit} bytes (buffer.max_bytes); \
         waiting for consumers to catch up, retry later"
    )]
    Full {
        /// Bytes held now.
        held: u64,
        /// The configured bound.
        limit: u64,
    },
}

impl From<sled::transaction::TransactionError<BufferError>> for BufferError {
    fn from(e: sled::transaction::TransactionError<BufferError>) -> Self {
        match e {
            sled::transaction::TransactionError::Abort(e) => e,
            sled::transaction::TransactionError::Storage(e) => BufferError::Storage(e),
        }
    }
}

/// State changed only under the append lock.
struct AppendState {
    /// Highest seq inserted (maybe not yet flushed).
    last: Seq,
    totals: Totals,
}

/// The buffer over one sled database. Analytics keeps its own trees in the same database
/// (see [`Buffer::db`]), so one data directory holds everything.
pub struct Buffer {
    db: sled::Db,
    requests: sled::Tree,
    cursors: sled::Tree,
    meta: sled::Tree,
    // Appends take this lock to assign sequence numbers and insert in order, so a reader never
    // sees seq n+1 before seq n.
    state: Mutex<AppendState>,
    // Group commit: one appender at a time flushes everything inserted so far; the others find
    // their seq already durable when they get the lock.
    flush_lock: tokio::sync::Mutex<()>,
    durable: AtomicU64,
    max_bytes: AtomicU64,
    appended: watch::Sender<Seq>,
    needs_room: tokio::sync::Notify,
}

const REQUESTS_TREE: &str = "buffer.requests";
const CURSORS_TREE: &str = "buffer.cursors";
const META_TREE: &str = "buffer.meta";

impl Buffer {
    /// Opens (or creates) the buffer in `dir`.
    pub fn open(dir: &Path, cache_capacity_bytes: u64) -> Result<Self, BufferError> {
        let db = sled::Config::new().path(dir).cache_capacity(cache_capacity_bytes).open()?;
        let requests = db.open_tree(REQUESTS_TREE)?;
        let cursors = db.open_tree(CURSORS_TREE)?;
        let meta = db.open_tree(META_TREE)?;
        let last = match requests.last()? {
            Some((k, _)) => entry::decode_seq(&k),
            None => 0,
        };
        let totals = Self::reconcile_totals(&requests, &meta, last)?;
        let (appended, _) = watch::channel(last);
        Ok(Self {
            db,
            requests,
            cursors,
            meta,
            state: Mutex::new(AppendState { last, totals }),
            flush_lock: tokio::sync::Mutex::new(()),
            durable: AtomicU64::new(last),
            max_bytes: AtomicU64::new(u64::MAX),
            appended,
            needs_room: tokio::sync::Notify::new(),
        })
    }

    /// Totals as persisted, plus whatever was appended after they were last written (a crash
    /// can land between an insert and its totals update).
    fn reconcile_totals(
        requests: &sled::Tree,
        meta: &sled::Tree,
        last: Seq,
    ) -> Result<Totals, BufferError> {
        let persisted = meta
            .get(totals::TOTALS_KEY)?
            .and_then(|v| totals::Persisted::decode(&v))
            .unwrap_or_default();
        let mut t = persisted.totals;
        if last > persisted.through_seq {
            for item in requests.range(entry::seq_key(persisted.through_seq + 1)..) {
                let (k, v) = item?;
                let seq = entry::decode_seq(&k);
                let (h, body) = entry::decode(&v).ok_or(BufferError::Corrupt { seq })?;
                t.apply(h.signal, entry::items_of(&h, body), v.len() as u64, true);
            }
            let p = totals::Persisted { through_seq: last, totals: t };
            meta.insert(totals::TOTALS_KEY, p.encode().to_vec())?;
        }
        Ok(t)
    }

    /// The sled database, for components that keep derived trees beside the buffer.
    pub fn db(&self) -> &sled::Db {
        &self.db
    }

    /// Bounds the bytes held: appends beyond it fail with [`BufferError::Full`]. Bytes are
    /// counted as stored (header plus compressed body), since that is what fills the disk.
    pub fn set_max_bytes(&self, limit: u64) {
        self.max_bytes.store(limit, Ordering::Relaxed);
    }

    /// Resolves when an append was refused for size (retention should run now).
    pub async fn room_needed(&self) {
        self.needs_room.notified().await;
    }

    /// Appends one request and returns once it is flushed to disk (counts its items by decoding;
    /// receivers that already know the count use [`Buffer::append_counted`]).
    pub async fn append(&self, signal: Signal, body: &[u8]) -> Result<Seq, BufferError> {
        let items = entry::count_items(signal, body);
        self.append_counted(signal, body, items.min(u32::MAX as u64) as u32).await
    }

    /// Appends one request holding `items` spans or log records; returns once it is on disk.
    pub async fn append_counted(
        &self,
        signal: Signal,
        body: &[u8],
        items: u32,
    ) -> Result<Seq, BufferError> {
        let value = entry::encode(signal, entry::now_ms(), items, body);
        self.insert_and_flush(signal, value, items).await
    }

    /// Like [`Buffer::append_counted`] for a body already placed after [`VALUE_HEADER_LEN`]
    /// reserved bytes: compression writes a new buffer, and when a body does not compress it
    /// is stored in place without another copy.
    pub async fn append_prepared(
        &self,
        signal: Signal,
        value: Vec<u8>,
        items: u32,
    ) -> Result<Seq, BufferError> {
        if value.len() < VALUE_HEADER_LEN {
            return Err(BufferError::Corrupt { seq: 0 });
        }
        let value = entry::encode_prepared(signal, entry::now_ms(), items, value);
        self.insert_and_flush(signal, value, items).await
    }

    async fn insert_and_flush(
        &self,
        signal: Signal,
        value: Vec<u8>,
        items: u32,
    ) -> Result<Seq, BufferError> {
        let len = value.len() as u64;
        // Copy into sled's buffer before taking the lock, to keep the critical section short.
        let value = sled::IVec::from(value);
        let seq = {
            let mut st = self.state.lock().unwrap_or_else(|p| p.into_inner());
            let limit = self.max_bytes.load(Ordering::Relaxed);
            if st.totals.bytes.saturating_add(len) > limit {
                self.needs_room.notify_one();
                return Err(BufferError::Full { held: st.totals.bytes, limit });
            }
            let seq = st.last + 1;
            self.requests.insert(entry::seq_key(seq), value)?;
            st.last = seq;
            st.totals.apply(signal, items as u64, len, true);
            let p = totals::Persisted { through_seq: seq, totals: st.totals };
            self.meta.insert(totals::TOTALS_KEY, p.encode().to_vec())?;
            seq
        };
        self.wait_durable(seq).await?;
        Ok(seq)
    }

    /// Group commit: returns once everything up to `seq` is flushed.
    async fn wait_durable(&self, seq: Seq) -> Result<(), BufferError> {
        if self.durable.load(Ordering::Acquire) >= seq {
            return Ok(());
        }
        let _leader = self.flush_lock.lock().await;
        if self.durable.load(Ordering::Acquire) >= seq {
            return Ok(());
        }
        let target = self.state.lock().unwrap_or_else(|p| p.into_inner()).last;
        self.db.flush_async().await?;
        self.durable.fetch_max(target, Ordering::AcqRel);
        self.appended.send_if_modified(|v| {
            if *v < target {
                *v = target;
                true
            } else {
                false
            }
        });
        Ok(())
    }

    /// Up to `max` durable entries with seq greater than `after`, in order.
    pub fn read_after(&self, after: Seq, max: usize) -> Result<Vec<Entry>, BufferError> {
        self.read_after_bounded(after, max, usize::MAX)
    }

    /// Like [`Buffer::read_after`], stopping once the bodies read reach `max_bytes` (at least
    /// one entry is returned when there is one), so big requests do not pile up in memory.
    /// Bodies come back decompressed, and `max_bytes` counts them so.
    pub fn read_after_bounded(
        &self,
        after: Seq,
        max: usize,
        max_bytes: usize,
    ) -> Result<Vec<Entry>, BufferError> {
        let durable = self.durable.load(Ordering::Acquire);
        let mut out = Vec::new();
        let mut bytes = 0usize;
        if after >= durable {
            return Ok(out);
        }
        for item in
            self.requests.range(entry::seq_key(after + 1)..=entry::seq_key(durable)).take(max)
        {
            let (k, v) = item?;
            let seq = entry::decode_seq(&k);
            let (h, stored) = entry::decode(&v).ok_or(BufferError::Corrupt { seq })?;
            let body = entry::body(&h, stored).ok_or(BufferError::Corrupt { seq })?.into_owned();
            bytes += body.len();
            out.push(Entry { seq, signal: h.signal, body });
            if bytes >= max_bytes {
                break;
            }
        }
        Ok(out)
    }

    /// The highest durable seq appended so far (0 when empty).
    pub fn last_seq(&self) -> Seq {
        *self.appended.borrow()
    }

    /// A receiver that changes whenever an append completes, for consumers that tail the buffer.
    pub fn subscribe(&self) -> watch::Receiver<Seq> {
        self.appended.subscribe()
    }

    /// The consumer's cursor: the last seq it has fully processed (0 when new).
    pub fn cursor(&self, consumer: &str) -> Result<Seq, BufferError> {
        Ok(self.cursors.get(consumer.as_bytes())?.map(|v| entry::decode_seq(&v)).unwrap_or(0))
    }

    /// Records that `consumer` has processed everything up to and including `seq`.
    pub fn commit_cursor(&self, consumer: &str, seq: Seq) -> Result<(), BufferError> {
        self.cursors.insert(consumer.as_bytes(), &seq.to_be_bytes())?;
        Ok(())
    }

    /// What the buffer holds now.
    pub fn totals(&self) -> Totals {
        self.state.lock().unwrap_or_else(|p| p.into_inner()).totals
    }

    /// Number of requests held.
    pub fn len(&self) -> usize {
        self.totals().requests as usize
    }

    /// Whether the buffer holds no request.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Bytes on disk for the whole database.
    pub fn size_on_disk(&self) -> u64 {
        self.db.size_on_disk().unwrap_or(0)
    }

    /// Flushes everything to disk (used at shutdown).
    pub async fn flush(&self) -> Result<(), BufferError> {
        self.db.flush_async().await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn readers_get_the_original_body_back() {
        let dir = tempfile::tempdir().unwrap();
        let buf = Buffer::open(dir.path(), 1 << 20).unwrap();
        let body = b"resource scope span attributes ".repeat(3000);
        buf.append_counted(Signal::Traces, &body, 1).await.unwrap();
        let mut prepared = vec![0u8; VALUE_HEADER_LEN];
        prepared.extend_from_slice(&body);
        buf.append_prepared(Signal::Logs, prepared, 1).await.unwrap();
        let read = buf.read_after(0, 10).unwrap();
        assert_eq!(read.len(), 2);
        assert!(read.iter().all(|e| e.body == body));
        // Held bytes are the stored (compressed) ones.
        assert!(buf.totals().bytes < body.len() as u64);
    }

    #[tokio::test]
    async fn an_entry_that_does_not_decompress_is_reported_corrupt() {
        let dir = tempfile::tempdir().unwrap();
        {
            let buf = Buffer::open(dir.path(), 1 << 20).unwrap();
            let mut value = vec![b'T' | 0x80];
            value.extend_from_slice(&[0u8; 12]);
            value.extend_from_slice(&[0x40, 0, 0, 0, 0xff, 0xff, 0xff]);
            buf.requests.insert(entry::seq_key(1), value).unwrap();
            buf.flush().await.unwrap();
        }
        let buf = Buffer::open(dir.path(), 1 << 20).unwrap();
        assert!(matches!(buf.read_after(0, 10), Err(BufferError::Corrupt { seq: 1 })));
    }
}
