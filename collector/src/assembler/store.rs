//! The analytics trees beside the buffer: spans per session (deduplicated by span id), the
//! derived session records and summaries, the open-session index and the newest span time.

use std::collections::BTreeMap;

use super::session::SessionRecord;
use super::span::SpanFacts;
use super::summary::Summary;

/// Spans keyed by (session, trace), each value the trace's spans by span id: a second copy of a
/// span overwrites the first.
pub const SPANS_TREE: &str = "analytics.spans";
/// Session records (JSON) keyed by session id.
pub const SESSIONS_TREE: &str = "analytics.sessions";
/// Session summaries (binary) keyed by session id.
pub const SUMMARIES_TREE: &str = "analytics.summaries";
/// Sessions not yet closed → their newest span time.
pub const OPEN_TREE: &str = "analytics.open";
/// `newest_seen` → the newest span time seen.
pub const META_TREE: &str = "analytics.meta";
const NEWEST_SEEN: &[u8] = b"newest_seen";

/// What can go wrong in the analytics store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// sled failed.
    #[error("analytics storage error: {0}")]
    Storage(#[from] sled::Error),
    /// A stored record could not be read back.
    #[error("corrupt analytics record for session {0:?}")]
    Corrupt(String),
}

/// Where the queries read sessions: these sled trees, or records derived from ClickHouse.
pub trait SessionSource {
    /// Calls `f` with every session's id and summary, in session-id order.
    fn each_summary(&self, f: &mut dyn FnMut(&[u8], Summary)) -> Result<(), StoreError>;
    /// One session's record.
    fn record(&self, id: &str) -> Result<Option<SessionRecord>, StoreError>;
}

impl SessionSource for Store {
    fn each_summary(&self, f: &mut dyn FnMut(&[u8], Summary)) -> Result<(), StoreError> {
        self.for_each_summary(f)
    }

    fn record(&self, id: &str) -> Result<Option<SessionRecord>, StoreError> {
        self.session(id)
    }
}

/// The analytics trees.
#[derive(Clone)]
pub struct Store {
    db: sled::Db,
    spans: sled::Tree,
    sessions: sled::Tree,
    summaries: sled::Tree,
    open: sled::Tree,
    meta: sled::Tree,
}

fn session_prefix(session: &str) -> Vec<u8> {
    let len = session.len().min(u16::MAX as usize);
    let mut k = Vec::with_capacity(2 + len + 8);
    k.extend_from_slice(&(len as u16).to_be_bytes());
    k.extend_from_slice(&session.as_bytes()[..len]);
    k
}

fn be(v: u64) -> [u8; 8] {
    v.to_be_bytes()
}

fn from_be(b: &[u8]) -> u64 {
    let mut a = [0u8; 8];
    let n = b.len().min(8);
    a[8 - n..].copy_from_slice(&b[..n]);
    u64::from_be_bytes(a)
}

impl Store {
    /// Opens (creating) the trees in `db`.
    pub fn open(db: &sled::Db) -> Result<Store, StoreError> {
        Ok(Store {
            db: db.clone(),
            spans: db.open_tree(SPANS_TREE)?,
            sessions: db.open_tree(SESSIONS_TREE)?,
            summaries: db.open_tree(SUMMARIES_TREE)?,
            open: db.open_tree(OPEN_TREE)?,
            meta: db.open_tree(META_TREE)?,
        })
    }

    /// Drops every derived tree (for a rebuild); reopen with [`Store::open`] afterwards.
    pub fn drop_all(db: &sled::Db) -> Result<(), StoreError> {
        for name in [SPANS_TREE, SESSIONS_TREE, SUMMARIES_TREE, OPEN_TREE, META_TREE] {
            db.drop_tree(name)?;
        }
        Ok(())
    }

    /// Stores spans; a later copy of a (session, span id) replaces the earlier one. Spans are
    /// kept one value per (session, trace), i.e. per prompt, so a request costs a few writes
    /// rather than one per span.
    pub fn put_spans(&self, spans: &[SpanFacts]) -> Result<(), StoreError> {
        let mut groups: BTreeMap<Vec<u8>, Vec<&SpanFacts>> = BTreeMap::new();
        for s in spans {
            let mut key = session_prefix(&s.session_id);
            key.extend_from_slice(s.trace.as_bytes());
            groups.entry(key).or_default().push(s);
        }
        let mut batch = sled::Batch::default();
        for (key, new) in groups {
            let mut set: BTreeMap<[u8; 8], Vec<u8>> = match self.spans.get(&key)? {
                Some(v) => decode_group(&v)
                    .ok_or_else(|| StoreError::Corrupt(new[0].session_id.clone()))?,
                None => BTreeMap::new(),
            };
            for s in new {
                set.insert(s.span_id, s.encode());
            }
            batch.insert(key, encode_group(&set));
        }
        self.spans.apply_batch(batch)?;
        Ok(())
    }

