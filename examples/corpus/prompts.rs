//! Prompt text per expertise level, built from a fixed library of clauses whose lexicon features
//! are declared (and checked by [`check_library`]), so the hook's features — and MEASURES.md's
//! score — land each prompt in the level it was written for.

use crate::lexicon::{self, Features};
use crate::rng::Rng;
use crate::Mode;

/// A fragment of prompt text. `{F}` is replaced by a file path (one file ref), `{I}` by a code
/// identifier (one identifier ref); `features` declares everything else the text carries.
#[derive(Debug, Clone, Copy)]
pub struct Clause {
    pub text: &'static str,
    pub features: Features,
}

const NONE: Features = Features {
    file_refs: 0,
    identifier_refs: 0,
    constraints: 0,
    acceptance_criteria: 0,
    steps: 0,
    verification_asks: 0,
    vague_terms: 0,
    user_corrects_agent: false,
    confirms: false,
    reports_failure: false,
};

const fn c(text: &'static str, features: Features) -> Clause {
    Clause { text, features }
}

/// The opening task of a session's first prompt, per mode: (plain, precise). The plain one has no
/// refs; the precise one names an identifier and a file. Both carry the mode's intent word.
pub fn task(mode: Mode) -> (&'static str, &'static str) {
    match mode {
        Mode::Building => (
            "add a dark mode toggle to the settings page",
            "add a backoff cap to {I} in {F} for the loader",
        ),
        Mode::Fixing => ("fix the crash on the settings page", "fix the crash in {I} in {F} on startup"),
        Mode::Testing => (
            "add coverage for the checkout page",
            "add coverage for {I} in {F} around rounding",
        ),
        Mode::Operating => (
            "deploy the api service to staging",
            "deploy the service in {F} to staging with two replicas",
        ),
        Mode::Planning => (
            "plan the move of the session store to one file",
            "plan the split of {I} out of {F} into its own crate",
        ),
        Mode::Analysing => (
            "analyse the weekly signup numbers",
            "analyse {F} and plot the weekly totals per region",
        ),
        Mode::Writing => ("write docs for the cache settings", "write docs for {I} in {F} covering setup"),
        Mode::Exploring => (
            "explain how the scheduler picks workers",
            "explain how {I} in {F} picks workers",
        ),
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
            let one = f(NONE, |x| x.constraints = 1);
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
                c("success means the output matches the sample", one),
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
            c("\n1. draft the shape\n2. fill in the body\n", f(NONE, |x| x.steps = 2)),
        ],
    }
}

/// Leads of a prompt in which the user corrects the agent (must open the prompt).
pub const CORRECTIONS: &[Clause] = &[
    c("no, use {I} instead", Features { user_corrects_agent: true, ..NONE }),
    c("you missed the second call site in {F} here", Features { user_corrects_agent: true, ..NONE }),
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
pub fn domain(mode: Mode) -> (&'static [&'static str], &'static [&'static str]) {
    match mode {
        Mode::Building => (
            &["src/config.rs", "src/loader.rs", "src/cache.rs", "src/retry.rs", "src/queue.rs", "src/router.rs"],
            &["ConfigLoader", "retry_budget", "CacheEntry", "parse_header", "QueueWorker", "route_table"],
        ),
        Mode::Fixing => (
            &["src/session.rs", "src/frame.rs", "src/bucket.rs", "src/lease.rs", "src/flush.rs"],
            &["parse_header", "SessionStore", "flush_batch", "TokenBucket", "read_frame", "LeaseTable"],
        ),
        Mode::Testing => (
            &["src/billing.py", "src/invoice.py", "src/ledger.py", "src/tax.py"],
            &["compute_total", "InvoiceLine", "apply_discount", "LedgerEntry"],
        ),
        Mode::Operating => (
            &["deploy/api.yaml", "deploy/worker.yaml", "infra/main.tf", "infra/network.tf"],
            &["replica_count", "ApiService", "worker_pool", "HealthProbe"],
        ),
        Mode::Planning => (
            &["src/store.rs", "src/session.rs", "src/index.rs", "notes/store.md"],
            &["SessionStore", "IndexWriter", "compact_log", "SnapshotReader"],
        ),
        Mode::Analysing => (
            &["data/signups.csv", "data/churn.csv", "reports/weekly.ipynb", "data/orders.parquet"],
            &["weekly_total", "signup_date", "ChurnModel", "order_value"],
        ),
        Mode::Writing => (
            &["docs/cache.md", "docs/usage.md", "docs/install.md", "docs/faq.md"],
            &["CacheEntry", "ConfigLoader", "retry_budget", "QueueWorker"],
        ),
        Mode::Exploring => (
            &["src/scheduler.rs", "src/worker.rs", "src/lease.rs", "src/pool.rs"],
            &["pick_worker", "LeaseTable", "WorkerPool", "steal_task"],
        ),
    }
}

