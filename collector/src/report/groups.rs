//! Grouping of sessions for the report: `--by level|band|mode|month|harness`, or one `all` row.

use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::assembler::summary::Summary;
use crate::classifier::{ExpertiseLevel, WorkMode};
use crate::report::time::month_of;

/// How report rows are grouped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum GroupBy {
    /// One row for everything.
    All,
    /// Expertise level 1–5.
    Level,
    /// Novice, intermediate, expert.
    Band,
    /// Work mode.
    Mode,
    /// UTC month of the session's first prompt.
    Month,
    /// Harness.
    Harness,
}

/// An unknown `by`.
#[derive(Debug, thiserror::Error)]
#[error("bad group {0:?}: expected one of all, level, band, mode, month, harness")]
pub struct GroupByError(pub String);

impl FromStr for GroupBy {
    type Err = GroupByError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(match s.trim() {
            "" | "all" | "none" => GroupBy::All,
            "level" => GroupBy::Level,
            "band" => GroupBy::Band,
            "mode" | "work_mode" => GroupBy::Mode,
            "month" => GroupBy::Month,
            "harness" => GroupBy::Harness,
            other => return Err(GroupByError(other.to_string())),
        })
    }
}

impl GroupBy {
    /// The JSON name.
    pub fn as_str(self) -> &'static str {
        match self {
            GroupBy::All => "all",
            GroupBy::Level => "level",
            GroupBy::Band => "band",
            GroupBy::Mode => "mode",
            GroupBy::Month => "month",
            GroupBy::Harness => "harness",
        }
    }

    /// The session's group, with a sort rank so rows come out in a natural order.
    pub fn key(self, s: &Summary) -> (u8, String) {
        match self {
            GroupBy::All => (0, "all".to_string()),
            GroupBy::Level => (s.level, s.level.to_string()),
            GroupBy::Band => {
                let b = ExpertiseLevel(s.level).band();
                (b as u8, b.as_str().to_string())
            }
            GroupBy::Mode => {
                let m = s.work_mode();
                let rank = WorkMode::ALL.iter().position(|x| *x == m).unwrap_or(8);
                (rank as u8, m.as_str().to_string())
            }
            GroupBy::Month => (0, month_of(s.started)),
            GroupBy::Harness => (0, s.harness.clone()),
        }
    }
}
