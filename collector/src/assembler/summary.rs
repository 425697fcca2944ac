//! The compact per-session summary the report scans (one small binary value per session), so a
//! report over hundreds of thousands of sessions is a single pass without JSON parsing.

use super::compact::{Reader, Writer};
use super::session::{PromptRecord, SessionRecord, Telemetry};
use crate::classifier::WorkMode;

/// What the report needs of one session.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Summary {
    /// First prompt's start, Unix ns.
    pub started: u64,
    /// Pseudonym (empty: none sent).
    pub user: String,
    /// Harness.
    pub harness: String,
    /// `coxswain.team` (empty: none); team-scoped tokens see only their team's sessions.
    pub team: String,
    /// Level 1–5.
    pub level: u8,
    /// Index into [`WorkMode::ALL`].
    pub mode: u8,
    /// Flag bits, see the `F_*` constants.
    pub flags: u16,
    /// Planning decisions: user, agent.
    pub planning: (u64, u64),
    /// Execution decisions: user, agent.
    pub execution: (u64, u64),
    /// Per prompt, in index order: (actions, output words, prompt words).
    pub prompts: Vec<(u64, u64, u64)>,
    /// Per prompt, in index order (same length as `prompts`, or empty when no prompt has token
    /// data): the model (an index into `models`) and `[input, output, cache read, cache
    /// creation]` tokens; `None` when the prompt has no token data.
    pub tokens: Vec<Option<(Option<u16>, [u64; 4])>>,
    /// The distinct models the prompts name.
    pub models: Vec<String>,
    /// How many of the last `prompts` are known from native telemetry only (no words, output
    /// words or expertise signals).
    pub native_prompts: u64,
}

/// Closed.
pub const F_CLOSED: u16 = 1;
/// Verified success.
pub const F_VERIFIED: u16 = 1 << 1;
/// In trouble.
pub const F_TROUBLE: u16 = 1 << 2;
/// Abandoned.
pub const F_ABANDONED: u16 = 1 << 3;
/// Mode agrees with telemetry.
pub const F_AGREES: u16 = 1 << 4;
/// Has `tests_passed` evidence.
pub const F_EV_TESTS: u16 = 1 << 5;
/// Has `commit` evidence.
pub const F_EV_COMMIT: u16 = 1 << 6;
/// Has `user_confirmation` evidence.
pub const F_EV_CONFIRM: u16 = 1 << 7;
/// The judge said success.
pub const F_JUDGE: u16 = 1 << 8;
/// Some facts came from the harness's native telemetry.
pub const F_NATIVE: u16 = 1 << 9;
/// No fact came from the hook (with [`F_NATIVE`]: `telemetry: "native"`).
pub const F_NO_HOOK: u16 = 1 << 10;

impl Summary {
    /// The summary of a record.
    pub fn of(r: &SessionRecord) -> Summary {
        let mut flags = 0;
        let mut set = |on: bool, f: u16| {
            if on {
                flags |= f;
            }
        };
        set(r.closed, F_CLOSED);
        set(r.verified_success, F_VERIFIED);
        set(r.trouble, F_TROUBLE);
        set(r.abandoned, F_ABANDONED);
        set(r.mode_agreement, F_AGREES);
        set(r.evidence_counts.tests_passed > 0, F_EV_TESTS);
        set(r.evidence_counts.commit > 0, F_EV_COMMIT);
        set(r.evidence_counts.user_confirmation > 0, F_EV_CONFIRM);
        set(r.judge_success, F_JUDGE);
        set(r.telemetry != Telemetry::Hook, F_NATIVE);
        set(r.telemetry == Telemetry::Native, F_NO_HOOK);
        Summary {
            started: r.started_at_unix_nano,
            user: r.user.clone(),
            harness: r.harness.clone(),
            team: r.team.clone(),
            level: r.expertise_level,
            mode: WorkMode::ALL.iter().position(|m| *m == r.work_mode).unwrap_or(8) as u8,
            flags,
            planning: (r.labour.planning.user, r.labour.planning.agent),
            execution: (r.labour.execution.user, r.labour.execution.agent),
            prompts: r.prompts.iter().map(|p| (p.actions, p.output_words, p.words)).collect(),
            tokens: Vec::new(),
            models: Vec::new(),
            native_prompts: r.native_prompts,
        }
        .with_tokens(r)
    }

    fn with_tokens(mut self, r: &SessionRecord) -> Summary {
        if r.prompts.iter().all(|p| p.tokens().is_none()) {
            return self;
        }
        let rows = r.prompts.iter().map(|p| p.tokens().map(|t| (p.model.as_deref(), t)));
        let (models, tokens) = intern(rows);
        self.models = models;
        self.tokens = tokens;
        self
    }

