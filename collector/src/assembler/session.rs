//! A session's records as a pure function of its stored spans: prompts with their actions, the
//! classifiers' verdicts, and the compact summary the report scans.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::state::{PromptState, SessionState};
use super::store::StoreError;
use super::summary::Summary;
use super::verdicts::VerdictCache;
use crate::classifier::Classifiers;
use crate::classifier::expertise::{Expertise, ExpertiseSignals};
use crate::classifier::labour::{self, Labour};
use crate::classifier::outcome::{
    self, EventCause, Evidence, EvidenceCounts, Outcome, OutcomeEvent,
};
use crate::classifier::tally::tally_all;
use crate::classifier::work_mode::{self, ModeScores, ModeSource, ModeVerdict, WorkMode};
use crate::classifier::{Band, ExpertiseLevel};
use crate::model::{ActionTally, SessionView, SpanFacts, SpanKind};
use crate::report::time::{month_of, rfc3339};

pub use crate::model::PromptView;

/// One prompt in the session JSON.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PromptRecord {
    /// Prompt index.
    pub index: u64,
    /// Distinct actions.
    pub actions: u64,
    /// Of which a subagent's.
    pub subagent_actions: u64,
    /// Words the agent wrote back.
    pub output_words: u64,
    /// Words in the prompt.
    pub words: u64,
    /// `coxswain.prompt.intent`.
    pub intent: String,
    /// `coxswain.prompt.end_reason`.
    pub end_reason: String,
    /// Start (RFC 3339).
    pub started_at: String,
    /// End (RFC 3339): the prompt's root span ends when its last reply is in.
    #[serde(default)]
    pub ended_at: String,
    /// Start, Unix ns.
    #[serde(default)]
    pub started_at_unix_nano: u64,
    /// End, Unix ns.
    #[serde(default)]
    pub ended_at_unix_nano: u64,
    /// The main agent's uncached input tokens (`null`: the hook sent no token data).
    #[serde(default)]
    pub input_tokens: Option<u64>,
    /// The main agent's output tokens.
    #[serde(default)]
    pub output_tokens: Option<u64>,
    /// Input tokens read from the prompt cache.
    #[serde(default)]
    pub cache_read_tokens: Option<u64>,
    /// Input tokens written to the prompt cache.
    #[serde(default)]
    pub cache_creation_tokens: Option<u64>,
    /// The model of the window's last response (`gen_ai.response.model`).
    #[serde(default)]
    pub model: Option<String>,
}

impl PromptRecord {
    /// The record of a prompt.
    pub fn of(p: &PromptView<'_>) -> PromptRecord {
        PromptRecord {
            index: p.index,
            actions: p.actions.actions,
            subagent_actions: p.actions.subagent,
            output_words: p.root.output_words,
            words: p.root.words,
            intent: p.root.intent.clone(),
            end_reason: p.root.end_reason.clone(),
            started_at: rfc3339(p.root.start),
            ended_at: rfc3339(p.root.time()),
            started_at_unix_nano: p.root.start,
            ended_at_unix_nano: p.root.time(),
            input_tokens: p.root.tokens.map(|t| t[0]),
            output_tokens: p.root.tokens.map(|t| t[1]),
            cache_read_tokens: p.root.tokens.map(|t| t[2]),
            cache_creation_tokens: p.root.tokens.map(|t| t[3]),
            model: (!p.root.model.is_empty()).then(|| p.root.model.clone()),
        }
    }

    /// `[input, output, cache read, cache creation]` when the prompt has token data.
    pub fn tokens(&self) -> Option<[u64; 4]> {
        Some([
            self.input_tokens?,
            self.output_tokens?,
            self.cache_read_tokens?,
            self.cache_creation_tokens?,
        ])
    }
}

