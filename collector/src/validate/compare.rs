//! Comparing records with labels: agreement per measure and split, the confusion matrices of
//! band and work mode, and every disagreement with the label's rationale beside the signals the
//! session JSON shows. Records are read as their JSON (what `/v1/sessions/{id}` serves), so a
//! classifier that adds fields is compared without a change here.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::Value;

use super::drive::{Driven, Outcome};
use super::labels::{BANDS, Label, Split, WORK_MODES};

/// One compared measure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Measure {
    /// The level, exactly.
    ExpertiseLevel,
    /// The level within ±1.
    ExpertiseLevelWithin1,
    /// The band.
    Band,
    /// The work mode.
    WorkMode,
    /// Verified success.
    VerifiedSuccess,
    /// Trouble.
    Trouble,
    /// Abandoned.
    Abandoned,
}

impl Measure {
    /// Every measure, in output order.
    pub const ALL: [Measure; 7] = [
        Measure::ExpertiseLevel,
        Measure::ExpertiseLevelWithin1,
        Measure::Band,
        Measure::WorkMode,
        Measure::VerifiedSuccess,
        Measure::Trouble,
        Measure::Abandoned,
    ];

    /// Its name in the table.
    pub fn title(self) -> &'static str {
        match self {
            Measure::ExpertiseLevel => "expertise level",
            Measure::ExpertiseLevelWithin1 => "level within ±1",
            Measure::Band => "expertise band",
            Measure::WorkMode => "work mode",
            Measure::VerifiedSuccess => "verified success",
            Measure::Trouble => "trouble",
            Measure::Abandoned => "abandoned",
        }
    }

    /// Issue 7's target on the held-out split (percent), when it sets one.
    pub fn heldout_target(self) -> Option<f64> {
        match self {
            Measure::ExpertiseLevel => None,
            Measure::ExpertiseLevelWithin1 => Some(95.0),
            Measure::Band => Some(85.0),
            Measure::WorkMode => Some(80.0),
            Measure::VerifiedSuccess | Measure::Trouble | Measure::Abandoned => Some(90.0),
        }
    }

    /// (ours, the label's) as shown in a disagreement, and whether they agree.
    fn judge(self, ours: &Value, label: &Label) -> (String, String, bool) {
        let level = ours.get("expertise_level").and_then(Value::as_u64);
        let text = |key: &str| ours.get(key).and_then(Value::as_str).unwrap_or("?").to_owned();
        let flag = |key: &str, want: bool| {
            let got = ours.get(key).and_then(Value::as_bool);
            let shown = got.map(|b| b.to_string()).unwrap_or_else(|| "?".into());
            (shown, want.to_string(), got == Some(want))
        };
        let want_level = u64::from(label.expertise_level);
        let level_text = level.map(|l| l.to_string()).unwrap_or_else(|| "?".into());
        match self {
            Measure::ExpertiseLevel => {
                (level_text, want_level.to_string(), level == Some(want_level))
            }
            Measure::ExpertiseLevelWithin1 => (
                level_text,
                want_level.to_string(),
                level.is_some_and(|l| l.abs_diff(want_level) <= 1),
            ),
            Measure::Band => {
                let got = text("band");
                let agree = got == label.band;
                (got, label.band.clone(), agree)
            }
            Measure::WorkMode => {
                let got = text("work_mode");
                let agree = got == label.work_mode;
                (got, label.work_mode.clone(), agree)
            }
            Measure::VerifiedSuccess => flag("verified_success", label.verified_success),
            Measure::Trouble => flag("trouble", label.trouble),
            Measure::Abandoned => flag("abandoned", label.abandoned),
        }
    }
}

/// Agreement on one measure over some sessions.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Agreement {
    /// Sessions where record and label agree.
    pub agree: usize,
    /// Sessions compared.
    pub total: usize,
    /// `agree / total` in percent (0 when nothing was compared).
    pub percent: f64,
}

impl Agreement {
    fn add(&mut self, agree: bool) {
        self.total += 1;
        self.agree += usize::from(agree);
        self.percent = 100.0 * self.agree as f64 / self.total as f64;
    }
}

/// Rows: the label's class; columns: ours (plus `none` when a session has no record).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Confusion {
    /// Class names, in row and column order.
    pub classes: Vec<String>,
    /// `matrix[label][ours]`.
    pub matrix: Vec<Vec<usize>>,
}

impl Confusion {
    fn new(classes: &[&str]) -> Confusion {
        let mut classes: Vec<String> = classes.iter().map(|c| (*c).to_owned()).collect();
        classes.push("none".into());
        let n = classes.len();
        Confusion { classes, matrix: vec![vec![0; n]; n] }
    }

    fn add(&mut self, label: &str, ours: &str) {
        let index =
            |c: &str| self.classes.iter().position(|k| k == c).unwrap_or(self.classes.len() - 1);
        let (r, c) = (index(label), index(ours));
        self.matrix[r][c] += 1;
    }
}

/// One measure on which a session's record and label differ.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Difference {
    /// The measure.
    pub measure: Measure,
    /// What we said.
    pub ours: String,
    /// What the label says.
    pub label: String,
}

