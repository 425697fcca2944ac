//! The clause library prompts are written from: task openings per mode, follow-ups, extra
//! clauses with their declared lexicon features, corrections, failure reports, confirmations, and
//! each mode's files and identifiers. `guard.rs` checks every entry against the lexicon.

use crate::expertise::Features;
use coxswain_collector::classifier::WorkMode;
/// A fragment of prompt text. `{F}` is replaced by a file path (one file ref), `{I}` by a code
/// identifier (one identifier ref); `features` declares everything else the text carries.
#[derive(Debug, Clone, Copy)]
pub struct Clause {
    pub text: &'static str,
    pub features: Features,
}

pub const NONE: Features = Features {
    file_refs: 0,
    identifier_refs: 0,
    constraints: 0,
    acceptance_criteria: 0,
    steps: 0,
    verification_asks: 0,
    vague_terms: 0,
    named_things: 0,
    deliverables: 0,
    requirements: 0,
    listed_items: 0,
    contingencies: 0,
    scoped_questions: 0,
    learner_asks: 0,
    user_corrects_agent: false,
    confirms: false,
    reports_failure: false,
    opens_with_order: false,
};

pub const fn c(text: &'static str, features: Features) -> Clause {
    Clause { text, features }
}

/// The opening task of a session's first prompt, per mode: (plain, precise). The plain one has no
/// refs; the precise one names an identifier and a file. Both carry the mode's intent word.
pub fn task(mode: WorkMode) -> (&'static str, &'static str) {
    match mode {
        WorkMode::Building => (
            "add a dark mode toggle to the settings page",
            "add a backoff cap to {I} in {F} for the loader",
        ),
        WorkMode::Fixing => {
            ("fix the crash on the settings page", "fix the crash in {I} in {F} on startup")
        }
        WorkMode::Testing => (
            "improve test coverage of the checkout flow",
            "add coverage for {I} in {F} around rounding",
        ),
        WorkMode::Operating => (
            "deploy the api service to staging",
            "deploy the service in {F} to staging with two replicas",
        ),
        WorkMode::Planning => (
            "plan the move of the session store to one file",
            "plan the split of {I} out of {F} into its own crate",
        ),
        WorkMode::Analysing => (
            "analyse the weekly signup numbers",
            "analyse {F} and plot the weekly totals by region",
        ),
        WorkMode::Writing => {
            ("write docs for the cache settings", "write docs for {I} in {F} covering setup")
        }
        WorkMode::Exploring => {
            ("explain how the scheduler picks workers", "investigate how {I} in {F} picks workers")
        }
        WorkMode::Other => unreachable!("no session is written in `other` (see MODES)"),
    }
}

/// Opening of a later prompt: (plain, precise).
pub const FOLLOW_UPS: &[(&str, &str)] = &[
    ("now do the same for the profile page", "now update {I} in {F} too"),
    ("can you also tidy up the layout", "move {I} into {F} as well"),
];

/// Kinds of extra clause a prompt can carry.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Extra {
    Constraint,
    Acceptance,
    Verification,
    Vague,
    File,
    Ident,
    Steps,
}

fn f(mut base: Features, set: impl FnOnce(&mut Features)) -> Features {
    set(&mut base);
    base
}

/// The clause library for each kind of extra.
pub fn extras(kind: Extra) -> Vec<Clause> {
    match kind {
        Extra::Constraint => {
            // A constraint is also a requirement stated in its sentence.
            let one = f(NONE, |x| {
                x.constraints = 1;
                x.requirements = 1;
            });
            vec![
                c("keep the public signatures stable", one),
                c("never touch the lockfile", one),
                c("only change the loader module", one),
                c("avoid extra dependencies", one),
                c("do not rename anything", one),
                c("at most forty lines of change", one),
            ]
        }
        Extra::Acceptance => {
            let one = f(NONE, |x| x.acceptance_criteria = 1);
            vec![
                c("done when the old config files still load", one),
                c("so that callers get a clear message", one),
                c("success means the output equals the sample", one),
            ]
        }
        Extra::Verification => {
            let one = f(NONE, |x| x.verification_asks = 1);
            vec![
                c("verify the output on the sample input", one),
                c("check that the old format still loads", one),
                c("compare the result against the sample", one),
                c("cover the empty input edge case", one),
                c("confirm that nothing else changed", one),
                c("ensure the timings stay flat", one),
            ]
        }
        Extra::Vague => {
            let one = f(NONE, |x| x.vague_terms = 1);
            vec![
                c("something like that", one),
                c("make it nice", one),
                c("and other stuff", one),
                c("the usual things", one),
                c("whatever looks better", f(NONE, |x| x.vague_terms = 2)),
                c("somehow", one),
                c("with colors etc", one),
            ]
        }
        Extra::File => vec![c("also look at {F} for reference", NONE)],
        Extra::Ident => vec![c("reuse {I} for this", NONE), c("mirror {I} closely", NONE)],
        Extra::Steps => vec![
            c(
                "\n1. read the current code\n2. split the loader into two parts\n3. update the callers\n",
                f(NONE, |x| x.steps = 3),
            ),
            c("\n1. rough out the shape\n2. fill in the body\n", f(NONE, |x| x.steps = 2)),
        ],
    }
}