/// One evidence or trouble event on the session's timeline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventRecord {
    /// `evidence` or `trouble`.
    pub kind: EventKind,
    /// What it was (`tests_passed`, `commit`, `user_confirmation`; `tests_failed`, `retry`,
    /// `action_failed`, `stop_failure`, `reports_failure`).
    pub cause: EventCause,
    /// The index of the prompt it belongs to.
    pub prompt: u64,
    /// When (RFC 3339).
    pub at: String,
    /// When, Unix ns.
    pub at_unix_nano: u64,
}

/// Whether an event counts for or against the session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// Evidence of success.
    Evidence,
    /// Trouble.
    Trouble,
}

impl From<&OutcomeEvent> for EventRecord {
    fn from(e: &OutcomeEvent) -> Self {
        EventRecord {
            kind: if e.cause.is_evidence() { EventKind::Evidence } else { EventKind::Trouble },
            cause: e.cause,
            prompt: e.prompt,
            at: rfc3339(e.at),
            at_unix_nano: e.at,
        }
    }
}

/// How a session closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClosedBy {
    /// Its `coxswain.session.end` span.
    End,
    /// No span for `idle_close_secs` (against the newest span time seen).
    Idle,
}

/// Where a session's facts came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Telemetry {
    /// The hook only.
    #[default]
    Hook,
    /// The harness's own telemetry only: no expertise, labour or output-word measures.
    Native,
    /// Both; the hook's facts win where both describe a prompt.
    Both,
}

/// One session, as served by `/v1/sessions/{id}` (MEASURES.md documents the fields).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SessionRecord {
    /// Harness session id.
    pub session_id: String,
    /// Where its facts came from.
    #[serde(default)]
    pub telemetry: Telemetry,
    /// Prompts known from native telemetry only (the last ones of `prompts`): they have no
    /// words, output words or expertise signals.
    #[serde(default)]
    pub native_prompts: u64,
    /// The user's pseudonym (`enduser.pseudo.id`); empty when none was sent.
    pub user: String,
    /// Harness.
    pub harness: String,
    /// Operator grouping, when set.
    pub team: String,
    /// First prompt's start (RFC 3339).
    pub started_at: String,
    /// First prompt's start, Unix ns.
    pub started_at_unix_nano: u64,
    /// `YYYY-MM` of the start.
    pub month: String,
    /// Newest span time in the session (RFC 3339).
    pub last_span_at: String,
    /// Closed (end span or idle).
    pub closed: bool,
    /// How it closed.
    pub closed_by: Option<ClosedBy>,
    /// Expertise level 1–5.
    pub expertise_level: u8,
    /// Band of the level.
    pub band: Band,
    /// The expertise score.
    pub expertise_score: f64,
    /// Per-family contributions to the score.
    pub expertise_signals: ExpertiseSignals,
    /// Work mode.
    pub work_mode: WorkMode,
    /// Where the mode came from.
    pub work_mode_source: ModeSource,
    /// Every mode's score (the highest wins; MEASURES.md gives the rules and the tie order).
    #[serde(default)]
    pub mode_scores: ModeScores,
    /// Whether telemetry agrees with the mode.
    pub mode_agreement: bool,
    /// Judge AND evidence.
    pub verified_success: bool,
    /// The built-in judge.
    pub judge_success: bool,
    /// Evidence kinds present.
    pub evidence: Vec<Evidence>,
    /// Evidence events per kind.
    pub evidence_counts: EvidenceCounts,
    /// In trouble.
    pub trouble: bool,
    /// Trouble events.
    pub trouble_events: u64,
    /// Trouble resolved by later evidence.
    pub resolved: bool,
    /// Closed in unresolved trouble.
    pub abandoned: bool,
    /// Every evidence and trouble event with its prompt and time, in event order (but a prompt's
    /// action events beyond its first 64: `events_left_out`).
    #[serde(default)]
    pub events: Vec<EventRecord>,
    /// Action events not in `events`: a prompt keeps its first
    /// [`crate::model::MARKS_PER_PROMPT`] (64).
    #[serde(default)]
    pub events_left_out: u64,
    /// Planning and execution decisions.
    pub labour: Labour,
    /// Total actions.
    pub actions: u64,
    /// Total output words.
    pub output_words: u64,
    /// Actions whose prompt root has not arrived (not counted anywhere else).
    pub pending_actions: u64,
    /// The prompts, in index order.
    pub prompts: Vec<PromptRecord>,
}

