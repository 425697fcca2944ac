//! The measures of one group of sessions (MEASURES.md, "Report"): accumulated in one pass over
//! the session summaries, then turned into a row.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

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

/// Users numbered from 0 in the order a scan meets them, so a group's distinct users are a
/// bitset ([`UserSet`]): one lookup per session in this table instead of one per set the session
/// joins, and sets small enough to stay in the processor's cache.
#[derive(Debug, Default)]
pub struct UserIds(HashMap<u64, u32, BuildHasherDefault<KeyHasher>>);

impl UserIds {
    /// The number of the user with this [`user_key`].
    pub fn id(&mut self, key: u64) -> u32 {
        let next = self.0.len() as u32;
        *self.0.entry(key).or_insert(next)
    }
}

/// The hasher of [`UserIds`]: a key is a SipHash already, so it is its own hash.
#[derive(Debug, Default)]
pub struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        // Only `u64` keys are hashed here; other input still hashes, just not as well.
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(b);
        }
    }

    fn write_u64(&mut self, key: u64) {
        self.0 = key;
    }
}

/// Distinct users, by their [`UserIds`] number.
#[derive(Debug, Default, Clone)]
pub struct UserSet(Vec<u64>);

impl UserSet {
    /// Adds a user.
    pub fn insert(&mut self, id: u32) {
        let word = id as usize / 64;
        if word >= self.0.len() {
            self.0.resize(word + 1, 0);
        }
        self.0[word] |= 1 << (id % 64);
    }

    /// How many users.
    pub fn len(&self) -> usize {
        self.0.iter().map(|w| w.count_ones() as usize).sum()
    }

    /// Whether there is none.
    pub fn is_empty(&self) -> bool {
        self.0.iter().all(|&w| w == 0)
    }
}

/// Values below this are counted per value in [`Counts`]; larger ones are kept one by one.
const DENSE: u64 = 1 << 12;

/// One measure's per-prompt values (actions, output words, tokens) as a histogram: how often
/// each value below [`DENSE`] occurs, and the larger values as they are. The same count, sum
/// and median as keeping every value, without a vector of 1.6 million entries per group at
/// the study's scale.
#[derive(Debug, Default)]
struct Counts {
    dense: Vec<u64>,
    sparse: Vec<u64>,
    n: u64,
    sum: u64,
}

impl Counts {
    fn push(&mut self, v: u64) {
        self.n += 1;
        self.sum = self.sum.wrapping_add(v);
        if v < DENSE {
            let i = v as usize;
            if i >= self.dense.len() {
                self.dense.resize(i + 1, 0);
            }
            self.dense[i] += 1;
        } else {
            self.sparse.push(v);
        }
    }

    /// The value at `rank` (from 0) in ascending order; `sparse` must be sorted.
    fn nth(&self, mut rank: u64) -> u64 {
        for (v, &c) in self.dense.iter().enumerate() {
            if rank < c {
                return v as u64;
            }
            rank -= c;
        }
        self.sparse.get(rank as usize).copied().unwrap_or(0)
    }

    /// The median (mean of the two middle values for an even count), as the
    /// sorted list of every value gives it.
    fn median(&mut self) -> Option<f64> {
        let n = self.n;
        if n == 0 {
            return None;
        }
        self.sparse.sort_unstable();
        let hi = self.nth(n / 2);
        let lo = if n >= 2 { self.nth(n / 2 - 1) } else { hi };
        median_of(n, lo, hi)
    }
}

/// Running totals for one group.
#[derive(Debug, Default)]
pub struct Acc {
    sessions: u64,
    /// Sessions known from native telemetry only.
    native_sessions: u64,
    users: UserSet,
    actions: Counts,
    words: Counts,
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
    within: [(u64, u64, u64, UserSet); 2],
    /// Per prompt with token data: output tokens, and all four kinds summed.
    output_tokens: Counts,
    total_tokens: Counts,
    /// Within the group: novice and expert bands' (output tokens, prompts with token data).
    within_tokens: [(u64, u64); 2],
    /// Estimated cost of the priced prompts, and how many prompts were priced.
    cost: f64,
    priced_prompts: u64,
}

