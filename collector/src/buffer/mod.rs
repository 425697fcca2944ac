//! The durable buffer: every accepted OTLP request, as received, in sled, flushed to disk before
//! the receiver acknowledges it. Consumers (forwarders, the assembler) read it in order and keep
//! their own cursor; everything derived downstream can be rebuilt from it.

use std::path::Path;
use std::sync::Mutex;

use tokio::sync::watch;

/// Position of an entry in the buffer; strictly increasing in append order.
pub type Seq = u64;

/// Which OTLP signal an entry holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Signal {
    /// An `ExportTraceServiceRequest`, protobuf-encoded.
    Traces,
    /// An `ExportLogsServiceRequest`, protobuf-encoded.
    Logs,
}

impl Signal {
    fn tag(self) -> u8 {
        match self {
            Signal::Traces => b't',
            Signal::Logs => b'l',
        }
    }

    fn from_tag(tag: u8) -> Option<Self> {
        match tag {
            b't' => Some(Signal::Traces),
            b'l' => Some(Signal::Logs),
            _ => None,
        }
    }
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
}

/// The buffer over one sled database. Analytics keeps its own trees in the same database
/// (see [`Buffer::db`]), so one data directory holds everything.
pub struct Buffer {
    db: sled::Db,
    requests: sled::Tree,
    cursors: sled::Tree,
    // Appends take this lock to assign sequence numbers and insert in order, so a reader never
    // sees seq n+1 before seq n.
    append_lock: Mutex<Seq>,
    appended: watch::Sender<Seq>,
}

const REQUESTS_TREE: &str = "buffer.requests";
const CURSORS_TREE: &str = "buffer.cursors";

impl Buffer {
    /// Opens (or creates) the buffer in `dir`.
    pub fn open(dir: &Path, cache_capacity_bytes: u64) -> Result<Self, BufferError> {
        let db = sled::Config::new()
            .path(dir)
            .cache_capacity(cache_capacity_bytes)
            .open()?;
        let requests = db.open_tree(REQUESTS_TREE)?;
        let cursors = db.open_tree(CURSORS_TREE)?;
        let last = match requests.last()? {
            Some((k, _)) => decode_seq(&k),
            None => 0,
        };
        let (appended, _) = watch::channel(last);
        Ok(Self { db, requests, cursors, append_lock: Mutex::new(last), appended })
    }

    /// The sled database, for components that keep derived trees beside the buffer.
    pub fn db(&self) -> &sled::Db {
        &self.db
    }

    /// Appends one request and returns once it is flushed to disk.
    pub async fn append(&self, signal: Signal, body: &[u8]) -> Result<Seq, BufferError> {
        let seq = {
            let mut last = self.append_lock.lock().unwrap_or_else(|p| p.into_inner());
            let seq = *last + 1;
            let mut value = Vec::with_capacity(body.len() + 1);
            value.push(signal.tag());
            value.extend_from_slice(body);
            self.requests.insert(seq.to_be_bytes(), value)?;
            *last = seq;
            seq
        };
        // sled coalesces concurrent flushes, which gives group commit across requests.
        self.db.flush_async().await?;
        self.appended.send_replace(seq);
        Ok(seq)
    }

    /// Up to `max` entries with seq greater than `after`, in order.
    pub fn read_after(&self, after: Seq, max: usize) -> Result<Vec<Entry>, BufferError> {
        let mut out = Vec::new();
        for item in self.requests.range((after + 1).to_be_bytes()..).take(max) {
            let (k, v) = item?;
            let seq = decode_seq(&k);
            let (&tag, body) = v.split_first().ok_or(BufferError::Corrupt { seq })?;
            let signal = Signal::from_tag(tag).ok_or(BufferError::Corrupt { seq })?;
            out.push(Entry { seq, signal, body: body.to_vec() });
        }
        Ok(out)
    }

    /// The highest seq appended so far (0 when empty).
    pub fn last_seq(&self) -> Seq {
        *self.appended.borrow()
    }

    /// A receiver that changes whenever an append completes, for consumers that tail the buffer.
    pub fn subscribe(&self) -> watch::Receiver<Seq> {
        self.appended.subscribe()
    }

    /// The consumer's cursor: the last seq it has fully processed (0 when new).
    pub fn cursor(&self, consumer: &str) -> Result<Seq, BufferError> {
        Ok(self.cursors.get(consumer.as_bytes())?.map(|v| decode_seq(&v)).unwrap_or(0))
    }

    /// Records that `consumer` has processed everything up to and including `seq`.
    pub fn commit_cursor(&self, consumer: &str, seq: Seq) -> Result<(), BufferError> {
        self.cursors.insert(consumer.as_bytes(), &seq.to_be_bytes())?;
        Ok(())
    }

    /// Number of requests held.
    pub fn len(&self) -> usize {
        self.requests.len()
    }

    /// Whether the buffer holds no request.
    pub fn is_empty(&self) -> bool {
        self.requests.is_empty()
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

fn decode_seq(bytes: &[u8]) -> Seq {
    let mut b = [0u8; 8];
    let n = bytes.len().min(8);
    b[8 - n..].copy_from_slice(&bytes[..n]);
    u64::from_be_bytes(b)
}