/// Leads of a prompt in which the user corrects the agent (must open the prompt).
pub const CORRECTIONS: &[Clause] = &[
    c("no, use {I} instead", Features { user_corrects_agent: true, ..NONE }),
    c(
        "you missed the second call site in {F} here",
        Features { user_corrects_agent: true, ..NONE },
    ),
];

/// Lead of a prompt that reports the previous result failed: (novice, others).
pub const REPORTS_FAILURE: (Clause, Clause) = (
    c("still not working", Features { reports_failure: true, vague_terms: 1, ..NONE }),
    c("still failing with that change", Features { reports_failure: true, ..NONE }),
);

/// Bare confirmations (fewer than 8 words, so they are left out of the expertise score).
pub const CONFIRMATIONS: &[&str] = &["thanks, works", "looks good, thanks", "perfect, thanks"];

/// What the agent says when it corrects the user (on a novice's prompt).
pub const AGENT_CORRECTION: &str =
    "There is no settings file in this repo, I think you mean the config page.";

/// File paths and identifiers of a mode's domain (no lexicon words in any of them).
pub fn domain(mode: WorkMode) -> (&'static [&'static str], &'static [&'static str]) {
    match mode {
        WorkMode::Building => (
            &[
                "src/config.rs",
                "src/loader.rs",
                "src/cache.rs",
                "src/retry.rs",
                "src/queue.rs",
                "src/router.rs",
            ],
            &[
                "ConfigLoader",
                "retry_budget",
                "CacheEntry",
                "parse_header",
                "QueueWorker",
                "route_table",
            ],
        ),
        WorkMode::Fixing => (
            &["src/session.rs", "src/frame.rs", "src/limiter.rs", "src/lease.rs", "src/flush.rs"],
            &[
                "parse_header",
                "SessionStore",
                "flush_batch",
                "TokenBucket",
                "read_frame",
                "LeaseTable",
            ],
        ),
        WorkMode::Testing => (
            &["src/billing.py", "src/invoice.py", "src/ledger.py", "src/tax.py"],
            &["line_subtotal", "InvoiceLine", "discounted_price", "LedgerEntry"],
        ),
        WorkMode::Operating => (
            &["deploy/api.yaml", "deploy/worker.yaml", "infra/main.tf", "infra/network.tf"],
            &["replica_count", "ApiService", "worker_pool", "HealthProbe"],
        ),
        WorkMode::Planning => (
            &["src/store.rs", "src/session.rs", "src/index.rs", "notes/store.md"],
            &["SessionStore", "IndexWriter", "compact_log", "SnapshotReader"],
        ),
        WorkMode::Analysing => (
            &["data/signups.csv", "data/churn.csv", "reports/weekly.ipynb", "data/orders.parquet"],
            &["weekly_total", "signup_date", "ChurnModel", "order_value"],
        ),
        WorkMode::Writing => (
            &["docs/cache.md", "docs/usage.md", "docs/setup.md", "docs/faq.md"],
            &["CacheEntry", "ConfigLoader", "retry_budget", "QueueWorker"],
        ),
        WorkMode::Exploring => (
            &["src/scheduler.rs", "src/worker.rs", "src/lease.rs", "src/pool.rs"],
            &["pick_worker", "LeaseTable", "WorkerPool", "steal_task"],
        ),
        WorkMode::Other => unreachable!("no session is written in `other` (see MODES)"),
    }
}