    /// The prompts' token data, one entry per prompt (`None` where missing).
    pub fn prompt_tokens(&self) -> impl Iterator<Item = Option<(Option<&str>, [u64; 4])>> {
        (0..self.prompts.len()).map(|i| {
            let (model, t) = (*self.tokens.get(i)?)?;
            Some((model.and_then(|m| self.models.get(m as usize)).map(String::as_str), t))
        })
    }

    /// Known from native telemetry only: no expertise level, labour or output words.
    pub fn native_only(&self) -> bool {
        self.has(F_NO_HOOK)
    }

    /// Per prompt, in index order: (actions, output words, prompt words, whether the hook saw it).
    pub fn prompts_seen(&self) -> impl Iterator<Item = (u64, u64, u64, bool)> + '_ {
        let hook = self.prompts.len().saturating_sub(self.native_prompts as usize);
        self.prompts.iter().enumerate().map(move |(i, &(a, w, pw))| (a, w, pw, i < hook))
    }

    /// Whether a flag is set.
    pub fn has(&self, f: u16) -> bool {
        self.flags & f != 0
    }

    /// The work mode.
    pub fn work_mode(&self) -> WorkMode {
        WorkMode::ALL.get(self.mode as usize).copied().unwrap_or(WorkMode::Other)
    }

    /// Sets the prompts whose index is their position (a session whose prompt indexes run
    /// 0, 1, 2, …), replacing or appending each, in index order: what a settle changes, without
    /// the session's other prompts' records. `false` (nothing changed) when a prompt's index is
    /// past the end.
    pub fn set_prompts(&mut self, changed: &[PromptRecord]) -> bool {
        let (mut n, mut set) = (self.prompts.len(), Vec::new());
        for p in changed {
            match (p.index as usize).cmp(&n) {
                std::cmp::Ordering::Greater => return false,
                std::cmp::Ordering::Equal => n += 1,
                std::cmp::Ordering::Less => {}
            }
            set.push(p);
        }
        if set.iter().all(|p| p.tokens().is_none()) && self.tokens.is_empty() {
            // No token data before or now: only the counts change.
            for p in set {
                let row = (p.actions, p.output_words, p.words);
                match self.prompts.get_mut(p.index as usize) {
                    Some(r) => *r = row,
                    None => self.prompts.push(row),
                }
            }
            return true;
        }
        let mut rows: Vec<Option<(Option<&str>, [u64; 4])>> = (0..self.prompts.len())
            .map(|k| {
                let (model, t) = (*self.tokens.get(k)?)?;
                Some((model.and_then(|m| self.models.get(m as usize)).map(String::as_str), t))
            })
            .collect();
        let mut counts = self.prompts.clone();
        for p in set {
            let (row, k) = (p.tokens().map(|t| (p.model.as_deref(), t)), p.index as usize);
            let count = (p.actions, p.output_words, p.words);
            if k < rows.len() {
                (rows[k], counts[k]) = (row, count);
            } else {
                rows.push(row);
                counts.push(count);
            }
        }
        let (models, tokens) = intern(rows.into_iter());
        (self.models, self.tokens, self.prompts) = (models, tokens, counts);
        true
    }

    /// Binary encoding (LEB128 integers, length-prefixed strings).
    pub fn encode(&self) -> Vec<u8> {
        let mut w = Writer::with_capacity(48 + 6 * self.prompts.len());
        // Format version (1: without tokens and maybe without team; 2: without native prompts).
        w.byte(3);
        w.int(self.started);
        w.str(&self.user);
        w.str(&self.harness);
        w.byte(self.level);
        w.byte(self.mode);
        w.int(self.flags as u64);
        for v in [self.planning.0, self.planning.1, self.execution.0, self.execution.1] {
            w.int(v);
        }
        w.int(self.prompts.len() as u64);
        for &(a, words, pw) in &self.prompts {
            w.int(a);
            w.int(words);
            w.int(pw);
        }
        // Team, then tokens: version 1 had neither (team came later as an optional tail).
        w.str(&self.team);
        w.int(self.models.len() as u64);
        for m in &self.models {
            w.str(m);
        }
        w.int(self.tokens.len() as u64);
        for t in &self.tokens {
            match t {
                None => w.byte(0),
                Some((model, counts)) => {
                    w.byte(1);
                    w.int(model.map_or(0, |m| u64::from(m) + 1));
                    counts.iter().for_each(|&c| w.int(c));
                }
            }
        }
        w.int(self.native_prompts);
        w.into_bytes()
    }

    /// Decodes [`Summary::encode`]'s output; `None` when corrupt.
    pub fn decode(bytes: &[u8]) -> Option<Summary> {
        let mut s = Summary::default();
        s.decode_into(bytes)?;
        Some(s)
    }

    /// Decodes into `self`, reusing its strings and vectors, so a scan over every session
    /// allocates (almost) nothing per session; `None` when corrupt (`self` is then garbage).
    pub fn decode_into(&mut self, bytes: &[u8]) -> Option<()> {
        let mut r = Reader::new(bytes);
        let version = r.byte()?;
        if !(1..=3).contains(&version) {
            return None;
        }
        self.started = r.int()?;
        r.str_into(&mut self.user)?;
        r.str_into(&mut self.harness)?;
        self.level = r.byte()?;
        self.mode = r.byte()?;
        self.flags = r.int()? as u16;
        self.planning = (r.int()?, r.int()?);
        self.execution = (r.int()?, r.int()?);
        let n = r.int()? as usize;
        self.prompts.clear();
        self.prompts.reserve(n.min(4096));
        for _ in 0..n {
            self.prompts.push((r.int()?, r.int()?, r.int()?));
        }
        match version {
            1 if r.at_end() => self.team.clear(),
            _ => r.str_into(&mut self.team)?,
        }
        self.tokens.clear();
        let mut models = 0;
        if version >= 2 {
            for _ in 0..r.int()? {
                match self.models.get_mut(models) {
                    Some(m) => r.str_into(m)?,
                    None => self.models.push(r.str()?),
                }
                models += 1;
            }
            let n = r.int()? as usize;
            self.tokens.reserve(n.min(4096));
            for _ in 0..n {
                self.tokens.push(match r.byte()? {
                    0 => None,
                    _ => {
                        let model = r.int()?.checked_sub(1).map(|m| m as u16);
                        Some((model, [r.int()?, r.int()?, r.int()?, r.int()?]))
                    }
                });
            }
        }
        self.models.truncate(models);
        self.native_prompts = if version >= 3 { r.int()? } else { 0 };
        Some(())
    }
}

