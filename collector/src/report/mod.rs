//! The report: the study's measures per group of sessions, with the study's published figure
//! beside each, and groups of fewer than k users suppressed (MEASURES.md, "Report").

pub mod cli;
pub mod format;
pub mod groups;
pub mod measures;
pub mod study;
pub mod time;

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::{Map, Value};

use crate::assembler::PriceTable;
use crate::assembler::store::{SessionSource, StoreError};
use crate::assembler::summary::Summary;
use crate::classifier::{Band, ExpertiseLevel, WorkMode};
pub use groups::GroupBy;
use measures::{Acc, Measures};

/// What to report on.
#[derive(Debug, Clone)]
pub struct ReportQuery {
    /// Row grouping.
    pub group_by: GroupBy,
    /// Sessions whose first prompt starts at or after this (Unix ns).
    pub since: Option<u64>,
    /// … and before this.
    pub until: Option<u64>,
    /// k: groups with fewer distinct users are suppressed.
    pub min_group_users: usize,
    /// Prices for the estimated cost (empty: no cost).
    pub prices: PriceTable,
    /// Only this team's sessions (a team-scoped token's view); `None`: every session.
    pub team: Option<String>,
}

impl ReportQuery {
    /// Whether a session start falls in the window.
    pub fn contains(&self, started: u64) -> bool {
        self.since.is_none_or(|s| started >= s) && self.until.is_none_or(|u| started < u)
    }

    /// Whether a session is in the window and in the team scope.
    pub fn covers(&self, s: &Summary) -> bool {
        self.contains(s.started) && self.team.as_deref().is_none_or(|t| s.team == t)
    }
}

/// One row: a group and its measures (all `null` when the group is suppressed).
#[derive(Debug, Clone)]
pub struct Row {
    /// The group's name (`all`, a level `1`–`5`, a band, a mode, a month, a harness).
    pub group: String,
    /// Fewer than k distinct users.
    pub suppressed: bool,
    /// Why the row or some of its measures are missing.
    pub note: Option<String>,
    /// The measures.
    pub measures: Measures,
}

impl Serialize for Row {
    fn serialize<S: serde::Serializer>(&self, ser: S) -> Result<S::Ok, S::Error> {
        let mut map = match serde_json::to_value(&self.measures) {
            Ok(Value::Object(m)) => m,
            _ => Map::new(),
        };
        if self.suppressed {
            map.values_mut().for_each(|v| *v = Value::Null);
        }
        map.insert("group".into(), Value::String(self.group.clone()));
        map.insert("suppressed".into(), Value::Bool(self.suppressed));
        map.insert("note".into(), self.note.clone().map(Value::String).unwrap_or(Value::Null));
        map.serialize(ser)
    }
}

/// Work-mode shares of one month.
#[derive(Debug, Clone, Serialize)]
pub struct MonthModes {
    /// `YYYY-MM`.
    pub month: String,
    /// Fewer than k distinct users that month.
    pub suppressed: bool,
    /// Why suppressed.
    pub note: Option<String>,
    /// Sessions that month (`null` when suppressed).
    pub sessions: Option<u64>,
    /// Share of the month's sessions per mode (`null` when suppressed).
    pub shares: Option<BTreeMap<&'static str, f64>>,
}

/// The novice band's means the multipliers divide by.
#[derive(Debug, Clone, Serialize)]
pub struct Baseline {
    /// Always `novice`.
    pub group: &'static str,
    /// Fewer than k distinct novice users: no multipliers.
    pub suppressed: bool,
    /// Mean actions per prompt of novice sessions.
    pub actions_per_prompt_mean: Option<f64>,
    /// Mean output words per prompt of novice sessions.
    pub output_words_per_prompt_mean: Option<f64>,
    /// Mean output tokens per prompt of novice sessions' prompts with token data.
    pub output_tokens_per_prompt_mean: Option<f64>,
}

