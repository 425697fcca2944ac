//! The expertise classifier: precision, verification and correction direction per prompt; a
//! session score that blends the mean over the prompts (weighted by their words, the first
//! prompt more) with the best substantive prompt, floored at level 3 when the session opens
//! with an order that names its object; mapped to levels 1–5 (MEASURES.md, "Expertise").

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
/// verification + correction = the score), the parts of precision, the two terms of the blend
/// (`mean`, `peak`) and the prompts weighed, so a reader can see why a session got its level.
/// Every family and part value is blended like the score: [`MEAN_SHARE`] of its weighted mean
/// over the scored prompts plus [`PEAK_SHARE`] of its value in the peak prompt.
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
    /// Their total weight (the first scored prompt's counts [`FIRST_PROMPT_WEIGHT`] times).
    #[serde(default)]
    pub weight: f64,
    /// The weighted mean of the scored prompts' points.
    #[serde(default)]
    pub mean: f64,
    /// The points of the best scored prompt with at least [`PEAK_MIN_WORDS`] words the user
    /// wrote (`None` when no prompt has that many: the score is then the mean alone).
    #[serde(default)]
    pub peak: Option<f64>,
    /// The session's first prompt opens with an order and names its object (a file, an
    /// identifier or a named thing): the score is at least [`ORDER_FLOOR`].
    #[serde(default)]
    pub opens_with_order: bool,
    /// The blended score before [`ORDER_FLOOR`] raised it (`None` when the floor did not).
    #[serde(default)]
    pub floored_from: Option<f64>,
    /// The blended score the checks asked for would have lifted to level 4 or more, held at
    /// [`CHECKS_CEILING`] (`None` when they did not; `verification` then holds what counted).
    #[serde(default)]
    pub held_from: Option<f64>,
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
    /// Steps decomposed up front, requirements stated in sentences, lists written inline.
    pub structure: f64,
    /// Questions scoped to a named thing.
    pub scoped_questions: f64,
    /// Contingencies stated up front (edge cases, failure modes, fallbacks).
    #[serde(default)]
    pub contingencies: f64,
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
    /// The verdict from the session's running sums, for a classifier that is a function of
    /// them; `None` (the default) has the assembler show it the whole session instead.
    fn judge_sums(&self, _sums: &ExpertiseSums) -> Option<Expertise> {
        None
    }
}

/// The deterministic, network-free rules of MEASURES.md.
#[derive(Debug, Clone, Copy, Default)]
pub struct RuleExpertise;

/// A prompt's weight is the count of words the user wrote (`own_words`, else `words`), capped here: a long prompt counts more than `continue`,
/// but a pasted log does not drown the rest.
pub const WEIGHT_CAP: u64 = 60;
/// The first scored prompt frames the task: its weight counts this many times.
pub const FIRST_PROMPT_WEIGHT: f64 = 1.5;
/// The share of the weighted mean in the session score …
pub const MEAN_SHARE: f64 = 0.75;
/// … and of the peak prompt: a precise request among many short follow-ups still shows.
pub const PEAK_SHARE: f64 = 0.25;
/// The peak prompt has at least this many words the user wrote (a `yes` or a pasted id is not a
/// request).
pub const PEAK_MIN_WORDS: u64 = 5;
/// Level thresholds on the session score: below the first is level 1, … at or above the last
/// is level 5.
pub const LEVEL_THRESHOLDS: [f64; 4] = [0.5, 2.0, 5.25, 8.0];

/// The least score of a session whose first prompt opens with an order and names its object
/// (`add a share button to ReceiptDetailScreen`): the level-3 threshold. Someone who starts by
/// saying what to do to what is rarely a novice (95 of 97 such first prompts in the labelled
/// sessions are level 3–5), however little else the prompts pin down.
pub const ORDER_FLOOR: f64 = LEVEL_THRESHOLDS[1];

/// The most a session's checks asked for can lift its score to (v14): the score of the guide's
/// level-3 profile (files and one thing named, a constraint, `run the tests`), just below the
/// level-4 threshold. A check asked is a level 2–3 signal (`can you check it runs`, `run the
/// tests`); an expert's level shows in what they pin down (an acceptance criterion, constraints,
/// contingencies), so a session whose other points stay below level 4 is no expert for asking
/// one. Checks still lift a session into level 3, and count in full above level 4.
pub const CHECKS_CEILING: f64 = 5.0;

/// Points of a prompt that states at least one contingency (`roll back if …`).
pub const CONTINGENCY_POINTS: i64 = 3;

