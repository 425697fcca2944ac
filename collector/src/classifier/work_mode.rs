//! Work mode (one per session) and its agreement with independent telemetry (MEASURES.md,
//! "Work mode").

use serde::{Deserialize, Serialize};

use crate::model::{ActionTally, PromptView, SessionView, SpanKind};

/// The study's work modes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WorkMode {
    /// Building new software.
    Building,
    /// Fixing broken code.
    Fixing,
    /// Testing and orchestrating pipelines.
    Testing,
    /// Operating and deploying software.
    Operating,
    /// Planning.
    Planning,
    /// Exploring codebases.
    Exploring,
    /// Analysing data.
    Analysing,
    /// Writing non-code documents.
    Writing,
    /// None of the above.
    Other,
}

impl WorkMode {
    /// Every mode, in the order reports list them.
    pub const ALL: [WorkMode; 9] = [
        WorkMode::Building,
        WorkMode::Fixing,
        WorkMode::Testing,
        WorkMode::Operating,
        WorkMode::Planning,
        WorkMode::Exploring,
        WorkMode::Analysing,
        WorkMode::Writing,
        WorkMode::Other,
    ];

    /// The JSON name (also the `coxswain.prompt.intent` value).
    pub fn as_str(self) -> &'static str {
        match self {
            WorkMode::Building => "building",
            WorkMode::Fixing => "fixing",
            WorkMode::Testing => "testing",
            WorkMode::Operating => "operating",
            WorkMode::Planning => "planning",
            WorkMode::Exploring => "exploring",
            WorkMode::Analysing => "analysing",
            WorkMode::Writing => "writing",
            WorkMode::Other => "other",
        }
    }

    /// Parses a JSON name / intent; unknown strings are `None`.
    pub fn parse(s: &str) -> Option<WorkMode> {
        WorkMode::ALL.into_iter().find(|m| m.as_str() == s)
    }
}

/// Where the mode came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ModeSource {
    /// The prompts' intents scored more than the actions for the winning mode (or alone).
    Intent,
    /// The actions scored at least as much as the intents for the winning mode.
    Actions,
}

/// Each mode's score, in [`WorkMode::ALL`] order (`other` is never scored).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ModeScores {
    pub building: u64,
    pub fixing: u64,
    pub testing: u64,
    pub operating: u64,
    pub planning: u64,
    pub exploring: u64,
    pub analysing: u64,
    pub writing: u64,
}

impl ModeScores {
    fn slot(&mut self, m: WorkMode) -> Option<&mut u64> {
        Some(match m {
            WorkMode::Building => &mut self.building,
            WorkMode::Fixing => &mut self.fixing,
            WorkMode::Testing => &mut self.testing,
            WorkMode::Operating => &mut self.operating,
            WorkMode::Planning => &mut self.planning,
            WorkMode::Exploring => &mut self.exploring,
            WorkMode::Analysing => &mut self.analysing,
            WorkMode::Writing => &mut self.writing,
            WorkMode::Other => return None,
        })
    }

    fn add(&mut self, m: WorkMode, points: u64) {
        if let Some(v) = self.slot(m) {
            *v += points;
        }
    }

    /// A mode's score (`other`: 0).
    pub fn get(&self, m: WorkMode) -> u64 {
        let mut copy = *self;
        copy.slot(m).map(|v| *v).unwrap_or(0)
    }
}

/// The order that breaks a tie between modes: the more specific evidence first.
pub const TIE_ORDER: [WorkMode; 8] = [
    WorkMode::Fixing,
    WorkMode::Operating,
    WorkMode::Analysing,
    WorkMode::Writing,
    WorkMode::Testing,
    WorkMode::Planning,
    WorkMode::Exploring,
    WorkMode::Building,
];

