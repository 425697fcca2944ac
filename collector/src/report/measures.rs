//! The measures of one group of sessions (MEASURES.md, "Report"): accumulated in one pass over
//! the session summaries, then turned into a row.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use crate::assembler::PriceTable;
use crate::assembler::summary::{
    F_ABANDONED, F_AGREES, F_EV_COMMIT, F_EV_CONFIRM, F_EV_TESTS, F_TROUBLE, F_VERIFIED, Summary,
};
use crate::classifier::{Band, ExpertiseLevel};

/// A user's key for distinct counts: a 64-bit hash of the pseudonym (`None` without one). A
/// collision can only under-count users, which errs towards suppression.
pub fn user_key(pseudonym: &str) -> Option<u64> {
    use std::hash::{BuildHasher, BuildHasherDefault, DefaultHasher};
    (!pseudonym.is_empty())
        .then(|| BuildHasherDefault::<DefaultHasher>::default().hash_one(pseudonym))
}

/// Running totals for one group.
#[derive(Debug, Default)]
pub struct Acc {
    sessions: u64,
    /// Sessions known from native telemetry only.
    native_sessions: u64,
    users: HashSet<u64>,
    actions: Vec<u64>,
    words: Vec<u64>,
    words_per_prompt_word_sum: f64,
    words_per_prompt_word_n: u64,
    heavy: u64,
    verified: u64,
    ev_tests: u64,
    ev_commit: u64,
    ev_confirm: u64,
    trouble: u64,
    trouble_verified: u64,
    abandoned: u64,
    planning: (u64, u64),
    execution: (u64, u64),
    agrees: u64,
    /// Within the group: novice and expert bands' (actions, words, prompts, users).
    within: [(u64, u64, u64, HashSet<u64>); 2],
    /// Per prompt with token data: output tokens, and all four kinds summed.
    output_tokens: Vec<u64>,
    total_tokens: Vec<u64>,
    /// Within the group: novice and expert bands' (output tokens, prompts with token data).
    within_tokens: [(u64, u64); 2],
    /// Estimated cost of the priced prompts, and how many prompts were priced.
    cost: f64,
    priced_prompts: u64,
}

impl Acc {
    /// Adds one session; `prices` turn its tokens into an estimated cost.
    pub fn add(&mut self, s: &Summary, user: Option<u64>, prices: &PriceTable) {
        self.add_tokens(s, prices);
        self.sessions += 1;
        if let Some(u) = user {
            self.users.insert(u);
        }
        let native_only = s.native_only();
        self.native_sessions += u64::from(native_only);
        let mut session_actions = 0u64;
        for (a, w, pw, hook_saw) in s.prompts_seen() {
            self.actions.push(a);
            session_actions += a;
            // Output words need the hook: prompts known only natively are left out, not zeros.
            if !hook_saw {
                continue;
            }
            self.words.push(w);
            if pw > 0 {
                self.words_per_prompt_word_sum += w as f64 / pw as f64;
                self.words_per_prompt_word_n += 1;
            }
        }
        if !s.prompts.is_empty() && session_actions > 100 * s.prompts.len() as u64 {
            self.heavy += 1;
        }
        let count = |f, n: &mut u64| {
            if s.has(f) {
                *n += 1;
            }
        };
        count(F_VERIFIED, &mut self.verified);
        count(F_EV_TESTS, &mut self.ev_tests);
        count(F_EV_COMMIT, &mut self.ev_commit);
        count(F_EV_CONFIRM, &mut self.ev_confirm);
        count(F_TROUBLE, &mut self.trouble);
        count(F_ABANDONED, &mut self.abandoned);
        count(F_AGREES, &mut self.agrees);
        if s.has(F_TROUBLE) && s.has(F_VERIFIED) {
            self.trouble_verified += 1;
        }
        // Labour and expertise need the hook's prompt features (MEASURES.md, "Native
        // telemetry"): a native-only session adds nothing to them.
        if native_only {
            return;
        }
        self.planning.0 += s.planning.0;
        self.planning.1 += s.planning.1;
        self.execution.0 += s.execution.0;
        self.execution.1 += s.execution.1;
        let side = band_side(s.level);
        if let Some(i) = side {
            let w = &mut self.within[i];
            for (a, words, _, hook_saw) in s.prompts_seen() {
                if !hook_saw {
                    continue;
                }
                w.0 += a;
                w.1 += words;
                w.2 += 1;
            }
            if let Some(u) = user {
                w.3.insert(u);
            }
        }
    }