/// The prompts native telemetry adds: synthesised roots (indices after the hook's) and their
/// actions, plus native facts that belong to no prompt.
struct NativePrompts<'a> {
    roots: Vec<SpanFacts>,
    actions: Vec<Vec<&'a SpanFacts>>,
    pending: u64,
}

/// One native prompt being gathered: its `user_prompt` event (if it came) and the other events
/// of its window.
struct Window<'a> {
    start: u64,
    event: Option<&'a SpanFacts>,
    members: Vec<&'a SpanFacts>,
    shadowed: bool,
}

/// Gathers native facts into prompts. A prompt is a prompt id (its `user_prompt`, else its
/// earliest event: some Claude Code versions skip `user_prompt`), or a `user_prompt` without an
/// id (Codex), whose window holds the id-less events after it. The hook's facts win: a window
/// whose prompt id a hook prompt carries is dropped with its actions and tokens, as is every
/// window when the hook's prompts carry no ids, or an id-less window beside any hook prompt
/// (neither can be matched). Native facts of no window are pending (dropped beside the hook).
fn native_windows<'a>(
    hook_roots: &BTreeMap<u64, &SpanFacts>,
    native: &[&'a SpanFacts],
) -> NativePrompts<'a> {
    use std::collections::BTreeSet;
    let hook_ids: BTreeSet<&str> =
        hook_roots.values().map(|r| r.prompt_id.as_str()).filter(|i| !i.is_empty()).collect();
    let hook_has_prompts = !hook_roots.is_empty();
    let mut named: BTreeMap<&str, Window<'a>> = BTreeMap::new();
    let mut unnamed: Vec<Window<'a>> = Vec::new();
    let mut loose: Vec<&'a SpanFacts> = Vec::new();
    for &f in native {
        let is_prompt = f.kind == Some(SpanKind::Prompt);
        if f.prompt_id.is_empty() {
            if is_prompt {
                let shadowed = hook_has_prompts;
                unnamed.push(Window { start: f.start, event: Some(f), members: vec![], shadowed });
            } else {
                loose.push(f);
            }
            continue;
        }
        let id = f.prompt_id.as_str();
        let shadowed = hook_ids.contains(id) || (hook_has_prompts && hook_ids.is_empty());
        let w = named.entry(id).or_insert(Window {
            start: f.start,
            event: None,
            members: vec![],
            shadowed,
        });
        w.start = w.start.min(f.start);
        if is_prompt {
            // A prompt event exported twice is one prompt: the first.
            if w.event.is_none_or(|e| (f.start, f.span_id) < (e.start, e.span_id)) {
                w.event = Some(f);
            }
        } else {
            w.members.push(f);
        }
    }
    unnamed.sort_by_key(|w| (w.start, w.event.map(|e| e.span_id)));
    let mut pending = 0u64;
    for f in loose {
        match unnamed.iter_mut().rev().find(|w| w.start <= f.start) {
            Some(w) => w.members.push(f),
            None if hook_has_prompts => {}
            None => pending += 1,
        }
    }
    let mut windows: Vec<Window<'a>> =
        named.into_values().chain(unnamed).filter(|w| !w.shadowed).collect();
    windows.sort_by_key(|w| (w.start, w.event.map(|e| e.span_id)));
    let first_index = hook_roots.keys().next_back().map_or(0, |i| i.saturating_add(1));
    let mut out = NativePrompts { roots: Vec::new(), actions: Vec::new(), pending };
    for (k, w) in windows.into_iter().enumerate() {
        let mut root = match (w.event, w.members.first()) {
            (Some(event), _) => event.clone(),
            // No prompt event: the prompt is known from its other events.
            (None, Some(m)) => SpanFacts {
                session_id: m.session_id.clone(),
                span_id: m.span_id,
                trace: m.trace.clone(),
                user: m.user.clone(),
                harness: m.harness.clone(),
                team: m.team.clone(),
                native: true,
                prompt_id: m.prompt_id.clone(),
                ..SpanFacts::default()
            },
            (None, None) => continue,
        };
        root.kind = Some(SpanKind::Prompt);
        root.prompt_index = Some(first_index + k as u64);
        root.start = w.start;
        let calls: Vec<&SpanFacts> = w
            .members
            .iter()
            .copied()
            .filter(|m| m.kind == Some(SpanKind::ModelCall) && !m.subagent)
            .collect();
        let mut tokens: Option<[u64; 4]> = None;
        for t in calls.iter().filter_map(|c| c.tokens) {
            let sum = tokens.get_or_insert([0; 4]);
            for (s, v) in sum.iter_mut().zip(t) {
                *s = s.saturating_add(v);
            }
        }
        root.tokens = tokens;
        root.model = calls
            .iter()
            .filter(|c| !c.model.is_empty() && !c.failed)
            .max_by_key(|c| (c.start, c.span_id))
            .map(|c| c.model.clone())
            .unwrap_or_default();
        root.end_reason =
            if w.members.iter().any(|m| m.kind == Some(SpanKind::ModelCall) && m.failed) {
                coxswain_proto::telemetry::end_reason::STOP_FAILURE.to_string()
            } else {
                String::new()
            };
        root.end = w.members.iter().map(|m| m.time()).fold(root.start, u64::max);
        let mut acts: Vec<&SpanFacts> =
            w.members.iter().copied().filter(|m| m.kind == Some(SpanKind::Action)).collect();
        acts.sort_by_key(|a| (a.start, a.span_id));
        out.roots.push(root);
        out.actions.push(acts);
    }
    out
}