/// What a prompt is for, which picks its lead clause.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Role {
    First,
    FollowUp,
    Correction,
    ReportsFailure,
    Confirmation,
}

/// A written prompt and the features it carries.
#[derive(Debug, Clone)]
pub struct WrittenPrompt {
    pub text: String,
    pub features: Features,
    pub words: usize,
    pub points: f64,
}

/// Extra-clause pool and count range per level.
fn pool(level: u8) -> (&'static [Extra], usize, usize) {
    use Extra::*;
    match level {
        1 => (&[Vague, Vague, Vague, File], 1, 3),
        2 => (&[Vague, Constraint, Verification, File, Ident], 0, 2),
        3 => (&[Constraint, Verification, File, Ident, Vague, Acceptance], 0, 2),
        4 => (&[Constraint, Verification, File, Ident, Acceptance, Steps], 1, 3),
        _ => (&[Constraint, Constraint, Verification, Verification, File, Ident, Acceptance, Steps], 4, 7),
    }
}

/// Writes a prompt for `level` and `role` whose points fall inside the level's score interval
/// (with a 0.25 margin), given whether the agent's reply will correct the user.
pub fn write(rng: &mut Rng, mode: Mode, level: u8, role: Role, agent_corrects: bool) -> WrittenPrompt {
    if role == Role::Confirmation {
        let text = rng.pick(CONFIRMATIONS).to_string();
        let features = Features { confirms: true, ..NONE };
        let words = text.split_whitespace().count();
        return WrittenPrompt { text, features, words, points: 0.0 };
    }
    let (lo, hi) = lexicon::level_interval(level);
    for _ in 0..500 {
        let p = attempt(rng, mode, level, role, agent_corrects);
        if p.points >= lo + 0.25 && p.points < hi - 0.25 {
            return p;
        }
    }
    panic!("no prompt for level {level} role {role:?} mode {mode:?} within its interval");
}

