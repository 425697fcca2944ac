//! Classifiers over one session of the model (`crate::model`): expertise level, work mode (and
//! its agreement with telemetry), the success judge with its evidence, and the division of
//! labour. They read the model only; the assembler is built with them injected
//! ([`Classifiers`]).

pub mod expertise;
pub mod labour;
pub mod outcome;
pub mod tally;
pub mod work_mode;

use std::sync::Arc;

pub use expertise::{Band, Expertise, ExpertiseClassifier, ExpertiseLevel, RuleExpertise};
pub use outcome::{Evidence, Outcome, OutcomeClassifier, RuleOutcome};
pub use work_mode::{ModeVerdict, RuleWorkMode, WorkMode, WorkModeClassifier};

/// The classifiers an assembler runs on every session. The defaults are the built-in rules of
/// MEASURES.md, all pure functions of the session.
///
/// A classifier that is not a pure function of its input (a model, a remote service) says so by
/// returning a `memo_key`: the assembler then caches its verdict per session and span set (key:
/// the memo key, the session id and a digest of the session's span ids and their stored
/// attributes) in the tree `analytics.verdicts`, which a rebuild keeps, so re-deriving the same
/// spans — later, or in `coxswain rebuild` — gives the same records.
#[derive(Clone)]
pub struct Classifiers {
    /// Expertise level and band.
    pub expertise: Arc<dyn ExpertiseClassifier>,
    /// Work mode.
    pub work_mode: Arc<dyn WorkModeClassifier>,
    /// Evidence, trouble, the judge, abandonment.
    pub outcome: Arc<dyn OutcomeClassifier>,
}

impl Default for Classifiers {
    fn default() -> Self {
        Classifiers {
            expertise: Arc::new(RuleExpertise),
            work_mode: Arc::new(RuleWorkMode),
            outcome: Arc::new(RuleOutcome),
        }
    }
}

impl Classifiers {
    /// Whether any classifier needs its verdicts cached.
    pub fn any_memoised(&self) -> bool {
        self.expertise.memo_key().is_some()
            || self.work_mode.memo_key().is_some()
            || self.outcome.memo_key().is_some()
    }
}

/// The running sums the rule classifiers judge a session from, kept with the session's assembly
/// state: adding a prompt, or actions to one, costs that prompt, not the session's prompts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SessionSums {
    /// Expertise.
    pub expertise: expertise::ExpertiseSums,
    /// Work mode (and the session's action tally).
    pub mode: work_mode::ModeSums,
    /// Evidence and trouble.
    pub outcome: outcome::OutcomeSums,
    /// Division of labour ([`labour::add`]).
    pub labour: [i64; 4],
}

impl SessionSums {
    /// Adds (`sign` 1) or takes back (`sign` -1) a prompt's share. A prompt is taken back only
    /// to be added again with more actions; a prompt whose root changed needs the sums made
    /// again from every prompt.
    pub fn prompt(&mut self, p: &crate::model::PromptView<'_>, sign: i64) {
        self.expertise.prompt(p, sign);
        self.mode.prompt(p, sign);
        self.outcome.prompt(p, sign);
        labour::add(&mut self.labour, p, sign);
    }
}