/// The whole report (the JSON of `/v1/report` and `coxswain report --format json`).
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// `all`, `level`, `band`, `mode`, `month`, `harness` or `team`.
    pub group_by: &'static str,
    /// Window start (RFC 3339) or `null`.
    pub since: Option<String>,
    /// Window end (RFC 3339, exclusive) or `null`.
    pub until: Option<String>,
    /// k.
    pub min_group_users: usize,
    /// The team the report is scoped to (`null`: every team).
    pub team: Option<String>,
    /// The multipliers' denominator.
    pub baseline: Baseline,
    /// One row per group.
    pub rows: Vec<Row>,
    /// Work-mode composition per month.
    pub work_mode_by_month: Vec<MonthModes>,
    /// The study's published figures, by measure.
    pub study: BTreeMap<&'static str, study::Figure>,
    /// What the counted terms mean (MEASURES.md says the same).
    pub definitions: BTreeMap<&'static str, &'static str>,
}

/// The report header's definitions of its counted terms.
pub fn definitions() -> BTreeMap<&'static str, &'static str> {
    BTreeMap::from([
        ("actions", "tool calls of the main agent and of its subagents, each once"),
        ("subagent actions", "the subagents' part of actions"),
        (
            "tokens",
            "the main agent's tokens per prompt (distinct API responses, largest usage each); prompts without token data are left out, never counted as zero",
        ),
        ("estimated cost", "priced prompts only, at the configured [analytics.prices]"),
    ])
}

fn suppression_note(users: usize, k: usize) -> String {
    format!("suppressed: {users} distinct user(s), fewer than the minimum of {k}")
}

/// What a report is assembled from, per group and per month: the sled path adds session
/// summaries up ([`build`]); the ClickHouse path gets the same figures from SQL aggregates
/// (`report::sql`). [`assemble`] turns either into the same document.
#[derive(Debug, Default)]
pub struct Aggregates {
    /// Per group: its [`GroupBy::key`] (rank, name) and totals; any order.
    pub groups: Vec<(u32, String, measures::Totals)>,
    /// The novice band over every group (the multipliers' denominator).
    pub novice: measures::Totals,
    /// Per month (`year × 100 + month`): sessions per mode (index into [`WorkMode::ALL`]) and
    /// distinct users.
    pub months: Vec<(u32, [u64; 9], u64)>,
}

/// Builds the report from the session summaries. Sessions without a prompt are not counted.
pub fn build(store: &dyn SessionSource, q: &ReportQuery) -> Result<Report, StoreError> {
    // Few groups: a vector searched linearly beats a map keyed by owned strings.
    let mut groups: Vec<(u32, String, Acc)> = Vec::new();
    let mut novice = Acc::default();
    let mut months: BTreeMap<u32, ([u64; 9], measures::UserSet)> = BTreeMap::new();
    let mut user_ids = measures::UserIds::default();
    store.each_summary(&mut |_, s: &Summary| {
        if s.prompts.is_empty() || !q.covers(s) {
            return;
        }
        let user = measures::user_key(&s.user).map(|k| user_ids.id(k));
        let m = months.entry(time::month_number(s.started)).or_default();
        m.0[s.mode as usize % 9] += 1;
        if let Some(u) = user {
            m.1.insert(u);
        }
        // A native-only session has no expertise level: it joins no level, band or baseline.
        let leveled = !s.native_only();
        if leveled && ExpertiseLevel(s.level).band() == Band::Novice {
            novice.add(s, user, &q.prices);
        }
        if !leveled && matches!(q.group_by, GroupBy::Level | GroupBy::Band) {
            return;
        }
        let (rank, name) = q.group_by.key(s);
        // Most groupings have no name: equal empty names need no string comparison.
        let same = |g: &String| g.is_empty() && name.is_empty() || *g == name;
        match groups.iter_mut().find(|g| g.0 == rank && same(&g.1)) {
            Some(g) => g.2.add(s, user, &q.prices),
            None => {
                let mut acc = Acc::default();
                acc.add(s, user, &q.prices);
                groups.push((rank, name.to_string(), acc));
            }
        }
    })?;
    let aggregates = Aggregates {
        groups: groups.into_iter().map(|(r, n, mut acc)| (r, n, acc.totals())).collect(),
        novice: novice.totals(),
        months: months.into_iter().map(|(m, (c, u))| (m, c, u.len() as u64)).collect(),
    };
    Ok(assemble(aggregates, q))
}

