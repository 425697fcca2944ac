//! Evidence, trouble, the success judge, verified success and abandonment (MEASURES.md,
//! "Evidence, trouble, success, abandonment").

use serde::{Deserialize, Serialize};

pub use crate::model::EventCause;
use crate::model::{PromptView, SessionView};

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
    /// The built-in judge: at least one action, trouble resolved, last prompt not an unresolved
    /// failure report.
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
pub type Position = (u64, u8, u64, [u8; 8], u8);

/// Judges a session's outcome. The built-in [`RuleOutcome`] follows MEASURES.md.
pub trait OutcomeClassifier: Send + Sync {
    /// Judges the session (prompts in index order, actions by start time).
    fn judge(&self, session: &SessionView<'_, '_>) -> Outcome;
    /// As [`super::ExpertiseClassifier::memo_key`].
    fn memo_key(&self) -> Option<&str> {
        None
    }
    /// The outcome from the session's running sums, without `events`: a classifier that
    /// answers here has each prompt's events be [`prompt_events`]. `None` (the default) has
    /// the assembler show it the whole session instead.
    fn judge_sums(&self, _sums: &OutcomeSums, _closed: bool) -> Option<Outcome> {
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

    fn judge_sums(&self, sums: &OutcomeSums, closed: bool) -> Option<Outcome> {
        Some(sums.outcome(closed, Vec::new()))
    }
}

/// What the evidence rules read of a session, summed over its prompts, so a prompt added (or
/// taken back) costs one prompt, not the session.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OutcomeSums {
    /// Actions.
    pub actions: i64,
    /// Trouble events.
    pub trouble_events: i64,
    /// Evidence events: passing test runs, commits, confirmations.
    pub evidence: [i64; 3],
    /// Action events left out of the timeline.
    pub events_left_out: i64,
    /// The last trouble event's position.
    pub last_trouble: Option<Position>,
    /// The last evidence event's position.
    pub last_evidence: Option<Position>,
    /// The last prompt (the highest index) and whether it reports a failure.
    pub last_prompt: Option<(u64, bool)>,
}

impl OutcomeSums {
    /// Adds (`sign` 1) or takes back (`sign` -1) a prompt's share; taking back leaves the
    /// positions as they are (a prompt is taken back only to be added again with more actions,
    /// which moves them on, never back).
    pub fn prompt(&mut self, p: &PromptView<'_>, sign: i64) {
        let (i, r, t) = (p.index, p.root, &p.actions);
        let mut trouble = Vec::new();
        let mut evidence = Vec::new();
        let mut events = 0i64;
        let reports_failure = reports_failure(p);
        if reports_failure {
            events += 1;
            trouble.push((i, 0, 0, [0; 8], 0));
        }
        let confirms = i > 0 && r.confirms;
        if confirms {
            evidence.push((i, 0, 0, [0; 8], 1));
        }
        // Each trouble action is one event; only the last one's position matters.
        if let Some((start, id)) = t.last_trouble {
            events += t.trouble as i64;
            trouble.push((i, 1, start, id, 0));
        }
        if let Some((start, id)) = t.last_evidence {
            evidence.push((i, 1, start, id, 1));
        }
        if r.end_reason == "stop_failure" {
            events += 1;
            trouble.push((i, 2, 0, [0; 8], 0));
        }
        self.actions += sign * t.actions as i64;
        self.trouble_events += sign * events;
        let found = [t.tests_passed as i64, t.commits as i64, i64::from(confirms)];
        for (sum, n) in self.evidence.iter_mut().zip(found) {
            *sum += sign * n;
        }
        self.events_left_out += sign * t.marks_left_out as i64;
        if sign < 0 {
            return;
        }
        self.last_trouble = self.last_trouble.max(trouble.into_iter().max());
        self.last_evidence = self.last_evidence.max(evidence.into_iter().max());
        if self.last_prompt.is_none_or(|(l, _)| i >= l) {
            self.last_prompt = Some((i, reports_failure));
        }
    }

    /// The outcome of a session with these sums and `events` on its timeline.
    pub fn outcome(&self, closed: bool, events: Vec<OutcomeEvent>) -> Outcome {
        let n = |v: i64| v.max(0) as u64;
        let counts = EvidenceCounts {
            tests_passed: n(self.evidence[0]),
            commit: n(self.evidence[1]),
            user_confirmation: n(self.evidence[2]),
        };
        let trouble = self.last_trouble.is_some();
        // Nothing to resolve without trouble: `resolved` is false then, and the judge asks for
        // "no trouble or resolved".
        let resolved =
            matches!((self.last_trouble, self.last_evidence), (Some(t), Some(e)) if e > t);
        // A last prompt's failure report counts against success unless evidence after it (in
        // that prompt: the fix, its passing tests) resolves it, as any trouble is resolved.
        let last_reports_failure = self.last_prompt.is_some_and(|(_, f)| f) && !resolved;
        let judge_success = self.actions > 0 && (!trouble || resolved) && !last_reports_failure;
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
            trouble_events: n(self.trouble_events),
            trouble,
            resolved,
            judge_success,
            events,
            events_left_out: n(self.events_left_out),
        }
    }
}

/// One prompt's evidence and trouble events in event order: a failure report and a
/// confirmation at its start, its actions' marks, a `stop_failure` at its end.
pub fn prompt_events(p: &PromptView<'_>) -> Vec<OutcomeEvent> {
    let (i, r) = (p.index, p.root);
    let mut events = Vec::with_capacity(p.actions.marks.len() + 2);
    let mut event = |cause, at| events.push(OutcomeEvent { cause, prompt: i, at });
    if reports_failure(p) {
        event(EventCause::ReportsFailure, r.start);
    }
    if i > 0 && r.confirms {
        event(EventCause::UserConfirmation, r.start);
    }
    for m in &p.actions.marks {
        event(m.cause, m.start);
    }
    if r.end_reason == "stop_failure" {
        event(EventCause::StopFailure, r.end.max(r.start));
    }
    events
}

/// Whether a prompt reports that the previous result failed: a failure report in the first
/// prompt describes the problem the session starts from, not trouble of the session.
fn reports_failure(p: &PromptView<'_>) -> bool {
    p.index > 0 && p.root.reports_failure
}

/// Judges one session by the evidence rules.
pub fn judge(session: &SessionView<'_, '_>) -> Outcome {
    let mut sums = OutcomeSums::default();
    let mut events = Vec::new();
    for p in session.prompts {
        sums.prompt(p, 1);
        events.extend(prompt_events(p));
    }
    sums.outcome(session.closed, events)
}
