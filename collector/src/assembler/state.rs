//! A session's assembly state, kept beside its spans and brought up to date span by span: its
//! prompts (winning root and [`ActionTally`]), which trace each root owns, the actions still
//! waiting for their root, and the session-wide facts a record needs. Applying k new spans costs
//! O(k log n); the record is then derived from this compact state, never from the raw spans.
//! The rare changes it cannot apply in place (a span re-sent with other attributes, two roots
//! disputing a trace) mark it stale, and it is rebuilt once from the stored spans.

use std::collections::{BTreeMap, BTreeSet};

use sha2::{Digest, Sha256};

use super::compact::{Reader, Writer};
use crate::classifier::tally::tally as tally_of;
use crate::model::{ActionMark, ActionTally, EventCause, MARKS_PER_PROMPT, SpanFacts, SpanKind};

/// Where a span sorts among a session's spans: (start, span id, trace).
pub type Order = (u64, [u8; 8], String);

/// One prompt: its winning root and its actions' tally.
#[derive(Debug, Clone, PartialEq)]
pub struct PromptState {
    /// The root span (of several claiming the index, the one ending last).
    pub root: SpanFacts,
    /// Its actions.
    pub tally: ActionTally,
}

/// What a trace holds, for routing its actions.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TraceState {
    /// The highest prompt index whose root is in this trace.
    pub root: Option<u64>,
    /// Actions of this trace counted in a prompt through their own prompt index.
    pub by_index: u64,
    /// Actions of this trace without an owner yet.
    pub pending: u64,
    /// Of those, per prompt index they name, how many.
    pub pending_indexed: BTreeMap<u64, u64>,
}

/// A session's state (see the module doc).
#[derive(Debug, Clone, PartialEq)]
pub struct SessionState {
    /// Distinct spans stored.
    pub spans: u64,
    /// Newest span time.
    pub last: u64,
    /// Earliest start.
    pub min_start: u64,
    /// First non-empty user, harness and team among all spans, by [`Order`].
    pub first: [Option<(Order, String)>; 3],
    /// A `coxswain.session.end` span arrived.
    pub ended: bool,
    /// Actions whose prompt root has not arrived.
    pub pending: u64,
    /// Native events (the harness's own telemetry): a session holding any is assembled from
    /// its spans (`session::derive_cached`), the state keeps only its session-wide facts.
    pub native: u64,
    /// Needs a rebuild from the stored spans before it is read.
    pub stale: bool,
    /// Prompts by index.
    pub prompts: BTreeMap<u64, PromptState>,
    /// Traces that hold a root or pending actions.
    pub traces: BTreeMap<String, TraceState>,
    /// Prompt index → traces holding pending actions that name it.
    pub pending_by_index: BTreeMap<u64, BTreeSet<String>>,
    /// Order-free sum of the spans' digests (see [`SessionState::span_set_digest`]).
    pub digest: [u64; 4],
}

impl Default for SessionState {
    fn default() -> Self {
        SessionState {
            spans: 0,
            last: 0,
            min_start: u64::MAX,
            first: [None, None, None],
            ended: false,
            pending: 0,
            native: 0,
            stale: false,
            prompts: BTreeMap::new(),
            traces: BTreeMap::new(),
            pending_by_index: BTreeMap::new(),
            digest: [0; 4],
        }
    }
}

/// One span's share of the span-set digest: SHA-256 of its id, length and stored attributes.
fn span_digest(s: &SpanFacts, encoded: &[u8]) -> [u64; 4] {
    let mut h = Sha256::new();
    h.update(s.span_id);
    h.update((encoded.len() as u64).to_be_bytes());
    h.update(encoded);
    let d: [u8; 32] = h.finalize().into();
    std::array::from_fn(|i| u64::from_be_bytes(d[8 * i..8 * i + 8].try_into().unwrap_or([0; 8])))
}