/// Points of the first prompt's intent (it states the task).
pub const FIRST_INTENT_POINTS: u64 = 3;
/// Points of each later prompt's intent, at most [`LATER_INTENT_CAP`] per mode (a long chat of
/// follow-ups does not outvote what the agent did).
pub const LATER_INTENT_POINTS: u64 = 1;
/// See [`LATER_INTENT_POINTS`].
pub const LATER_INTENT_CAP: u64 = 3;
/// Points per action of one kind of evidence (a document written, a data file touched, a
/// deploy command), at most [`ACTION_CAP`] per kind.
pub const ACTION_POINTS: u64 = 2;
/// See [`ACTION_POINTS`].
pub const ACTION_CAP: u64 = 6;

/// Points of a session whose actions only read (no edit, commit, deploy, install or data work).
pub const READ_ONLY_POINTS: u64 = 4;
/// Extra writing points when every edited file is a document (or a data table) and nothing was
/// deployed.
pub const DOCS_ONLY_POINTS: u64 = 2;

/// Extensions of documents (an edit or write to one is writing).
pub const DOC_EXTENSIONS: [&str; 8] = ["md", "txt", "rst", "tex", "docx", "adoc", "odt", "rtf"];
/// Extensions of data, notebooks and queries (touching one is analysing).
pub const DATA_FILE_EXTENSIONS: [&str; 8] =
    ["csv", "tsv", "xlsx", "xls", "parquet", "ipynb", "db", "sqlite"];

/// Extensions of configuration and infrastructure files (Terraform, Nix, YAML manifests and
/// workflows, TOML/JSON/INI settings, service units): writing one configures how software runs
/// or is checked, it builds no new software, so it earns no building points.
pub const CONFIG_EXTENSIONS: [&str; 16] = [
    "tf",
    "tfvars",
    "hcl",
    "nix",
    "yaml",
    "yml",
    "toml",
    "json",
    "ini",
    "conf",
    "cfg",
    "plist",
    "env",
    "properties",
    "service",
    "lock",
];

/// What the mode rules read of a session, summed over its prompts, so a prompt added (or taken
/// back) costs one prompt, not the session.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ModeSums {
    /// Prompts per intent, in [`WorkMode::ALL`] order.
    pub intents: [i64; 9],
    /// The first prompt (the lowest index) and its intent.
    pub first: Option<(u64, Option<WorkMode>)>,
    /// The session's actions, tallied ([`ActionTally::counts`]).
    pub actions: [i64; ActionTally::COUNTS],
}

impl ModeSums {
    /// Adds (`sign` 1) or takes back (`sign` -1) a prompt's share; taking back leaves the first
    /// prompt as it is (a prompt is taken back only to be added again with more actions).
    pub fn prompt(&mut self, p: &PromptView<'_>, sign: i64) {
        for (sum, c) in self.actions.iter_mut().zip(p.actions.counts()) {
            *sum += sign * c as i64;
        }
        // Actions that arrived before the first prompt (a resumed or compacted transcript)
        // come without a prompt root: they are facts of the session, but they ask for nothing
        // and state no task.
        if p.root.kind != Some(SpanKind::Prompt) {
            return;
        }
        let mode = WorkMode::parse(&p.root.intent);
        if let Some(k) = mode.and_then(|m| WorkMode::ALL.iter().position(|x| *x == m)) {
            self.intents[k] += sign;
        }
        if sign > 0 && self.first.is_none_or(|(f, _)| p.index < f) {
            self.first = Some((p.index, mode));
        }
    }

    /// The session's action tally (counts only).
    pub fn tally(&self) -> ActionTally {
        ActionTally::from_counts(self.actions.map(|c| c.max(0) as u64), None, None)
    }
}

/// Scores every mode from the whole session (MEASURES.md, "Work mode"): the prompts' intents and
/// the actions' evidence. Returns the scores and, per mode, the part that came from actions.
pub fn score(session: &SessionView<'_, '_>) -> (ModeScores, ModeScores) {
    score_sums(&sums_of(session))
}

fn sums_of(session: &SessionView<'_, '_>) -> ModeSums {
    let mut sums = ModeSums::default();
    for p in session.prompts {
        sums.prompt(p, 1);
    }
    sums
}

