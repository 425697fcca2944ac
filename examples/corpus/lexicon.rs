//! The prompt-feature lexicon of `proto/TELEMETRY.md` and the expertise score of
//! `collector/MEASURES.md`, as the generator needs them: the score to place a prompt in its level,
//! and a guard that checks every text fragment the generator uses carries exactly the features it
//! declares (no accidental `only`, `works`, `test` or `fix` in filler text).

/// Prompt features as the hook computes them from the prompt text (TELEMETRY.md names).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Features {
    pub file_refs: u32,
    pub identifier_refs: u32,
    pub constraints: u32,
    pub acceptance_criteria: u32,
    pub steps: u32,
    pub verification_asks: u32,
    pub vague_terms: u32,
    pub user_corrects_agent: bool,
    pub confirms: bool,
    pub reports_failure: bool,
}

impl Features {
    /// Field-wise sum (flags are or-ed).
    pub fn add(&mut self, o: &Features) {
        self.file_refs += o.file_refs;
        self.identifier_refs += o.identifier_refs;
        self.constraints += o.constraints;
        self.acceptance_criteria += o.acceptance_criteria;
        self.steps += o.steps;
        self.verification_asks += o.verification_asks;
        self.vague_terms += o.vague_terms;
        self.user_corrects_agent |= o.user_corrects_agent;
        self.confirms |= o.confirms;
        self.reports_failure |= o.reports_failure;
    }
}

/// A prompt's points (MEASURES.md): precision + verification + correction direction.
pub fn prompt_points(f: &Features, agent_corrects_user: bool) -> f64 {
    let precision = f.file_refs.min(2) as f64
        + f.identifier_refs.min(2) as f64
        + f.constraints.min(2) as f64
        + if f.acceptance_criteria > 0 { 2.0 } else { 0.0 }
        + if f.steps >= 2 { 2.0 } else { 0.0 }
        - f.vague_terms.min(3) as f64;
    let verification = 1.5 * f.verification_asks.min(2) as f64;
    let mut correction = 0.0;
    if f.user_corrects_agent {
        correction += 1.5;
    }
    if agent_corrects_user {
        correction -= 2.0;
    }
    precision + verification + correction
}

/// Whether a prompt is a bare confirmation (left out of the score): `confirms` with < 8 words.
pub fn is_bare_confirmation(f: &Features, words: usize) -> bool {
    f.confirms && !f.reports_failure && words < 8
}

/// Level 1–5 from a session score (MEASURES.md thresholds).
pub fn level_of(score: f64) -> u8 {
    if score < 0.5 {
        1
    } else if score < 2.0 {
        2
    } else if score < 4.0 {
        3
    } else if score < 6.5 {
        4
    } else {
        5
    }
}

/// The band of a level.
pub fn band_of(level: u8) -> &'static str {
    match level {
        1 | 2 => "novice",
        3 => "intermediate",
        _ => "expert",
    }
}

/// The score interval `[lo, hi)` of a level.
pub fn level_interval(level: u8) -> (f64, f64) {
    match level {
        1 => (f64::NEG_INFINITY, 0.5),
        2 => (0.5, 2.0),
        3 => (2.0, 4.0),
        4 => (4.0, 6.5),
        _ => (6.5, f64::INFINITY),
    }
}

