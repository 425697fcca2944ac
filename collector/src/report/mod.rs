//! The report: the study's measures per group of sessions, with the study's published figure
//! beside each, and groups of fewer than k users suppressed (MEASURES.md, "Report").

pub mod cli;
pub mod format;
pub mod groups;
pub mod measures;
pub mod study;
pub mod time;

use std::collections::{BTreeMap, HashSet};

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

/// Builds the report from the session summaries. Sessions without a prompt are not counted.
pub fn build(store: &dyn SessionSource, q: &ReportQuery) -> Result<Report, StoreError> {
    // Few groups: a vector searched linearly beats a map keyed by owned strings.
    let mut groups: Vec<(u32, String, Acc)> = Vec::new();
    let mut novice = Acc::default();
    let mut months: BTreeMap<u32, ([u64; 9], HashSet<u64>)> = BTreeMap::new();
    store.each_summary(&mut |_, s: Summary| {
        if s.prompts.is_empty() || !q.covers(&s) {
            return;
        }
        let user = measures::user_key(&s.user);
        let m = months.entry(time::month_number(s.started)).or_default();
        m.0[s.mode as usize % 9] += 1;
        if let Some(u) = user {
            m.1.insert(u);
        }
        // A native-only session has no expertise level: it joins no level, band or baseline.
        let leveled = !s.native_only();
        if leveled && ExpertiseLevel(s.level).band() == Band::Novice {
            novice.add(&s, user, &q.prices);
        }
        if !leveled && matches!(q.group_by, GroupBy::Level | GroupBy::Band) {
            return;
        }
        let (rank, name) = q.group_by.key(&s);
        match groups.iter_mut().find(|g| g.0 == rank && g.1 == name) {
            Some(g) => g.2.add(&s, user, &q.prices),
            None => {
                let mut acc = Acc::default();
                acc.add(&s, user, &q.prices);
                groups.push((rank, name.to_string(), acc));
            }
        }
    })?;
    groups.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
    let k = q.min_group_users;
    let novice_ok = novice.users() >= k;
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
        .map(|(rank, name, mut acc)| {
            let group = q.group_by.name(rank, &name);
            let users = acc.users();
            let suppressed = users < k;
            let note = if suppressed {
                Some(suppression_note(users, k))
            } else if !novice_ok {
                Some(format!(
                    "multipliers withheld: the novice baseline has {} distinct user(s), fewer than {k}",
                    novice.users()
                ))
            } else {
                None
            };
            let tokens_base = baseline.output_tokens_per_prompt_mean;
            Row { group, suppressed, note, measures: acc.measures(base, tokens_base, k) }
        })
        .collect();
    let work_mode_by_month = months
        .into_iter()
        .map(|(month, (counts, users))| {
            let n: u64 = counts.iter().sum();
            let suppressed = users.len() < k;
            MonthModes {
                month: time::month_name(month),
                suppressed,
                note: suppressed.then(|| suppression_note(users.len(), k)),
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
    Ok(Report {
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
    })
}