/// [`score`] from a session's sums.
pub fn score_sums(sums: &ModeSums) -> (ModeScores, ModeScores) {
    let (mut intents, mut later) = (ModeScores::default(), ModeScores::default());
    let first = sums.first.and_then(|(_, m)| m);
    if let Some(m) = first {
        intents.add(m, FIRST_INTENT_POINTS);
    }
    for (k, m) in WorkMode::ALL.into_iter().enumerate() {
        let n = (sums.intents[k].max(0) as u64).saturating_sub(u64::from(first == Some(m)));
        later.add(m, n * LATER_INTENT_POINTS);
    }
    for m in WorkMode::ALL {
        intents.add(m, later.get(m).min(LATER_INTENT_CAP));
    }
    let mut acts = ModeScores::default();
    let t = sums.tally();
    let count = |n: u64| ACTION_POINTS.saturating_mul(n).min(ACTION_CAP);
    acts.add(WorkMode::Writing, count(t.doc_edits));
    if first != Some(WorkMode::Fixing) {
        // A fix asked for by the first prompt runs the broken program over its data to see the
        // fault and check the repair (`python3 make_invoices.py bookings.csv`, the quote sheet's
        // formulas read and rewritten): the data work is the repair's means, not figures asked
        // for (v14).
        acts.add(WorkMode::Analysing, count(t.data_work));
    }
    acts.add(WorkMode::Operating, count(t.operate));
    if t.operate <= t.code_writes {
        // More commands that change a running system than code written: the scripts are what
        // the operation runs (a backup script that is then scheduled, a job file loaded), they
        // build nothing of their own (v14).
        acts.add(WorkMode::Building, count(t.code_writes));
    }
    if t.edits == 0 {
        // A project's packages installed while no file is changed build nothing: they set a
        // machine up to run software that exists (`make it work` on the shop's computer).
        // Beside new code they are its dependencies, beside a document the means of checking
        // its steps (an install guide is writing).
        acts.add(WorkMode::Operating, count(t.operate_or_install.saturating_sub(t.operate)));
    }
    if t.doc_edits > 0 && t.other_edits == 0 && t.operate == 0 {
        // Every file changed is a document (or the table it cites): the deliverable is the text,
        // whatever it is about.
        acts.add(WorkMode::Writing, DOCS_ONLY_POINTS);
    }
    if t.tests > 0 {
        acts.add(WorkMode::Testing, 1);
    }
    // A plan made over data read (`stock.xlsx` opened to size the catalogue) changed nothing:
    // every change counted is a data command.
    let only_data_read = t.edits == 0 && t.commits == 0 && t.operate_or_install == 0;
    if t.actions > 0 && (t.changes == 0 || (t.plans > 0 && only_data_read)) {
        if t.plans > 0 {
            acts.add(WorkMode::Planning, ACTION_CAP); // a plan and no change: planning
        } else {
            // Only looked: exploring, one point over a first prompt's intent alone (a read-only
            // review is not operating because its prompt names a network).
            acts.add(WorkMode::Exploring, READ_ONLY_POINTS);
        }
    } else if t.edits == 0 && t.plans > 0 {
        acts.add(WorkMode::Planning, 1);
    }
    let scored = WorkMode::ALL.into_iter().any(|m| intents.get(m) + acts.get(m) > 0);
    if !scored && t.edits_with_lines > 0 {
        // Lines changed in files no rule reads (a solver's dictionary without an extension, a
        // configuration file) under a request of no list's words: something was made, which
        // is building at the least; `other` is for sessions that made and did nothing.
        acts.add(WorkMode::Building, 1);
    }
    (intents, acts)
}

/// The session's work mode: the highest score, ties broken by [`TIE_ORDER`]; `other` when
/// every score is 0.
pub fn classify(session: &SessionView<'_, '_>) -> ModeVerdict {
    classify_sums(&sums_of(session))
}

