//! The guard on the clause library: every clause, task, domain word and agent phrase must carry
//! exactly the lexicon features it declares (TELEMETRY.md), with no stray file or identifier
//! shapes, and filler clauses no intent word outside `building`. Run at every start-up.

use crate::Mode;
use crate::clauses::{
    AGENT_CORRECTION, CONFIRMATIONS, CORRECTIONS, Clause, Extra, FOLLOW_UPS, NONE, REPORTS_FAILURE,
    c, domain, extras, task,
};
use crate::lexicon;

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
                problems.push(format!(
                    "task {t:?} has intent {} not {}",
                    lexicon::intent_of(&filled),
                    mode.name()
                ));
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
                problems
                    .push(format!("{label} {:?}: {name} {got} found, {want} declared", cl.text));
            }
        }
        let flags = [
            (
                "corrects",
                lexicon::count_list(&t, lexicon::CORRECTS) > 0 || t.starts_with("no,"),
                d.user_corrects_agent,
            ),
            ("confirms", lexicon::count_list(&t, lexicon::CONFIRMS) > 0, d.confirms),
            (
                "reports_failure",
                lexicon::count_list(&t, lexicon::REPORTS_FAILURE) > 0,
                d.reports_failure,
            ),
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
        if lexicon::count_list(text, lexicon::CONFIRMS) == 0 || text.split_whitespace().count() >= 8
        {
            problems.push(format!("confirmation {text:?} is not a bare confirmation"));
        }
        if lexicon::count_list(text, lexicon::REPORTS_FAILURE) > 0
            || lexicon::intent_of(text) != "other"
        {
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
