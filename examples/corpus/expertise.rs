//! The expertise score of `collector/MEASURES.md` as the generator states it for itself: a
//! prompt's points from its declared features, the bare-confirmation rule, and the score ranges of
//! the levels (to place prompts in their level and to compute the ground truth). The phrase lists
//! behind the features are the hook's own (`agent_hook::signals::lexicon`); `guard.rs` checks the
//! declared features against the hook's extraction.

/// The prompt features the score reads (TELEMETRY.md names): declared by each clause of the
/// library, summed over a prompt's clauses.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Features {
    pub file_refs: u32,
    pub identifier_refs: u32,
    pub constraints: u32,
    pub acceptance_criteria: u32,
    pub steps: u32,
    pub verification_asks: u32,
    pub vague_terms: u32,
    pub named_things: u32,
    pub deliverables: u32,
    pub requirements: u32,
    pub listed_items: u32,
    pub contingencies: u32,
    pub scoped_questions: u32,
    pub learner_asks: u32,
    pub user_corrects_agent: bool,
    pub confirms: bool,
    pub reports_failure: bool,
    /// The prompt opens with an order (`Add …`, `Fix …`): a property of the whole prompt, read
    /// from its text (`guard::extracted`), never declared by a clause nor summed.
    pub opens_with_order: bool,
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
        self.named_things += o.named_things;
        self.deliverables += o.deliverables;
        self.requirements += o.requirements;
        self.listed_items += o.listed_items;
        self.contingencies += o.contingencies;
        self.scoped_questions += o.scoped_questions;
        self.learner_asks += o.learner_asks;
        self.user_corrects_agent |= o.user_corrects_agent;
        self.confirms |= o.confirms;
        self.reports_failure |= o.reports_failure;
    }
}

/// Steps of a count: how many of the thresholds it reaches.
fn reaches(v: u32, thresholds: &[u32]) -> f64 {
    thresholds.iter().filter(|t| v >= **t).count() as f64
}

/// A prompt's points (MEASURES.md): precision + verification + correction direction. A
/// correction counts from the second prompt on (`index > 0`).
pub fn prompt_points(f: &Features, index: usize, agent_corrects_user: bool) -> f64 {
    let precision = f.file_refs.min(2) as f64
        + f.identifier_refs.min(2) as f64
        + reaches(f.named_things, &[1, 3, 6])
        + f.constraints.min(2) as f64
        + if f.acceptance_criteria > 0 {
            2.0
        } else if f.deliverables > 0 {
            1.0
        } else {
            0.0
        }
        + if f.steps >= 2 { 2.0 } else { 0.0 }
        + reaches(f.requirements, &[2, 4])
        + 2.0 * reaches(f.listed_items, &[4, 6])
        + f.scoped_questions.min(1) as f64
        + 3.0 * f.contingencies.min(1) as f64
        - f.vague_terms.min(3) as f64
        - f.learner_asks.min(2) as f64;
    let verification = verification_points(f);
    let mut correction = 0.0;
    if f.user_corrects_agent && index > 0 {
        correction += 1.0;
    }
    if agent_corrects_user {
        correction -= 2.0;
    }
    precision + verification + correction
}

/// A prompt's verification points (part of [`prompt_points`]).
pub fn verification_points(f: &Features) -> f64 {
    f.verification_asks.min(2) as f64
}

/// The most the checks asked for lift a session whose other points stay below level 4
/// (MEASURES.md v14): the guide's level-3 profile, just below the level-4 threshold.
pub const CHECKS_CEILING: f64 = 5.0;

/// The least session score when the first prompt opens with an order and names its object (a
/// file, an identifier or a named thing): the level-3 threshold (MEASURES.md v13).
pub const ORDER_FLOOR: f64 = 2.0;

/// Whether a prompt opens with an order that names its object (the floor's condition).
pub fn orders_by_name(f: &Features) -> bool {
    f.opens_with_order && f.file_refs + f.identifier_refs + f.named_things > 0
}

/// Whether a prompt is a bare confirmation (left out of the score): `confirms` with < 8 words.
pub fn is_bare_confirmation(f: &Features, words: usize) -> bool {
    f.confirms && !f.reports_failure && words < 8
}

/// A prompt's weight in the session score: its words, at most 60; the first scored prompt's
/// counts 1.5 times.
pub fn weight(words: usize, first: bool) -> f64 {
    (if first { 1.5 } else { 1.0 }) * words.min(60) as f64
}

/// The session score from the weighted mean of the scored prompts' points and the points of the
/// best of those with at least 5 words (`None`: the mean alone).
pub fn blend(mean: f64, peak: Option<f64>) -> f64 {
    match peak {
        Some(p) => 0.75 * mean + 0.25 * p,
        None => mean,
    }
}

/// Level 1–5 from a session score (MEASURES.md thresholds).
pub fn level_of(score: f64) -> u8 {
    if score < 0.5 {
        1
    } else if score < 2.0 {
        2
    } else if score < 5.25 {
        3
    } else if score < 8.0 {
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
        3 => (2.0, 5.25),
        4 => (5.25, 8.0),
        _ => (8.0, f64::INFINITY),
    }
}