/// What a derivation needs besides the spans.
#[derive(Debug, Clone, Copy)]
pub struct Clock {
    /// Newest span time the collector has seen (Unix ns).
    pub newest_seen: u64,
    /// Idle time after which a session closes.
    pub idle_close_secs: u64,
}

/// A classifier's verdict: from the cache when the classifier has a memo key and a cache is
/// given, else computed.
fn verdict<T: Serialize + serde::de::DeserializeOwned>(
    memo: Option<(&VerdictCache, &[u8; 32])>,
    memo_key: Option<&str>,
    session_id: &str,
    compute: impl FnOnce() -> T,
) -> Result<T, StoreError> {
    match (memo, memo_key) {
        (Some((cache, digest)), Some(key)) => {
            cache.get_or_compute(key, session_id, digest, compute)
        }
        _ => Ok(compute()),
    }
}

/// Derives a session's record and summary from its spans (any order, duplicates already
/// collapsed by span id). `None` when no span is a Coxswain span of this session. Classifiers
/// that are not pure functions are run afresh; the assembler uses [`derive_cached`].
pub fn derive(
    session_id: &str,
    spans: &[SpanFacts],
    clock: Clock,
    classifiers: &Classifiers,
) -> Option<(SessionRecord, Summary)> {
    // Without a cache nothing can fail.
    derive_cached(session_id, spans, clock, classifiers, None).unwrap_or(None)
}