/// Points of one prompt, doubled so every value is an integer (the rules use halves only) and
/// level thresholds compare exactly: the precision parts (in [`PrecisionParts`] order, with
/// contingencies last), then verification and correction.
fn doubled_points(p: &PromptView<'_>) -> Option<[i64; PARTS]> {
    let r = p.root;
    if r.confirms && !r.reports_failure && r.words < 8 {
        return None; // a bare confirmation says nothing about expertise
    }
    let c = |v: u64, cap: u64| v.min(cap) as i64;
    let step = |v: u64, at: &[u64]| at.iter().filter(|t| v >= **t).count() as i64;
    let references = c(r.file_refs, 2) + c(r.identifier_refs, 2);
    let named = step(r.named_things, &[1, 3, 6]);
    // An acceptance criterion says how the work is judged done (doubled: 4 = 2 points); a
    // deliverable named without one (`a page`, `a script`) pins down less (2 = 1 point).
    let deliverable = if r.acceptance_criteria > 0 {
        4
    } else if r.deliverables > 0 {
        2
    } else {
        0
    };
    let structure = if r.steps >= 2 { 2 } else { 0 }
        + step(r.requirements, &[2, 4])
        + 2 * step(r.listed_items, &[4, 6]);
    let vagueness = -c(r.vague_terms, 3) - c(r.learner_asks, 2);
    // 1 × min(asks, 2), doubled: asking for a check is common from level 2 up (`can you check
    // it runs`); what counts as done (`deliverable`) carries the level-4 signal.
    let verification = 2 * c(r.verification_asks, 2);
    let mut correction = 0;
    // A correction needs an answer to correct: the first prompt's "rather than" is a requirement.
    if r.user_corrects_agent && p.index > 0 {
        correction += 2; // +1, doubled (v14; was 1.5)
    }
    if r.agent_corrects_user {
        correction -= 4; // −2, doubled
    }
    Some([
        2 * references,
        2 * named,
        2 * c(r.constraints, 2),
        deliverable,
        2 * structure,
        2 * c(r.scoped_questions, 1),
        2 * vagueness,
        verification,
        correction,
        2 * CONTINGENCY_POINTS * c(r.contingencies, 1),
    ])
}

/// The prompt opens with an order (`coxswain.prompt.opens_with_order`) and names its object: a
/// file, an identifier or a named thing.
fn orders_by_name(p: &PromptView<'_>) -> bool {
    let r = p.root;
    r.opens_with_order && r.file_refs + r.identifier_refs + r.named_things > 0
}

/// How many point values `doubled_points` returns.
pub const PARTS: usize = 10;

/// The index of the verification points in `doubled_points`.
const VERIFICATION: usize = 7;

/// Level of a session score ([`LEVEL_THRESHOLDS`]).
pub fn level_of(score: f64) -> ExpertiseLevel {
    ExpertiseLevel(1 + LEVEL_THRESHOLDS.iter().filter(|t| score >= **t).count() as u8)
}

/// A scored prompt: its doubled points, its weight before the first prompt's extra
/// (`min(words, WEIGHT_CAP)`) and the words the user wrote; `None` when it is not scored.
fn scored(prompt: &PromptView<'_>) -> Option<([i64; PARTS], i64, u64)> {
    let words = prompt.root.own_words.unwrap_or(prompt.root.words);
    if words == 0 {
        return None; // nothing the user wrote (a compaction summary, an empty command)
    }
    doubled_points(prompt).map(|points| (points, words.min(WEIGHT_CAP) as i64, words))
}

/// What the rule score is made of, summed over a session's prompts, so a prompt added (or
/// taken back) costs one prompt, not the session: every weight is a whole or half word count and
/// every point a half, so the sums are exact integers and the score is the same whatever order
/// the prompts are added in.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExpertiseSums {
    /// Prompts scored.
    pub scored: i64,
    /// Their weights (`min(words, WEIGHT_CAP)`), the first prompt's extra not included.
    pub weight: i64,
    /// Per part, the sum of weight × doubled points.
    pub points: [i64; PARTS],
    /// The first scored prompt: index, weight, doubled points (it counts
    /// [`FIRST_PROMPT_WEIGHT`] times).
    pub first: Option<(u64, i64, [i64; PARTS])>,
    /// The peak prompt: index and doubled points.
    pub peak: Option<(u64, [i64; PARTS])>,
    /// The session's first prompt, scored or not: index, and whether it opens with an order and
    /// names its object ([`ORDER_FLOOR`]).
    pub opening: Option<(u64, bool)>,
}