    /// Token data counts where present; a prompt without it is missing, never a zero.
    fn add_tokens(&mut self, s: &Summary, prices: &PriceTable) {
        let side = band_side(s.level).filter(|_| !s.native_only());
        for (model, t) in s.prompt_tokens().flatten() {
            self.output_tokens.push(t[1]);
            self.total_tokens.push(t.iter().sum());
            if let Some(i) = side {
                self.within_tokens[i].0 += t[1];
                self.within_tokens[i].1 += 1;
            }
            if let Some(price) = model.and_then(|m| prices.price(m)) {
                self.cost += price.cost(t);
                self.priced_prompts += 1;
            }
        }
    }

    /// Mean output tokens per prompt with token data.
    pub fn output_tokens_mean(&self) -> Option<f64> {
        mean(&self.output_tokens)
    }

    /// Distinct users (sessions without a pseudonym add none).
    pub fn users(&self) -> usize {
        self.users.len()
    }

    /// Mean actions per prompt (`None` without prompts).
    pub fn actions_mean(&self) -> Option<f64> {
        mean(&self.actions)
    }

    /// Mean output words per prompt.
    pub fn words_mean(&self) -> Option<f64> {
        mean(&self.words)
    }

    /// The row of measures (multipliers against the novice `baseline` means when known; the
    /// within-group expert/novice multipliers only when both bands have at least `k` users).
    pub fn measures(
        &mut self,
        baseline: Option<(f64, f64)>,
        tokens_baseline: Option<f64>,
        k: usize,
    ) -> Measures {
        let [nov, exp] = &self.within;
        let both_bands = nov.3.len() >= k && exp.3.len() >= k;
        let per = |x: u64, n: u64| x as f64 / n as f64;
        let within = (both_bands && nov.2 > 0 && exp.2 > 0).then(|| {
            (
                ratio_of(per(exp.0, exp.2), per(nov.0, nov.2)),
                ratio_of(per(exp.1, exp.2), per(nov.1, nov.2)),
            )
        });
        let [nov_t, exp_t] = self.within_tokens;
        let within_tokens = (both_bands && nov_t.1 > 0 && exp_t.1 > 0)
            .then(|| ratio_of(per(exp_t.0, exp_t.1), per(nov_t.0, nov_t.1)))
            .flatten();
        let n = self.sessions;
        let prompts = self.actions.len() as u64;
        let rate = |num: u64, den: u64| (den > 0).then(|| num as f64 / den as f64);
        let am = self.actions_mean();
        let otm = self.output_tokens_mean();
        let wm = self.words_mean();
        let ratio = |x: Option<f64>, b: Option<f64>| match (x, b) {
            (Some(x), Some(b)) if b > 0.0 => Some(x / b),
            _ => None,
        };
        Measures {
            sessions: n,
            native_sessions: self.native_sessions,
            users: self.users.len() as u64,
            prompts,
            prompts_with_output_words: self.words.len() as u64,
            turns_per_session_mean: rate(prompts, n),
            actions_per_prompt_mean: am,
            actions_per_prompt_median: median(&mut self.actions),
            output_words_per_prompt_mean: wm,
            output_words_per_prompt_median: median(&mut self.words),
            output_words_per_prompt_word_mean: (self.words_per_prompt_word_n > 0)
                .then(|| self.words_per_prompt_word_sum / self.words_per_prompt_word_n as f64),
            actions_multiplier: ratio(am, baseline.map(|b| b.0)),
            words_multiplier: ratio(wm, baseline.map(|b| b.1)),
            expert_vs_novice_actions_multiplier: within.and_then(|w| w.0),
            expert_vs_novice_words_multiplier: within.and_then(|w| w.1),
            prompts_with_tokens: self.output_tokens.len() as u64,
            output_tokens_per_prompt_mean: otm,
            output_tokens_per_prompt_median: median(&mut self.output_tokens),
            tokens_per_prompt_mean: mean(&self.total_tokens),
            tokens_per_prompt_median: median(&mut self.total_tokens),
            output_tokens_multiplier: ratio(otm, tokens_baseline),
            expert_vs_novice_output_tokens_multiplier: within_tokens,
            priced_prompts: self.priced_prompts,
            estimated_cost: (self.priced_prompts > 0).then_some(self.cost),
            estimated_cost_per_prompt_mean: (self.priced_prompts > 0)
                .then(|| self.cost / self.priced_prompts as f64),
            heavy_session_share: rate(self.heavy, n),
            verified_success_rate: rate(self.verified, n),
            verified_successes: self.verified,
            evidence: EvidenceSessions {
                tests_passed: self.ev_tests,
                commit: self.ev_commit,
                user_confirmation: self.ev_confirm,
            },
            trouble_rate: rate(self.trouble, n),
            sessions_in_trouble: self.trouble,
            success_in_trouble_rate: rate(self.trouble_verified, self.trouble),
            abandonment_rate: rate(self.abandoned, n - self.verified),
            abandoned: self.abandoned,
            planning_user_share: rate(self.planning.0, self.planning.0 + self.planning.1),
            execution_agent_share: rate(self.execution.1, self.execution.0 + self.execution.1),
            mode_agreement_rate: rate(self.agrees, n),
        }
    }
}

