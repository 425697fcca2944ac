//! A session's assembly state, kept beside its spans and brought up to date span by span: its
//! prompts (winning root and [`ActionTally`]), which trace each root owns, the actions still
//! waiting for their root, and a fixed-size head with the session-wide facts a record needs and
//! the rule classifiers' running sums over the prompts ([`SessionSums`]). The head and each
//! prompt, trace and waiting index are stored apart ([`SessionState::parts`]), and a state
//! brought up to date in place loads only the parts its new spans touch ([`Backing`]), so
//! applying k new spans costs O(k log n) whatever the session holds, and its record is derived
//! from the head and the prompts that changed. The rare changes it cannot apply in place (a
//! span re-sent with other attributes, two roots disputing a trace) mark it stale, and it is
//! rebuilt once from the stored spans; a root replacing another marks it `full`: its sums and
//! records are made again once from every prompt.

use std::collections::{BTreeMap, BTreeSet};

use sha2::{Digest, Sha256};

use super::compact::{Reader, Writer};
use super::session;
use crate::classifier::SessionSums;
use crate::classifier::expertise::{ExpertiseSums, PARTS};
use crate::classifier::outcome::{OutcomeSums, Position};
use crate::classifier::tally::tally as tally_of;
use crate::classifier::work_mode::{ModeSums, WorkMode};
use crate::model::{
    ActionMark, ActionTally, EventCause, MARKS_PER_PROMPT, PromptView, SpanFacts, SpanKind,
};

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
    /// Their tally, without marks (`session::waiting_tally`): the outcome and mode see them
    /// before the first prompt (`session::waiting_view`). A root that adopts some takes their
    /// counts back; the positions of the last trouble and evidence stay, as a root only moves
    /// its actions on ([`session::WAITING_INDEX`]).
    pub waiting: ActionTally,
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
    /// Prompts (whether loaded or not).
    pub prompt_count: u64,
    /// Output words of the prompts.
    pub output_words: u64,
    /// The first prompt (the lowest index): its index and start.
    pub opening: Option<(u64, u64)>,
    /// User, harness and team: the first prompt by index with a non-empty one, and that value.
    pub named: [Option<(u64, String)>; 3],
    /// The rule classifiers' sums over the prompts.
    pub sums: SessionSums,
    /// The sums and the prompts' records are to be made again from every prompt.
    pub full: bool,
    /// The prompts' indexes have run 0, 1, 2, … whenever spans were applied since the records
    /// were last made whole (so a prompt's place in the stored summary is its index).
    pub gapless: bool,
    /// What a state brought up to date in place has loaded and changed (`None`: the maps hold
    /// the whole state).
    part: Option<Part>,
}

/// The parts a state brought up to date in place has loaded, and changed.
#[derive(Debug, Clone, Default, PartialEq)]
struct Part {
    /// The session (for the roots' session ids).
    session: String,
    /// Prompts loaded, as stored (`None`: not stored).
    prompts: BTreeMap<u64, Option<PromptState>>,
    traces: BTreeSet<String>,
    pending: BTreeSet<u64>,
    changed_prompts: BTreeSet<u64>,
    changed_traces: BTreeSet<String>,
    changed_pending: BTreeSet<u64>,
    /// The waiting actions' tally as loaded, once it changed.
    waiting: Option<ActionTally>,
}

/// Where a state brought up to date in place finds the parts it has not loaded.
pub trait Backing {
    /// The spans already applied of a trace (for the actions a new root adopts).
    fn trace_spans(&mut self, trace: &str) -> Vec<SpanFacts>;
    /// A stored part ([`SessionState::parts`] keys), if any.
    fn part(&mut self, key: &[u8]) -> Option<Vec<u8>>;
}

/// A whole state needs no backing (a state built at once is whole).
struct Whole;

impl Backing for Whole {
    fn trace_spans(&mut self, _trace: &str) -> Vec<SpanFacts> {
        Vec::new()
    }
    fn part(&mut self, _key: &[u8]) -> Option<Vec<u8>> {
        None
    }
}

