//! Evidence, trouble, the success judge, verified success and abandonment (MEASURES.md,
//! "Evidence, trouble, success, abandonment").

use serde::{Deserialize, Serialize};

pub use crate::model::EventCause;
use crate::model::SessionView;

/// Kinds of hard evidence that a session succeeded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Evidence {
    /// A test run that passed.
    TestsPassed,
    /// A successful `git commit`.
    Commit,
    /// A later prompt confirming the work (`confirms`, index > 0).
    UserConfirmation,
}

impl Evidence {
    /// Every kind, in report order.
    pub const ALL: [Evidence; 3] =
        [Evidence::TestsPassed, Evidence::Commit, Evidence::UserConfirmation];

    /// The JSON name.
    pub fn as_str(self) -> &'static str {
        match self {
            Evidence::TestsPassed => "tests_passed",
            Evidence::Commit => "commit",
            Evidence::UserConfirmation => "user_confirmation",
        }
    }
}

/// Evidence counts per kind.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EvidenceCounts {
    /// Passing test runs.
    pub tests_passed: u64,
    /// Commits.
    pub commit: u64,
    /// Confirmations.
    pub user_confirmation: u64,
}

/// One evidence or trouble event, for the session's timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutcomeEvent {
    /// What it was.
    pub cause: EventCause,
    /// The prompt it belongs to (its index).
    pub prompt: u64,
    /// When: the action's start, the prompt's start (failure report, confirmation) or its end
    /// (`stop_failure`), Unix ns.
    pub at: u64,
}

/// The outcome of one session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    /// Kinds of evidence present, in [`Evidence::ALL`] order.
    pub evidence: Vec<Evidence>,
    /// Evidence events per kind.
    pub evidence_counts: EvidenceCounts,
    /// Trouble events (an action counts once however many ways it failed).
    pub trouble_events: u64,
    /// Any trouble event.
    pub trouble: bool,
    /// Some evidence event comes after the last trouble event (false when there is no trouble).
    pub resolved: bool,
    /// The built-in judge: at least one action, trouble resolved, last prompt not a failure report.
    pub judge_success: bool,
    /// Judge AND at least one evidence item.
    pub verified_success: bool,
    /// Closed with unresolved trouble.
    pub abandoned: bool,
    /// Every evidence and trouble event in event order, but a prompt's action events beyond its
    /// first [`crate::model::MARKS_PER_PROMPT`] (counted in `events_left_out`). Empty from a
    /// classifier that gives none; cached verdicts from before the timeline have none.
    #[serde(default)]
    pub events: Vec<OutcomeEvent>,
    /// Action events not in `events`: beyond the first [`crate::model::MARKS_PER_PROMPT`] of
    /// their prompt.
    #[serde(default)]
    pub events_left_out: u64,
}

/// Position of an event in the session: (prompt index, phase, action start, span id, step).
/// Phase 0 is a prompt's start (failure reports, confirmations), 1 its actions, 2 its end
/// (`stop_failure`). Within one action its trouble comes before its evidence (a retry that
/// passes resolves).
type Position = (u64, u8, u64, [u8; 8], u8);

/// Judges a session's outcome. The built-in [`RuleOutcome`] follows MEASURES.md.
pub trait OutcomeClassifier: Send + Sync {
    /// Judges the session (prompts in index order, actions by start time).
    fn judge(&self, session: &SessionView<'_, '_>) -> Outcome;
    /// As [`super::ExpertiseClassifier::memo_key`].
    fn memo_key(&self) -> Option<&str> {
        None
    }
}

/// The evidence rules of MEASURES.md.
#[derive(Debug, Clone, Copy, Default)]
pub struct RuleOutcome;

impl OutcomeClassifier for RuleOutcome {
    fn judge(&self, session: &SessionView<'_, '_>) -> Outcome {
        judge(session)
    }
}

/// Judges one session by the evidence rules.
pub fn judge(session: &SessionView<'_, '_>) -> Outcome {
    let (prompts, closed) = (session.prompts, session.closed);
    let mut counts = EvidenceCounts::default();
    let mut last_trouble: Option<Position> = None;
    let mut last_evidence: Option<Position> = None;
    let mut trouble_events = 0u64;
    let mut actions = 0u64;
    let mut note_trouble = |pos: Position, n: &mut u64, events: u64| {
        *n = n.saturating_add(events);
        if last_trouble.is_none_or(|t| pos > t) {
            last_trouble = Some(pos);
        }
    };
    let mut note_evidence = |pos: Position| {
        if last_evidence.is_none_or(|e| pos > e) {
            last_evidence = Some(pos);
        }
    };
    let (mut events, mut events_left_out) = (Vec::new(), 0u64);
    for p in prompts {
        let i = p.index;
        let r = p.root;
        let mut event = |cause, at| events.push(OutcomeEvent { cause, prompt: i, at });
        if r.reports_failure {
            note_trouble((i, 0, 0, [0; 8], 0), &mut trouble_events, 1);
            event(EventCause::ReportsFailure, r.start);
        }
        if i > 0 && r.confirms {
            counts.user_confirmation += 1;
            note_evidence((i, 0, 0, [0; 8], 1));
            event(EventCause::UserConfirmation, r.start);
        }
        let t = &p.actions;
        actions = actions.saturating_add(t.actions);
        // Each trouble action is one event; only the last one's position matters.
        if let Some((start, id)) = t.last_trouble {
            note_trouble((i, 1, start, id, 0), &mut trouble_events, t.trouble);
        }
        counts.tests_passed = counts.tests_passed.saturating_add(t.tests_passed);
        counts.commit = counts.commit.saturating_add(t.commits);
        if let Some((start, id)) = t.last_evidence {
            note_evidence((i, 1, start, id, 1));
        }
        // The timeline: the marks kept in event order, and how many were left out.
        for m in &t.marks {
            event(m.cause, m.start);
        }
        events_left_out = events_left_out.saturating_add(t.marks_left_out);
        if r.end_reason == "stop_failure" {
            note_trouble((i, 2, 0, [0; 8], 0), &mut trouble_events, 1);
            event(EventCause::StopFailure, r.end.max(r.start));
        }
    }
    let trouble = last_trouble.is_some();
    // Nothing to resolve without trouble: `resolved` is false then, and the judge asks for
    // "no trouble or resolved".
    let resolved = matches!((last_trouble, last_evidence), (Some(t), Some(e)) if e > t);
    let last_reports_failure = prompts.last().is_some_and(|p| p.root.reports_failure);
    let judge_success = actions > 0 && (!trouble || resolved) && !last_reports_failure;
    let mut evidence = Vec::new();
    for (kind, n) in [
        (Evidence::TestsPassed, counts.tests_passed),
        (Evidence::Commit, counts.commit),
        (Evidence::UserConfirmation, counts.user_confirmation),
    ] {
        if n > 0 {
            evidence.push(kind);
        }
    }
    Outcome {
        verified_success: judge_success && !evidence.is_empty(),
        abandoned: closed && trouble && !resolved,
        evidence,
        evidence_counts: counts,
        trouble_events,
        trouble,
        resolved,
        judge_success,
        events,
        events_left_out,
    }
}