/// A session whose record disagrees with its label on at least one measure.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Disagreement {
    /// The labelled session's id.
    pub id: String,
    /// Its split.
    pub split: Split,
    /// `written` or `real`.
    pub source: String,
    /// Where they differ.
    pub differences: Vec<Difference>,
    /// The label's rationale.
    pub rationale: String,
    /// The session JSON's expertise signals, mode scores and outcome evidence (empty when the
    /// collector made no record).
    pub signals: serde_json::Map<String, Value>,
}

/// A session that was not compared, and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Skipped {
    /// The labelled session's id.
    pub id: String,
    /// Why.
    pub reason: String,
}

/// The whole comparison: what `coxswain validate` prints.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Validation {
    /// Sessions compared per key (see [`keys_of`]): per split (`dev`, `heldout`, `heldout2`,
    /// `heldout3`), `seen` (the splits tuned on: [`Split::seen`]), per source (`written`, `real`) and `all`.
    pub sessions: BTreeMap<String, usize>,
    /// Agreement per measure, per key as in `sessions`.
    pub agreement: BTreeMap<Measure, BTreeMap<String, Agreement>>,
    /// Issue 7's held-out targets (percent).
    pub heldout_targets: BTreeMap<Measure, f64>,
    /// Band confusion over the compared sessions.
    pub band_confusion: Confusion,
    /// Work-mode confusion over the compared sessions.
    pub work_mode_confusion: Confusion,
    /// Every session that disagrees somewhere, by id.
    pub disagreements: Vec<Disagreement>,
    /// Sessions not compared (a real transcript absent on this machine).
    pub skipped: Vec<Skipped>,
    /// Hook events the recorder refused across all sessions (0 normally).
    pub failed_events: usize,
}

impl Validation {
    /// The agreement on `measure` under `key` (`dev`, `heldout`, `heldout2`, `seen`, `written`,
    /// `real`, `all`).
    pub fn agreement_of(&self, measure: Measure, split: &str) -> Agreement {
        self.agreement.get(&measure).and_then(|m| m.get(split)).copied().unwrap_or_default()
    }
}

/// The session JSON keys shown beside a disagreement: expertise, mode and outcome evidence.
fn signals_of(record: &Value) -> serde_json::Map<String, Value> {
    const SHOWN: [&str; 8] = [
        "expertise_score",
        "expertise_signals",
        "work_mode_source",
        "evidence",
        "trouble_events",
        "resolved",
        "closed_by",
        "judge_success",
    ];
    let Some(fields) = record.as_object() else {
        return serde_json::Map::new();
    };
    fields
        .iter()
        .filter(|(k, _)| SHOWN.contains(&k.as_str()) || k.ends_with("_scores"))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

/// The keys a session counts under: its split, `seen` for the splits tuned on ([`Split::SEEN`])
/// or `untouched` for the others, its source (`written` or `real`), and `all`.
fn keys_of(label: &Label) -> Vec<&str> {
    let mut keys = vec![label.split.name()];
    keys.push(if label.split.seen() { "seen" } else { "untouched" });
    keys.push(if label.source == "real" { "real" } else { "written" });
    keys.push("all");
    keys
}

/// Compares the driven sessions of `splits` with their labels.
pub fn compare(driven: &[Driven], splits: &[Split]) -> Validation {
    let mut v = Validation {
        sessions: BTreeMap::new(),
        agreement: BTreeMap::new(),
        heldout_targets: Measure::ALL
            .iter()
            .filter_map(|m| m.heldout_target().map(|t| (*m, t)))
            .collect(),
        band_confusion: Confusion::new(&BANDS),
        work_mode_confusion: Confusion::new(&WORK_MODES),
        disagreements: Vec::new(),
        skipped: Vec::new(),
        failed_events: 0,
    };
    for d in driven.iter().filter(|d| splits.contains(&d.session.label.split)) {
        let label = &d.session.label;
        v.failed_events += d.failed_events;
        let record = match &d.outcome {
            Outcome::TranscriptAbsent(named) => {
                let reason = format!("transcript {named} is not on this machine");
                v.skipped.push(Skipped { id: label.id.clone(), reason });
                continue;
            }
            Outcome::NoRecord => Value::Null,
            Outcome::Record(r) => serde_json::to_value(r).unwrap_or(Value::Null),
        };
        let keys = keys_of(label);
        for key in &keys {
            *v.sessions.entry((*key).to_owned()).or_default() += 1;
        }
        let mut differences = Vec::new();
        for m in Measure::ALL {
            let (ours, want, agree) = m.judge(&record, label);
            let per_split = v.agreement.entry(m).or_default();
            for key in &keys {
                per_split.entry((*key).to_owned()).or_default().add(agree);
            }
            if !agree {
                differences.push(Difference { measure: m, ours, label: want });
            }
        }
        let text = |key: &str| record.get(key).and_then(Value::as_str).unwrap_or("none");
        v.band_confusion.add(&label.band, text("band"));
        v.work_mode_confusion.add(&label.work_mode, text("work_mode"));
        if !differences.is_empty() {
            v.disagreements.push(Disagreement {
                id: label.id.clone(),
                split: label.split,
                source: label.source.clone(),
                differences,
                rationale: label.rationale.clone(),
                signals: signals_of(&record),
            });
        }
    }
    v
}
