//! Ground truth by the rules of `collector/MEASURES.md`, computed from the generated events alone:
//! evidence, trouble, resolution, the judge, verified success and abandonment; plus the per-level
//! and per-band aggregates the end-to-end test compares with the collector's report.

use serde_json::{Value, json};

use agent_hook::signals::action::{self as hook_action, ToolOutcome};
use agent_hook::signals::prompt::PromptFeatures;
use coxswain_collector::classifier::WorkMode;

use crate::expertise;
use crate::plan::{End, Session};
use crate::tools::{Action, Outcome as ToolResult};

/// Evidence kinds in the order the report lists them.
pub const EVIDENCE: [&str; 3] = ["tests_passed", "commit", "user_confirmation"];

#[derive(Debug, Clone, Copy, PartialEq)]
enum Event {
    Trouble,
    Evidence(usize),
}

/// The outcome of one session under MEASURES.md.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub evidence: Vec<&'static str>,
    pub trouble: bool,
    pub resolved: bool,
    pub judge: bool,
    pub verified_success: bool,
    pub abandoned: bool,
    pub score: f64,
    /// Trouble events (an action once however many ways it failed).
    pub trouble_events: usize,
}

/// Events ordered by (prompt index, action start): a confirmation and a failure report at the
/// start of their prompt, actions in order, a StopFailure at the prompt's end.
pub fn outcome(s: &Session) -> Outcome {
    let mut events = Vec::new();
    let mut actions = 0usize;
    for (i, p) in s.prompts.iter().enumerate() {
        if p.features.confirms && !p.features.reports_failure && i > 0 {
            events.push(Event::Evidence(2));
        }
        // A failure report is about the previous result: the first prompt has none.
        if p.features.reports_failure && i > 0 {
            events.push(Event::Trouble);
        }
        for a in p.actions() {
            actions += 1;
            if a.failed() || a.test == Some(false) || a.retry {
                events.push(Event::Trouble);
            }
            if a.test == Some(true) && !a.failed() {
                events.push(Event::Evidence(0));
            }
            if a.commit && !a.failed() {
                events.push(Event::Evidence(1));
            }
        }
        if matches!(p.end, End::StopFailure(_)) {
            events.push(Event::Trouble);
        }
    }
    let last_trouble = events.iter().rposition(|e| *e == Event::Trouble);
    let trouble = last_trouble.is_some();
    let resolved = match last_trouble {
        Some(t) => events[t + 1..].iter().any(|e| matches!(e, Event::Evidence(_))),
        None => false,
    };
    let last_reports =
        s.prompts.len() > 1 && s.prompts.last().is_some_and(|p| p.features.reports_failure);
    let judge = actions > 0 && (!trouble || resolved) && (!last_reports || resolved);
    let evidence: Vec<&'static str> =
        (0..3).filter(|k| events.contains(&Event::Evidence(*k))).map(|k| EVIDENCE[k]).collect();
    let verified_success = judge && !evidence.is_empty();
    let abandoned = s.closed && trouble && !resolved;
    let trouble_events = events.iter().filter(|e| **e == Event::Trouble).count();
    Outcome {
        evidence,
        trouble,
        resolved,
        judge,
        verified_success,
        abandoned,
        score: score(s),
        trouble_events,
    }
}

/// The session's expertise score: 3/4 of the mean of its scored prompts' points, each weighted
/// by its words (at most 60, the first scored prompt's 1.5 times), plus 1/4 of the best scored
/// prompt with at least 5 words.
pub fn score(s: &Session) -> f64 {
    // Each sum and the peak twice: with the checks asked and without them.
    let (mut sum, mut unchecked_sum, mut weight) = (0.0, 0.0, 0.0);
    let mut peak = None::<(f64, f64)>;
    for (i, p) in s.prompts.iter().enumerate() {
        if p.words == 0 || expertise::is_bare_confirmation(&p.features, p.words) {
            continue;
        }
        let w = expertise::weight(p.words, weight == 0.0);
        let points = expertise::prompt_points(&p.features, i, p.agent_corrects);
        let unchecked = points - expertise::verification_points(&p.features);
        sum += w * points;
        unchecked_sum += w * unchecked;
        weight += w;
        // The first of equal peaks, as the collector keeps it.
        if p.words >= 5 && peak.is_none_or(|(b, _)| points > b) {
            peak = Some((points, unchecked));
        }
    }
    let blended = |sum: f64, peak: Option<f64>| {
        if weight == 0.0 { 0.0 } else { expertise::blend(sum / weight, peak) }
    };
    let checked = blended(sum, peak.map(|p| p.0));
    let unchecked = blended(unchecked_sum, peak.map(|p| p.1));
    // v14: checks asked lift no session into level 4 whose other points stay below it.
    let level4 = expertise::level_interval(4).0;
    let score = if unchecked < level4 && checked >= level4 {
        unchecked.max(expertise::CHECKS_CEILING)
    } else {
        checked
    };
    // v13: a session whose first prompt opens with an order naming its object is at least level 3.
    if s.prompts.first().is_some_and(|p| expertise::orders_by_name(&p.features)) {
        score.max(expertise::ORDER_FLOOR)
    } else {
        score
    }
}