/// [`classify`] from a session's sums.
pub fn classify_sums(sums: &ModeSums) -> ModeVerdict {
    let (intents, acts) = score_sums(sums);
    let mut scores = ModeScores::default();
    for m in WorkMode::ALL {
        scores.add(m, intents.get(m) + acts.get(m));
    }
    if sums.tally().actions == 0 {
        // The mode is what the session produced or did: a question answered without a single
        // action (`what is a branch?`) did neither, whatever the prompt's words ask for.
        return ModeVerdict { mode: WorkMode::Other, source: ModeSource::Intent, scores };
    }
    let mut best = (WorkMode::Other, 0);
    for m in TIE_ORDER {
        if scores.get(m) > best.1 {
            best = (m, scores.get(m));
        }
    }
    let source = if acts.get(best.0) >= intents.get(best.0) && best.1 > 0 {
        ModeSource::Actions
    } else {
        ModeSource::Intent
    };
    ModeVerdict { mode: best.0, source, scores }
}

/// The mode of a session and where it came from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ModeVerdict {
    /// The mode.
    pub mode: WorkMode,
    /// Where it came from.
    pub source: ModeSource,
    /// Every mode's score.
    pub scores: ModeScores,
}

/// Picks a session's work mode. The built-in [`RuleWorkMode`] follows MEASURES.md.
pub trait WorkModeClassifier: Send + Sync {
    /// The session's mode.
    fn classify(&self, session: &SessionView<'_, '_>) -> ModeVerdict;
    /// As [`super::ExpertiseClassifier::memo_key`].
    fn memo_key(&self) -> Option<&str> {
        None
    }
    /// As [`super::ExpertiseClassifier::judge_sums`].
    fn judge_sums(&self, _sums: &ModeSums) -> Option<ModeVerdict> {
        None
    }
}

/// The rules of MEASURES.md.
#[derive(Debug, Clone, Copy, Default)]
pub struct RuleWorkMode;

impl WorkModeClassifier for RuleWorkMode {
    fn classify(&self, session: &SessionView<'_, '_>) -> ModeVerdict {
        classify(session)
    }

    fn judge_sums(&self, sums: &ModeSums) -> Option<ModeVerdict> {
        Some(classify_sums(sums))
    }
}

/// Extensions of data files for the agreement test.
pub const DATA_EXTENSIONS: [&str; 6] = ["csv", "json", "parquet", "ipynb", "sql", "xlsx"];

/// Whether independent telemetry (the actions) agrees with the mode.
pub fn agrees(mode: WorkMode, session: &SessionView<'_, '_>) -> bool {
    agrees_with(mode, &session.actions())
}