/// The winner between two roots of one index: the later (end, span id, trace).
fn beats(a: &SpanFacts, b: &SpanFacts) -> bool {
    (a.end, a.span_id, &a.trace) > (b.end, b.span_id, &b.trace)
}

impl SessionState {
    /// The state of a set of distinct spans, built at once.
    pub fn build(spans: &[SpanFacts]) -> SessionState {
        let mut st = SessionState::default();
        for s in spans {
            st.note(s, &s.encode());
        }
        let mut roots: BTreeMap<u64, &SpanFacts> = BTreeMap::new();
        let hook = || spans.iter().filter(|s| !s.native);
        for s in hook().filter(|s| s.kind == Some(SpanKind::Prompt)) {
            let Some(i) = s.prompt_index else { continue };
            if roots.get(&i).is_none_or(|r| beats(s, r)) {
                roots.insert(i, s);
            }
        }
        for (&i, r) in &roots {
            st.traces.entry(r.trace.clone()).or_default().root = Some(i);
            st.prompts.insert(i, PromptState { root: (*r).clone(), tally: ActionTally::default() });
        }
        for a in hook().filter(|s| s.kind == Some(SpanKind::Action)) {
            st.route(a);
        }
        st
    }

    /// Session-wide facts of a new span.
    fn note(&mut self, s: &SpanFacts, encoded: &[u8]) {
        self.spans += 1;
        self.last = self.last.max(s.time());
        self.min_start = self.min_start.min(s.start);
        for (slot, v) in self.first.iter_mut().zip([&s.user, &s.harness, &s.team]) {
            if v.is_empty() {
                continue;
            }
            let at = (s.start, s.span_id, s.trace.clone());
            if slot.as_ref().is_none_or(|(o, _)| at < *o) {
                *slot = Some((at, v.clone()));
            }
        }
        self.ended |= s.kind == Some(SpanKind::SessionEnd);
        self.native += u64::from(s.native);
        let d = span_digest(s, encoded);
        for (x, y) in self.digest.iter_mut().zip(d) {
            *x = x.wrapping_add(y);
        }
    }

    /// Counts an action with its owner: the prompt whose root is in its trace, else the prompt
    /// it names, else it waits.
    fn route(&mut self, a: &SpanFacts) {
        let trace = self.traces.get(&a.trace).and_then(|t| t.root);
        if let Some(p) = trace.and_then(|i| self.prompts.get_mut(&i)) {
            p.tally.add(&tally_of(a));
            return;
        }
        if let Some(p) = a.prompt_index.and_then(|i| self.prompts.get_mut(&i)) {
            p.tally.add(&tally_of(a));
            self.traces.entry(a.trace.clone()).or_default().by_index += 1;
            return;
        }
        self.pending += 1;
        let t = self.traces.entry(a.trace.clone()).or_default();
        t.pending += 1;
        if let Some(i) = a.prompt_index {
            *t.pending_indexed.entry(i).or_default() += 1;
            self.pending_by_index.entry(i).or_default().insert(a.trace.clone());
        }
    }

    /// Applies one span. `old` is the stored encoding of the same (trace, span id), if any;
    /// `trace_spans(t)` returns the spans already applied of trace `t` (for the actions a new
    /// root adopts). Returns whether the span was new or changed.
    pub fn apply(
        &mut self,
        s: &SpanFacts,
        encoded: &[u8],
        old: Option<&[u8]>,
        trace_spans: &mut dyn FnMut(&str) -> Vec<SpanFacts>,
    ) -> bool {
        match old {
            Some(o) if o == encoded => return false,
            Some(_) => {
                // A re-sent span with other attributes: its old share cannot be taken back
                // from maxima and firsts; rebuild once from the stored spans.
                self.stale = true;
                return true;
            }
            None => {}
        }
        if self.stale {
            return true;
        }
        self.note(s, encoded);
        if s.native {
            return true;
        }
        match s.kind {
            Some(SpanKind::Action) => self.route(s),
            Some(SpanKind::Prompt) => {
                if let Some(i) = s.prompt_index {
                    self.root(i, s, trace_spans);
                }
            }
            _ => {}
        }
        true
    }