/// [`derive`], with the verdicts of classifiers that are not pure functions taken from (and put
/// into) `cache` per session and span set.
pub fn derive_cached(
    session_id: &str,
    spans: &[SpanFacts],
    clock: Clock,
    classifiers: &Classifiers,
    cache: Option<&VerdictCache>,
) -> Result<Option<(SessionRecord, Summary)>, StoreError> {
    if spans.is_empty() {
        return Ok(None);
    }
    // The hook's facts and the harness's own (native) telemetry are assembled apart: where both
    // describe a prompt, the hook's facts win (see `native_windows`).
    let (native, hook): (Vec<&SpanFacts>, Vec<&SpanFacts>) = spans.iter().partition(|s| s.native);
    // Roots by prompt index; should two roots claim one index, the later-ending one wins.
    let mut roots: BTreeMap<u64, &SpanFacts> = BTreeMap::new();
    for s in hook.iter().copied().filter(|s| s.kind == Some(SpanKind::Prompt)) {
        let Some(i) = s.prompt_index else { continue };
        let keep = roots.get(&i).is_some_and(|r| (r.end, r.span_id) > (s.end, s.span_id));
        if !keep {
            roots.insert(i, s);
        }
    }
    let by_trace: BTreeMap<&str, u64> = roots.iter().map(|(i, r)| (r.trace.as_str(), *i)).collect();
    let mut actions: BTreeMap<u64, Vec<&SpanFacts>> = BTreeMap::new();
    let mut pending = 0u64;
    let mut waiting: Vec<&SpanFacts> = Vec::new();
    for a in hook.iter().copied().filter(|s| s.kind == Some(SpanKind::Action)) {
        let owner = by_trace
            .get(a.trace.as_str())
            .copied()
            .or(a.prompt_index.filter(|i| roots.contains_key(i)));
        match owner {
            Some(i) => actions.entry(i).or_default().push(a),
            None => {
                pending += 1;
                waiting.push(a);
            }
        }
    }
    let native_prompts = native_windows(&roots, &native);
    pending += native_prompts.pending;
    let mut prompts: Vec<PromptView<'_>> = roots
        .iter()
        .map(|(&index, &root)| {
            let acts = actions.remove(&index).unwrap_or_default();
            PromptView { index, root, actions: tally_all(acts) }
        })
        .collect();
    // Native prompts follow the hook's (they are the prompts the hook did not see).
    let hook_prompts = prompts.len();
    for (root, acts) in native_prompts.roots.iter().zip(native_prompts.actions) {
        let index = root.prompt_index.unwrap_or(0);
        prompts.push(PromptView { index, root, actions: tally_all(acts) });
    }
    let telemetry = match (hook.is_empty(), native.is_empty()) {
        (false, true) | (true, true) => Telemetry::Hook,
        (true, false) => Telemetry::Native,
        (false, false) => Telemetry::Both,
    };

    let mut ordered: Vec<&SpanFacts> = spans.iter().collect();
    ordered.sort_by_key(|s| (s.start, s.span_id));
    let first = |f: fn(&SpanFacts) -> &str| {
        let from_roots = prompts.iter().map(|p| f(p.root)).find(|v| !v.is_empty());
        from_roots.or_else(|| ordered.iter().map(|s| f(s)).find(|v| !v.is_empty())).unwrap_or("")
    };
    let user = first(|s| &s.user).to_string();
    let harness = match first(|s| &s.harness) {
        "" => "unknown".to_string(),
        h => h.to_string(),
    };
    let team = first(|s| &s.team).to_string();
    let started = prompts.first().map(|p| p.root.start).unwrap_or(ordered[0].start);
    let last = spans.iter().map(SpanFacts::time).max().unwrap_or(0);
    let ended = spans.iter().any(|s| s.kind == Some(SpanKind::SessionEnd));
    let parts = Parts {
        prompts,
        hook_prompts,
        telemetry,
        user,
        harness,
        team,
        started,
        last,
        ended,
        pending,
        waiting: waiting_tally(tally_all(waiting)),
    };
    record_of(session_id, parts, clock, classifiers, cache, || {
        SessionState::build(spans).span_set_digest()
    })
}

/// Whose session it is and when: the record's fields that come before any verdict.
struct Who {
    telemetry: Telemetry,
    native_prompts: u64,
    user: String,
    harness: String,
    team: String,
    started: u64,
    last: u64,
    closed_by: Option<ClosedBy>,
}

