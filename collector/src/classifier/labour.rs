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
    let mut l = Labour::default();
    for p in prompts {
        let r = p.root;
        l.planning.user += r.user_planning_decisions;
        l.execution.user += r.user_execution_decisions;
        // The agent chose the approach when it acted on a prompt that stated no plan.
        if p.actions.actions > 0 && r.user_planning_decisions == 0 {
            l.planning.agent += 1;
        }
        l.planning.agent += p.actions.plans;
        l.execution.agent += p.actions.execution;
    }
    l
}
