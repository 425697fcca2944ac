//! A session's records as a pure function of its stored spans (through its assembly state,
//! `super::state`): prompts with their actions, the classifiers' verdicts, and the compact
//! summary the report scans.

use serde::{Deserialize, Serialize};

use super::state::SessionState;
use super::store::StoreError;
use super::summary::Summary;
use super::verdicts::VerdictCache;
use crate::classifier::Classifiers;
use crate::classifier::expertise::ExpertiseSignals;
use crate::classifier::labour::{self, Labour};
use crate::classifier::outcome::{Evidence, EvidenceCounts};
use crate::classifier::work_mode::{self, ModeScores, ModeSource, WorkMode};
use crate::classifier::{Band, ExpertiseLevel};
use crate::model::{SessionView, SpanFacts};
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

/// How a session closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClosedBy {
    /// Its `coxswain.session.end` span.
    End,
    /// No span for `idle_close_secs` (against the newest span time seen).
    Idle,
}

/// One session, as served by `/v1/sessions/{id}` (MEASURES.md documents the fields).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SessionRecord {
    /// Harness session id.
    pub session_id: String,
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
    derive_state(session_id, &SessionState::build(spans), clock, classifiers, cache)
}

/// A session's record and summary from its assembly state (prompts with their action tallies,
/// never the raw spans): the same as deriving from the spans the state was built from.
pub fn derive_state(
    session_id: &str,
    state: &SessionState,
    clock: Clock,
    classifiers: &Classifiers,
    cache: Option<&VerdictCache>,
) -> Result<Option<(SessionRecord, Summary)>, StoreError> {
    if state.spans == 0 {
        return Ok(None);
    }
    let prompts: Vec<PromptView<'_>> = state
        .prompts
        .iter()
        .map(|(&index, p)| PromptView { index, root: &p.root, actions: p.tally })
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
    let last = state.last;
    let pending = state.pending;
    let closed_by = if state.ended {
        Some(ClosedBy::End)
    } else if clock.newest_seen.saturating_sub(last)
        >= clock.idle_close_secs.saturating_mul(1_000_000_000)
    {
        Some(ClosedBy::Idle)
    } else {
        None
    };
    let closed = closed_by.is_some();

    let view = SessionView { session_id, prompts: &prompts, closed };
    let memo = cache.filter(|_| classifiers.any_memoised()).map(|c| (c, state.span_set_digest()));
    let memo = memo.as_ref().map(|(c, d)| (*c, d));
    let c = classifiers;
    let exp = verdict(memo, c.expertise.memo_key(), session_id, || c.expertise.classify(&view))?;
    let mode_verdict =
        verdict(memo, c.work_mode.memo_key(), session_id, || c.work_mode.classify(&view))?;
    let out = verdict(memo, c.outcome.memo_key(), session_id, || c.outcome.judge(&view))?;
    let (mode, mode_source, mode_scores) =
        (mode_verdict.mode, mode_verdict.source, mode_verdict.scores);
    let agreement = work_mode::agrees(mode, &view);
    let labour = labour::divide(&prompts);

    let prompt_records: Vec<PromptRecord> = prompts
        .iter()
        .map(|p| PromptRecord {
            index: p.index,
            actions: p.actions.actions,
            subagent_actions: p.actions.subagent,
            output_words: p.root.output_words,
            words: p.root.words,
            intent: p.root.intent.clone(),
            end_reason: p.root.end_reason.clone(),
            started_at: rfc3339(p.root.start),
            input_tokens: p.root.tokens.map(|t| t[0]),
            output_tokens: p.root.tokens.map(|t| t[1]),
            cache_read_tokens: p.root.tokens.map(|t| t[2]),
            cache_creation_tokens: p.root.tokens.map(|t| t[3]),
            model: (!p.root.model.is_empty()).then(|| p.root.model.clone()),
        })
        .collect();
    let level = ExpertiseLevel(exp.level.0);
    let record = SessionRecord {
        session_id: session_id.to_string(),
        user,
        harness,
        team,
        started_at: rfc3339(started),
        started_at_unix_nano: started,
        month: month_of(started),
        last_span_at: rfc3339(last),
        closed,
        closed_by,
        expertise_level: level.0,
        band: level.band(),
        expertise_score: exp.score,
        expertise_signals: exp.signals,
        work_mode: mode,
        work_mode_source: mode_source,
        mode_scores,
        mode_agreement: agreement,
        verified_success: out.verified_success,
        judge_success: out.judge_success,
        evidence: out.evidence,
        evidence_counts: out.evidence_counts,
        trouble: out.trouble,
        trouble_events: out.trouble_events,
        resolved: out.resolved,
        abandoned: out.abandoned,
        labour,
        actions: prompt_records.iter().fold(0, |n, p| n.saturating_add(p.actions)),
        output_words: prompt_records.iter().fold(0, |n, p| n.saturating_add(p.output_words)),
        pending_actions: pending,
        prompts: prompt_records,
    };
    let summary = Summary::of(&record);
    Ok(Some((record, summary)))
}