impl ExpertiseSums {
    /// Adds (`sign` 1) or takes back (`sign` -1) a prompt's share. Taking back leaves the first
    /// and peak prompts as they are: a prompt is only taken back to be added again with more
    /// actions, which moves neither.
    pub fn prompt(&mut self, prompt: &PromptView<'_>, sign: i64) {
        if sign > 0 && self.opening.is_none_or(|(o, _)| prompt.index < o) {
            self.opening = Some((prompt.index, orders_by_name(prompt)));
        }
        let Some((points, weight, words)) = scored(prompt) else { return };
        self.scored += sign;
        self.weight += sign * weight;
        for (sum, p) in self.points.iter_mut().zip(points) {
            *sum += sign * weight * p;
        }
        if sign < 0 {
            return;
        }
        let i = prompt.index;
        if self.first.is_none_or(|(f, _, _)| i < f) {
            self.first = Some((i, weight, points));
        }
        let total = |p: &[i64; PARTS]| p.iter().sum::<i64>();
        if words >= PEAK_MIN_WORDS
            && self.peak.is_none_or(|(pi, pp)| {
                total(&points) > total(&pp) || (total(&points) == total(&pp) && i < pi)
            })
        {
            self.peak = Some((i, points));
        }
    }

    /// The rule verdict of the sums.
    pub fn verdict(&self) -> Expertise {
        // Doubled weights: every prompt's twice, plus the first prompt's extra half.
        let first_weight = self.first.map_or(0, |(_, w, _)| w);
        let w = (2 * self.weight + first_weight) as f64 / 2.0;
        let peak = self.peak.map(|(_, p)| p);
        // A part's (or a family's) blended value from its indices in the doubled points: the
        // weighted sum is exact in quarters.
        let blend = |parts: &[usize]| {
            if w == 0.0 {
                return 0.0;
            }
            let sum: i64 = parts
                .iter()
                .map(|&k| 2 * self.points[k] + first_weight * self.first.map_or(0, |f| f.2[k]))
                .sum();
            let mean = sum as f64 / 4.0 / w;
            match peak {
                Some(p) => {
                    let of = parts.iter().map(|i| p[*i]).sum::<i64>() as f64 / 2.0;
                    MEAN_SHARE * mean + PEAK_SHARE * of
                }
                None => mean,
            }
        };
        let all: Vec<usize> = (0..PARTS).collect();
        let checked = blend(&all);
        let others: Vec<usize> = (0..PARTS).filter(|k| *k != VERIFICATION).collect();
        let unchecked = blend(&others);
        // Checks do not make an expert (CHECKS_CEILING): when the other points stay below
        // level 4, the checks count up to the ceiling only.
        let held = unchecked < LEVEL_THRESHOLDS[2] && checked >= LEVEL_THRESHOLDS[2];
        let blended = if held { unchecked.max(CHECKS_CEILING) } else { checked };
        let opens_with_order = self.opening.is_some_and(|(_, o)| o);
        let floored = opens_with_order && blended < ORDER_FLOOR;
        let score = if floored { ORDER_FLOOR } else { blended };
        let mean = if w == 0.0 {
            0.0
        } else {
            let sum: i64 = all
                .iter()
                .map(|&k| 2 * self.points[k] + first_weight * self.first.map_or(0, |f| f.2[k]))
                .sum();
            sum as f64 / 4.0 / w
        };
        Expertise {
            level: level_of(score),
            score,
            signals: ExpertiseSignals {
                precision: blend(&[0, 1, 2, 3, 4, 5, 6, 9]),
                verification: if held { blended - unchecked } else { blend(&[VERIFICATION]) },
                correction: blend(&[8]),
                precision_parts: PrecisionParts {
                    references: blend(&[0]),
                    named_things: blend(&[1]),
                    constraints: blend(&[2]),
                    deliverable: blend(&[3]),
                    structure: blend(&[4]),
                    scoped_questions: blend(&[5]),
                    vagueness: blend(&[6]),
                    contingencies: blend(&[9]),
                },
                prompts_scored: self.scored as u64,
                weight: w,
                mean,
                peak: peak.map(|p| p.iter().sum::<i64>() as f64 / 2.0),
                opens_with_order,
                floored_from: floored.then_some(blended),
                held_from: held.then_some(checked),
            },
        }
    }
}

impl ExpertiseClassifier for RuleExpertise {
    fn classify(&self, session: &SessionView<'_, '_>) -> Expertise {
        let mut sums = ExpertiseSums::default();
        for prompt in session.prompts {
            sums.prompt(prompt, 1);
        }
        sums.verdict()
    }

    fn judge_sums(&self, sums: &ExpertiseSums) -> Option<Expertise> {
        Some(sums.verdict())
    }
}
