//! Division of labour: who made the planning and the execution decisions (MEASURES.md,
//! "Division of labour").

use serde::{Deserialize, Serialize};

use crate::model::PromptView;

/// Decisions made by the user and by the agent.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decisions {
    /// The user's.
    pub user: u64,
    /// The agent's.
    pub agent: u64,
}

/// Planning and execution decisions of one session.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Labour {
    /// What to build, which approach, what counts as done.
    pub planning: Decisions,
    /// Which files, what code, which commands.
    pub execution: Decisions,
}

/// Counts a session's decisions.
pub fn divide(prompts: &[PromptView<'_>]) -> Labour {
    let mut sums = [0i64; 4];
    for p in prompts {
        add(&mut sums, p, 1);
    }
    of_sums(&sums)
}

/// Adds (`sign` 1) or takes back (`sign` -1) one prompt's decisions to running sums (planning
/// user, planning agent, execution user, execution agent).
pub fn add(sums: &mut [i64; 4], p: &PromptView<'_>, sign: i64) {
    let r = p.root;
    // The agent chose the approach when it acted on a prompt that stated no plan.
    let chose = u64::from(p.actions.actions > 0 && r.user_planning_decisions == 0);
    let of = [
        r.user_planning_decisions,
        chose + p.actions.plans,
        r.user_execution_decisions,
        p.actions.execution,
    ];
    for (s, v) in sums.iter_mut().zip(of) {
        *s += sign * v as i64;
    }
}

/// The division of labour of running sums.
pub fn of_sums(sums: &[i64; 4]) -> Labour {
    let n = |v: i64| v.max(0) as u64;
    Labour {
        planning: Decisions { user: n(sums[0]), agent: n(sums[1]) },
        execution: Decisions { user: n(sums[2]), agent: n(sums[3]) },
    }
}