/// [`agrees`], from the session's action tally.
pub fn agrees_with(mode: WorkMode, t: &ActionTally) -> bool {
    match mode {
        WorkMode::Building | WorkMode::Fixing => t.edits_with_lines > 0,
        WorkMode::Testing => t.tests > 0,
        WorkMode::Operating => t.operate_or_install > 0,
        // Mostly looking: at least one action and >= 60 % of them reads, searches or lookups.
        WorkMode::Exploring => t.actions > 0 && 5 * t.looks as u128 >= 3 * t.actions as u128,
        WorkMode::Analysing => t.data_touch > 0,
        WorkMode::Writing => t.doc_edits > 0,
        WorkMode::Planning => t.plans > 0 || t.edits == 0,
        WorkMode::Other => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A session of one prompt with the given intent and action tally.
    fn session(intent: WorkMode, t: ActionTally) -> ModeSums {
        let mut intents = [0; 9];
        if let Some(k) = WorkMode::ALL.iter().position(|m| *m == intent) {
            intents[k] = 1;
        }
        ModeSums { intents, first: Some((0, Some(intent))), actions: t.counts().map(|c| c as i64) }
    }

    #[test]
    fn lines_changed_with_no_other_evidence_build_something() {
        // An edit to a case file without an extension, then a commit, under a request of no
        // list's words.
        let edited = ActionTally {
            actions: 3,
            edits: 1,
            edits_with_lines: 1,
            other_edits: 1,
            commits: 1,
            changes: 2,
            execution: 2,
            ..ActionTally::default()
        };
        assert_eq!(
            classify_sums(&session(WorkMode::Other, edited.clone())).mode,
            WorkMode::Building
        );
        // An edit that changed no line made nothing: still no mode's evidence.
        let untouched = ActionTally { edits_with_lines: 0, ..edited.clone() };
        assert_eq!(classify_sums(&session(WorkMode::Other, untouched)).mode, WorkMode::Other);
        // Any other evidence decides as before (a configuration file changed and applied).
        let applied =
            ActionTally { operate: 1, operate_or_install: 1, changes: 3, ..edited.clone() };
        let verdict = classify_sums(&session(WorkMode::Other, applied));
        assert_eq!(verdict.mode, WorkMode::Operating);
        assert_eq!(verdict.scores.building, 0);
    }

    #[test]
    fn packages_installed_without_changing_code_set_a_machine_up() {
        // `make it work`: requirements installed twice and the script run, nothing edited.
        let setup = ActionTally {
            actions: 5,
            looks: 2,
            operate_or_install: 2,
            changes: 2,
            execution: 3,
            ..ActionTally::default()
        };
        assert_eq!(classify_sums(&session(WorkMode::Building, setup)).mode, WorkMode::Operating);
        // Beside new code the packages are its dependencies: building stays.
        let build = ActionTally {
            actions: 4,
            edits: 2,
            edits_with_lines: 2,
            code_writes: 2,
            other_edits: 2,
            operate_or_install: 2,
            changes: 4,
            execution: 4,
            ..ActionTally::default()
        };
        let verdict = classify_sums(&session(WorkMode::Building, build));
        assert_eq!(verdict.mode, WorkMode::Building);
        assert_eq!(verdict.scores.operating, 0);
        // Beside a README's install steps rewritten they checked the steps: writing stays.
        let guide = ActionTally {
            actions: 2,
            edits: 1,
            edits_with_lines: 1,
            doc_edits: 1,
            operate_or_install: 1,
            changes: 2,
            execution: 2,
            ..ActionTally::default()
        };
        let verdict = classify_sums(&session(WorkMode::Operating, guide));
        assert_eq!(verdict.mode, WorkMode::Writing);
    }

    #[test]
    fn data_work_under_a_requested_fix_is_the_repairs_means() {
        // `the invoice script charges Sundays at the weekday rate, can you fix it`: the script
        // read, edited once and run three times over the bookings table.
        let repair = ActionTally {
            actions: 5,
            looks: 1,
            edits: 1,
            edits_with_lines: 1,
            other_edits: 1,
            data_work: 3,
            data_touch: 3,
            changes: 4,
            execution: 4,
            ..ActionTally::default()
        };
        let verdict = classify_sums(&session(WorkMode::Fixing, repair.clone()));
        assert_eq!(verdict.mode, WorkMode::Fixing);
        assert_eq!(verdict.scores.analysing, 0);
        // The same runs under a request for figures are the analysis.
        let verdict = classify_sums(&session(WorkMode::Analysing, repair));
        assert_eq!(verdict.mode, WorkMode::Analysing);
        assert_eq!(verdict.scores.analysing, 3 + 6);
    }

    #[test]
    fn code_written_for_an_operation_builds_nothing_of_its_own() {
        // `make it copy my folder to the usb stick every night`: a backup script written, then
        // scheduled twice (the first try refused) under a request that reads as building.
        let scheduled = ActionTally {
            actions: 4,
            looks: 1,
            edits: 1,
            edits_with_lines: 1,
            other_edits: 1,
            code_writes: 1,
            operate: 2,
            operate_or_install: 2,
            changes: 3,
            execution: 3,
            ..ActionTally::default()
        };
        let verdict = classify_sums(&session(WorkMode::Building, scheduled.clone()));
        assert_eq!(verdict.mode, WorkMode::Operating);
        assert_eq!(verdict.scores.building, 3);
        // As much code written as commands run: the code is the work, the commands its means.
        let built = ActionTally {
            edits: 2,
            edits_with_lines: 2,
            other_edits: 2,
            code_writes: 2,
            actions: 5,
            ..scheduled
        };
        let verdict = classify_sums(&session(WorkMode::Building, built));
        assert_eq!(verdict.mode, WorkMode::Building);
        assert_eq!(verdict.scores.building, 3 + 4);
    }
}