/// The classifiers' verdicts on a session, judged whole or from the head's running sums.
struct Verdicts {
    exp: Expertise,
    mode: ModeVerdict,
    mode_agreement: bool,
    out: Outcome,
    /// The session's timeline (empty from the head: the prompts' own keys hold their events).
    events: Vec<EventRecord>,
}

/// What the session's prompts add up to.
struct Work {
    labour: Labour,
    actions: u64,
    output_words: u64,
    pending_actions: u64,
    prompts: Vec<PromptRecord>,
}

impl SessionRecord {
    /// The one place a record is put together, so the whole-session and the head's records
    /// cannot drift apart field by field.
    fn of(session_id: &str, who: Who, v: Verdicts, work: Work) -> SessionRecord {
        let level = ExpertiseLevel(v.exp.level.0);
        SessionRecord {
            session_id: session_id.to_string(),
            telemetry: who.telemetry,
            native_prompts: who.native_prompts,
            user: who.user,
            harness: who.harness,
            team: who.team,
            started_at: rfc3339(who.started),
            started_at_unix_nano: who.started,
            month: month_of(who.started),
            last_span_at: rfc3339(who.last),
            closed: who.closed_by.is_some(),
            closed_by: who.closed_by,
            expertise_level: level.0,
            band: level.band(),
            expertise_score: v.exp.score,
            expertise_signals: v.exp.signals,
            work_mode: v.mode.mode,
            work_mode_source: v.mode.source,
            mode_scores: v.mode.scores,
            mode_agreement: v.mode_agreement,
            verified_success: v.out.verified_success,
            judge_success: v.out.judge_success,
            evidence: v.out.evidence,
            evidence_counts: v.out.evidence_counts,
            trouble: v.out.trouble,
            trouble_events: v.out.trouble_events,
            resolved: v.out.resolved,
            abandoned: v.out.abandoned,
            events: v.events,
            events_left_out: v.out.events_left_out,
            labour: work.labour,
            actions: work.actions,
            output_words: work.output_words,
            pending_actions: work.pending_actions,
            prompts: work.prompts,
        }
    }
}

/// What a record is made of, from the spans or from the assembly state.
struct Parts<'a> {
    /// The hook's prompts, then the native ones.
    prompts: Vec<PromptView<'a>>,
    hook_prompts: usize,
    telemetry: Telemetry,
    user: String,
    harness: String,
    team: String,
    started: u64,
    last: u64,
    /// A `coxswain.session.end` span arrived.
    ended: bool,
    pending: u64,
    /// The tally of the hook's actions whose prompt root has not arrived ([`waiting_tally`]).
    waiting: ActionTally,
}

/// The prompt index the waiting actions are placed at: before (or with) the first prompt, so
/// their trouble and evidence come before every prompt's, and a root that adopts them later
/// only moves them on.
pub const WAITING_INDEX: u64 = 0;

/// The root of the waiting actions' view: none (no prompt asked for them).
static NO_ROOT: std::sync::LazyLock<SpanFacts> = std::sync::LazyLock::new(SpanFacts::default);

/// Actions waiting for their root as the outcome and mode classifiers see them: facts of the
/// session placed before its first prompt ([`WAITING_INDEX`]), under no prompt root, so they
/// count in no prompt, state no intent and show on no prompt's timeline. A resumed or compacted
/// transcript's first actions are such (the rule: they belong to no prompt of the
/// file).
pub fn waiting_view(tally: &ActionTally) -> PromptView<'static> {
    PromptView { index: WAITING_INDEX, root: &NO_ROOT, actions: tally.clone() }
}

/// A waiting actions' tally without timeline marks (they show on no prompt's timeline).
pub fn waiting_tally(mut t: ActionTally) -> ActionTally {
    t.marks.clear();
    t.marks_left_out = 0;
    t
}