/// A part's key and its new value (`None`: removed).
pub type PartChange = (Vec<u8>, Option<Vec<u8>>);

/// The kinds of stored parts: the first byte of a part's key.
pub const PROMPT_PART: u8 = 1;
const TRACE_PART: u8 = 2;
const PENDING_PART: u8 = 3;
/// A prompt changed since the session's records were last derived (an empty value).
pub const CHANGED_PART: u8 = 4;

/// A prompt's part key.
pub fn prompt_key(kind: u8, i: u64) -> Vec<u8> {
    let mut k = vec![kind];
    k.extend_from_slice(&i.to_be_bytes());
    k
}

fn trace_key(trace: &str) -> Vec<u8> {
    let mut k = vec![TRACE_PART];
    k.extend_from_slice(trace.as_bytes());
    k
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
            waiting: ActionTally::default(),
            native: 0,
            stale: false,
            prompts: BTreeMap::new(),
            traces: BTreeMap::new(),
            pending_by_index: BTreeMap::new(),
            digest: [0; 4],
            prompt_count: 0,
            output_words: 0,
            opening: None,
            named: [None, None, None],
            sums: SessionSums::default(),
            full: false,
            gapless: true,
            part: None,
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
            st.route(a, &mut Whole);
        }
        st.resum();
        st
    }

    /// Makes the prompt count, output words, first prompts and sums again from every prompt
    /// (the state must be whole).
    pub fn resum(&mut self) {
        (self.prompt_count, self.output_words, self.opening) = (0, 0, None);
        self.named = [None, None, None];
        self.sums = SessionSums::default();
        let prompts = std::mem::take(&mut self.prompts);
        for (&i, p) in &prompts {
            self.count(i, p, 1);
        }
        self.prompts = prompts;
        self.count_waiting(&self.waiting.clone(), 1);
        self.full = false;
    }

    /// Adds (`sign` 1) or takes back (`sign` -1) the waiting actions' share of the outcome and
    /// mode sums (none while no action waits, as `session::derive` shows them then).
    fn count_waiting(&mut self, t: &ActionTally, sign: i64) {
        if t.actions == 0 {
            return;
        }
        let view = session::waiting_view(t);
        self.sums.mode.prompt(&view, sign);
        self.sums.outcome.prompt(&view, sign);
    }

    /// Remembers the waiting actions' tally as loaded, before its first change.
    fn waiting_changes(&mut self) {
        if let Some(part) = self.part.as_mut()
            && part.waiting.is_none()
        {
            part.waiting = Some(self.waiting.clone());
        }
    }

    /// An action waits for its root.
    fn wait(&mut self, t: &ActionTally) {
        self.waiting_changes();
        let mut waiting = std::mem::take(&mut self.waiting);
        waiting.add(t);
        self.waiting = session::waiting_tally(waiting);
    }

    /// A root adopted waiting actions (tallied in `t`): their counts leave the waiting tally.
    fn unwait(&mut self, t: &ActionTally) {
        if t.actions == 0 {
            return;
        }
        self.waiting_changes();
        let mut c = self.waiting.counts();
        for (v, d) in c.iter_mut().zip(t.counts()) {
            *v = v.saturating_sub(d);
        }
        let left =
            ActionTally::from_counts(c, self.waiting.last_trouble, self.waiting.last_evidence);
        self.waiting = if left.actions == 0 { ActionTally::default() } else { left };
    }

    /// Adds (`sign` 1) or takes back (`sign` -1) a prompt's share of the head.
    fn count(&mut self, i: u64, p: &PromptState, sign: i64) {
        let view = PromptView { index: i, root: &p.root, actions: p.tally.clone() };
        self.sums.prompt(&view, sign);
        let add = |v: u64, d: u64| if sign > 0 { v.saturating_add(d) } else { v.saturating_sub(d) };
        self.prompt_count = add(self.prompt_count, 1);
        self.output_words = add(self.output_words, p.root.output_words);
        if sign < 0 {
            return;
        }
        if self.opening.is_none_or(|(o, _)| i < o) {
            self.opening = Some((i, p.root.start));
        }
        for (slot, v) in self.named.iter_mut().zip([&p.root.user, &p.root.harness, &p.root.team]) {
            if !v.is_empty() && slot.as_ref().is_none_or(|(o, _)| i < *o) {
                *slot = Some((i, v.clone()));
            }
        }
    }

    /// Brings the head's sums up to date with the prompts changed since the state was loaded
    /// (after every span is applied); a whole state has them made again.
    pub fn finish(&mut self) {
        if self.stale || self.full {
            self.gapless = false;
            return;
        }
        let Some(part) = self.part.take() else {
            self.resum();
            return;
        };
        for &i in &part.changed_prompts {
            if let Some(Some(before)) = part.prompts.get(&i) {
                self.count(i, before, -1);
            }
            if let Some(now) = self.prompts.get(&i).cloned() {
                self.count(i, &now, 1);
            }
        }
        if let Some(before) = &part.waiting {
            self.count_waiting(before, -1);
            self.count_waiting(&self.waiting.clone(), 1);
        }
        self.part = Some(Part { waiting: None, ..part });
        self.gapless &= self.dense();
    }

    /// Whether the prompts' indexes run 0, 1, 2, … (per the head).
    pub fn dense(&self) -> bool {
        let last = self.sums.outcome.last_prompt.map(|(l, _)| l);
        self.prompt_count == 0
            || (self.opening.is_some_and(|(first, _)| first == 0)
                && last.is_some_and(|l| l.saturating_add(1) == self.prompt_count))
    }

    fn load_prompt(&mut self, i: u64, b: &mut dyn Backing) {
        let Some(part) = self.part.as_mut() else { return };
        if part.prompts.contains_key(&i) {
            return;
        }
        let p = b.part(&prompt_key(PROMPT_PART, i)).and_then(|v| decode_prompt(&v, &part.session));
        if let Some(p) = &p {
            self.prompts.insert(i, p.clone());
        }
        part.prompts.insert(i, p);
    }

    fn load_trace(&mut self, trace: &str, b: &mut dyn Backing) {
        let Some(part) = self.part.as_mut() else { return };
        if !part.traces.insert(trace.to_string()) {
            return;
        }
        if let Some(t) = b.part(&trace_key(trace)).and_then(|v| decode_trace(&v)) {
            self.traces.insert(trace.to_string(), t);
        }
    }

    fn load_pending(&mut self, i: u64, b: &mut dyn Backing) {
        let Some(part) = self.part.as_mut() else { return };
        if !part.pending.insert(i) {
            return;
        }
        if let Some(set) = b.part(&prompt_key(PENDING_PART, i)).and_then(|v| decode_pending(&v)) {
            self.pending_by_index.insert(i, set);
        }
    }

    fn changed(&mut self, prompt: Option<u64>, trace: Option<&str>, pending: Option<u64>) {
        let Some(part) = self.part.as_mut() else { return };
        part.changed_prompts.extend(prompt);
        part.changed_traces.extend(trace.map(str::to_string));
        part.changed_pending.extend(pending);
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
    fn route(&mut self, a: &SpanFacts, b: &mut dyn Backing) {
        self.load_trace(&a.trace, b);
        if let Some(i) = self.traces.get(&a.trace).and_then(|t| t.root) {
            self.load_prompt(i, b);
            if let Some(p) = self.prompts.get_mut(&i) {
                p.tally.add(&tally_of(a));
                self.changed(Some(i), None, None);
                return;
            }
        }
        if let Some(i) = a.prompt_index {
            self.load_prompt(i, b);
            if let Some(p) = self.prompts.get_mut(&i) {
                p.tally.add(&tally_of(a));
                self.traces.entry(a.trace.clone()).or_default().by_index += 1;
                self.changed(Some(i), Some(&a.trace), None);
                return;
            }
        }
        self.pending += 1;
        self.wait(&tally_of(a));
        let t = self.traces.entry(a.trace.clone()).or_default();
        t.pending += 1;
        if let Some(i) = a.prompt_index {
            *t.pending_indexed.entry(i).or_default() += 1;
            self.load_pending(i, b);
            self.pending_by_index.entry(i).or_default().insert(a.trace.clone());
        }
        self.changed(None, Some(&a.trace), a.prompt_index);
    }

    /// Applies one span. `old` is the stored encoding of the same (trace, span id), if any;
    /// `b` has the parts not loaded yet and the spans already applied. Returns whether the span
    /// was new or changed. Call [`SessionState::finish`] after the last span.
    pub fn apply(
        &mut self,
        s: &SpanFacts,
        encoded: &[u8],
        old: Option<&[u8]>,
        b: &mut dyn Backing,
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
            Some(SpanKind::Action) => self.route(s, b),
            Some(SpanKind::Prompt) => {
                if let Some(i) = s.prompt_index {
                    self.root(i, s, b);
                }
            }
            _ => {}
        }
        true
    }

    /// A new root span for prompt `i`.
    fn root(&mut self, i: u64, s: &SpanFacts, b: &mut dyn Backing) {
        self.load_prompt(i, b);
        if let Some(p) = self.prompts.get_mut(&i) {
            if !beats(s, &p.root) {
                return; // a losing root changes nothing
            }
            if p.root.trace == s.trace {
                // Same trace: the same actions stay with the prompt, but what its old root
                // gave the sums cannot be taken back from their firsts and peaks.
                p.root = s.clone();
                self.full = true;
                self.changed(Some(i), None, None);
            } else {
                self.stale = true; // the prompt's trace moves, and its actions with it
            }
            return;
        }
        self.load_trace(&s.trace, b);
        let t = self.traces.get(&s.trace).cloned().unwrap_or_default();
        if t.root.is_some() || t.by_index > 0 {
            self.stale = true; // another prompt's actions would move to this one
            return;
        }
        let mut tally = ActionTally::default();
        // The actions of its trace were all waiting (no root there, none counted by index).
        if t.pending > 0 {
            for a in b.trace_spans(&s.trace) {
                if a.kind == Some(SpanKind::Action) && !a.native {
                    tally.add(&tally_of(&a));
                }
            }
            self.pending -= t.pending.min(self.pending);
            for j in t.pending_indexed.keys() {
                self.unpend_index(*j, &s.trace, b);
            }
        }
        self.traces.insert(s.trace.clone(), TraceState { root: Some(i), ..TraceState::default() });
        self.changed(Some(i), Some(&s.trace), None);
        // Waiting actions of other traces that name this prompt.
        self.load_pending(i, b);
        let others = self.pending_by_index.remove(&i).unwrap_or_default();
        if !others.is_empty() {
            self.changed(None, None, Some(i));
        }
        for other in others {
            self.load_trace(&other, b);
            let Some(ot) = self.traces.get_mut(&other) else { continue };
            let n = ot.pending_indexed.remove(&i).unwrap_or(0);
            ot.pending -= n.min(ot.pending);
            ot.by_index += n;
            self.pending -= n.min(self.pending);
            self.changed(None, Some(&other), None);
            for a in b.trace_spans(&other) {
                if a.kind == Some(SpanKind::Action) && !a.native && a.prompt_index == Some(i) {
                    tally.add(&tally_of(&a));
                }
            }
        }
        self.unwait(&tally);
        self.prompts.insert(i, PromptState { root: s.clone(), tally });
    }

    fn unpend_index(&mut self, i: u64, trace: &str, b: &mut dyn Backing) {
        self.load_pending(i, b);
        if let Some(set) = self.pending_by_index.get_mut(&i) {
            set.remove(trace);
            if set.is_empty() {
                self.pending_by_index.remove(&i);
            }
            self.changed(None, None, Some(i));
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

    /// The head's compact binary form (stored beside the session's spans; its prompts, traces
    /// and waiting indexes are [`SessionState::parts`]).
    pub fn encode(&self) -> Vec<u8> {
        let mut w = Writer::with_capacity(256);
        w.byte(FORMAT);
        w.byte(
            u8::from(self.ended)
                | u8::from(self.stale) << 1
                | u8::from(self.full) << 2
                | u8::from(self.gapless) << 3,
        );
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
        w.int(self.prompt_count);
        w.int(self.output_words);
        option(&mut w, self.opening.as_ref(), |w, (i, start)| {
            w.int(*i);
            w.int(*start);
        });
        for slot in &self.named {
            option(&mut w, slot.as_ref(), |w, (i, v)| {
                w.int(*i);
                w.str(v);
            });
        }
        write_sums(&mut w, &self.sums);
        write_tally(&mut w, &self.waiting);
        w.into_bytes()
    }

    /// Reads [`SessionState::encode`]'s output (`None` when corrupt): the head of a state to be
    /// brought up to date in place, its parts loaded as its spans need them. `session` fills
    /// the roots' session ids. A state of an earlier format is stale: rebuilt once from the
    /// stored spans.
    pub fn decode(bytes: &[u8], session: &str) -> Option<SessionState> {
        let mut r = Reader::new(bytes);
        let part = Some(Part { session: session.to_string(), ..Part::default() });
        match r.byte()? {
            FORMAT => {}
            v if v < FORMAT => {
                return Some(SessionState { stale: true, part, ..SessionState::default() });
            }
            _ => return None,
        }
        let flags = r.byte()?;
        let mut st = SessionState {
            ended: flags & 1 != 0,
            stale: flags & 2 != 0,
            full: flags & 4 != 0,
            gapless: flags & 8 != 0,
            spans: r.int()?,
            last: r.int()?,
            min_start: r.int()?,
            pending: r.int()?,
            native: r.int()?,
            part,
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
        st.prompt_count = r.int()?;
        st.output_words = r.int()?;
        st.opening = read_option(&mut r, |r| Some((r.int()?, r.int()?)))?;
        for slot in st.named.iter_mut() {
            *slot = read_option(&mut r, |r| Some((r.int()?, r.str()?)))?;
        }
        st.sums = read_sums(&mut r)?;
        st.waiting = read_tally(&mut r)?;
        Some(st)
    }

    /// Adds a stored part to a decoded head (loading it whole); `None` when corrupt.
    pub fn load(&mut self, key: &[u8], value: &[u8]) -> Option<()> {
        let (&kind, rest) = key.split_first()?;
        let index = || rest.try_into().ok().map(u64::from_be_bytes);
        match kind {
            PROMPT_PART => {
                let session = self.part.as_ref().map(|p| p.session.as_str()).unwrap_or("");
                let p = decode_prompt(value, session)?;
                self.prompts.insert(index()?, p);
            }
            TRACE_PART => {
                let trace = std::str::from_utf8(rest).ok()?.to_string();
                self.traces.insert(trace, decode_trace(value)?);
            }
            PENDING_PART => {
                self.pending_by_index.insert(index()?, decode_pending(value)?);
            }
            _ => {}
        }
        Some(())
    }

    /// Marks a state whose parts are all loaded ([`SessionState::load`]) as whole.
    pub fn whole(&mut self) {
        self.part = None;
    }

    /// Every stored part: (key, value).
    pub fn parts(&self) -> Vec<(Vec<u8>, Vec<u8>)> {
        let prompts =
            self.prompts.iter().map(|(&i, p)| (prompt_key(PROMPT_PART, i), encode_prompt(p)));
        let traces = self.traces.iter().map(|(t, v)| (trace_key(t), encode_trace(v)));
        let pending = self
            .pending_by_index
            .iter()
            .map(|(&i, set)| (prompt_key(PENDING_PART, i), encode_pending(set)));
        prompts.chain(traces).chain(pending).collect()
    }

    /// The parts changed since the head was decoded: (key, value, or `None` when removed),
    /// and the prompts changed (for their records).
    pub fn changed_parts(&self) -> (Vec<PartChange>, Vec<u64>) {
        let Some(part) = &self.part else { return (Vec::new(), Vec::new()) };
        let mut out = Vec::new();
        for &i in &part.changed_prompts {
            out.push((prompt_key(PROMPT_PART, i), self.prompts.get(&i).map(encode_prompt)));
        }
        for t in &part.changed_traces {
            out.push((trace_key(t), self.traces.get(t).map(encode_trace)));
        }
        for &i in &part.changed_pending {
            out.push((
                prompt_key(PENDING_PART, i),
                self.pending_by_index.get(&i).map(encode_pending),
            ));
        }
        (out, part.changed_prompts.iter().copied().collect())
    }
}

/// The head's format: 2 added the tallies' evidence and trouble marks, 3 the count of edits
/// that are neither documents nor data tables, 4 stored the prompts, traces and waiting indexes
/// apart and the classifiers' sums in the head, 5 the waiting actions' tally (which the outcome
/// and mode sums now hold a share of), 6 the expertise sums' first prompt (whether it opens with
/// an order).
const FORMAT: u8 = 6;

fn option<T>(w: &mut Writer, v: Option<&T>, f: impl FnOnce(&mut Writer, &T)) {
    match v {
        None => w.byte(0),
        Some(v) => {
            w.byte(1);
            f(w, v);
        }
    }
}

fn read_option<T>(
    r: &mut Reader<'_>,
    f: impl FnOnce(&mut Reader<'_>) -> Option<T>,
) -> Option<Option<T>> {
    Some(match r.byte()? {
        0 => None,
        _ => Some(f(r)?),
    })
}

fn write_points(w: &mut Writer, p: &[i64; PARTS]) {
    p.iter().for_each(|&v| w.sint(v));
}

fn read_points(r: &mut Reader<'_>) -> Option<[i64; PARTS]> {
    let mut p = [0i64; PARTS];
    for v in p.iter_mut() {
        *v = r.sint()?;
    }
    Some(p)
}

fn write_position(w: &mut Writer, p: &Position) {
    w.int(p.0);
    w.byte(p.1);
    w.int(p.2);
    w.bytes(&p.3);
    w.byte(p.4);
}

fn read_position(r: &mut Reader<'_>) -> Option<Position> {
    Some((r.int()?, r.byte()?, r.int()?, r.array()?, r.byte()?))
}

fn write_sums(w: &mut Writer, s: &SessionSums) {
    let e = &s.expertise;
    w.sint(e.scored);
    w.sint(e.weight);
    write_points(w, &e.points);
    option(w, e.first.as_ref(), |w, (i, weight, p)| {
        w.int(*i);
        w.sint(*weight);
        write_points(w, p);
    });
    option(w, e.peak.as_ref(), |w, (i, p)| {
        w.int(*i);
        write_points(w, p);
    });
    option(w, e.opening.as_ref(), |w, (i, order)| {
        w.int(*i);
        w.byte(u8::from(*order));
    });
    let m = &s.mode;
    m.intents.iter().for_each(|&v| w.sint(v));
    option(w, m.first.as_ref(), |w, (i, mode)| {
        w.int(*i);
        w.byte(
            mode.and_then(|m| WorkMode::ALL.iter().position(|x| *x == m))
                .map_or(0, |k| k as u8 + 1),
        );
    });
    m.actions.iter().for_each(|&v| w.sint(v));
    let o = &s.outcome;
    for v in [
        o.actions,
        o.trouble_events,
        o.evidence[0],
        o.evidence[1],
        o.evidence[2],
        o.events_left_out,
    ] {
        w.sint(v);
    }
    option(w, o.last_trouble.as_ref(), write_position);
    option(w, o.last_evidence.as_ref(), write_position);
    option(w, o.last_prompt.as_ref(), |w, (i, f)| {
        w.int(*i);
        w.byte(u8::from(*f));
    });
    s.labour.iter().for_each(|&v| w.sint(v));
}

fn read_sums(r: &mut Reader<'_>) -> Option<SessionSums> {
    let mut e = ExpertiseSums {
        scored: r.sint()?,
        weight: r.sint()?,
        points: read_points(r)?,
        ..ExpertiseSums::default()
    };
    e.first = read_option(r, |r| Some((r.int()?, r.sint()?, read_points(r)?)))?;
    e.peak = read_option(r, |r| Some((r.int()?, read_points(r)?)))?;
    e.opening = read_option(r, |r| Some((r.int()?, r.byte()? != 0)))?;
    let mut m = ModeSums::default();
    for v in m.intents.iter_mut() {
        *v = r.sint()?;
    }
    m.first = read_option(r, |r| {
        let i = r.int()?;
        let mode = match r.byte()? {
            0 => None,
            k => Some(*WorkMode::ALL.get(usize::from(k) - 1)?),
        };
        Some((i, mode))
    })?;
    for v in m.actions.iter_mut() {
        *v = r.sint()?;
    }
    let mut o =
        OutcomeSums { actions: r.sint()?, trouble_events: r.sint()?, ..OutcomeSums::default() };
    o.evidence = [r.sint()?, r.sint()?, r.sint()?];
    o.events_left_out = r.sint()?;
    o.last_trouble = read_option(r, read_position)?;
    o.last_evidence = read_option(r, read_position)?;
    o.last_prompt = read_option(r, |r| Some((r.int()?, r.byte()? != 0)))?;
    let mut labour = [0i64; 4];
    for v in labour.iter_mut() {
        *v = r.sint()?;
    }
    Some(SessionSums { expertise: e, mode: m, outcome: o, labour })
}

fn encode_prompt(p: &PromptState) -> Vec<u8> {
    let root = p.root.encode();
    let mut w = Writer::with_capacity(root.len() + 160);
    w.bytes(&p.root.span_id);
    w.int(root.len() as u64);
    w.bytes(&root);
    write_tally(&mut w, &p.tally);
    w.into_bytes()
}

fn decode_prompt(bytes: &[u8], session: &str) -> Option<PromptState> {
    let mut r = Reader::new(bytes);
    let id = r.array()?;
    let n = r.int()? as usize;
    let mut root = SpanFacts::decode(r.take(n)?)?;
    root.span_id = id;
    root.session_id = session.to_string();
    Some(PromptState { root, tally: read_tally(&mut r)? })
}

fn encode_trace(t: &TraceState) -> Vec<u8> {
    let mut w = Writer::with_capacity(16 + 4 * t.pending_indexed.len());
    w.int(t.root.map_or(0, |i| i.saturating_add(1)));
    w.int(t.by_index);
    w.int(t.pending);
    w.int(t.pending_indexed.len() as u64);
    for (&i, &n) in &t.pending_indexed {
        w.int(i);
        w.int(n);
    }
    w.into_bytes()
}

fn decode_trace(bytes: &[u8]) -> Option<TraceState> {
    let mut r = Reader::new(bytes);
    let mut t = TraceState {
        root: r.int()?.checked_sub(1),
        by_index: r.int()?,
        pending: r.int()?,
        ..TraceState::default()
    };
    for _ in 0..r.int()? {
        let (i, n) = (r.int()?, r.int()?);
        t.pending_indexed.insert(i, n);
    }
    Some(t)
}

fn encode_pending(set: &BTreeSet<String>) -> Vec<u8> {
    let mut w = Writer::with_capacity(8 + 34 * set.len());
    w.int(set.len() as u64);
    set.iter().for_each(|t| w.str(t));
    w.into_bytes()
}

fn decode_pending(bytes: &[u8]) -> Option<BTreeSet<String>> {
    let mut r = Reader::new(bytes);
    let mut set = BTreeSet::new();
    for _ in 0..r.int()? {
        set.insert(r.str()?);
    }
    Some(set)
}

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
