//! Plans one session: its level and mode, its prompts (text and features), each prompt's actions
//! and words, and the story of its outcome — clean, in trouble and recovered, or in trouble and
//! left — written as concrete events (failed tests, retries, StopFailure, "still failing", passing
//! tests, commits, confirmations). The ground truth is then computed from these events alone.

use crate::expertise::Features;
use crate::params::{self, LevelParams};
use crate::prompts::{self, Role};
use crate::rng::Rng;
use crate::tools::{Action, Toolbox};
use coxswain_collector::classifier::WorkMode;

/// How a prompt's window closed.
#[derive(Debug, Clone, PartialEq)]
pub enum End {
    Stop,
    StopFailure(&'static str),
    /// The user interrupted: no Stop; the next prompt or the session end closes it.
    Interrupt,
}

/// One step of the agent's turn.
#[derive(Debug, Clone)]
pub enum Step {
    /// A text block of this many words.
    Text(usize),
    Act(Box<Action>),
}

/// One prompt and the agent's turn.
#[derive(Debug, Clone)]
pub struct Prompt {
    pub id: String,
    pub text: String,
    pub features: Features,
    pub words: usize,
    pub points: f64,
    pub agent_corrects: bool,
    /// Words of a thinking block at the start of the turn (not output words).
    pub thinking: usize,
    pub steps: Vec<Step>,
    pub end: End,
}

impl Prompt {
    /// Actions in start order (a subagent launch, then its subagent's calls).
    pub fn actions(&self) -> Vec<&Action> {
        let mut out = Vec::new();
        for s in &self.steps {
            if let Step::Act(a) = s {
                out.push(a.as_ref());
                out.extend(a.children.iter());
            }
        }
        out
    }

