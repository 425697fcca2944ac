//! Prompt features: the numbers and flags TELEMETRY.md's lexicon derives from a prompt's text.
//! The text itself never leaves this module.

use super::lexicon::{self, count_phrases};
use std::collections::BTreeSet;

/// Prompts longer than this are analysed on their first part only (pasted logs say little more).
const MAX_ANALYSED_BYTES: usize = 256 * 1024;

/// What a prompt says about how the user steers, as counts and flags.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PromptFeatures {
    /// Whitespace-separated words.
    pub words: usize,
    /// Distinct file mentions.
    pub file_refs: usize,
    /// Distinct identifier mentions.
    pub identifier_refs: usize,
    /// Constraint phrases.
    pub constraints: usize,
    /// Acceptance-criteria phrases.
    pub acceptance_criteria: usize,
    /// Steps decomposed up front.
    pub steps: usize,
    /// Verification asks.
    pub verification_asks: usize,
    /// Vague phrases.
    pub vague_terms: usize,
    /// The user corrects the agent.
    pub user_corrects_agent: bool,
    /// The user confirms the previous result.
    pub confirms: bool,
    /// The user reports the previous result failed.
    pub reports_failure: bool,
    /// Planning decisions stated by the user.
    pub user_planning_decisions: usize,
    /// Execution decisions dictated by the user.
    pub user_execution_decisions: usize,
    /// `building`, `fixing`, ... (TELEMETRY.md's intent lists).
    pub intent: &'static str,
    /// `/name` when the prompt is a slash command.
    pub command: Option<String>,
}

impl PromptFeatures {
    /// Computes every feature of `text`.
    pub fn of(text: &str) -> PromptFeatures {
        let text = truncate(text, MAX_ANALYSED_BYTES);
        let lower = lexicon::normalise(text);
        let (identifiers, backtick_commands) = identifier_refs(text);
        let steps = steps(&lower);
        let constraints = count_phrases(&lower, lexicon::CONSTRAINTS);
        let acceptance_criteria = count_phrases(&lower, lexicon::ACCEPTANCE);
        let file_refs = file_refs(text);
        let reports_failure = count_phrases(&lower, lexicon::REPORTS_FAILURE) > 0;
        let names_what_to_build =
            opening_verb(&lower).map(|v| lexicon::BUILD_VERBS.contains(&v)).unwrap_or(false);
        PromptFeatures {
            words: text.split_whitespace().count(),
            file_refs,
            identifier_refs: identifiers,
            constraints,
            acceptance_criteria,
            steps,
            verification_asks: count_phrases(&lower, lexicon::VERIFICATION),
            vague_terms: count_phrases(&lower, lexicon::VAGUE),
            user_corrects_agent: user_corrects_agent(&lower),
            confirms: !reports_failure && count_phrases(&lower, lexicon::CONFIRMS) > 0,
            reports_failure,
            user_planning_decisions: constraints
                + acceptance_criteria
                + usize::from(steps >= 2)
                + usize::from(names_what_to_build),
            user_execution_decisions: file_refs + identifiers + backtick_commands,
            intent: intent(&lower),
            command: slash_command(text),
        }
    }
}

fn truncate(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// The first list (in priority order) with a word in the prompt, else `other`.
pub fn intent(lower: &str) -> &'static str {
    let words: BTreeSet<&str> = lexicon::words(lower).collect();
    lexicon::INTENTS
        .iter()
        .find(|(_, list)| list.iter().any(|w| words.contains(w)))
        .map(|(name, _)| *name)
        .unwrap_or("other")
}

fn opening_verb(lower: &str) -> Option<&str> {
    const FILLERS: &[&str] = &[
        "please", "pls", "can", "could", "would", "will", "you", "let", "let's", "lets", "us",
        "now", "ok", "okay", "so", "i", "we", "want", "need", "to", "go", "ahead", "and", "hey",
        "hi",
    ];
    lower
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .take(8)
        .find(|w| !FILLERS.contains(w))
}

