//! The analytics trees beside the buffer: spans per session (deduplicated by span id) with each
//! session's assembly state in parts, the derived session records and summaries (each prompt's
//! part under its own key, so a settle writes the prompts it changed), the open-session index,
//! the newest span time, and what retention needs: sessions ordered by their last span time and
//! the bytes all this holds.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

use super::session::{EventRecord, PromptRecord, SessionRecord};
use super::span::SpanFacts;
use super::state::{Backing, CHANGED_PART, SessionState, prompt_key};
use super::summary::Summary;

/// Spans keyed by (session, trace, span id), a second copy of a span overwriting the first, and
/// beside them, under each session's own key, its assembly state ([`SessionState`]).
pub const SPANS_TREE: &str = "analytics.span_facts";
/// The spans before per-span keys: one value per (session, trace) holding the trace's spans,
/// rewritten whole on every new span. Migrated to [`SPANS_TREE`] once.
const GROUPED_SPANS_TREE: &str = "analytics.spans";
/// Session records (JSON) keyed by session id.
pub const SESSIONS_TREE: &str = "analytics.sessions";
/// Session summaries (binary) keyed by session id.
pub const SUMMARIES_TREE: &str = "analytics.summaries";
/// Each session's prompts (JSON: the prompt's record and its events), keyed by session and
/// prompt index; the session's record in [`SESSIONS_TREE`] holds the rest.
pub const PROMPTS_TREE: &str = "analytics.prompts";
/// Sessions not yet closed → their newest span time.
pub const OPEN_TREE: &str = "analytics.open";
/// Open sessions by newest span time: `[last: u64 BE][session id]` → nothing.
pub const OPEN_BY_LAST_TREE: &str = "analytics.open_by_last";
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
    prompts: sled::Tree,
    open: sled::Tree,
    open_by_last: sled::Tree,
    meta: sled::Tree,
    unsettled: sled::Tree,
    by_last: sled::Tree,
    last: sled::Tree,
    work: Arc<[AtomicU64; 2]>,
}

/// Span values the store has read and written since it was opened (what a step costs in
/// storage work, independent of timing).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SpanWork {
    /// Span values read (duplicate checks, adoption scans, rebuilds).
    pub reads: u64,
    /// Span values written.
    pub writes: u64,
}

/// A session's stored spans and state parts, as a state brought up to date in place reads them;
/// spans applied in the same call (not yet in the tree) are seen too.
struct Stored<'a> {
    store: &'a Store,
    session: &'a str,
    skey: &'a [u8],
    applied: BTreeMap<Vec<u8>, &'a SpanFacts>,
    /// The parts read, by key within the state, with their stored sizes.
    sizes: BTreeMap<Vec<u8>, usize>,
    reads: u64,
    failed: Option<sled::Error>,
}

impl Backing for Stored<'_> {
    fn trace_spans(&mut self, trace: &str) -> Vec<SpanFacts> {
        let prefix = trace_prefix(self.session, trace);
        let mut out = Vec::new();
        for item in self.store.spans.scan_prefix(&prefix) {
            match item {
                Ok((k, v)) if !self.applied.contains_key(k.as_ref()) => {
                    out.extend(span_from(self.session, &k, &v));
                }
                Ok(_) => {}
                Err(e) => self.failed = Some(e),
            }
        }
        let overlay =
            self.applied.range(prefix.clone()..).take_while(|(k, _)| k.starts_with(&prefix));
        out.extend(overlay.map(|(_, s)| (*s).clone()));
        out.retain(|s| s.trace == trace);
        self.reads += out.len() as u64;
        out
    }

    fn part(&mut self, key: &[u8]) -> Option<Vec<u8>> {
        match self.store.spans.get([self.skey, key].concat()) {
            Ok(v) => {
                if let Some(v) = &v {
                    self.sizes.insert(key.to_vec(), v.len());
                }
                v.map(|v| v.to_vec())
            }
            Err(e) => {
                self.failed = Some(e);
                None
            }
        }
    }
}

/// Longest trace kept in a key (longer ones share a key prefix; their values tell them apart).
const KEY_TRACE_MAX: usize = 0xFFFE;