/// The work mode by MEASURES.md's rules, restated: every prompt's intent (the first 3 points,
/// later ones 1 each and at most 3 per mode) plus the actions' evidence (2 points per document
/// written, data file or data command unless the first prompt asks for a fix, deploy command,
/// new code file unless deploy commands outnumber them — at most 6 per kind; 1
/// for any test run; 6 for planning when a plan was made and nothing changed, else 3 for
/// exploring when nothing changed, 1 for planning when a plan was made without edits); the
/// highest score wins, ties in the order fixing, operating, analysing, writing, testing,
/// planning, exploring, building; `other` when nothing scored.
pub fn work_mode(s: &Session) -> WorkMode {
    // The lists and the tie order are the collector's (data, documented in MEASURES.md); the
    // scoring below is restated.
    use coxswain_collector::classifier::work_mode::{
        DATA_FILE_EXTENSIONS as DATA, DOC_EXTENSIONS as DOCS, TIE_ORDER,
    };
    let mut score: std::collections::BTreeMap<WorkMode, u64> = Default::default();
    let mut later: std::collections::BTreeMap<WorkMode, u64> = Default::default();
    let mut first = None;
    for (i, p) in s.prompts.iter().enumerate() {
        let intent = WorkMode::parse(PromptFeatures::of(&p.text).intent);
        if i == 0 {
            first = intent;
        }
        if let Some(m) = intent {
            *(if i == 0 { &mut score } else { &mut later }).entry(m).or_default() +=
                if i == 0 { 3 } else { 1 };
        }
    }
    for (m, v) in later {
        *score.entry(m).or_default() += v.min(3);
    }
    let signals: Vec<hook_action::ActionSignals> = s
        .prompts
        .iter()
        .flat_map(|p| p.actions())
        .map(|a: &Action| {
            let outcome = match &a.outcome {
                ToolResult::Ok { response, .. } => ToolOutcome::Succeeded { response },
                ToolResult::Failed { error } => ToolOutcome::Failed { error, interrupted: false },
            };
            hook_action::signals(a.tool, &a.input, outcome)
        })
        .collect();
    let ext = |a: &hook_action::ActionSignals, list: &[&str]| {
        a.file_extension.as_deref().is_some_and(|e| list.contains(&e))
    };
    let kind = |a: &hook_action::ActionSignals| a.command.as_ref().map(|c| c.kind).unwrap_or("");
    let edit = |a: &hook_action::ActionSignals| matches!(a.category, "edit" | "write");
    let operates = signals.iter().filter(|a| kind(a) == "operate").count();
    let code_write = |a: &hook_action::ActionSignals| {
        a.category == "write" && a.lines_added.unwrap_or(0) > 0 && !ext(a, &DOCS) && !ext(a, &DATA)
    };
    let code_writes = signals.iter().filter(|a| code_write(a)).count();
    let mut add_per_action = |m: WorkMode, f: &dyn Fn(&hook_action::ActionSignals) -> bool| {
        let n = signals.iter().filter(|a| f(a)).count() as u64;
        *score.entry(m).or_default() += (2 * n).min(6);
    };
    add_per_action(WorkMode::Writing, &|a| edit(a) && ext(a, &DOCS));
    // v14: a fix asked for runs its data; code written for an operation builds nothing.
    if first != Some(WorkMode::Fixing) {
        add_per_action(WorkMode::Analysing, &|a| kind(a) == "data" || ext(a, &DATA));
    }
    add_per_action(WorkMode::Operating, &|a| kind(a) == "operate");
    if operates <= code_writes {
        add_per_action(WorkMode::Building, &code_write);
    }
    if signals.iter().any(|a| kind(a) == "test" || a.test_outcome.is_some()) {
        *score.entry(WorkMode::Testing).or_default() += 1;
    }
    let plan = signals.iter().any(|a| a.category == "plan");
    let changes = |a: &hook_action::ActionSignals| {
        edit(a) || a.commit || matches!(kind(a), "operate" | "install" | "data")
    };
    if !signals.is_empty() && !signals.iter().any(changes) {
        *score.entry(if plan { WorkMode::Planning } else { WorkMode::Exploring }).or_default() +=
            if plan { 6 } else { 3 };
    } else if plan && !signals.iter().any(edit) {
        *score.entry(WorkMode::Planning).or_default() += 1;
    }
    let mut best = (WorkMode::Other, 0);
    for m in TIE_ORDER {
        let v = score.get(&m).copied().unwrap_or(0);
        if v > best.1 {
            best = (m, v);
        }
    }
    best.0
}