    /// Every stored span of a session.
    pub fn spans_of(&self, session: &str) -> Result<Vec<SpanFacts>, StoreError> {
        let prefix = session_prefix(session);
        let corrupt = || StoreError::Corrupt(session.to_string());
        let mut out = Vec::new();
        for item in self.spans.scan_prefix(&prefix) {
            let (_, v) = item?;
            for (span_id, bytes) in decode_group(&v).ok_or_else(corrupt)? {
                let mut facts = SpanFacts::decode(&bytes).ok_or_else(corrupt)?;
                facts.session_id = session.to_string();
                facts.span_id = span_id;
                out.push(facts);
            }
        }
        Ok(out)
    }

    /// Writes a session's record and summary, and keeps the open index in step.
    pub fn put_session(
        &self,
        record: &SessionRecord,
        summary: &Summary,
        last_span_time: u64,
    ) -> Result<(), StoreError> {
        let id = record.session_id.as_bytes();
        let json = serde_json::to_vec(record)
            .map_err(|_| StoreError::Corrupt(record.session_id.clone()))?;
        self.sessions.insert(id, json)?;
        self.summaries.insert(id, summary.encode())?;
        if record.closed {
            self.open.remove(id)?;
        } else {
            self.open.insert(id, &be(last_span_time))?;
        }
        Ok(())
    }

    /// One session's record.
    pub fn session(&self, id: &str) -> Result<Option<SessionRecord>, StoreError> {
        match self.sessions.get(id.as_bytes())? {
            None => Ok(None),
            Some(v) => serde_json::from_slice(&v)
                .map(Some)
                .map_err(|_| StoreError::Corrupt(id.to_string())),
        }
    }

    /// Calls `f` with every session's id and summary (in session-id order).
    pub fn for_each_summary(&self, mut f: impl FnMut(&[u8], Summary)) -> Result<(), StoreError> {
        for item in self.summaries.iter() {
            let (k, v) = item?;
            let s = Summary::decode(&v)
                .ok_or_else(|| StoreError::Corrupt(String::from_utf8_lossy(&k).to_string()))?;
            f(&k, s);
        }
        Ok(())
    }

    /// Open sessions whose newest span is at or before `cutoff`.
    pub fn open_idle_since(&self, cutoff: u64) -> Result<Vec<String>, StoreError> {
        let mut out = Vec::new();
        for item in self.open.iter() {
            let (k, v) = item?;
            if from_be(&v) <= cutoff {
                out.push(String::from_utf8_lossy(&k).to_string());
            }
        }
        Ok(out)
    }

    /// The newest span time seen (0 before any).
    pub fn newest_seen(&self) -> Result<u64, StoreError> {
        Ok(self.meta.get(NEWEST_SEEN)?.map(|v| from_be(&v)).unwrap_or(0))
    }

    /// Records the newest span time seen.
    pub fn set_newest_seen(&self, t: u64) -> Result<(), StoreError> {
        self.meta.insert(NEWEST_SEEN, &be(t))?;
        Ok(())
    }

    /// Number of sessions.
    pub fn session_count(&self) -> usize {
        self.summaries.len()
    }

    /// Flushes the database.
    pub fn flush(&self) -> Result<(), StoreError> {
        self.db.flush()?;
        Ok(())
    }
}

/// A trace's spans: `[span id: 8][len: u32 BE][facts]` repeated, in span-id order.
fn encode_group(set: &BTreeMap<[u8; 8], Vec<u8>>) -> Vec<u8> {
    let mut out = Vec::with_capacity(set.values().map(|v| v.len() + 12).sum());
    for (id, bytes) in set {
        out.extend_from_slice(id);
        out.extend_from_slice(&(bytes.len() as u32).to_be_bytes());
        out.extend_from_slice(bytes);
    }
    out
}

fn decode_group(mut b: &[u8]) -> Option<BTreeMap<[u8; 8], Vec<u8>>> {
    let mut set = BTreeMap::new();
    while !b.is_empty() {
        let id: [u8; 8] = b.get(..8)?.try_into().ok()?;
        let len = u32::from_be_bytes(b.get(8..12)?.try_into().ok()?) as usize;
        let bytes = b.get(12..12usize.checked_add(len)?)?;
        set.insert(id, bytes.to_vec());
        b = &b[12 + len..];
    }
    Some(set)
}