impl Acc {
    /// Adds one session of `user` (a [`UserIds`] number); `prices` turn its tokens into an
    /// estimated cost.
    pub fn add(&mut self, s: &Summary, user: Option<u32>, prices: &PriceTable) {
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

    /// Distinct users (sessions without a pseudonym add none).
    pub fn users(&self) -> usize {
        self.users.len()
    }

    /// The group's totals (medians taken here, so the vectors are consumed).
    pub fn totals(&mut self) -> Totals {
        let [nov, exp] = &self.within;
        let band = |b: &(u64, u64, u64, UserSet)| BandTotals {
            actions: b.0,
            words: b.1,
            prompts: b.2,
            users: b.3.len() as u64,
        };
        Totals {
            sessions: self.sessions,
            native_sessions: self.native_sessions,
            users: self.users.len() as u64,
            prompts: self.actions.n,
            word_prompts: self.words.n,
            actions: self.actions.sum,
            words: self.words.sum,
            actions_median: self.actions.median(),
            words_median: self.words.median(),
            words_per_prompt_word_sum: self.words_per_prompt_word_sum,
            words_per_prompt_word_n: self.words_per_prompt_word_n,
            heavy: self.heavy,
            verified: self.verified,
            ev_tests: self.ev_tests,
            ev_commit: self.ev_commit,
            ev_confirm: self.ev_confirm,
            trouble: self.trouble,
            trouble_verified: self.trouble_verified,
            abandoned: self.abandoned,
            planning: self.planning,
            execution: self.execution,
            agrees: self.agrees,
            within: [band(nov), band(exp)],
            token_prompts: self.output_tokens.n,
            output_tokens: self.output_tokens.sum,
            output_tokens_median: self.output_tokens.median(),
            total_tokens: self.total_tokens.sum,
            total_tokens_median: self.total_tokens.median(),
            within_tokens: self.within_tokens,
            cost: self.cost,
            priced_prompts: self.priced_prompts,
        }
    }
}

/// One band's part of a group, for the within-group expert/novice multipliers.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct BandTotals {
    /// Actions of the band's prompts.
    pub actions: u64,
    /// Output words of the band's prompts.
    pub words: u64,
    /// The band's prompts.
    pub prompts: u64,
    /// The band's distinct users.
    pub users: u64,
}

/// What a group's measures are computed from: sums, counts and medians. The sled path adds
/// sessions up in [`Acc`]; the ClickHouse path gets the same totals from SQL aggregates. Both
/// end in [`Totals::measures`], so the two agree by construction.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Totals {
    pub sessions: u64,
    /// Sessions known from native telemetry only.
    pub native_sessions: u64,
    pub users: u64,
    pub prompts: u64,
    /// Prompts the hook saw (the output-word measures' denominator).
    pub word_prompts: u64,
    /// Sum of actions over the prompts.
    pub actions: u64,
    /// Sum of output words over the prompts the hook saw.
    pub words: u64,
    pub actions_median: Option<f64>,
    pub words_median: Option<f64>,
    pub words_per_prompt_word_sum: f64,
    pub words_per_prompt_word_n: u64,
    pub heavy: u64,
    pub verified: u64,
    pub ev_tests: u64,
    pub ev_commit: u64,
    pub ev_confirm: u64,
    pub trouble: u64,
    pub trouble_verified: u64,
    pub abandoned: u64,
    /// Planning decisions: user, agent.
    pub planning: (u64, u64),
    /// Execution decisions: user, agent.
    pub execution: (u64, u64),
    pub agrees: u64,
    /// Novice, expert.
    pub within: [BandTotals; 2],
    /// Prompts with token data.
    pub token_prompts: u64,
    pub output_tokens: u64,
    pub output_tokens_median: Option<f64>,
    /// All four kinds summed.
    pub total_tokens: u64,
    pub total_tokens_median: Option<f64>,
    /// Novice, expert: (output tokens, prompts with token data).
    pub within_tokens: [(u64, u64); 2],
    pub cost: f64,
    pub priced_prompts: u64,
}

impl Totals {
    /// Mean actions per prompt (`None` without prompts).
    pub fn actions_mean(&self) -> Option<f64> {
        mean(self.actions, self.prompts)
    }

    /// Mean output words per prompt.
    pub fn words_mean(&self) -> Option<f64> {
        mean(self.words, self.word_prompts)
    }

    /// Mean output tokens per prompt with token data.
    pub fn output_tokens_mean(&self) -> Option<f64> {
        mean(self.output_tokens, self.token_prompts)
    }