fn user_corrects_agent(lower: &str) -> bool {
    let start = lower.trim_start();
    if start.starts_with("no,")
        || start.starts_with("no ")
        || start.starts_with("nope")
        || start.starts_with("wrong")
    {
        return true;
    }
    if count_phrases(lower, lexicon::USER_CORRECTS) > 0 {
        return true;
    }
    // `use .* instead`, within one line.
    lower.lines().any(|line| {
        let words: Vec<&str> = lexicon::words(line).collect();
        words
            .iter()
            .position(|w| *w == "use")
            .is_some_and(|at| words[at + 1..].contains(&"instead"))
    })
}

fn steps(lower: &str) -> usize {
    let listed = lower
        .lines()
        .filter(|line| {
            let l = line.trim_start();
            if let Some(rest) = l.strip_prefix(['-', '*']) {
                return rest.starts_with(' ');
            }
            let digits = l.bytes().take_while(u8::is_ascii_digit).count();
            digits > 0 && matches!(l.as_bytes().get(digits), Some(b'.') | Some(b')'))
        })
        .count();
    if listed > 0 {
        return listed;
    }
    let sequencers = count_phrases(lower, lexicon::SEQUENCERS);
    if sequencers >= 2 { sequencers } else { 0 }
}

fn slash_command(text: &str) -> Option<String> {
    let rest = text.trim_start().strip_prefix('/')?;
    let name: String =
        rest.chars().take_while(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | ':')).collect();
    (!name.is_empty()).then(|| format!("/{name}"))
}

const URL_MARKERS: &[&str] = &["://", "www."];
const SLASH_WORDS: &[&str] = &[
    "and/or",
    "either/or",
    "input/output",
    "read/write",
    "yes/no",
    "true/false",
    "on/off",
    "client/server",
    "i/o",
    "he/she",
    "his/her",
    "n/a",
];

/// Distinct file mentions: a `/` followed by a name, or a `.ext` of 1–5 letters.
fn file_refs(text: &str) -> usize {
    let mut seen = BTreeSet::new();
    for raw in text.split_whitespace() {
        let token = raw
            .trim_matches(|c: char| {
                matches!(
                    c,
                    '`' | '"'
                        | '\''
                        | '('
                        | ')'
                        | '['
                        | ']'
                        | '<'
                        | '>'
                        | ','
                        | ';'
                        | '!'
                        | '?'
                        | '{'
                        | '}'
                )
            })
            .trim_end_matches([':', '.']);
        if token.is_empty() || URL_MARKERS.iter().any(|m| token.contains(m)) {
            continue;
        }
        if looks_like_file(token) {
            seen.insert(token.to_owned());
        }
    }
    seen.len()
}

fn looks_like_file(token: &str) -> bool {
    let lower = token.to_lowercase();
    if SLASH_WORDS.contains(&lower.as_str()) || lower.starts_with("e.g") || lower.starts_with("i.e")
    {
        return false;
    }
    // Version numbers: digits and dots (optionally a leading v).
    let bare = lower.trim_start_matches('v');
    if !bare.is_empty() && bare.chars().all(|c| c.is_ascii_digit() || c == '.') {
        return false;
    }
    if let Some(at) = token.find('/')
        && token[at + 1..].chars().any(|c| c.is_alphanumeric())
    {
        return true;
    }
    match token.rsplit_once('.') {
        Some((stem, ext)) => {
            !stem.is_empty()
                && (1..=5).contains(&ext.len())
                && ext.chars().all(|c| c.is_ascii_alphabetic())
                && stem.chars().any(|c| c.is_alphanumeric())
        }
        None => false,
    }
}

const KNOWN_COMMANDS: &[&str] = &[
    "cargo",
    "npm",
    "npx",
    "yarn",
    "pnpm",
    "bun",
    "node",
    "python",
    "python3",
    "pip",
    "pip3",
    "uv",
    "pytest",
    "go",
    "make",
    "git",
    "docker",
    "kubectl",
    "terraform",
    "mvn",
    "gradle",
    "./gradlew",
    "dotnet",
    "ctest",
    "cmake",
    "rspec",
    "phpunit",
    "jest",
    "vitest",
    "ls",
    "cat",
    "grep",
    "rg",
    "curl",
    "bash",
    "sh",
    "just",
    "poetry",
    "rustc",
    "gcc",
    "tsc",
    "deno",
    "helm",
    "psql",
    "jq",
];

