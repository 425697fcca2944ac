//! The expertise classifier: precision, verification and correction direction per prompt, a
//! mean over the session weighted by each prompt's words, mapped to levels 1–5 (MEASURES.md,
//! "Expertise").

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

/// What moved a session up or down: each family's contribution to the score (precision +
/// verification + correction = the score), the parts of precision, and the prompts weighed, so
/// a reader can see why a session got its level. Every value is a weighted mean over the scored
/// prompts (weight: the prompt's words, capped at [`WEIGHT_CAP`]).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ExpertiseSignals {
    /// Precision points.
    pub precision: f64,
    /// Verification points.
    pub verification: f64,
    /// Correction-direction points.
    pub correction: f64,
    /// The parts of `precision`.
    #[serde(default)]
    pub precision_parts: PrecisionParts,
    /// Prompts scored (bare confirmations are skipped).
    pub prompts_scored: u64,
    /// Their total weight.
    #[serde(default)]
    pub weight: u64,
}

/// The parts of the precision points (weighted means, like the families).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PrecisionParts {
    /// Files and code identifiers named.
    pub references: f64,
    /// Named technical things in prose.
    pub named_things: f64,
    /// Constraints.
    pub constraints: f64,
    /// An acceptance criterion or an explicit deliverable / output format.
    pub deliverable: f64,
    /// Steps decomposed up front, requirements enumerated in sentences.
    pub structure: f64,
    /// Questions scoped to a named thing.
    pub scoped_questions: f64,
    /// Vague phrases and learner asks (negative).
    pub vagueness: f64,
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

/// A prompt's weight is the count of words the user wrote (`own_words`, else `words`), capped here: a long prompt counts more than `continue`,
/// but a pasted log does not drown the rest.
pub const WEIGHT_CAP: u64 = 60;

/// Points of one prompt, doubled so every value is an integer (the rules use halves only) and
/// level thresholds compare exactly: the precision parts (in [`PrecisionParts`] order), then
/// verification and correction.
fn doubled_points(p: &PromptView<'_>) -> Option<[i64; 9]> {
    let r = p.root;
    if r.confirms && !r.reports_failure && r.words < 8 {
        return None; // a bare confirmation says nothing about expertise
    }
    let c = |v: u64, cap: u64| v.min(cap) as i64;
    let step = |v: u64, at: &[u64]| at.iter().filter(|t| v >= **t).count() as i64;
    let references = c(r.file_refs, 2) + c(r.identifier_refs, 2);
    let named = step(r.named_things, &[1, 3, 6]);
    let deliverable = if r.acceptance_criteria > 0 || r.deliverables > 0 { 2 } else { 0 };
    let structure = if r.steps >= 2 { 2 } else { 0 } + step(r.requirements, &[2, 4]);
    let vagueness = -c(r.vague_terms, 3) - c(r.learner_asks, 2);
    let verification = 3 * c(r.verification_asks, 2); // 1.5 × min(asks, 2), doubled
    let mut correction = 0;
    // A correction needs an answer to correct: the first prompt's "rather than" is a requirement.
    if r.user_corrects_agent && p.index > 0 {
        correction += 3; // +1.5, doubled
    }
    if r.agent_corrects_user {
        correction -= 4; // −2, doubled
    }
    Some([
        2 * references,
        2 * named,
        2 * c(r.constraints, 2),
        2 * deliverable,
        2 * structure,
        2 * c(r.scoped_questions, 1),
        2 * vagueness,
        verification,
        correction,
    ])
}

/// Level from a doubled weighted score sum over total weight `w`: mean `< 0.5` → 1, `< 2` → 2,
/// `< 4.5` → 3, `< 8` → 4, else 5; compared as integers (`sum2 < 2·t·w`).
fn level_of(sum2: i64, w: i64) -> ExpertiseLevel {
    if w == 0 {
        return ExpertiseLevel(1); // score 0
    }
    let below = |t2: i64| sum2 < t2 * w;
    ExpertiseLevel(if below(1) {
        1
    } else if below(4) {
        2
    } else if below(9) {
        3
    } else if below(16) {
        4
    } else {
        5
    })
}

impl ExpertiseClassifier for RuleExpertise {
    fn classify(&self, session: &SessionView<'_, '_>) -> Expertise {
        let (mut sums, mut n, mut w) = ([0i64; 9], 0u64, 0i64);
        for prompt in session.prompts {
            let weight = prompt.root.own_words.unwrap_or(prompt.root.words).min(WEIGHT_CAP) as i64;
            if weight == 0 {
                continue; // nothing the user wrote (a compaction summary, an empty command)
            }
            if let Some(points) = doubled_points(prompt) {
                for (sum, p) in sums.iter_mut().zip(points) {
                    *sum += weight * p;
                }
                n += 1;
                w += weight;
            }
        }
        let mean = |x: i64| {
            if w == 0 { 0.0 } else { x as f64 / 2.0 / w as f64 }
        };
        let precision: i64 = sums[..7].iter().sum();
        let total = precision + sums[7] + sums[8];
        Expertise {
            level: level_of(total, w),
            score: mean(total),
            signals: ExpertiseSignals {
                precision: mean(precision),
                verification: mean(sums[7]),
                correction: mean(sums[8]),
                precision_parts: PrecisionParts {
                    references: mean(sums[0]),
                    named_things: mean(sums[1]),
                    constraints: mean(sums[2]),
                    deliverable: mean(sums[3]),
                    structure: mean(sums[4]),
                    scoped_questions: mean(sums[5]),
                    vagueness: mean(sums[6]),
                },
                prompts_scored: n,
                weight: w as u64,
            },
        }
    }
}