    /// The row of measures (multipliers against the novice `baseline` means when known; the
    /// within-group expert/novice multipliers only when both bands have at least `k` users).
    pub fn measures(
        &self,
        baseline: Option<(f64, f64)>,
        tokens_baseline: Option<f64>,
        k: usize,
    ) -> Measures {
        let [nov, exp] = &self.within;
        let both_bands = nov.users >= k as u64 && exp.users >= k as u64;
        let per = |x: u64, n: u64| x as f64 / n as f64;
        let within = (both_bands && nov.prompts > 0 && exp.prompts > 0).then(|| {
            (
                ratio_of(per(exp.actions, exp.prompts), per(nov.actions, nov.prompts)),
                ratio_of(per(exp.words, exp.prompts), per(nov.words, nov.prompts)),
            )
        });
        let [nov_t, exp_t] = self.within_tokens;
        let within_tokens = (both_bands && nov_t.1 > 0 && exp_t.1 > 0)
            .then(|| ratio_of(per(exp_t.0, exp_t.1), per(nov_t.0, nov_t.1)))
            .flatten();
        let n = self.sessions;
        let prompts = self.prompts;
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
            users: self.users,
            native_sessions: self.native_sessions,
            prompts,
            prompts_with_output_words: self.word_prompts,
            turns_per_session_mean: rate(prompts, n),
            actions_per_prompt_mean: am,
            actions_per_prompt_median: self.actions_median,
            output_words_per_prompt_mean: wm,
            output_words_per_prompt_median: self.words_median,
            output_words_per_prompt_word_mean: (self.words_per_prompt_word_n > 0)
                .then(|| self.words_per_prompt_word_sum / self.words_per_prompt_word_n as f64),
            actions_multiplier: ratio(am, baseline.map(|b| b.0)),
            words_multiplier: ratio(wm, baseline.map(|b| b.1)),
            expert_vs_novice_actions_multiplier: within.and_then(|w| w.0),
            expert_vs_novice_words_multiplier: within.and_then(|w| w.1),
            prompts_with_tokens: self.token_prompts,
            output_tokens_per_prompt_mean: otm,
            output_tokens_per_prompt_median: self.output_tokens_median,
            tokens_per_prompt_mean: mean(self.total_tokens, self.token_prompts),
            tokens_per_prompt_median: self.total_tokens_median,
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

fn mean(sum: u64, n: u64) -> Option<f64> {
    (n > 0).then(|| sum as f64 / n as f64)
}

/// The median of `n` values from the two middle ones (equal when `n` is odd): what the SQL
/// path gets from ClickHouse, reduced the same way.
pub fn median_of(n: u64, lower_middle: u64, upper_middle: u64) -> Option<f64> {
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(upper_middle as f64),
        _ => Some((lower_middle as f64 + upper_middle as f64) / 2.0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The plain way: every value kept, the middle ones selected.
    fn median(v: &mut [u64]) -> Option<f64> {
        let n = v.len();
        if n == 0 {
            return None;
        }
        let (_, &mut hi, _) = v.select_nth_unstable(n / 2);
        let lo = *v[..n / 2].iter().max().unwrap_or(&hi);
        median_of(n as u64, lo, hi)
    }

    #[test]
    fn counts_give_the_count_sum_and_median_of_every_value_kept() {
        let mut x = 88_172_645_463_325_252_u64;
        for len in [0, 1, 2, 3, 10, 11, 1000, 1001] {
            for spread in [3, DENSE - 1, DENSE + 1, 10 * DENSE, u64::MAX / 4096] {
                let mut values = Vec::new();
                let mut counts = Counts::default();
                for _ in 0..len {
                    x ^= x << 13;
                    x ^= x >> 7;
                    x ^= x << 17;
                    values.push(x % spread);
                    counts.push(x % spread);
                }
                assert_eq!(counts.n, values.len() as u64);
                assert_eq!(counts.sum, values.iter().fold(0u64, |a, &v| a.wrapping_add(v)));
                assert_eq!(counts.median(), median(&mut values), "{len} values below {spread}");
            }
        }
    }

    #[test]
    fn a_user_set_counts_each_pseudonym_once() {
        let (mut ids, mut users) = (UserIds::default(), UserSet::default());
        let names = ["a", "b", "a", "", "c", "b"].iter().chain(&["x"; 200]);
        for k in names.filter_map(|n| user_key(n)) {
            users.insert(ids.id(k));
        }
        assert_eq!(users.len(), 4);
        assert!(UserSet::default().is_empty());
    }
}