/// How a session whose last span is at `last` stands closed by `clock`.
fn closed_by(ended: bool, last: u64, clock: Clock) -> Option<ClosedBy> {
    if ended {
        Some(ClosedBy::End)
    } else if clock.newest_seen.saturating_sub(last)
        >= clock.idle_close_secs.saturating_mul(1_000_000_000)
    {
        Some(ClosedBy::Idle)
    } else {
        None
    }
}

/// Runs the classifiers over a session's parts and builds its record and summary.
fn record_of(
    session_id: &str,
    parts: Parts<'_>,
    clock: Clock,
    classifiers: &Classifiers,
    cache: Option<&VerdictCache>,
    digest: impl FnOnce() -> [u8; 32],
) -> Result<Option<(SessionRecord, Summary)>, StoreError> {
    let Parts {
        prompts,
        hook_prompts,
        telemetry,
        user,
        harness,
        team,
        started,
        last,
        ended,
        pending,
        waiting,
    } = parts;
    let closed_by = closed_by(ended, last, clock);
    let closed = closed_by.is_some();

    // The outcome and the mode also see the actions that wait for their root, before the
    // first prompt; nothing else does.
    let mut judged = Vec::with_capacity(prompts.len() + 1);
    if waiting.actions > 0 {
        judged.push(waiting_view(&waiting));
    }
    let own = judged.len();
    judged.extend(prompts);
    let prompts = &judged[own..];
    let view = SessionView { session_id, prompts: &judged, closed };
    // Expertise and the division of labour read the prompt's words, which only the hook sends:
    // they see the hook's prompts only.
    let hook_view = SessionView { session_id, prompts: &prompts[..hook_prompts], closed };
    let memo = cache.filter(|_| classifiers.any_memoised()).map(|c| (c, digest()));
    let memo = memo.as_ref().map(|(c, d)| (*c, d));
    let c = classifiers;
    let exp =
        verdict(memo, c.expertise.memo_key(), session_id, || c.expertise.classify(&hook_view))?;
    let mode_verdict =
        verdict(memo, c.work_mode.memo_key(), session_id, || c.work_mode.classify(&view))?;
    let out = verdict(memo, c.outcome.memo_key(), session_id, || c.outcome.judge(&view))?;
    let agreement = work_mode::agrees(mode_verdict.mode, &view);
    let labour = labour::divide(&prompts[..hook_prompts]);

    let prompt_records: Vec<PromptRecord> = prompts.iter().map(PromptRecord::of).collect();
    let who = Who {
        telemetry,
        native_prompts: (prompts.len() - hook_prompts) as u64,
        user,
        harness,
        team,
        started,
        last,
        closed_by,
    };
    let events = out.events.iter().map(EventRecord::from).collect();
    let verdicts = Verdicts { exp, mode: mode_verdict, mode_agreement: agreement, out, events };
    let record = SessionRecord::of(
        session_id,
        who,
        verdicts,
        Work {
            labour,
            actions: prompt_records.iter().fold(0, |n, p| n.saturating_add(p.actions)),
            output_words: prompt_records.iter().fold(0, |n, p| n.saturating_add(p.output_words)),
            pending_actions: pending,
            prompts: prompt_records,
        },
    );
    let summary = Summary::of(&record);
    Ok(Some((record, summary)))
}