    /// A new root span for prompt `i`.
    fn root(&mut self, i: u64, s: &SpanFacts, trace_spans: &mut dyn FnMut(&str) -> Vec<SpanFacts>) {
        if let Some(p) = self.prompts.get_mut(&i) {
            if !beats(s, &p.root) {
                return; // a losing root changes nothing
            }
            if p.root.trace == s.trace {
                p.root = s.clone(); // same trace: the same actions stay with the prompt
            } else {
                self.stale = true; // the prompt's trace moves, and its actions with it
            }
            return;
        }
        let t = self.traces.get(&s.trace).cloned().unwrap_or_default();
        if t.root.is_some() || t.by_index > 0 {
            self.stale = true; // another prompt's actions would move to this one
            return;
        }
        let mut tally = ActionTally::default();
        // The actions of its trace were all waiting (no root there, none counted by index).
        if t.pending > 0 {
            for a in trace_spans(&s.trace) {
                if a.kind == Some(SpanKind::Action) && !a.native {
                    tally.add(&tally_of(&a));
                }
            }
            self.pending -= t.pending.min(self.pending);
            for j in t.pending_indexed.keys() {
                self.unpend_index(*j, &s.trace);
            }
        }
        self.traces.insert(s.trace.clone(), TraceState { root: Some(i), ..TraceState::default() });
        // Waiting actions of other traces that name this prompt.
        for other in self.pending_by_index.remove(&i).unwrap_or_default() {
            let Some(ot) = self.traces.get_mut(&other) else { continue };
            let n = ot.pending_indexed.remove(&i).unwrap_or(0);
            ot.pending -= n.min(ot.pending);
            ot.by_index += n;
            self.pending -= n.min(self.pending);
            for a in trace_spans(&other) {
                if a.kind == Some(SpanKind::Action) && !a.native && a.prompt_index == Some(i) {
                    tally.add(&tally_of(&a));
                }
            }
        }
        self.prompts.insert(i, PromptState { root: s.clone(), tally });
    }

    fn unpend_index(&mut self, i: u64, trace: &str) {
        if let Some(set) = self.pending_by_index.get_mut(&i) {
            set.remove(trace);
            if set.is_empty() {
                self.pending_by_index.remove(&i);
            }
        }
    }

    /// The digest of the session's span set, for the verdict cache.
    pub fn span_set_digest(&self) -> [u8; 32] {
        let mut h = Sha256::new();
        h.update(b"coxswain span set 2");
        h.update(self.spans.to_be_bytes());
        for x in self.digest {
            h.update(x.to_be_bytes());
        }
        h.finalize().into()
    }

    /// Compact binary form (stored beside the session's spans).
    pub fn encode(&self) -> Vec<u8> {
        let mut w = Writer::with_capacity(64 + 160 * self.prompts.len());
        w.byte(FORMAT); // format version
        w.byte(u8::from(self.ended) | u8::from(self.stale) << 1);
        for v in [self.spans, self.last, self.min_start, self.pending, self.native] {
            w.int(v);
        }
        for slot in &self.first {
            match slot {
                None => w.byte(0),
                Some(((start, id, trace), v)) => {
                    w.byte(1);
                    w.int(*start);
                    w.bytes(id);
                    w.str(trace);
                    w.str(v);
                }
            }
        }
        self.digest.iter().for_each(|&x| w.int(x));
        w.int(self.prompts.len() as u64);
        for (&i, p) in &self.prompts {
            w.int(i);
            w.bytes(&p.root.span_id);
            let root = p.root.encode();
            w.int(root.len() as u64);
            w.bytes(&root);
            write_tally(&mut w, &p.tally);
        }
        w.int(self.traces.len() as u64);
        for (trace, t) in &self.traces {
            w.str(trace);
            w.int(t.root.map_or(0, |i| i.saturating_add(1)));
            w.int(t.by_index);
            w.int(t.pending);
            w.int(t.pending_indexed.len() as u64);
            for (&i, &n) in &t.pending_indexed {
                w.int(i);
                w.int(n);
            }
        }
        w.into_bytes()
    }