pub const CONSTRAINTS: &[&str] = &[
    "must",
    "must not",
    "do not",
    "don't",
    "never",
    "without",
    "only",
    "keep",
    "avoid",
    "no more than",
    "at most",
    "at least",
    "instead of",
    "should not",
    "make sure not",
];
pub const ACCEPTANCE: &[&str] = &[
    "done when",
    "should pass",
    "must pass",
    "so that",
    "expected output",
    "expect",
    "acceptance",
    "until",
    "returns",
    "should return",
    "success means",
    "criteria",
];
pub const SEQUENCERS: &[&str] = &["first", "then", "next", "finally", "after that"];
pub const VERIFICATION: &[&str] = &[
    "run the tests",
    "run tests",
    "test it",
    "add a test",
    "add tests",
    "write a test",
    "verify",
    "check that",
    "make sure",
    "ensure",
    "compare",
    "edge case",
    "regression",
    "benchmark",
    "confirm that",
    "cargo test",
    "pytest",
    "npm test",
    "go test",
];
pub const VAGUE: &[&str] = &[
    "something",
    "somehow",
    "stuff",
    "things",
    "fix it",
    "make it work",
    "doesn't work",
    "does not work",
    "not working",
    "broken",
    "whatever",
    "some kind of",
    "idk",
    "etc",
    "better",
    "nice",
];
pub const CORRECTS: &[&str] = &[
    "you missed",
    "that's wrong",
    "that is wrong",
    "not what i asked",
    "i said",
    "instead",
    "you forgot",
    "revert that",
    "undo that",
];
pub const CONFIRMS: &[&str] = &[
    "works",
    "it works",
    "thanks",
    "thank you",
    "looks good",
    "lgtm",
    "perfect",
    "great",
    "that fixed it",
    "ship it",
    "all good",
];
pub const REPORTS_FAILURE: &[&str] = &[
    "still broken",
    "still failing",
    "still fails",
    "still not",
    "same error",
    "doesn't work",
    "does not work",
    "not working",
    "didn't work",
    "it fails",
    "error again",
];
/// Phrases that make the agent's text "correct the user".
pub const AGENT_CORRECTS: &[&str] = &[
    "does not exist",
    "doesn't exist",
    "i think you mean",
    "did you mean",
    "there is no",
    "there's no",
    "isn't a",
    "is not a",
    "actually,",
    "you may be thinking of",
    "not found in",
];

/// Intent lists in their order (TELEMETRY.md): the first list with a word wins.
pub const INTENTS: &[(&str, &[&str])] = &[
    ("fixing", &["fix", "bug", "error", "broken", "failing", "fails", "crash", "debug", "wrong"]),
    ("testing", &["test", "tests", "testing", "ci", "pipeline", "coverage"]),
    (
        "operating",
        &[
            "deploy",
            "deployment",
            "release",
            "docker",
            "kubernetes",
            "k8s",
            "kubectl",
            "terraform",
            "server",
            "configure",
            "restart",
            "provision",
            "rollout",
        ],
    ),
    ("planning", &["plan", "design", "architecture", "approach", "proposal", "roadmap", "spec"]),
    (
        "analysing",
        &[
            "analyse",
            "analyze",
            "analysis",
            "data",
            "dataset",
            "csv",
            "chart",
            "plot",
            "statistics",
            "sql",
        ],
    ),
    (
        "writing",
        &[
            "document",
            "documentation",
            "docs",
            "readme",
            "blog",
            "email",
            "essay",
            "article",
            "letter",
            "memo",
        ],
    ),
    ("exploring", &["explain", "understand", "explore", "where", "how", "what", "why", "walk"]),
    (
        "building",
        &[
            "build",
            "create",
            "add",
            "implement",
            "make",
            "new",
            "feature",
            "scaffold",
            "generate",
            "write",
        ],
    ),
];

/// Case-insensitive substring occurrences of `phrase` in `text` (non-overlapping). The guard is
/// deliberately stricter than the hook (substring, not word, matching): a fragment that passes it
/// carries the same count under either reading.
pub fn occurrences(text: &str, phrase: &str) -> u32 {
    text.to_lowercase().matches(&phrase.to_lowercase()).count() as u32
}

/// Sum of occurrences of every phrase of a list.
pub fn count_list(text: &str, list: &[&str]) -> u32 {
    list.iter().map(|p| occurrences(text, p)).sum()
}

/// The intent of a text by whole-word matching, as the hook computes it.
pub fn intent_of(text: &str) -> &'static str {
    let lower = text.to_lowercase();
    let words: Vec<&str> =
        lower.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    for (name, list) in INTENTS {
        if words.iter().any(|w| list.contains(w)) {
            return name;
        }
    }
    "other"
}

/// The intent lists a text's words fall in (for the guard on filler clauses).
pub fn intent_hits(text: &str) -> Vec<&'static str> {
    let lower = text.to_lowercase();
    let words: Vec<&str> =
        lower.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    INTENTS
        .iter()
        .filter(|(_, list)| words.iter().any(|w| list.contains(w)))
        .map(|(name, _)| *name)
        .collect()
}
