//! The guard on the clause library: every clause, task, domain word and agent phrase must carry
//! exactly the features it declares as the hook itself extracts them
//! (`agent_hook::signals::prompt::PromptFeatures`), and nothing that could add a feature when
//! clauses are joined into one prompt. Run at every start-up.

use std::collections::BTreeSet;

use agent_hook::signals::lexicon::{self as hook_lexicon, count_phrases, normalise};
use agent_hook::signals::prompt::{PromptFeatures, agent_corrects_user};

use crate::MODES;
use crate::clauses::{
    AGENT_CORRECTION, CONFIRMATIONS, CORRECTIONS, Clause, Extra, FOLLOW_UPS, NONE, REPORTS_FAILURE,
    c, domain, extras, task,
};
use crate::expertise::{self, Features};

/// Checks every clause, task, domain word and agent phrase against the hook's extraction: each
/// must carry exactly the features it declares (`{F}` one file ref, `{I}` one identifier ref), no
/// sequencer, agent-correction phrase or stray `instead` that could combine with another clause,
/// and filler clauses no intent word outside the `building` list. Returns the problems found
/// (empty when the library is sound).
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
    for mode in MODES {
        let (a, b) = task(mode);
        for t in [a, b] {
            all.push((format!("Task {mode:?}"), c(t, NONE), false));
            let intent = PromptFeatures::of(&fill(t)).intent;
            if intent != mode.as_str() {
                problems.push(format!("task {t:?} has intent {intent} not {}", mode.as_str()));
            }
        }
        let (files, idents) = domain(mode);
        let one_file = Features { file_refs: 1, ..NONE };
        let one_ident = Features { identifier_refs: 1, ..NONE };
        let words =
            files.iter().map(|w| (w, one_file)).chain(idents.iter().map(|w| (w, one_ident)));
        for (w, want) in words {
            let hits = intent_hits(w);
            if hits.iter().any(|h| *h != mode.as_str()) {
                problems.push(format!("domain word {w:?} of {mode:?} hits intents {hits:?}"));
            }
            let got = extracted(w);
            if got != want || has_sequencer(w) {
                problems.push(format!("domain word {w:?} reads as {got:?}, not just one ref"));
            }
        }
    }
    for (label, cl, filler) in &all {
        let t = fill(cl.text);
        let want = Features {
            file_refs: cl.text.matches("{F}").count() as u32,
            identifier_refs: cl.text.matches("{I}").count() as u32,
            ..cl.features
        };
        // Whether the prompt opens with an order is the whole prompt's, not a clause's.
        let got = Features { opens_with_order: false, ..extracted(&t) };
        if got != want {
            problems
                .push(format!("{label} {:?}: the hook reads {got:?}, declared {want:?}", cl.text));
        }
        // One sequencer per clause is no step, but two clauses with one each would be.
        if has_sequencer(&t) {
            problems.push(format!("{label} {:?} has a sequencer word", cl.text));
        }
        if agent_corrects_user(&t) {
            problems.push(format!("{label} {:?} has an agent-correction phrase", cl.text));
        }
        // The hook's `use … instead` spans clauses on one line: only a correction may say it.
        let lower = normalise(&t);
        if !cl.features.user_corrects_agent && hook_lexicon::words(&lower).any(|w| w == "instead") {
            problems.push(format!("{label} {:?} says `instead` but is no correction", cl.text));
        }
        if *filler {
            let hits = intent_hits(&t);
            if hits.iter().any(|h| *h != "building") {
                problems.push(format!("{label} {:?} hits intents {hits:?}", cl.text));
            }
        }
    }
    for text in CONFIRMATIONS {
        let f = PromptFeatures::of(text);
        let got = extracted(text);
        if !expertise::is_bare_confirmation(&got, f.words) {
            problems.push(format!("confirmation {text:?} is not a bare confirmation"));
        }
        if got != (Features { confirms: true, ..NONE }) || f.intent != "other" {
            problems.push(format!("confirmation {text:?} carries more than a confirmation"));
        }
    }
    if !agent_corrects_user(AGENT_CORRECTION) {
        problems.push("the agent correction carries no correction phrase".into());
    }
    problems
}

/// `text` with each `{F}` replaced by a file path and each `{I}` by an identifier (distinct ones,
/// as the generator draws them), neither carrying a lexicon or intent word.
fn fill(text: &str) -> String {
    let mut out = text.to_string();
    let mut n = 0;
    while out.contains("{F}") {
        n += 1;
        out = out.replacen("{F}", &format!("src/x{n}.rs"), 1);
    }
    while out.contains("{I}") {
        n += 1;
        out = out.replacen("{I}", &format!("foo_bar{n}"), 1);
    }
    out
}

/// The features of `text` as the hook extracts them (those the generator declares).
pub fn extracted(text: &str) -> Features {
    let f = PromptFeatures::of(text);
    Features {
        file_refs: f.file_refs as u32,
        identifier_refs: f.identifier_refs as u32,
        constraints: f.constraints as u32,
        acceptance_criteria: f.acceptance_criteria as u32,
        steps: f.steps as u32,
        verification_asks: f.verification_asks as u32,
        vague_terms: f.vague_terms as u32,
        named_things: f.named_things as u32,
        deliverables: f.deliverables as u32,
        requirements: f.requirements as u32,
        listed_items: f.listed_items as u32,
        contingencies: f.contingencies as u32,
        scoped_questions: f.scoped_questions as u32,
        learner_asks: f.learner_asks as u32,
        user_corrects_agent: f.user_corrects_agent,
        confirms: f.confirms,
        reports_failure: f.reports_failure,
        opens_with_order: f.opens_with_order,
    }
}

fn has_sequencer(text: &str) -> bool {
    count_phrases(&normalise(text), hook_lexicon::SEQUENCERS) > 0
}

/// Every intent list (the hook's) a word of `text` falls in, not just the first.
fn intent_hits(text: &str) -> Vec<&'static str> {
    let lower = normalise(text);
    let words: BTreeSet<&str> = hook_lexicon::words(&lower).collect();
    hook_lexicon::INTENTS
        .iter()
        .filter(|(_, list)| list.iter().any(|w| words.contains(w)))
        .map(|(name, _)| *name)
        .collect()
}
