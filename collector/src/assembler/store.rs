//! The analytics trees beside the buffer: spans per session (deduplicated by span id), the
//! derived session records and summaries, the open-session index, the newest span time, and
//! what retention needs: sessions ordered by their last span time and the bytes all this holds.

use std::collections::BTreeMap;
use std::sync::{Mutex, MutexGuard};

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
/// `newest_seen` → the newest span time seen; `bytes` → what the analytics trees hold.
pub const META_TREE: &str = "analytics.meta";
/// Sessions whose spans changed since their record was last derived.
pub const UNSETTLED_TREE: &str = "analytics.unsettled";
/// Sessions by last span time: `[last: u64 BE][session id]` → nothing (oldest first).
pub const BY_LAST_TREE: &str = "analytics.by_last";
/// Session id → its last span time, to find its [`BY_LAST_TREE`] key again.
pub const LAST_TREE: &str = "analytics.last";
const NEWEST_SEEN: &[u8] = b"newest_seen";
const BYTES: &[u8] = b"bytes";
/// Bumped after every session write or removal (see [`SessionSource::generation`]).
const GENERATION: &[u8] = b"generation";

/// Analytics writes (assembly, retention) take this lock, so retention never removes a session
/// while assembly is re-deriving it from half its spans. One per process: a process serves one
/// data directory.
static WRITER: Mutex<()> = Mutex::new(());

/// Holds the analytics writer lock.
pub fn writer() -> MutexGuard<'static, ()> {
    WRITER.lock().unwrap_or_else(|p| p.into_inner())
}

/// What one analytics retention pass removed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PrunedSessions {
    /// Sessions removed with all their spans.
    pub sessions: u64,
    /// Bytes they held.
    pub bytes: u64,
}

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
    fn each_summary(&self, f: &mut dyn FnMut(&[u8], &Summary)) -> Result<(), StoreError>;
    /// One session's record.
    fn record(&self, id: &str) -> Result<Option<SessionRecord>, StoreError>;
    /// A number that changes whenever a session is written or removed, for caching answers
    /// (`None`: the source cannot tell, nothing may be cached).
    fn generation(&self) -> Result<Option<u64>, StoreError> {
        Ok(None)
    }
}

impl SessionSource for Store {
    fn each_summary(&self, f: &mut dyn FnMut(&[u8], &Summary)) -> Result<(), StoreError> {
        self.for_each_summary(f)
    }

    fn record(&self, id: &str) -> Result<Option<SessionRecord>, StoreError> {
        self.session(id)
    }