/// Sessions with each kind of evidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct EvidenceSessions {
    /// Sessions with a passing test run.
    pub tests_passed: u64,
    /// Sessions with a commit.
    pub commit: u64,
    /// Sessions with a user confirmation.
    pub user_confirmation: u64,
}

/// One group's measures (a report row without its group and privacy fields).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Measures {
    pub sessions: u64,
    /// Sessions known from native telemetry only: counted in the session, action, token and
    /// outcome measures, left out of output words, labour and expertise.
    #[serde(default)]
    pub native_sessions: u64,
    pub users: u64,
    pub prompts: u64,
    /// Prompts the hook saw (the output-word measures' denominator).
    #[serde(default)]
    pub prompts_with_output_words: u64,
    pub turns_per_session_mean: Option<f64>,
    pub actions_per_prompt_mean: Option<f64>,
    pub actions_per_prompt_median: Option<f64>,
    pub output_words_per_prompt_mean: Option<f64>,
    pub output_words_per_prompt_median: Option<f64>,
    pub output_words_per_prompt_word_mean: Option<f64>,
    pub actions_multiplier: Option<f64>,
    pub words_multiplier: Option<f64>,
    pub expert_vs_novice_actions_multiplier: Option<f64>,
    pub expert_vs_novice_words_multiplier: Option<f64>,
    /// Prompts with token data (the token measures' denominator).
    pub prompts_with_tokens: u64,
    pub output_tokens_per_prompt_mean: Option<f64>,
    pub output_tokens_per_prompt_median: Option<f64>,
    /// All four kinds (input, output, cache read, cache creation) summed.
    pub tokens_per_prompt_mean: Option<f64>,
    pub tokens_per_prompt_median: Option<f64>,
    /// Mean output tokens ÷ the novice band's (as `words_multiplier`).
    pub output_tokens_multiplier: Option<f64>,
    pub expert_vs_novice_output_tokens_multiplier: Option<f64>,
    /// Prompts whose model the price table prices.
    pub priced_prompts: u64,
    /// Estimated cost of the priced prompts (the price table's currency).
    pub estimated_cost: Option<f64>,
    pub estimated_cost_per_prompt_mean: Option<f64>,
    pub heavy_session_share: Option<f64>,
    pub verified_success_rate: Option<f64>,
    pub verified_successes: u64,
    pub evidence: EvidenceSessions,
    pub trouble_rate: Option<f64>,
    pub sessions_in_trouble: u64,
    pub success_in_trouble_rate: Option<f64>,
    pub abandonment_rate: Option<f64>,
    pub abandoned: u64,
    pub planning_user_share: Option<f64>,
    pub execution_agent_share: Option<f64>,
    pub mode_agreement_rate: Option<f64>,
}

/// Which side of the within-group comparison a session's level is on: 0 novice, 1 expert.
fn band_side(level: u8) -> Option<usize> {
    match ExpertiseLevel(level).band() {
        Band::Novice => Some(0),
        Band::Expert => Some(1),
        Band::Intermediate => None,
    }
}

fn ratio_of(x: f64, base: f64) -> Option<f64> {
    (base > 0.0).then(|| x / base)
}

fn mean(v: &[u64]) -> Option<f64> {
    (!v.is_empty()).then(|| v.iter().sum::<u64>() as f64 / v.len() as f64)
}

/// Median (mean of the two middle values for an even count).
fn median(v: &mut [u64]) -> Option<f64> {
    let n = v.len();
    if n == 0 {
        return None;
    }
    let (_, &mut hi, _) = v.select_nth_unstable(n / 2);
    if n % 2 == 1 {
        return Some(hi as f64);
    }
    let lo = *v[..n / 2].iter().max().unwrap_or(&hi);
    Some((lo as f64 + hi as f64) / 2.0)
}