/// The report document from its aggregates: suppression below k, the novice baseline, the
/// multipliers, the months' mode shares.
pub fn assemble(a: Aggregates, q: &ReportQuery) -> Report {
    let Aggregates { mut groups, novice, mut months } = a;
    groups.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
    months.sort_by_key(|m| m.0);
    let k = q.min_group_users;
    let novice_users = novice.users as usize;
    let novice_ok = novice_users >= k;
    let baseline = Baseline {
        group: "novice",
        suppressed: !novice_ok,
        actions_per_prompt_mean: novice_ok.then(|| novice.actions_mean()).flatten(),
        output_words_per_prompt_mean: novice_ok.then(|| novice.words_mean()).flatten(),
        output_tokens_per_prompt_mean: novice_ok.then(|| novice.output_tokens_mean()).flatten(),
    };
    let base = baseline.actions_per_prompt_mean.zip(baseline.output_words_per_prompt_mean);
    let rows = groups
        .into_iter()
        .map(|(rank, name, totals)| {
            let group = q.group_by.name(rank, &name);
            let users = totals.users as usize;
            let suppressed = users < k;
            let note = if suppressed {
                Some(suppression_note(users, k))
            } else if !novice_ok {
                Some(format!(
                    "multipliers withheld: the novice baseline has {novice_users} distinct user(s), fewer than {k}"
                ))
            } else {
                None
            };
            let tokens_base = baseline.output_tokens_per_prompt_mean;
            Row { group, suppressed, note, measures: totals.measures(base, tokens_base, k) }
        })
        .collect();
    let work_mode_by_month = months
        .into_iter()
        .map(|(month, counts, users)| {
            let users = users as usize;
            let n: u64 = counts.iter().sum();
            let suppressed = users < k;
            MonthModes {
                month: time::month_name(month),
                suppressed,
                note: suppressed.then(|| suppression_note(users, k)),
                sessions: (!suppressed).then_some(n),
                shares: (!suppressed).then(|| {
                    WorkMode::ALL
                        .iter()
                        .zip(counts)
                        .map(|(m, c)| (m.as_str(), c as f64 / n.max(1) as f64))
                        .collect()
                }),
            }
        })
        .collect();
    Report {
        group_by: q.group_by.as_str(),
        since: q.since.map(time::rfc3339),
        until: q.until.map(time::rfc3339),
        min_group_users: k,
        team: q.team.clone(),
        baseline,
        rows,
        work_mode_by_month,
        study: study::figures(),
        definitions: definitions(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assembler::ModelPrice;
    use crate::assembler::summary::{F_NATIVE, F_NO_HOOK};

    /// Summaries held in memory, in id order, as the store hands them out.
    struct Corpus(Vec<(Vec<u8>, Summary)>);

    impl SessionSource for Corpus {
        fn each_summary(&self, f: &mut dyn FnMut(&[u8], &Summary)) -> Result<(), StoreError> {
            self.0.iter().for_each(|(id, s)| f(id, s));
            Ok(())
        }
        fn record(
            &self,
            _: &str,
        ) -> Result<Option<crate::assembler::session::SessionRecord>, StoreError> {
            Ok(None)
        }
    }

    /// A deterministic corpus that reaches every branch of the measures: native-only and mixed
    /// sessions, teams, harnesses, months, sessions without a pseudonym or a prompt, token data
    /// on some prompts, and counts far above the usual ones.
    fn corpus() -> Corpus {
        let mut x = 0x9e37_79b9_7f4a_7c15_u64;
        let mut next = move |n: u64| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x % n
        };
        let models = ["claude-sonnet-4-6", "gpt-5", "unpriced-model"];
        let sessions = (0..3000u64)
            .map(|i| {
                let prompts: Vec<(u64, u64, u64)> = (0..next(6))
                    .map(|_| {
                        let big = next(40) == 0;
                        let a = if big { 3000 + next(100_000) } else { next(40) };
                        let w = if big { 10_000 + next(2_000_000) } else { next(900) };
                        (a, w, next(60))
                    })
                    .collect();
                let with_tokens = next(3) > 0;
                let tokens: Vec<_> = match with_tokens {
                    false => Vec::new(),
                    true => (0..prompts.len())
                        .map(|_| {
                            (next(4) > 0).then(|| {
                                let model = (next(5) > 0).then(|| next(3) as u16);
                                (model, [next(5000), next(40_000), next(900_000), next(9000)])
                            })
                        })
                        .collect(),
                };
                let native = next(5) == 0;
                let mut flags = next(1 << 9) as u16;
                if native {
                    flags |= F_NATIVE | if next(2) == 0 { F_NO_HOOK } else { 0 };
                }
                let s = Summary {
                    // Fourteen months from mid-2025.
                    started: 1_748_736_000_000_000_000 + next(14 * 30 * 86_400) * 1_000_000_000,
                    user: match next(25) {
                        0 => String::new(),
                        u => format!("user-{}", u * 7 + next(4)),
                    },
                    harness: ["claude-code", "codex", "cursor"][next(3) as usize].into(),
                    team: ["", "red", "blue"][next(3) as usize].into(),
                    level: 1 + next(5) as u8,
                    mode: next(9) as u8,
                    flags,
                    planning: (next(4), next(4)),
                    execution: (next(4), next(300)),
                    native_prompts: match native {
                        true => next(prompts.len() as u64 + 1),
                        false => 0,
                    },
                    models: models.iter().map(|m| m.to_string()).collect(),
                    prompts,
                    tokens,
                };
                (format!("s{i:05}").into_bytes(), s)
            })
            .collect();
        Corpus(sessions)
    }

    /// Every grouping under three views: everything priced at k 0, one team in a window at k 5,
    /// everything unpriced at k 70 (some groups and months suppressed).
    fn queries() -> Vec<ReportQuery> {
        let price = |p: f64| ModelPrice {
            input: p,
            output: 5.0 * p,
            cache_read: p / 10.0,
            cache_creation: 1.25 * p,
        };
        let prices = PriceTable(BTreeMap::from([
            ("claude-sonnet".to_string(), price(3.0)),
            ("gpt-5".to_string(), price(1.25)),
        ]));
        let mut out = Vec::new();
        for group_by in GroupBy::EVERY {
            out.push(ReportQuery {
                group_by,
                since: None,
                until: None,
                min_group_users: 0,
                prices: prices.clone(),
                team: None,
            });
            out.push(ReportQuery {
                group_by,
                since: Some(1_756_684_800_000_000_000),
                until: Some(1_772_323_200_000_000_000),
                min_group_users: 5,
                prices: prices.clone(),
                team: Some("red".into()),
            });
            out.push(ReportQuery {
                group_by,
                since: None,
                until: None,
                min_group_users: 70,
                prices: PriceTable::default(),
                team: None,
            });
        }
        out
    }

    /// The figures of one report as one line of JSON (the fixed study and definitions left out).
    fn figures(r: &Report) -> String {
        serde_json::json!({
            "group_by": r.group_by, "team": r.team, "baseline": r.baseline,
            "rows": r.rows, "work_mode_by_month": r.work_mode_by_month,
        })
        .to_string()
    }

    const GOLDEN: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/testdata/report_golden.sha256");

    /// The report's figures are exactly those the plain one-vector-per-measure scan gave when
    /// `testdata/report_golden.sha256` was written (`COXSWAIN_WRITE_GOLDEN=1` rewrites it): one
    /// SHA-256 per query of its figures as JSON, which prints floats to the last bit, so equal
    /// digests are bit-identical figures.
    #[test]
    fn the_reports_figures_are_bit_identical_to_the_plain_scans() {
        use sha2::{Digest, Sha256};
        let corpus = corpus();
        let got: Vec<String> =
            queries().iter().map(|q| figures(&build(&corpus, q).unwrap())).collect();
        let digests: Vec<String> = got.iter().map(|g| hex::encode(Sha256::digest(g))).collect();
        if std::env::var_os("COXSWAIN_WRITE_GOLDEN").is_some() {
            std::fs::write(GOLDEN, digests.join("\n") + "\n").unwrap();
        }
        let want = std::fs::read_to_string(GOLDEN).unwrap();
        let want: Vec<&str> = want.lines().collect();
        assert_eq!(want.len(), got.len());
        for (i, (w, d)) in want.iter().zip(&digests).enumerate() {
            assert!(w == d, "query {i} ({:?}) gave other figures: {}", queries()[i], got[i]);
        }
    }
}
