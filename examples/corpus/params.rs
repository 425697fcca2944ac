//! The declared per-level parameters of the corpus (one row per expertise level) and the work-mode
//! mix over the window. Means are targets; the ground truth holds what was actually generated.

/// Parameters of one expertise level.
#[derive(Debug, Clone, Copy)]
pub struct LevelParams {
    /// Share of sessions at this level.
    pub share: f64,
    /// Mean prompts per session doing work (a confirmation may add one).
    pub prompts_mean: f64,
    /// Mean actions per working prompt (the study: novice about 5, expert about 12).
    pub actions_mean: f64,
    /// Mean output words per prompt (the study: novice about 600, expert about 3,200).
    pub words_mean: f64,
    /// Probability a session runs into trouble.
    pub trouble: f64,
    /// Probability a session in trouble recovers with evidence after it.
    pub recover: f64,
    /// Probability a clean session ends with hard evidence (tests, commit, confirmation).
    pub evidence: f64,
    /// Probability a prompt's agent reply corrects the user.
    pub agent_corrects: f64,
    /// Probability a later prompt corrects the agent.
    pub user_corrects: f64,
    /// Probability a prompt launches a subagent.
    pub subagent: f64,
    /// Weight of the heavy tail at this level (times the heavy share): experts run long
    /// sessions more often.
    pub heavy: f64,
}

/// Levels 1..=5 (index 0 is level 1). Study-shaped: novices (1–2) about 5 actions and 600 words per
/// prompt and about 15% verified success; experts (4–5) about 12 actions and 3,200 words, about
/// 30% verified success; abandonment of failed sessions near 19% for novices, 5–7% for the rest.
/// Action means here are for ordinary sessions; the heavy tail (150 actions per prompt, more
/// often for experts) brings the band means to the study's.
pub const STUDY: [LevelParams; 5] = [
    LevelParams {
        share: 0.18,
        prompts_mean: 3.0,
        actions_mean: 3.6,
        words_mean: 500.0,
        trouble: 0.18,
        recover: 0.03,
        evidence: 0.17,
        agent_corrects: 0.3,
        user_corrects: 0.0,
        subagent: 0.02,
        heavy: 0.25,
    },
    LevelParams {
        share: 0.24,
        prompts_mean: 3.5,
        actions_mean: 5.0,
        words_mean: 700.0,
        trouble: 0.17,
        recover: 0.04,
        evidence: 0.19,
        agent_corrects: 0.0,
        user_corrects: 0.0,
        subagent: 0.05,
        heavy: 0.5,
    },
    LevelParams {
        share: 0.26,
        prompts_mean: 4.0,
        actions_mean: 6.5,
        words_mean: 1600.0,
        trouble: 0.04,
        recover: 0.1,
        evidence: 0.3,
        agent_corrects: 0.0,
        user_corrects: 0.1,
        subagent: 0.1,
        heavy: 1.0,
    },
    LevelParams {
        share: 0.19,
        prompts_mean: 4.0,
        actions_mean: 7.0,
        words_mean: 3000.0,
        trouble: 0.04,
        recover: 0.15,
        evidence: 0.31,
        agent_corrects: 0.0,
        user_corrects: 0.25,
        subagent: 0.15,
        heavy: 1.5,
    },
    LevelParams {
        share: 0.13,
        prompts_mean: 4.5,
        actions_mean: 8.0,
        words_mean: 3700.0,
        trouble: 0.04,
        recover: 0.16,
        evidence: 0.29,
        agent_corrects: 0.0,
        user_corrects: 0.3,
        subagent: 0.2,
        heavy: 1.75,
    },
];

/// The `test` profile: the study's shape with fewer actions per prompt (cheap to run through the
/// hook one process per event) and much more trouble, recovery and evidence, so a small corpus
/// exercises every rule of MEASURES.md.
pub fn test_profile() -> [LevelParams; 5] {
    let mut p = STUDY;
    for (i, l) in p.iter_mut().enumerate() {
        l.share = 0.2;
        l.prompts_mean = 3.0;
        l.actions_mean = [1.5, 2.0, 2.5, 3.0, 3.5][i];
        l.trouble = 0.5;
        l.recover = 0.5;
        l.evidence = 0.6;
        l.subagent = 0.15;
    }
    p
}

/// Share of sessions in the heavy tail (averaging over 100 actions per prompt): about 2%.
pub const HEAVY_SHARE: f64 = 0.02;

/// Mean actions per prompt of a heavy session.
pub const HEAVY_ACTIONS_MEAN: f64 = 150.0;

/// Work-mode weights at the start and at the end of the window (interpolated by month), in the
/// order of `MODES`: building, fixing, testing, operating, planning, exploring, analysing,
/// writing. Fixing falls from 33% to 19%, operating grows from 14% to 21%, writing plus analysing
/// doubles (10% → 20%).
pub const MODES_START: [f64; 8] = [0.20, 0.33, 0.07, 0.14, 0.05, 0.11, 0.05, 0.05];
/// See [`MODES_START`].
pub const MODES_END: [f64; 8] = [0.18, 0.19, 0.07, 0.21, 0.05, 0.10, 0.10, 0.10];

/// Session end reasons and their weights.
pub const END_REASONS: &[(&str, f64)] =
    &[("prompt_input_exit", 0.5), ("clear", 0.2), ("logout", 0.1), ("other", 0.2)];

/// StopFailure errors.
pub const STOP_FAILURES: &[&str] = &["rate_limit", "overloaded", "server_error"];