/// One session's ground-truth record.
pub fn session_json(s: &Session, o: &Outcome) -> Value {
    let prompts: Vec<Value> = s
        .prompts
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let acts = p.actions();
            json!({
                "index": i,
                "actions": acts.len(),
                "subagent_actions": acts.iter().filter(|a| a.agent.is_some()).count(),
                "output_words": p.output_words(),
                "failed_actions": acts.iter().filter(|a| a.failed()).count(),
                "retries": acts.iter().filter(|a| a.retry).count(),
                "tests_passed": acts.iter().filter(|a| a.test == Some(true)).count(),
                "tests_failed": acts.iter().filter(|a| a.test == Some(false)).count(),
                "retests_passed": acts.iter().filter(|a| a.retry && a.test == Some(true)).count(),
                "commits": acts.iter().filter(|a| a.commit).count(),
                "prompt_words": p.words,
                "points": p.points,
                "intent": PromptFeatures::of(&p.text).intent,
                "confirms": p.features.confirms,
                "reports_failure": p.features.reports_failure,
                "user_corrects_agent": p.features.user_corrects_agent,
                "agent_corrects_user": p.agent_corrects,
                "end_reason": match p.end {
                    End::Stop => "stop",
                    End::StopFailure(_) => "stop_failure",
                    End::Interrupt => if i + 1 < s.prompts.len() { "next_prompt" } else { "session_end" },
                },
            })
        })
        .collect();
    json!({
        "session_id": s.id,
        "user": format!("user-{:03}", s.user),
        "level": s.level,
        "band": expertise::band_of(s.level),
        "expected_score": o.score,
        "work_mode": work_mode(s).as_str(),
        "written_mode": s.mode.as_str(),
        "prompts": prompts,
        "evidence": o.evidence,
        "trouble": o.trouble,
        "trouble_events": o.trouble_events,
        "resolved": o.resolved,
        "judge": o.judge,
        "verified_success": o.verified_success,
        "abandoned": o.abandoned,
        "closed": s.closed,
        "end_reason": s.end_reason,
    })
}

/// Per-group aggregates (pooled over prompts, like the report's means).
#[derive(Debug, Default, Clone)]
pub struct Aggregate {
    pub sessions: usize,
    pub prompts: usize,
    pub actions: usize,
    pub words: usize,
    pub verified_success: usize,
    pub trouble: usize,
    pub abandoned: usize,
    pub success_in_trouble: usize,
}

impl Aggregate {
    /// Adds one session.
    pub fn add(&mut self, s: &Session, o: &Outcome) {
        self.sessions += 1;
        for p in &s.prompts {
            self.prompts += 1;
            self.actions += p.actions().len();
            self.words += p.output_words();
        }
        self.verified_success += usize::from(o.verified_success);
        self.trouble += usize::from(o.trouble);
        self.abandoned += usize::from(o.abandoned);
        self.success_in_trouble += usize::from(o.trouble && o.verified_success);
    }

    /// Adds another aggregate.
    pub fn merge(&mut self, o: &Aggregate) {
        self.sessions += o.sessions;
        self.prompts += o.prompts;
        self.actions += o.actions;
        self.words += o.words;
        self.verified_success += o.verified_success;
        self.trouble += o.trouble;
        self.abandoned += o.abandoned;
        self.success_in_trouble += o.success_in_trouble;
    }

    /// As JSON.
    pub fn json(&self) -> Value {
        let per = |x: usize| {
            if self.prompts == 0 { 0.0 } else { x as f64 / self.prompts as f64 }
        };
        let rate = |x: usize, of: usize| if of == 0 { 0.0 } else { x as f64 / of as f64 };
        json!({
            "sessions": self.sessions,
            "prompts": self.prompts,
            "actions": self.actions,
            "output_words": self.words,
            "actions_per_prompt_mean": per(self.actions),
            "output_words_per_prompt_mean": per(self.words),
            "verified_success": self.verified_success,
            "trouble": self.trouble,
            "abandoned": self.abandoned,
            "verified_success_rate": rate(self.verified_success, self.sessions),
            "trouble_rate": rate(self.trouble, self.sessions),
            "success_in_trouble_rate": rate(self.success_in_trouble, self.trouble),
            "abandonment_rate": rate(self.abandoned, self.sessions - self.verified_success),
        })
    }
}