/// A trace's key prefix within its session: `[session prefix][trace length: u16 BE][trace]`.
fn trace_prefix(session: &str, trace: &str) -> Vec<u8> {
    let t = &trace.as_bytes()[..trace.len().min(KEY_TRACE_MAX)];
    let mut k = session_prefix(session);
    k.extend_from_slice(&(t.len() as u16).to_be_bytes());
    k.extend_from_slice(t);
    k
}

fn span_key(s: &SpanFacts) -> Vec<u8> {
    let mut k = trace_prefix(&s.session_id, &s.trace);
    k.extend_from_slice(&s.span_id);
    k
}

/// The session's state key: no trace length reaches `0xFFFF`.
fn state_key(session: &str) -> Vec<u8> {
    let mut k = session_prefix(session);
    k.extend_from_slice(&[0xFF, 0xFF]);
    k
}

/// A stored span back from its key and value.
fn span_from(session: &str, key: &[u8], value: &[u8]) -> Option<SpanFacts> {
    let mut facts = SpanFacts::decode(value)?;
    facts.span_id = key.get(key.len().checked_sub(8)?..)?.try_into().ok()?;
    facts.session_id = session.to_string();
    Some(facts)
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
            prompts: db.open_tree(PROMPTS_TREE)?,
            open: db.open_tree(OPEN_TREE)?,
            open_by_last: db.open_tree(OPEN_BY_LAST_TREE)?,
            meta: db.open_tree(META_TREE)?,
            unsettled: db.open_tree(UNSETTLED_TREE)?,
            by_last: db.open_tree(BY_LAST_TREE)?,
            last: db.open_tree(LAST_TREE)?,
            work: Arc::new([AtomicU64::new(0), AtomicU64::new(0)]),
        })
    }

    /// Drops every derived tree (for a rebuild); reopen with [`Store::open`] afterwards.
    pub fn drop_all(db: &sled::Db) -> Result<(), StoreError> {
        let trees = [
            SPANS_TREE,
            GROUPED_SPANS_TREE,
            SESSIONS_TREE,
            SUMMARIES_TREE,
            PROMPTS_TREE,
            OPEN_TREE,
            OPEN_BY_LAST_TREE,
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

    /// Stores spans and brings their sessions' states up to date; a later copy of a (session,
    /// trace, span id) replaces the earlier one. Costs what the new spans cost: one read per
    /// span (is it new?), one write per new or changed span, per session touched its state's
    /// head and the prompts, traces and waiting indexes the spans touch, plus, when a prompt's
    /// root arrives, one read of each action that waited for it. Returns the sessions the spans
    /// belong to.
    pub fn put_spans(&self, spans: Vec<SpanFacts>) -> Result<BTreeSet<String>, StoreError> {
        let mut by_session: BTreeMap<String, BTreeMap<Vec<u8>, SpanFacts>> = BTreeMap::new();
        for s in spans {
            by_session.entry(s.session_id.clone()).or_default().insert(span_key(&s), s);
        }
        let mut batch = sled::Batch::default();
        let mut delta = 0i64;
        let (mut reads, mut writes) = (0u64, 0u64);
        for (session, new) in &by_session {
            let skey = state_key(session);
            let mut state = match self.spans.get(&skey)? {
                Some(v) => {
                    delta -= (skey.len() + v.len()) as i64;
                    SessionState::decode(&v, session)
                        .ok_or_else(|| StoreError::Corrupt(session.clone()))?
                }
                None => SessionState::decode(&SessionState::default().encode(), session)
                    .ok_or_else(|| StoreError::Corrupt(session.clone()))?,
            };
            let mut stored = Stored {
                store: self,
                session,
                skey: &skey,
                applied: BTreeMap::new(),
                sizes: BTreeMap::new(),
                reads: 0,
                failed: None,
            };
            for (key, s) in new {
                let encoded = s.encode();
                let old = self.spans.get(key)?;
                stored.reads += 1;
                if state.apply(s, &encoded, old.as_deref(), &mut stored) {
                    delta += (key.len() + encoded.len()) as i64;
                    delta -= old.map(|v| (key.len() + v.len()) as i64).unwrap_or(0);
                    batch.insert(key.as_slice(), encoded);
                    writes += 1;
                    stored.applied.insert(key.clone(), s);
                }
            }
            if let Some(e) = stored.failed {
                return Err(e.into());
            }
            reads += stored.reads;
            state.finish();
            let (parts, prompts) = state.changed_parts();
            for (k, v) in parts {
                let key = [skey.as_slice(), &k].concat();
                delta -= stored.sizes.get(&k).map_or(0, |n| (key.len() + n) as i64);
                match v {
                    Some(v) => {
                        delta += (key.len() + v.len()) as i64;
                        batch.insert(key, v);
                    }
                    None => batch.remove(key),
                }
            }
            if !state.full && !state.stale {
                // The prompts whose records the next settle writes (transient: not counted).
                for i in prompts {
                    batch.insert([skey.as_slice(), &prompt_key(CHANGED_PART, i)].concat(), &[]);
                }
            }
            let value = state.encode();
            delta += (skey.len() + value.len()) as i64;
            batch.insert(skey, value);
        }
        self.spans.apply_batch(batch)?;
        self.work[0].fetch_add(reads, Ordering::Relaxed);
        self.work[1].fetch_add(writes, Ordering::Relaxed);
        self.account(delta)?;
        Ok(by_session.into_keys().collect())
    }

    /// Span values read and written so far.
    pub fn span_work(&self) -> SpanWork {
        SpanWork {
            reads: self.work[0].load(Ordering::Relaxed),
            writes: self.work[1].load(Ordering::Relaxed),
        }
    }

    /// Every stored span of a session.
    pub fn spans_of(&self, session: &str) -> Result<Vec<SpanFacts>, StoreError> {
        let prefix = session_prefix(session);
        let skey = state_key(session);
        let corrupt = || StoreError::Corrupt(session.to_string());
        let mut out = Vec::new();
        for item in self.spans.scan_prefix(&prefix) {
            let (k, v) = item?;
            if !k.starts_with(&skey) {
                out.push(span_from(session, &k, &v).ok_or_else(corrupt)?);
            }
        }
        self.work[0].fetch_add(out.len() as u64, Ordering::Relaxed);
        Ok(out)
    }

    /// A session's assembly state, whole (`None`: no spans), rebuilt from its spans first when
    /// a change could not be applied in place. Costs the session's prompts.
    pub fn session_state(&self, session: &str) -> Result<Option<SessionState>, StoreError> {
        let Some(mut state) = self.state_head(session)? else { return Ok(None) };
        let skey = state_key(session);
        let corrupt = || StoreError::Corrupt(session.to_string());
        for item in self.spans.scan_prefix(&skey) {
            let (k, v) = item?;
            if k.len() > skey.len() {
                state.load(&k[skey.len()..], &v).ok_or_else(corrupt)?;
            }
        }
        state.whole();
        Ok(Some(state))
    }

    /// A session's state head (`None`: no spans), its prompts not loaded; a stale state is
    /// rebuilt from the session's spans first (and comes back whole, marked `full`).
    pub fn state_head(&self, session: &str) -> Result<Option<SessionState>, StoreError> {
        let skey = state_key(session);
        let Some(v) = self.spans.get(&skey)? else { return Ok(None) };
        let state =
            SessionState::decode(&v, session).ok_or_else(|| StoreError::Corrupt(session.into()))?;
        if !state.stale {
            return Ok(Some(state));
        }
        let mut state = SessionState::build(&self.spans_of(session)?);
        // Every prompt's records are written again at the settle.
        state.full = true;
        let mut batch = sled::Batch::default();
        let mut delta = 0i64;
        for item in self.spans.scan_prefix(&skey) {
            let (k, v) = item?;
            delta -= (k.len() + v.len()) as i64;
            batch.remove(k);
        }
        for (k, v) in state.parts() {
            let key = [skey.as_slice(), &k].concat();
            delta += (key.len() + v.len()) as i64;
            batch.insert(key, v);
        }
        let value = state.encode();
        delta += (skey.len() + value.len()) as i64;
        batch.insert(skey, value);
        self.spans.apply_batch(batch)?;
        self.account(delta)?;
        Ok(Some(state))
    }

    /// Writes a session's state head (after its sums were made again).
    pub fn put_state_head(&self, session: &str, state: &SessionState) -> Result<(), StoreError> {
        let value = state.encode();
        let skey = state_key(session);
        let old = self.spans.insert(&skey, value.as_slice())?;
        self.account(value.len() as i64 - old.map_or(0, |v| v.len() as i64))
    }

    /// The prompts changed since the session's records were last written, with their states
    /// (each marked by [`Store::put_spans`]).
    pub fn changed_prompts(
        &self,
        session: &str,
    ) -> Result<Vec<(u64, super::state::PromptState)>, StoreError> {
        let skey = state_key(session);
        let mut state = SessionState::decode(&SessionState::default().encode(), session)
            .ok_or_else(|| StoreError::Corrupt(session.into()))?;
        let marks = [skey.as_slice(), &[CHANGED_PART]].concat();
        let mut out = Vec::new();
        for item in self.spans.scan_prefix(&marks) {
            let (k, _) = item?;
            let Some(i) = k.get(marks.len()..).and_then(|b| b.try_into().ok()) else { continue };
            let i = u64::from_be_bytes(i);
            let key = prompt_key(super::state::PROMPT_PART, i);
            if let Some(v) = self.spans.get([skey.as_slice(), &key].concat())? {
                state.load(&key, &v).ok_or_else(|| StoreError::Corrupt(session.into()))?;
            }
            if let Some(p) = state.prompts.remove(&i) {
                out.push((i, p));
            }
        }
        Ok(out)
    }

    /// Removes the marks of changed prompts (their records are written).
    fn clear_changed(&self, session: &str, batch: &mut sled::Batch) -> Result<(), StoreError> {
        let marks = [state_key(session).as_slice(), &[CHANGED_PART]].concat();
        for item in self.spans.scan_prefix(&marks) {
            batch.remove(item?.0);
        }
        Ok(())
    }

    /// Moves spans stored one value per trace (before per-span keys) to [`SPANS_TREE`], with
    /// their sessions' states; a no-op once done.
    fn migrate_grouped_spans(&self) -> Result<(), StoreError> {
        if !self.db.tree_names().iter().any(|n| n.as_ref() == GROUPED_SPANS_TREE.as_bytes()) {
            return Ok(());
        }
        let old = self.db.open_tree(GROUPED_SPANS_TREE)?;
        let mut session = String::new();
        let mut spans: Vec<SpanFacts> = Vec::new();
        let flush = |session: &str, spans: &mut Vec<SpanFacts>| -> Result<(), StoreError> {
            if spans.is_empty() {
                return Ok(());
            }
            let mut batch = sled::Batch::default();
            for s in spans.iter() {
                batch.insert(span_key(s), s.encode());
            }
            batch.insert(state_key(session), SessionState::build(spans).encode());
            spans.clear();
            Ok(self.spans.apply_batch(batch)?)
        };
        for item in old.iter() {
            let (k, v) = item?;
            let len = k.get(..2).map(|b| u16::from_be_bytes([b[0], b[1]]) as usize).unwrap_or(0);
            let id = String::from_utf8_lossy(k.get(2..2 + len).unwrap_or_default()).to_string();
            if id != session {
                flush(&session, &mut spans)?;
                session = id;
            }
            for (span_id, bytes) in
                decode_group(&v).ok_or_else(|| StoreError::Corrupt(session.clone()))?
            {
                let mut facts = SpanFacts::decode(&bytes)
                    .ok_or_else(|| StoreError::Corrupt(session.clone()))?;
                facts.session_id = session.clone();
                facts.span_id = span_id;
                spans.push(facts);
            }
        }
        flush(&session, &mut spans)?;
        self.db.drop_tree(GROUPED_SPANS_TREE)?;
        // The byte count is taken again over the new layout.
        self.meta.remove(BYTES)?;
        Ok(())
    }

    /// Writes a session's whole record and summary (each prompt under its own key, those of
    /// before removed), and keeps the open index in step. Costs the session's prompts.
    pub fn put_session(
        &self,
        record: &SessionRecord,
        summary: &Summary,
        last_span_time: u64,
    ) -> Result<(), StoreError> {
        let mut head = record.clone();
        let prompts = std::mem::take(&mut head.prompts);
        // A prompt's events go with it when the timeline is in prompt order (the rules' always
        // is); else the record keeps them.
        let mut events: Vec<Vec<EventRecord>> = vec![Vec::new(); prompts.len()];
        let position: BTreeMap<u64, usize> =
            prompts.iter().enumerate().map(|(k, p)| (p.index, k)).collect();
        let at: Option<Vec<usize>> =
            head.events.iter().map(|e| position.get(&e.prompt).copied()).collect();
        if let Some(at) = at.filter(|at| at.is_sorted()) {
            for (e, k) in std::mem::take(&mut head.events).into_iter().zip(at) {
                events[k].push(e);
            }
        }
        let entries: Vec<(PromptRecord, Vec<EventRecord>)> =
            prompts.into_iter().zip(events).collect();
        self.write_session(&head, summary, &entries, true, last_span_time)
    }

    /// Writes a session's record without its prompts ([`SessionRecord::prompts`] empty, the
    /// events in `prompts`) and of its prompts only those given, and its summary (whole: what
    /// the report scans); keeps the open index in step.
    pub fn put_session_parts(
        &self,
        head: &SessionRecord,
        summary: &Summary,
        prompts: &[(PromptRecord, Vec<EventRecord>)],
        last_span_time: u64,
    ) -> Result<(), StoreError> {
        self.write_session(head, summary, prompts, false, last_span_time)
    }

    fn write_session(
        &self,
        head: &SessionRecord,
        summary: &Summary,
        prompts: &[(PromptRecord, Vec<EventRecord>)],
        replace: bool,
        last_span_time: u64,
    ) -> Result<(), StoreError> {
        let session = head.session_id.as_str();
        let id = session.as_bytes();
        let corrupt = || StoreError::Corrupt(session.to_string());
        let json = serde_json::to_vec(head).map_err(|_| corrupt())?;
        let encoded = summary.encode();
        let mut delta = (2 * id.len() + json.len() + encoded.len()) as i64;
        for old in [self.sessions.insert(id, json)?, self.summaries.insert(id, encoded)?] {
            delta -= old.map(|v| (id.len() + v.len()) as i64).unwrap_or(0);
        }
        let prefix = session_prefix(session);
        let mut records = sled::Batch::default();
        if replace {
            for item in self.prompts.scan_prefix(&prefix) {
                let (k, v) = item?;
                delta -= (k.len() + v.len()) as i64;
                records.remove(k);
            }
        }
        for (p, events) in prompts {
            let key = [prefix.as_slice(), &p.index.to_be_bytes()].concat();
            let value = serde_json::to_vec(&(p, events)).map_err(|_| corrupt())?;
            delta += (key.len() + value.len()) as i64;
            if !replace {
                delta -= self.prompts.get(&key)?.map_or(0, |v| (key.len() + v.len()) as i64);
            }
            records.insert(key, value);
        }
        self.prompts.apply_batch(records)?;
        let mut marks = sled::Batch::default();
        self.clear_changed(session, &mut marks)?;
        self.spans.apply_batch(marks)?;
        let previous = if head.closed {
            self.open.remove(id)?
        } else {
            self.open.insert(id, &be(last_span_time))?
        };
        if let Some(p) = previous.map(|p| from_be(&p))
            && (head.closed || p != last_span_time)
        {
            self.open_by_last.remove(by_last_key(p, id))?;
        }
        if !head.closed {
            self.open_by_last.insert(by_last_key(last_span_time, id), &[])?;
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
        self.migrate_grouped_spans()?;
        if self.meta.get(BYTES)?.is_none() {
            let mut bytes = 0u64;
            let trees = [&self.spans, &self.sessions, &self.summaries, &self.prompts];
            for tree in trees {
                for item in tree.iter() {
                    let (k, v) = item?;
                    bytes += (k.len() + v.len()) as u64;
                }
            }
            self.meta.insert(BYTES, &be(bytes))?;
        }
        if self.open_by_last.is_empty() && !self.open.is_empty() {
            for item in self.open.iter() {
                let (id, last) = item?;
                self.open_by_last.insert(by_last_key(from_be(&last), &id), &[])?;
            }
        }
        if self.last.len() < self.summaries.len() {
            for item in self.summaries.iter() {
                let (id, _) = item?;
                if self.last.contains_key(&id)? {
                    continue;
                }
                let session = String::from_utf8_lossy(&id).to_string();
                let last = self.state_head(&session)?.map(|s| s.last);
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
        let mut batch = sled::Batch::default();
        for item in self.prompts.scan_prefix(session_prefix(&session)) {
            let (k, v) = item?;
            bytes += (k.len() + v.len()) as u64;
            batch.remove(k);
        }
        self.prompts.apply_batch(batch)?;
        for tree in [&self.sessions, &self.summaries] {
            if let Some(v) = tree.remove(id)? {
                bytes += (id.len() + v.len()) as u64;
            }
        }
        if let Some(last) = self.open.remove(id)? {
            self.open_by_last.remove(by_last_key(from_be(&last), id))?;
        }
        self.last.remove(id)?;
        self.account(-(bytes as i64))?;
        self.bump_generation()?;
        Ok(bytes)
    }

    /// One session's record: its head and its prompts.
    pub fn session(&self, id: &str) -> Result<Option<SessionRecord>, StoreError> {
        let corrupt = || StoreError::Corrupt(id.to_string());
        let Some(v) = self.sessions.get(id.as_bytes())? else { return Ok(None) };
        let mut record: SessionRecord = serde_json::from_slice(&v).map_err(|_| corrupt())?;
        for item in self.prompts.scan_prefix(session_prefix(id)) {
            let (_, v) = item?;
            let (p, events): (PromptRecord, Vec<EventRecord>) =
                serde_json::from_slice(&v).map_err(|_| corrupt())?;
            record.prompts.push(p);
            record.events.extend(events);
        }
        Ok(Some(record))
    }

    /// One session's summary.
    pub fn summary(&self, id: &str) -> Result<Option<Summary>, StoreError> {
        match self.summaries.get(id.as_bytes())? {
            None => Ok(None),
            Some(v) => Summary::decode(&v).map(Some).ok_or_else(|| StoreError::Corrupt(id.into())),
        }
    }

    /// Calls `f` with every session's id and summary (in session-id order). One summary is
    /// decoded into again and again, so the scan allocates almost nothing per session. sled's
    /// walk over its pages runs on a second thread, a batch ahead of the decoding and `f`: the
    /// two halves of the work take both cores, and the order stays the same.
    pub fn for_each_summary(&self, mut f: impl FnMut(&[u8], &Summary)) -> Result<(), StoreError> {
        /// Entries per batch, and batches in flight: a few hundred KiB ahead at most.
        const BATCH: usize = 512;
        const AHEAD: usize = 4;
        type Batch = Vec<(sled::IVec, sled::IVec)>;
        let (tx, rx) = std::sync::mpsc::sync_channel::<Result<Batch, sled::Error>>(AHEAD);
        let tree = &self.summaries;
        std::thread::scope(|scope| {
            scope.spawn(move || {
                let mut batch = Vec::with_capacity(BATCH);
                for item in tree.iter() {
                    match item {
                        Ok(kv) => batch.push(kv),
                        Err(e) => {
                            let _ = tx.send(Err(e));
                            return;
                        }
                    }
                    if batch.len() == BATCH {
                        let full = std::mem::replace(&mut batch, Vec::with_capacity(BATCH));
                        // The reader stopped (corrupt value or a panic): nothing more to do.
                        if tx.send(Ok(full)).is_err() {
                            return;
                        }
                    }
                }
                let _ = tx.send(Ok(batch));
            });
            let mut s = Summary::default();
            for batch in rx {
                for (k, v) in batch? {
                    s.decode_into(&v).ok_or_else(|| {
                        StoreError::Corrupt(String::from_utf8_lossy(&k).to_string())
                    })?;
                    f(&k, &s);
                }
            }
            Ok(())
        })
    }

    /// Open sessions whose newest span is at or before `cutoff` (a range of the open index:
    /// what it costs follows the sessions found, not the sessions open).
    pub fn open_idle_since(&self, cutoff: u64) -> Result<Vec<String>, StoreError> {
        let mut out = Vec::new();
        let upto = match cutoff.checked_add(1) {
            Some(end) => self.open_by_last.range(..be(end).to_vec()),
            None => self.open_by_last.range::<Vec<u8>, _>(..),
        };
        for item in upto {
            let (k, _) = item?;
            out.push(String::from_utf8_lossy(k.get(8..).unwrap_or_default()).to_string());
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

/// A trace's spans in the grouped layout: `[span id: 8][len: u32 BE][facts]` repeated.
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
