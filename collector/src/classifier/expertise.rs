//! The expertise classifier: precision, verification and correction direction per prompt, averaged
//! over the session, mapped to levels 1–5 (MEASURES.md, "Expertise").

use serde::{Deserialize, Serialize};

use crate::model::{PromptView, SessionView};

/// A session's expertise level, 1 (novice) … 5 (expert).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ExpertiseLevel(pub u8);

impl ExpertiseLevel {
    /// The level's band.
    pub fn band(self) -> Band {
        match self.0 {
            0..=2 => Band::Novice,
            3 => Band::Intermediate,
            _ => Band::Expert,
        }
    }
}

/// Bands of levels: novice 1–2, intermediate 3, expert 4–5.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Band {
    /// Levels 1–2.
    Novice,
    /// Level 3.
    Intermediate,
    /// Levels 4–5.
    Expert,
}

impl Band {
    /// Every band, in order.
    pub const ALL: [Band; 3] = [Band::Novice, Band::Intermediate, Band::Expert];

    /// The JSON name.
    pub fn as_str(self) -> &'static str {
        match self {
            Band::Novice => "novice",
            Band::Intermediate => "intermediate",
            Band::Expert => "expert",
        }
    }
}

/// What moved a session up or down: each family's contribution to the score (their sum is the
/// score), so a reader can see why a session got its level.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ExpertiseSignals {
    /// Mean precision points per scored prompt.
    pub precision: f64,
    /// Mean verification points per scored prompt.
    pub verification: f64,
    /// Mean correction-direction points per scored prompt.
    pub correction: f64,
    /// Prompts scored (bare confirmations are skipped).
    pub prompts_scored: u64,
}

/// The classifier's verdict for one session.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Expertise {
    /// The level.
    pub level: ExpertiseLevel,
    /// The session score (mean points per scored prompt).
    pub score: f64,
    /// Per-family contributions.
    pub signals: ExpertiseSignals,
}

/// Rates a session's expertise from its prompts. The built-in [`RuleExpertise`] follows
/// MEASURES.md; another implementation (a model, say) can replace it.
pub trait ExpertiseClassifier: Send + Sync {
    /// Rates the session.
    fn classify(&self, session: &SessionView<'_, '_>) -> Expertise;
    /// `None` for a pure function of the session; else a name (and version) under which the
    /// assembler caches its verdicts per session and span set (see [`super::Classifiers`]).
    fn memo_key(&self) -> Option<&str> {
        None
    }
}

/// The deterministic, network-free rules of MEASURES.md.
#[derive(Debug, Clone, Copy, Default)]
pub struct RuleExpertise;

/// Points of one prompt per family, doubled so that every value is an integer (the rules use
/// halves only) and level thresholds compare exactly.
fn doubled_points(p: &PromptView<'_>) -> Option<(i64, i64, i64)> {
    let r = p.root;
    if r.confirms && !r.reports_failure && r.words < 8 {
        return None; // a bare confirmation says nothing about expertise
    }
    let c = |v: u64, cap: u64| v.min(cap) as i64;
    let precision = c(r.file_refs, 2)
        + c(r.identifier_refs, 2)
        + c(r.constraints, 2)
        + if r.acceptance_criteria > 0 { 2 } else { 0 }
        + if r.steps >= 2 { 2 } else { 0 }
        - c(r.vague_terms, 3);
    let verification = 3 * c(r.verification_asks, 2); // 1.5 × min(asks, 2), doubled
    let mut correction = 0;
    if r.user_corrects_agent {
        correction += 3; // +1.5, doubled
    }
    if r.agent_corrects_user {
        correction -= 4; // −2, doubled
    }
    Some((2 * precision, verification, correction))
}

/// Level from a doubled score sum over `n` prompts: mean `< 0.5` → 1, `< 2` → 2, `< 4` → 3,
/// `< 6.5` → 4, else 5; compared as integers (`sum2 < 2·t·n`).
fn level_of(sum2: i64, n: i64) -> ExpertiseLevel {
    if n == 0 {
        return ExpertiseLevel(1); // score 0
    }
    let below = |t2: i64| sum2 < t2 * n;
    ExpertiseLevel(if below(1) {
        1
    } else if below(4) {
        2
    } else if below(8) {
        3
    } else if below(13) {
        4
    } else {
        5
    })
}

impl ExpertiseClassifier for RuleExpertise {
    fn classify(&self, session: &SessionView<'_, '_>) -> Expertise {
        let (mut p, mut v, mut c, mut n) = (0i64, 0i64, 0i64, 0i64);
        for prompt in session.prompts {
            if let Some((pp, vv, cc)) = doubled_points(prompt) {
                p += pp;
                v += vv;
                c += cc;
                n += 1;
            }
        }
        let mean = |x: i64| {
            if n == 0 { 0.0 } else { x as f64 / 2.0 / n as f64 }
        };
        Expertise {
            level: level_of(p + v + c, n),
            score: mean(p + v + c),
            signals: ExpertiseSignals {
                precision: mean(p),
                verification: mean(v),
                correction: mean(c),
                prompts_scored: n as u64,
            },
        }
    }
}