/// Models and token rows from each prompt's (model, tokens): a model is listed once, in the
/// order the prompts with token data name it; no token data at all is no rows (nor models).
#[allow(clippy::type_complexity)]
fn intern<'a>(
    rows: impl Iterator<Item = Option<(Option<&'a str>, [u64; 4])>>,
) -> (Vec<String>, Vec<Option<(Option<u16>, [u64; 4])>>) {
    let mut models: Vec<String> = Vec::new();
    let tokens: Vec<Option<(Option<u16>, [u64; 4])>> = rows
        .map(|row| {
            let (model, t) = row?;
            let m = model.map(|m| match models.iter().position(|x| x == m) {
                Some(i) => i as u16,
                None => {
                    models.push(m.to_string());
                    (models.len() - 1) as u16
                }
            });
            Some((m, t))
        })
        .collect();
    if tokens.iter().all(Option::is_none) {
        return (Vec::new(), Vec::new());
    }
    (models, tokens)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summaries_survive_the_binary_encoding() {
        let s = Summary {
            started: u64::MAX - 1,
            user: "9f86d081884c7d65".into(),
            harness: "claude-code".into(),
            team: "payments".into(),
            level: 4,
            mode: 7,
            flags: F_VERIFIED | F_EV_TESTS | F_JUDGE,
            planning: (3, 1),
            execution: (2, 300),
            prompts: vec![(12, 3200, 40), (0, 5, 2)],
            tokens: vec![Some((Some(0), [3, 900, 120_000, 5_000])), None],
            models: vec!["claude-sonnet-4-6".into()],
            native_prompts: 1,
        };
        assert_eq!(Summary::decode(&s.encode()), Some(s.clone()));
        assert_eq!(Summary::decode(&s.encode()[..10]), None);
    }

    #[test]
    fn decoding_into_a_used_summary_leaves_nothing_of_the_previous_one() {
        let big = Summary {
            user: "a-long-pseudonym".into(),
            harness: "codex".into(),
            team: "payments".into(),
            prompts: vec![(1, 2, 3); 5],
            tokens: vec![Some((Some(1), [1, 2, 3, 4])); 5],
            models: vec!["m0".into(), "m1".into()],
            native_prompts: 2,
            ..Summary::default()
        };
        let small = Summary { user: "u".into(), prompts: vec![(7, 8, 9)], ..Summary::default() };
        let mut reused = Summary::default();
        reused.decode_into(&big.encode()).unwrap();
        assert_eq!(reused, big);
        reused.decode_into(&small.encode()).unwrap();
        assert_eq!(reused, small);
    }
}