    fn generation(&self) -> Result<Option<u64>, StoreError> {
        Ok(Some(self.meta.get(GENERATION)?.map(|v| from_be(&v)).unwrap_or(0)))
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
    unsettled: sled::Tree,
    by_last: sled::Tree,
    last: sled::Tree,
}

fn session_prefix(session: &str) -> Vec<u8> {
    let len = session.len().min(u16::MAX as usize);
    let mut k = Vec::with_capacity(2 + len + 8);
    k.extend_from_slice(&(len as u16).to_be_bytes());
    k.extend_from_slice(&session.as_bytes()[..len]);
    k
}

fn by_last_key(last: u64, id: &[u8]) -> Vec<u8> {
    let mut k = Vec::with_capacity(8 + id.len());
    k.extend_from_slice(&be(last));
    k.extend_from_slice(id);
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
            unsettled: db.open_tree(UNSETTLED_TREE)?,
            by_last: db.open_tree(BY_LAST_TREE)?,
            last: db.open_tree(LAST_TREE)?,
        })
    }

    /// Drops every derived tree (for a rebuild); reopen with [`Store::open`] afterwards.
    pub fn drop_all(db: &sled::Db) -> Result<(), StoreError> {
        let trees = [
            SPANS_TREE,
            SESSIONS_TREE,
            SUMMARIES_TREE,
            OPEN_TREE,
            META_TREE,
            BY_LAST_TREE,
            LAST_TREE,
            UNSETTLED_TREE,
        ];
        for name in trees {
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
        let mut delta = 0i64;
        for (key, new) in groups {
            let mut set: BTreeMap<[u8; 8], Vec<u8>> = match self.spans.get(&key)? {
                Some(v) => {
                    delta -= (key.len() + v.len()) as i64;
                    decode_group(&v)
                        .ok_or_else(|| StoreError::Corrupt(new[0].session_id.clone()))?
                }
                None => BTreeMap::new(),
            };
            for s in new {
                set.insert(s.span_id, s.encode());
            }
            let value = encode_group(&set);
            delta += (key.len() + value.len()) as i64;
            batch.insert(key, value);
        }
        self.spans.apply_batch(batch)?;
        self.account(delta)
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
        let summary = summary.encode();
        let mut delta = (2 * id.len() + json.len() + summary.len()) as i64;
        for old in [self.sessions.insert(id, json)?, self.summaries.insert(id, summary)?] {
            delta -= old.map(|v| (id.len() + v.len()) as i64).unwrap_or(0);
        }
        if record.closed {
            self.open.remove(id)?;
        } else {
            self.open.insert(id, &be(last_span_time))?;
        }
        self.index_last(id, last_span_time)?;
        self.account(delta)?;
        self.bump_generation()
    }

    /// Marks the sessions changed, after the change is written: a reader that saw the old
    /// generation may have seen the new data too, never the reverse. The value comes from
    /// sled's id generator, which never repeats in a database (even after [`Store::drop_all`]).
    fn bump_generation(&self) -> Result<(), StoreError> {
        self.meta.insert(GENERATION, &be(self.db.generate_id()? + 1))?;
        Ok(())
    }

    /// Files a session under its last span time in [`BY_LAST_TREE`].
    fn index_last(&self, id: &[u8], last_span_time: u64) -> Result<(), StoreError> {
        let previous = self.last.insert(id, &be(last_span_time))?;
        if let Some(p) = previous {
            if from_be(&p) == last_span_time {
                return Ok(());
            }
            self.by_last.remove(by_last_key(from_be(&p), id))?;
        }
        self.by_last.insert(by_last_key(last_span_time, id), &[])?;
        Ok(())
    }

    /// Adds `delta` to the bytes the analytics trees hold.
    fn account(&self, delta: i64) -> Result<(), StoreError> {
        if delta != 0 {
            let bytes = (self.bytes()? as i64).saturating_add(delta).max(0) as u64;
            self.meta.insert(BYTES, &be(bytes))?;
        }
        Ok(())
    }

    /// Bytes the session trees hold (keys and values of spans, records and summaries), the
    /// analytics' share of `buffer.max_bytes`.
    pub fn bytes(&self) -> Result<u64, StoreError> {
        Ok(self.meta.get(BYTES)?.map(|v| from_be(&v)).unwrap_or(0))
    }

    /// Builds the retention index and byte count for data written before they existed (a
    /// no-op once they are there).
    pub fn ensure_retention_index(&self) -> Result<(), StoreError> {
        let _w = writer();
        if self.meta.get(BYTES)?.is_none() {
            let mut bytes = 0u64;
            for tree in [&self.spans, &self.sessions, &self.summaries] {
                for item in tree.iter() {
                    let (k, v) = item?;
                    bytes += (k.len() + v.len()) as u64;
                }
            }
            self.meta.insert(BYTES, &be(bytes))?;
        }
        if self.last.len() < self.summaries.len() {
            for item in self.summaries.iter() {
                let (id, _) = item?;
                if self.last.contains_key(&id)? {
                    continue;
                }
                let session = String::from_utf8_lossy(&id).to_string();
                let last = self.spans_of(&session)?.iter().map(SpanFacts::time).max();
                self.index_last(&id, last.unwrap_or(0))?;
            }
        }
        Ok(())
    }

    /// Removes, oldest last span first, every session whose last span is before `cutoff`
    /// (Unix ns), then more while the trees hold over `max_bytes`.
    pub fn prune(
        &self,
        cutoff: Option<u64>,
        max_bytes: Option<u64>,
    ) -> Result<PrunedSessions, StoreError> {
        let _w = writer();
        let mut out = PrunedSessions::default();
        while let Some(item) = self.by_last.iter().next() {
            let (key, _) = item?;
            let last = from_be(&key[..8.min(key.len())]);
            let too_old = cutoff.is_some_and(|c| last < c);
            let too_big = max_bytes.is_some_and(|m| self.bytes().unwrap_or(0) > m);
            if !too_old && !too_big {
                break;
            }
            let id = key.get(8..).unwrap_or_default();
            out.bytes += self.remove_session(id)?;
            self.by_last.remove(&key)?;
            out.sessions += 1;
        }
        Ok(out)
    }

    /// Removes one session's spans, record, summary and index entries; returns their bytes.
    fn remove_session(&self, id: &[u8]) -> Result<u64, StoreError> {
        let mut bytes = 0u64;
        let session = String::from_utf8_lossy(id).to_string();
        let mut batch = sled::Batch::default();
        for item in self.spans.scan_prefix(session_prefix(&session)) {
            let (k, v) = item?;
            bytes += (k.len() + v.len()) as u64;
            batch.remove(k);
        }
        self.spans.apply_batch(batch)?;
        for tree in [&self.sessions, &self.summaries] {
            if let Some(v) = tree.remove(id)? {
                bytes += (id.len() + v.len()) as u64;
            }
        }
        self.open.remove(id)?;
        self.last.remove(id)?;
        self.account(-(bytes as i64))?;
        self.bump_generation()?;
        Ok(bytes)
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

    /// Calls `f` with every session's id and summary (in session-id order). One summary is
    /// decoded into again and again, so the scan allocates almost nothing per session.
    pub fn for_each_summary(&self, mut f: impl FnMut(&[u8], &Summary)) -> Result<(), StoreError> {
        let mut s = Summary::default();
        for item in self.summaries.iter() {
            let (k, v) = item?;
            s.decode_into(&v)
                .ok_or_else(|| StoreError::Corrupt(String::from_utf8_lossy(&k).to_string()))?;
            f(&k, &s);
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

    /// Marks sessions for re-derivation.
    pub fn mark_unsettled(
        &self,
        ids: &std::collections::BTreeSet<String>,
    ) -> Result<(), StoreError> {
        let mut batch = sled::Batch::default();
        for id in ids {
            batch.insert(id.as_bytes(), &[]);
        }
        self.unsettled.apply_batch(batch)?;
        Ok(())
    }

    /// Sessions marked for re-derivation.
    pub fn unsettled(&self) -> Result<Vec<String>, StoreError> {
        let mut out = Vec::new();
        for item in self.unsettled.iter().keys() {
            out.push(String::from_utf8_lossy(&item?).to_string());
        }
        Ok(out)
    }

    /// Unmarks a re-derived session.
    pub fn settled(&self, id: &str) -> Result<(), StoreError> {
        self.unsettled.remove(id.as_bytes())?;
        Ok(())
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