/// Distinct identifier mentions, and how many backticked spans name a command.
fn identifier_refs(text: &str) -> (usize, usize) {
    let mut seen: BTreeSet<String> = BTreeSet::new();
    let mut commands = 0;
    let mut outside = String::with_capacity(text.len());
    for (i, part) in text.split('`').enumerate() {
        // Odd parts sit between backticks (an unclosed last one is plain text).
        let closed = i % 2 == 1 && text.split('`').count() > i + 1;
        if closed && !part.trim().is_empty() && !part.contains('\n') {
            let span = part.trim();
            if seen.insert(span.to_owned()) {
                let first = span.split_whitespace().next().unwrap_or("");
                if KNOWN_COMMANDS.contains(&first) && span.contains(' ') {
                    commands += 1;
                }
            }
        } else {
            outside.push_str(part);
            outside.push(' ');
        }
    }
    for raw in outside.split(|c: char| {
        c.is_whitespace() || matches!(c, ',' | ';' | '"' | '\'' | '[' | ']' | '{' | '}')
    }) {
        let token = raw.trim_matches(|c: char| matches!(c, '.' | ':' | '!' | '?' | '<' | '>'));
        if token.is_empty() || token.contains("://") {
            continue;
        }
        if is_identifier(token) {
            seen.insert(token.to_owned());
        }
    }
    (seen.len(), commands)
}

fn is_identifier(token: &str) -> bool {
    if token.contains("::") && token.split("::").filter(|p| !p.is_empty()).count() >= 2 {
        return true;
    }
    if let Some(name) = token.strip_suffix("()") {
        return !name.is_empty()
            && name.chars().all(|c| c.is_alphanumeric() || matches!(c, '_' | '.'));
    }
    let word = token.trim_matches(|c: char| !(c.is_alphanumeric() || c == '_'));
    if word.is_empty() || !word.chars().all(|c| c.is_alphanumeric() || c == '_') {
        return false;
    }
    if word.contains('_') && word.chars().any(char::is_alphabetic) {
        return true;
    }
    let inner_capital = word.chars().skip(1).any(char::is_uppercase);
    let has_lower = word.chars().any(char::is_lowercase);
    inner_capital && has_lower
}

/// Whether the agent's text corrects the user (`does not exist`, `did you mean`, ...).
pub fn agent_corrects_user(agent_text: &str) -> bool {
    count_phrases(&lexicon::normalise(agent_text), lexicon::AGENT_CORRECTS) > 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_precise_prompt_has_files_identifiers_constraints_and_steps() {
        let f = PromptFeatures::of(
            "Add a `retry_policy` to src/sender.rs and Cargo.toml; keep `SpanExporter` as is.\n\
             1. write the parser\n2. run `cargo test`\nDone when tests pass. Version 1.2.3 is fine.",
        );
        assert_eq!(f.file_refs, 2, "{f:?}");
        assert_eq!(f.identifier_refs, 3, "{f:?}");
        assert_eq!(f.steps, 2);
        assert_eq!(f.constraints, 1);
        assert_eq!(f.acceptance_criteria, 1);
        assert_eq!(f.user_planning_decisions, 1 + 1 + 1 + 1);
        assert_eq!(f.user_execution_decisions, 2 + 3 + 1);
        assert_eq!(f.intent, "testing");
    }

    #[test]
    fn corrections_confirmations_and_failure_reports_are_flagged() {
        assert!(PromptFeatures::of("no, use tokio instead").user_corrects_agent);
        assert!(PromptFeatures::of("perfect, thanks").confirms);
        let f = PromptFeatures::of("thanks but it still fails with the same error");
        assert!(f.reports_failure && !f.confirms);
        assert_eq!(PromptFeatures::of("/review please").command.as_deref(), Some("/review"));
        assert_eq!(PromptFeatures::of("the latest thing").intent, "other");
        assert!(agent_corrects_user("Actually, there is no such file."));
    }
}