fn attempt(rng: &mut Rng, mode: Mode, level: u8, role: Role, agent_corrects: bool) -> WrittenPrompt {
    let precise = match level {
        1 => false,
        2 => rng.chance(0.3),
        _ => true,
    };
    let lead: Clause = match role {
        Role::First => {
            let (plain, exact) = task(mode);
            c(if precise { exact } else { plain }, NONE)
        }
        Role::FollowUp => {
            let (plain, exact) = *rng.pick(FOLLOW_UPS);
            c(if precise { exact } else { plain }, NONE)
        }
        Role::Correction => *rng.pick(CORRECTIONS),
        Role::ReportsFailure => {
            if level == 1 {
                REPORTS_FAILURE.0
            } else {
                REPORTS_FAILURE.1
            }
        }
        Role::Confirmation => unreachable!(),
    };
    let (kinds, min, max) = pool(level);
    let count = rng.range(min, max);
    let mut chosen: Vec<Clause> = Vec::new();
    let mut used_texts: Vec<&str> = vec![lead.text];
    let mut steps_used = false;
    for _ in 0..count {
        let kind = *rng.pick(kinds);
        if kind == Extra::Steps && steps_used {
            continue;
        }
        let lib = extras(kind);
        let clause = *rng.pick(&lib);
        if used_texts.contains(&clause.text) {
            continue;
        }
        steps_used |= kind == Extra::Steps;
        used_texts.push(clause.text);
        chosen.push(clause);
    }
    // Steps go last (they are lines of their own).
    chosen.sort_by_key(|c| c.features.steps > 0);
    let (files, idents) = domain(mode);
    let mut file_pool: Vec<&str> = files.to_vec();
    let mut ident_pool: Vec<&str> = idents.to_vec();
    let mut features = NONE;
    let mut text = String::new();
    for (i, clause) in std::iter::once(&lead).chain(chosen.iter()).enumerate() {
        let mut t = clause.text.to_string();
        while t.contains("{F}") {
            let k = rng.range(0, file_pool.len() - 1);
            t = t.replacen("{F}", file_pool.remove(k), 1);
            features.file_refs += 1;
        }
        while t.contains("{I}") {
            let k = rng.range(0, ident_pool.len() - 1);
            t = t.replacen("{I}", ident_pool.remove(k), 1);
            features.identifier_refs += 1;
        }
        features.add(&clause.features);
        if i == 0 {
            let mut ch = t.chars();
            if let Some(first) = ch.next() {
                t = first.to_uppercase().collect::<String>() + ch.as_str();
            }
            text.push_str(&t);
        } else if clause.features.steps > 0 {
            text.push('.');
            text.push_str(t.trim_end());
        } else {
            text.push_str(", ");
            text.push_str(&t);
        }
    }
    if !text.ends_with(|ch: char| ch.is_ascii_digit() || ch.is_alphabetic()) || text.contains('\n') {
        // Steps end the prompt on their own line; nothing to add.
    } else {
        text.push('.');
    }
    let words = text.split_whitespace().count();
    let points = lexicon::prompt_points(&features, agent_corrects);
    WrittenPrompt { text, features, words, points }
}