    /// Output words (the main agent's text blocks).
    pub fn output_words(&self) -> usize {
        self.steps.iter().map(|s| if let Step::Text(n) = s { *n } else { 0 }).sum()
    }
}

/// One planned session.
#[derive(Debug, Clone)]
pub struct Session {
    pub id: String,
    pub user: usize,
    pub level: u8,
    pub mode: WorkMode,
    pub start_ms: i64,
    pub model: &'static str,
    pub end_reason: &'static str,
    pub closed: bool,
    pub prompts: Vec<Prompt>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Special {
    TestFail,
    Retry,
    ToolFail,
    TestPass,
    Commit,
    Plan,
    /// The action that shows the session's mode to independent telemetry (an edit for building,
    /// a test run for testing, `kubectl apply` for operating, a CSV read for analysing, ...).
    Anchor,
    /// A failing test run, a fix, and the same command passing: a retry (trouble) that is its
    /// own evidence (MEASURES.md: within one action trouble comes before evidence).
    RetestPass,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Trouble {
    Action(Special),
    StopFailure,
    Reports,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Evidence {
    Action(Special),
    Confirm,
}

/// Knobs that are not per level.
#[derive(Debug, Clone, Copy)]
pub struct Knobs {
    pub scale: f64,
    pub heavy_share: f64,
    pub interrupt: f64,
    /// Share of sessions left open (no SessionEnd): the collector closes them only after its idle
    /// time, so the truth counts them as open (never abandoned).
    pub open_share: f64,
}

/// Plans session `index` of `user` at `level` and `mode`, starting at `start_ms`.
#[allow(clippy::too_many_arguments)]
pub fn session(
    rng: &mut Rng,
    user: usize,
    level: u8,
    mode: WorkMode,
    start_ms: i64,
    p: &LevelParams,
    knobs: Knobs,
) -> Session {
    let id = rng.uuid();
    let tests = matches!(mode, WorkMode::Building | WorkMode::Fixing | WorkMode::Testing);
    let commits = !matches!(mode, WorkMode::Planning | WorkMode::Exploring | WorkMode::Analysing);
    let mut n_work = rng.lognormal_count(p.prompts_mean, 0.5, 1).min(10);
    let mut specials: Vec<Vec<Special>> = vec![Vec::new(); 12];
    let mut ends: Vec<End> = vec![End::Stop; 12];
    let mut reports: Vec<bool> = vec![false; 12];
    let mut confirm_at_end = false;

    let mut evidence_kinds = vec![Evidence::Confirm];
    if commits {
        evidence_kinds.push(Evidence::Action(Special::Commit));
    }
    if tests {
        evidence_kinds.push(Evidence::Action(Special::TestPass));
    }
    let mut trouble_kinds =
        vec![Trouble::Action(Special::ToolFail), Trouble::StopFailure, Trouble::Reports];
    if tests {
        trouble_kinds.push(Trouble::Action(Special::TestFail));
        trouble_kinds.push(Trouble::Action(Special::RetestPass));
    }
    if matches!(
        mode,
        WorkMode::Building
            | WorkMode::Fixing
            | WorkMode::Operating
            | WorkMode::Analysing
            | WorkMode::Testing
    ) {
        trouble_kinds.push(Trouble::Action(Special::Retry));
    }

    let place_evidence =
        |ev: Evidence, at: usize, specials: &mut Vec<Vec<Special>>, confirm: &mut bool| match ev {
            Evidence::Confirm => *confirm = true,
            Evidence::Action(s) => specials[at].push(s),
        };

    if rng.chance(p.trouble) {
        let mut kind = *rng.pick(&trouble_kinds);
        let resolved = rng.chance(p.recover);
        if kind == Trouble::Action(Special::RetestPass) && !resolved {
            kind = Trouble::Action(Special::TestFail);
        }
        let ev = *rng.pick(&evidence_kinds);
        // Room: a report needs an earlier prompt; evidence after a prompt-level trouble needs a
        // later prompt (unless it is a confirmation, which gets a prompt of its own).
        let needs_later = resolved
            && matches!(kind, Trouble::StopFailure | Trouble::Reports)
            && ev != Evidence::Confirm;
        let min_t = if kind == Trouble::Reports { 1 } else { 0 };
        n_work = n_work.max(min_t + 1 + usize::from(needs_later));
        let max_t = n_work - 1 - usize::from(needs_later);
        let t = rng.range(min_t, max_t);
        match kind {
            Trouble::Action(s) => specials[t].push(s),
            Trouble::StopFailure => {
                let error: &'static str = rng.pick::<&'static str>(params::STOP_FAILURES);
                ends[t] = End::StopFailure(error);
            }
            Trouble::Reports => reports[t] = true,
        }
        if resolved && kind != Trouble::Action(Special::RetestPass) {
            let at = if matches!(kind, Trouble::Action(_)) { t } else { n_work - 1 };
            place_evidence(ev, at, &mut specials, &mut confirm_at_end);
            if kind == Trouble::Reports && t == n_work - 1 && ev != Evidence::Confirm {
                // The last prompt must not report failure for the judge; add one after it.
                n_work += 1;
            }
        } else if !resolved {
            if t >= 1 && ev != Evidence::Confirm && rng.chance(0.3) {
                place_evidence(ev, 0, &mut specials, &mut confirm_at_end);
            }
            if kind != Trouble::Reports && rng.chance(0.4) && n_work < 11 {
                // The user comes back once more to say it still fails, then leaves.
                reports[n_work] = true;
                n_work += 1;
            }
        }
    } else if rng.chance(p.evidence) {
        let ev = *rng.pick(&evidence_kinds);
        place_evidence(ev, n_work - 1, &mut specials, &mut confirm_at_end);
    }
    // A passing test run is evidence, so a testing session whose story has no outcome yet gets
    // no anchor (it may then disagree with telemetry, as some real sessions do).
    let has_story = confirm_at_end || specials.iter().any(|s| !s.is_empty());
    if mode == WorkMode::Planning {
        specials[0].push(Special::Plan);
    } else if mode != WorkMode::Testing || has_story {
        specials[0].insert(0, Special::Anchor);
    }

    let heavy = rng.chance(knobs.heavy_share * p.heavy);
    let mut prompts = Vec::new();
    for i in 0..n_work {
        let role = if i == 0 {
            Role::First
        } else if reports[i] {
            Role::ReportsFailure
        } else if rng.chance(p.user_corrects) && level >= 3 {
            Role::Correction
        } else {
            Role::FollowUp
        };
        let agent_corrects = rng.chance(p.agent_corrects);
        let written = prompts::write(rng, mode, level, role, agent_corrects);
        let n_actions = if heavy {
            rng.lognormal_count(params::HEAVY_ACTIONS_MEAN, 0.25, 101)
        } else {
            rng.lognormal_count(p.actions_mean * knobs.scale, 0.6, 1)
        };
        let words =
            rng.lognormal_count(p.words_mean, 0.5, 20).max(if agent_corrects { 20 } else { 0 });
        let subagent = rng.chance(p.subagent);
        let mut end = ends[i].clone();
        if end == End::Stop && rng.chance(knobs.interrupt) {
            end = End::Interrupt;
        }
        let steps = turn(rng, mode, &specials[i], n_actions, words, subagent, agent_corrects);
        prompts.push(Prompt {
            id: rng.uuid(),
            text: written.text,
            features: written.features,
            words: written.words,
            points: written.points,
            agent_corrects,
            thinking: if rng.chance(0.3) { rng.range(5, 40) } else { 0 },
            steps,
            end,
        });
    }
    if confirm_at_end {
        let written = prompts::write(rng, mode, level, Role::Confirmation, false);
        prompts.push(Prompt {
            id: rng.uuid(),
            text: written.text,
            features: written.features,
            words: written.words,
            points: 0.0,
            agent_corrects: false,
            thinking: 0,
            steps: vec![Step::Text(rng.range(3, 12))],
            end: End::Stop,
        });
    }
    let reason_weights: Vec<f64> = params::END_REASONS.iter().map(|r| r.1).collect();
    let end_reason = params::END_REASONS[rng.weighted(&reason_weights)].0;
    let model: &'static str =
        rng.pick::<&'static str>(&["claude-sonnet-4-6", "claude-opus-4-7", "claude-haiku-4-5"]);
    Session {
        id,
        user,
        level,
        mode,
        start_ms,
        model,
        end_reason,
        closed: !rng.chance(knobs.open_share),
        prompts,
    }
}

/// The agent's turn: specials in their order, filler actions (and maybe a subagent) slotted in
/// anywhere, text blocks between actions and a final one.
fn turn(
    rng: &mut Rng,
    mode: WorkMode,
    specials: &[Special],
    n_actions: usize,
    words: usize,
    subagent: bool,
    agent_corrects: bool,
) -> Vec<Step> {
    let mut tb = Toolbox::new(rng, mode);
    let mut acts: Vec<Action> = Vec::new();
    for s in specials {
        match s {
            Special::TestFail => {
                acts.push(tb.test_fail());
                acts.push(tb.edit());
            }
            Special::Retry => {
                let (fail, again) = tb.fail_then_retry();
                acts.push(fail);
                acts.push(tb.edit());
                acts.push(again);
            }
            Special::ToolFail => {
                acts.push(tb.tool_failure());
                acts.push(tb.read());
            }
            Special::TestPass => acts.push(tb.test_pass()),
            Special::RetestPass => {
                let (fail, pass) = tb.fail_then_pass();
                acts.push(fail);
                acts.push(tb.edit());
                acts.push(pass);
            }
            Special::Commit => acts.push(tb.commit()),
            Special::Plan => acts.push(tb.plan()),
            Special::Anchor => acts.push(tb.anchor()),
        }
    }
    let counted: usize = acts.len();
    let mut filler = n_actions.saturating_sub(counted);
    let mut extra: Vec<Action> = Vec::new();
    if subagent && filler >= 2 {
        let calls = (filler - 1).min(8);
        extra.push(tb.subagent(calls));
        filler -= calls + 1;
    }
    for _ in 0..filler {
        extra.push(tb.filler());
    }
    drop(tb);
    for a in extra {
        let at = rng.range(0, acts.len());
        acts.insert(at, a);
    }
    // Text blocks: a final one, and up to three between actions. A correction of the user opens
    // the turn's only block, so the sentence stays whole inside the counted words.
    let blocks = if agent_corrects { 1 } else { 1 + rng.range(0, acts.len().min(3)) };
    let mut sizes = vec![words / blocks; blocks];
    sizes[0] += words % blocks;
    let mut gaps: Vec<usize> =
        (0..blocks - 1).map(|_| rng.range(0, acts.len().saturating_sub(1))).collect();
    gaps.sort();
    let mut steps = Vec::new();
    let mut block = 0;
    for (i, a) in acts.into_iter().enumerate() {
        while block < gaps.len() && gaps[block] == i {
            steps.push(Step::Text(sizes[block]));
            block += 1;
        }
        steps.push(Step::Act(Box::new(a)));
    }
    while block < blocks {
        steps.push(Step::Text(sizes[block]));
        block += 1;
    }
    steps
}
