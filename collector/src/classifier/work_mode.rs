//! Work mode (one per session) and its agreement with independent telemetry (MEASURES.md,
//! "Work mode").

use serde::{Deserialize, Serialize};

use crate::model::{SessionView, SpanFacts};

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
    /// The first prompt whose intent is not `other`.
    Intent,
    /// Every prompt was `other`: the actions decided.
    Actions,
}

fn is_edit(a: &SpanFacts) -> bool {
    a.category == "edit" || a.category == "write"
}

/// Share test: at least one action and ≥ 60 % of them in `cats` (integer-exact: 5·hits ≥ 3·n).
fn mostly(actions: &[&SpanFacts], cats: &[&str]) -> bool {
    let hits = actions.iter().filter(|a| cats.contains(&a.category.as_str())).count();
    !actions.is_empty() && 5 * hits >= 3 * actions.len()
}

/// The mode of a session and where it came from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ModeVerdict {
    /// The mode.
    pub mode: WorkMode,
    /// Where it came from.
    pub source: ModeSource,
}

/// Picks a session's work mode. The built-in [`RuleWorkMode`] follows MEASURES.md.
pub trait WorkModeClassifier: Send + Sync {
    /// The session's mode.
    fn classify(&self, session: &SessionView<'_, '_>) -> ModeVerdict;
    /// As [`super::ExpertiseClassifier::memo_key`].
    fn memo_key(&self) -> Option<&str> {
        None
    }
}

/// The rules of MEASURES.md.
#[derive(Debug, Clone, Copy, Default)]
pub struct RuleWorkMode;

impl WorkModeClassifier for RuleWorkMode {
    fn classify(&self, session: &SessionView<'_, '_>) -> ModeVerdict {
        let (mode, source) = classify(session);
        ModeVerdict { mode, source }
    }
}

/// The session's work mode.
pub fn classify(session: &SessionView<'_, '_>) -> (WorkMode, ModeSource) {
    let prompts = session.prompts;
    for p in prompts {
        if let Some(mode) = WorkMode::parse(&p.root.intent)
            && mode != WorkMode::Other
        {
            return (mode, ModeSource::Intent);
        }
    }
    let actions: Vec<&SpanFacts> = session.actions().collect();
    let mode = if mostly(&actions, &["read", "search"]) && !actions.iter().any(|a| is_edit(a)) {
        WorkMode::Exploring
    } else if actions.iter().any(|a| a.lines_added > 0) {
        WorkMode::Building
    } else {
        WorkMode::Other
    };
    (mode, ModeSource::Actions)
}

const DATA_EXTENSIONS: [&str; 6] = ["csv", "json", "parquet", "ipynb", "sql", "xlsx"];
const DOC_EXTENSIONS: [&str; 6] = ["md", "txt", "rst", "tex", "docx", "adoc"];

/// Whether independent telemetry (the actions) agrees with the mode.
pub fn agrees(mode: WorkMode, session: &SessionView<'_, '_>) -> bool {
    let actions: Vec<&SpanFacts> = session.actions().collect();
    let any = |f: &dyn Fn(&SpanFacts) -> bool| actions.iter().any(|a| f(a));
    match mode {
        WorkMode::Building | WorkMode::Fixing => {
            any(&|a| is_edit(a) && (a.lines_added > 0 || a.lines_removed > 0))
        }
        WorkMode::Testing => any(&|a| a.command_kind == "test" || !a.test_outcome.is_empty()),
        WorkMode::Operating => any(&|a| a.command_kind == "operate" || a.command_kind == "install"),
        WorkMode::Exploring => mostly(&actions, &["read", "search", "web"]),
        WorkMode::Analysing => any(&|a| {
            a.command_kind == "data" || DATA_EXTENSIONS.contains(&a.file_extension.as_str())
        }),
        WorkMode::Writing => {
            any(&|a| is_edit(a) && DOC_EXTENSIONS.contains(&a.file_extension.as_str()))
        }
        WorkMode::Planning => any(&|a| a.category == "plan") || !any(&is_edit),
        WorkMode::Other => true,
    }
}