/// A session's record and summary from its assembly state (prompts with their action tallies,
/// never the raw spans): the same as deriving from the spans the state was built from. `None`
/// when the state has no span, or holds native events (those are assembled from the spans, see
/// [`derive_cached`]).
pub fn derive_state(
    session_id: &str,
    state: &SessionState,
    clock: Clock,
    classifiers: &Classifiers,
    cache: Option<&VerdictCache>,
) -> Result<Option<(SessionRecord, Summary)>, StoreError> {
    if state.spans == 0 || state.native > 0 {
        return Ok(None);
    }
    let prompts: Vec<PromptView<'_>> = state
        .prompts
        .iter()
        .map(|(&index, p)| PromptView { index, root: &p.root, actions: p.tally.clone() })
        .collect();
    // The first non-empty value among the roots in index order, else among all spans by start.
    let first = |f: fn(&SpanFacts) -> &str, k: usize| {
        let from_roots = prompts.iter().map(|p| f(p.root)).find(|v| !v.is_empty());
        from_roots.or_else(|| state.first[k].as_ref().map(|(_, v)| v.as_str())).unwrap_or("")
    };
    let user = first(|s| &s.user, 0).to_string();
    let harness = match first(|s| &s.harness, 1) {
        "" => "unknown".to_string(),
        h => h.to_string(),
    };
    let team = first(|s| &s.team, 2).to_string();
    let started = prompts.first().map(|p| p.root.start).unwrap_or(state.min_start);
    let parts = Parts {
        hook_prompts: prompts.len(),
        prompts,
        telemetry: Telemetry::Hook,
        user,
        harness,
        team,
        started,
        last: state.last,
        ended: state.ended,
        pending: state.pending,
        waiting: state.waiting.clone(),
    };
    record_of(session_id, parts, clock, classifiers, cache, || state.span_set_digest())
}

/// A session's record and summary without their prompts (`prompts` and `events` empty), from its
/// state's head alone: the classifiers judge it from the head's running sums, so it costs the
/// same at any size. With [`prompt_parts`] of every prompt, the record is the one
/// [`derive_state`] gives. `None` when the state has no span or holds native events, or when a
/// classifier cannot judge from the sums (the session is then derived whole).
pub fn derive_head(
    session_id: &str,
    state: &SessionState,
    clock: Clock,
    classifiers: &Classifiers,
) -> Option<(SessionRecord, Summary)> {
    if state.spans == 0 || state.native > 0 || state.full || state.stale {
        return None;
    }
    let sums = &state.sums;
    let closed_by = closed_by(state.ended, state.last, clock);
    let closed = closed_by.is_some();
    let exp = classifiers.expertise.judge_sums(&sums.expertise)?;
    let mode = classifiers.work_mode.judge_sums(&sums.mode)?;
    let out = classifiers.outcome.judge_sums(&sums.outcome, closed)?;
    let named = |k: usize| {
        let from_roots = state.named[k].as_ref().map(|(_, v)| v.as_str());
        from_roots.or_else(|| state.first[k].as_ref().map(|(_, v)| v.as_str())).unwrap_or("")
    };
    let harness = match named(1) {
        "" => "unknown".to_string(),
        h => h.to_string(),
    };
    let started = state.opening.map_or(state.min_start, |(_, start)| start);
    let who = Who {
        telemetry: Telemetry::Hook,
        native_prompts: 0,
        user: named(0).to_string(),
        harness,
        team: named(2).to_string(),
        started,
        last: state.last,
        closed_by,
    };
    let mode_agreement = work_mode::agrees_with(mode.mode, &sums.mode.tally());
    let verdicts = Verdicts { exp, mode, mode_agreement, out, events: Vec::new() };
    let record = SessionRecord::of(
        session_id,
        who,
        verdicts,
        Work {
            labour: labour::of_sums(&sums.labour),
            // The outcome's sums count the waiting actions too; the record's count is its
            // prompts'.
            actions: (sums.outcome.actions.max(0) as u64).saturating_sub(state.waiting.actions),
            output_words: state.output_words,
            pending_actions: state.pending,
            prompts: Vec::new(),
        },
    );
    let summary = Summary::of(&record);
    Some((record, summary))
}

/// A prompt's record and its events on the session's timeline (the rules' events, see
/// [`crate::classifier::OutcomeClassifier::judge_sums`]).
pub fn prompt_parts(index: u64, p: &PromptState) -> (PromptRecord, Vec<EventRecord>) {
    let view = PromptView { index, root: &p.root, actions: p.tally.clone() };
    let events = outcome::prompt_events(&view).iter().map(EventRecord::from).collect();
    (PromptRecord::of(&view), events)
}