    /// Reads [`SessionState::encode`]'s output (`None` when corrupt). `session` fills the roots'
    /// session ids. A state of an earlier format is stale: rebuilt once from the stored spans.
    pub fn decode(bytes: &[u8], session: &str) -> Option<SessionState> {
        let mut r = Reader::new(bytes);
        match r.byte()? {
            FORMAT => {}
            v if v < FORMAT => {
                return Some(SessionState { stale: true, ..SessionState::default() });
            }
            _ => return None,
        }
        let flags = r.byte()?;
        let mut st = SessionState {
            ended: flags & 1 != 0,
            stale: flags & 2 != 0,
            spans: r.int()?,
            last: r.int()?,
            min_start: r.int()?,
            pending: r.int()?,
            native: r.int()?,
            ..SessionState::default()
        };
        for slot in st.first.iter_mut() {
            if r.byte()? == 1 {
                let (start, id, trace) = (r.int()?, r.array()?, r.str()?);
                *slot = Some(((start, id, trace), r.str()?));
            }
        }
        for x in st.digest.iter_mut() {
            *x = r.int()?;
        }
        for _ in 0..r.int()? {
            let i = r.int()?;
            let id = r.array()?;
            let n = r.int()? as usize;
            let mut root = SpanFacts::decode(r.take(n)?)?;
            root.span_id = id;
            root.session_id = session.to_string();
            st.prompts.insert(i, PromptState { root, tally: read_tally(&mut r)? });
        }
        for _ in 0..r.int()? {
            let trace = r.str()?;
            let mut t = TraceState {
                root: r.int()?.checked_sub(1),
                by_index: r.int()?,
                pending: r.int()?,
                ..TraceState::default()
            };
            for _ in 0..r.int()? {
                let (i, n) = (r.int()?, r.int()?);
                t.pending_indexed.insert(i, n);
                st.pending_by_index.entry(i).or_default().insert(trace.clone());
            }
            st.traces.insert(trace, t);
        }
        Some(st)
    }
}

/// The state's format: 2 added the tallies' evidence and trouble marks, 3 the count of edits
/// that are neither documents nor data tables.
const FORMAT: u8 = 3;

fn write_tally(w: &mut Writer, t: &ActionTally) {
    t.counts().into_iter().for_each(|v| w.int(v));
    for pos in [t.last_trouble, t.last_evidence] {
        match pos {
            None => w.byte(0),
            Some((start, id)) => {
                w.byte(1);
                w.int(start);
                w.bytes(&id);
            }
        }
    }
    w.int(t.marks.len() as u64);
    for m in &t.marks {
        w.int(m.start);
        w.bytes(&m.span_id);
        w.byte(m.cause.code());
    }
    w.int(t.marks_left_out);
}

fn read_tally(r: &mut Reader<'_>) -> Option<ActionTally> {
    let mut c = [0u64; ActionTally::COUNTS];
    for v in c.iter_mut() {
        *v = r.int()?;
    }
    let mut pos = || -> Option<Option<(u64, [u8; 8])>> {
        Some(match r.byte()? {
            0 => None,
            _ => Some((r.int()?, r.array()?)),
        })
    };
    let (last_trouble, last_evidence) = (pos()?, pos()?);
    let mut t = ActionTally::from_counts(c, last_trouble, last_evidence);
    let n = r.int()?;
    if n > MARKS_PER_PROMPT as u64 {
        return None;
    }
    for _ in 0..n {
        let (start, span_id) = (r.int()?, r.array()?);
        let cause = EventCause::from_code(r.byte()?)?;
        t.marks.push(ActionMark { start, span_id, cause });
    }
    t.marks_left_out = r.int()?;
    Some(t)
}
