//! Grouping of sessions for the report: `--by level|band|mode|month|harness|team`, or one `all`
//! row.

use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::assembler::summary::Summary;
use crate::classifier::{Band, ExpertiseLevel, WorkMode};
use crate::report::time::{month_name, month_number};

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
    /// `coxswain.team` (`none` for sessions without one).
    Team,
}

/// An unknown `by`.
#[derive(Debug, thiserror::Error)]
#[error("bad group {0:?}: expected one of all, level, band, mode, month, harness, team")]
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
            "team" => GroupBy::Team,
            other => return Err(GroupByError(other.to_string())),
        })
    }
}

impl GroupBy {
    /// Every grouping, in the order `--by` lists them.
    pub const EVERY: [GroupBy; 7] = [
        GroupBy::All,
        GroupBy::Level,
        GroupBy::Band,
        GroupBy::Mode,
        GroupBy::Month,
        GroupBy::Harness,
        GroupBy::Team,
    ];

    /// The JSON name.
    pub fn as_str(self) -> &'static str {
        match self {
            GroupBy::All => "all",
            GroupBy::Level => "level",
            GroupBy::Band => "band",
            GroupBy::Mode => "mode",
            GroupBy::Month => "month",
            GroupBy::Harness => "harness",
            GroupBy::Team => "team",
        }
    }

    /// The session's group as a sort rank plus, for harnesses, the name; rows come out in rank
    /// then name order. [`GroupBy::name`] turns a key into the row's group name.
    pub fn key(self, s: &Summary) -> (u32, &str) {
        match self {
            GroupBy::All => (0, ""),
            GroupBy::Level => (s.level as u32, ""),
            GroupBy::Band => (ExpertiseLevel(s.level).band() as u32, ""),
            GroupBy::Mode => (s.mode as u32, ""),
            GroupBy::Month => (month_number(s.started), ""),
            GroupBy::Harness => (0, s.harness.as_str()),
            GroupBy::Team => (0, s.team.as_str()),
        }
    }

    /// The group name of a [`GroupBy::key`].
    pub fn name(self, rank: u32, name: &str) -> String {
        match self {
            GroupBy::All => "all".to_string(),
            GroupBy::Level => rank.to_string(),
            GroupBy::Band => {
                Band::ALL.get(rank as usize).map(|b| b.as_str()).unwrap_or("?").to_string()
            }
            GroupBy::Mode => WorkMode::ALL
                .get(rank as usize)
                .copied()
                .unwrap_or(WorkMode::Other)
                .as_str()
                .to_string(),
            GroupBy::Month => month_name(rank),
            GroupBy::Harness => name.to_string(),
            GroupBy::Team if name.is_empty() => "none".to_string(),
            GroupBy::Team => name.to_string(),
        }
    }
}