/// Checks every clause, task, domain word and agent phrase against the lexicon: each must carry
/// exactly the features it declares, no stray file/identifier shapes, and filler clauses no intent
/// word outside the `building` list. Returns the problems found (empty when the library is sound).
pub fn check_library() -> Vec<String> {
    let mut problems = Vec::new();
    let mut all: Vec<(String, Clause, bool)> = Vec::new(); // (label, clause, is_filler)
    for kind in [
        Extra::Constraint,
        Extra::Acceptance,
        Extra::Verification,
        Extra::Vague,
        Extra::File,
        Extra::Ident,
        Extra::Steps,
    ] {
        for cl in extras(kind) {
            all.push((format!("{kind:?}"), cl, true));
        }
    }
    for cl in CORRECTIONS {
        all.push(("Correction".into(), *cl, false));
    }
    all.push(("ReportsFailure".into(), REPORTS_FAILURE.0, false));
    all.push(("ReportsFailure".into(), REPORTS_FAILURE.1, false));
    for (a, b) in FOLLOW_UPS {
        all.push(("FollowUp".into(), c(a, NONE), true));
        all.push(("FollowUp".into(), c(b, NONE), true));
    }
    for mode in Mode::ALL {
        let (a, b) = task(mode);
        for t in [a, b] {
            all.push((format!("Task {mode:?}"), c(t, NONE), false));
            let filled = t.replace("{F}", "src/x.rs").replace("{I}", "foo_bar");
            if lexicon::intent_of(&filled) != mode.name() {
                problems.push(format!("task {t:?} has intent {} not {}", lexicon::intent_of(&filled), mode.name()));
            }
        }
        let (files, idents) = domain(mode);
        for w in files.iter().chain(idents.iter()) {
            let hits = lexicon::intent_hits(w);
            if hits.iter().any(|h| *h != mode.name()) {
                problems.push(format!("domain word {w:?} of {mode:?} hits intents {hits:?}"));
            }
            for (name, list) in phrase_lists() {
                if lexicon::count_list(w, list) > 0 {
                    problems.push(format!("domain word {w:?} carries a {name} phrase"));
                }
            }
        }
    }
    for (label, cl, filler) in &all {
        let t = cl.text.replace("{F}", "").replace("{I}", "");
        let d = cl.features;
        let checks: [(&str, u32, u32); 4] = [
            ("constraints", lexicon::count_list(&t, lexicon::CONSTRAINTS), d.constraints),
            ("acceptance", lexicon::count_list(&t, lexicon::ACCEPTANCE), d.acceptance_criteria),
            ("verification", lexicon::count_list(&t, lexicon::VERIFICATION), d.verification_asks),
            ("vague", lexicon::count_list(&t, lexicon::VAGUE), d.vague_terms),
        ];
        for (name, got, want) in checks {
            if got != want {
                problems.push(format!("{label} {:?}: {name} {got} found, {want} declared", cl.text));
            }
        }
        let flags = [
            ("corrects", lexicon::count_list(&t, lexicon::CORRECTS) > 0 || t.starts_with("no,"), d.user_corrects_agent),
            ("confirms", lexicon::count_list(&t, lexicon::CONFIRMS) > 0, d.confirms),
            ("reports_failure", lexicon::count_list(&t, lexicon::REPORTS_FAILURE) > 0, d.reports_failure),
        ];
        for (name, got, want) in flags {
            if got != want {
                problems.push(format!("{label} {:?}: {name} {got}, declared {want}", cl.text));
            }
        }
        if lexicon::count_list(&t, lexicon::SEQUENCERS) > 0 {
            problems.push(format!("{label} {:?} has a sequencer word", cl.text));
        }
        if lexicon::count_list(&t, lexicon::AGENT_CORRECTS) > 0 {
            problems.push(format!("{label} {:?} has an agent-correction phrase", cl.text));
        }
        let shaped = t.contains('/')
            || t.contains('_')
            || t.contains('`')
            || t.contains("::")
            || t.contains('(')
            || t.split_whitespace().any(|w| w.chars().skip(1).any(|ch| ch.is_uppercase()))
            || t.split_whitespace().any(|w| {
                let w = w.trim_end_matches([',', '.']);
                w.contains('.') && !w.chars().all(|ch| ch.is_ascii_digit() || ch == '.')
            });
        if shaped {
            problems.push(format!("{label} {:?} has a file or identifier shape", cl.text));
        }
        if *filler {
            let hits = lexicon::intent_hits(&t);
            if hits.iter().any(|h| *h != "building") {
                problems.push(format!("{label} {:?} hits intents {hits:?}", cl.text));
            }
        }
    }
    for text in CONFIRMATIONS {
        if lexicon::count_list(text, lexicon::CONFIRMS) == 0 || text.split_whitespace().count() >= 8 {
            problems.push(format!("confirmation {text:?} is not a bare confirmation"));
        }
        if lexicon::count_list(text, lexicon::REPORTS_FAILURE) > 0 || lexicon::intent_of(text) != "other" {
            problems.push(format!("confirmation {text:?} carries more than a confirmation"));
        }
    }
    if lexicon::count_list(AGENT_CORRECTION, lexicon::AGENT_CORRECTS) == 0 {
        problems.push("the agent correction carries no correction phrase".into());
    }
    problems
}

fn phrase_lists() -> [(&'static str, &'static [&'static str]); 8] {
    [
        ("constraint", lexicon::CONSTRAINTS),
        ("acceptance", lexicon::ACCEPTANCE),
        ("verification", lexicon::VERIFICATION),
        ("vague", lexicon::VAGUE),
        ("correction", lexicon::CORRECTS),
        ("confirmation", lexicon::CONFIRMS),
        ("failure", lexicon::REPORTS_FAILURE),
        ("sequencer", lexicon::SEQUENCERS),
    ]
}
