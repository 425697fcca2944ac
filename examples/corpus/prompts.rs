//! Prompt text per expertise level, assembled from the clause library (`clauses.rs`) whose
//! lexicon features are declared and checked (`guard.rs`), so the hook's features — and
//! MEASURES.md's score — land each prompt in the level it was written for.

use crate::clauses::{
    CONFIRMATIONS, CORRECTIONS, Clause, Extra, FOLLOW_UPS, NONE, REPORTS_FAILURE, c, domain,
    extras, task,
};
use crate::expertise::{self, Features};
use crate::rng::Rng;
use coxswain_collector::classifier::WorkMode;

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
        // Up to four extras here and eight at level 5: a failure report leads with no points of
        // its own, and since v7 a verification ask weighs 1, so v6's counts cannot reach these
        // levels' intervals.
        4 => (&[Constraint, Verification, File, Ident, Acceptance, Steps], 1, 4),
        _ => (
            &[Constraint, Constraint, Verification, Verification, File, Ident, Acceptance, Steps],
            5,
            8,
        ),
    }
}

/// Writes a prompt for `level` and `role` whose points fall inside the level's score interval
/// (with a 0.25 margin), at levels 4–5 also without its checks, given whether the agent's reply
/// will correct the user.
pub fn write(
    rng: &mut Rng,
    mode: WorkMode,
    level: u8,
    role: Role,
    agent_corrects: bool,
) -> WrittenPrompt {
    if role == Role::Confirmation {
        let text = rng.pick(CONFIRMATIONS).to_string();
        let features = Features { confirms: true, ..NONE };
        let words = text.split_whitespace().count();
        return WrittenPrompt { text, features, words, points: 0.0 };
    }
    let (lo, hi) = expertise::level_interval(level);
    // v14: checks asked make no expert, so an expert's prompt reaches level 4 without them.
    let level4 = expertise::level_interval(4).0;
    for _ in 0..500 {
        let p = attempt(rng, mode, level, role, agent_corrects);
        let unchecked = p.points - expertise::verification_points(&p.features);
        if p.points >= lo + 0.25
            && p.points < hi - 0.25
            && (level < 4 || unchecked >= level4 + 0.25)
        {
            return p;
        }
    }
    panic!("no prompt for level {level} role {role:?} mode {mode:?} within its interval");
}

fn attempt(
    rng: &mut Rng,
    mode: WorkMode,
    level: u8,
    role: Role,
    agent_corrects: bool,
) -> WrittenPrompt {
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
        } else if i == 1 && role == Role::ReportsFailure {
            // The report is a sentence of its own: a symptom's sentence sets no rules (expertise
            // v8.1), so the constraints after it start the next one.
            text.push_str(". ");
            text.push_str(&t);
        } else {
            text.push_str(", ");
            text.push_str(&t);
        }
    }
    if role == Role::First && level <= 2 {
        // A novice's first prompt says what they want rather than ordering it (`I want to add …`):
        // an order that names its object would floor the session at level 3 (MEASURES.md v13).
        let mut ch = text.chars();
        if let Some(first) = ch.next() {
            text = format!("I want to {}{}", first.to_lowercase(), ch.as_str());
        }
    }
    if !text.ends_with(|ch: char| ch.is_ascii_digit() || ch.is_alphabetic()) || text.contains('\n')
    {
        // Steps end the prompt on their own line; nothing to add.
    } else {
        text.push('.');
    }
    // The composed prompt's features as the hook reads them: clauses declare theirs (checked by
    // the guard), but sentence-level features (requirements, named things) depend on the joins.
    let declared = features;
    let features = crate::guard::extracted(&text);
    debug_assert_eq!(
        (declared.file_refs, declared.identifier_refs, declared.steps),
        (features.file_refs, features.identifier_refs, features.steps),
        "{text:?}"
    );
    let words = text.split_whitespace().count();
    let index = usize::from(role != Role::First);
    let points = expertise::prompt_points(&features, index, agent_corrects);
    WrittenPrompt { text, features, words, points }
}
