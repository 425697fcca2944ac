//! The phrase lists of TELEMETRY.md's prompt lexicon, and the whole-word phrase counter they use.

/// Constraint phrases.
pub const CONSTRAINTS: &[&str] = &[
    "must",
    "must not",
    "do not",
    "don't",
    "never",
    "without",
    "only",
    "keep",
    "avoid",
    "no more than",
    "at most",
    "at least",
    "instead of",
    "should not",
    "make sure not",
];
/// Acceptance-criteria phrases.
pub const ACCEPTANCE: &[&str] = &[
    "done when",
    "should pass",
    "must pass",
    "so that",
    "expected output",
    "expect",
    "acceptance",
    "until",
    "returns",
    "should return",
    "success means",
    "criteria",
];
/// Sequencers that count as steps when at least two occur.
pub const SEQUENCERS: &[&str] = &["first", "then", "next", "finally", "after that"];
/// Verification asks.
pub const VERIFICATION: &[&str] = &[
    "run the tests",
    "run tests",
    "test it",
    "add a test",
    "add tests",
    "write a test",
    "verify",
    "check that",
    "make sure",
    "ensure",
    "compare",
    "edge case",
    "regression",
    "benchmark",
    "confirm that",
    "cargo test",
    "pytest",
    "npm test",
    "go test",
];
/// Vague phrases.
pub const VAGUE: &[&str] = &[
    "something",
    "somehow",
    "stuff",
    "things",
    "fix it",
    "make it work",
    "doesn't work",
    "does not work",
    "not working",
    "broken",
    "whatever",
    "some kind of",
    "idk",
    "etc",
    "better",
    "nice",
];
/// The user corrects the agent (besides the openings and `use … instead`).
pub const USER_CORRECTS: &[&str] = &[
    "you missed",
    "that's wrong",
    "that is wrong",
    "not what i asked",
    "i said",
    "you forgot",
    "revert that",
    "undo that",
];
/// The user confirms the previous result.
pub const CONFIRMS: &[&str] = &[
    "works",
    "it works",
    "thanks",
    "thank you",
    "looks good",
    "lgtm",
    "perfect",
    "great",
    "that fixed it",
    "ship it",
    "all good",
];
/// The user says the previous result failed.
pub const REPORTS_FAILURE: &[&str] = &[
    "still broken",
    "still failing",
    "still fails",
    "still not",
    "same error",
    "doesn't work",
    "does not work",
    "not working",
    "didn't work",
    "it fails",
    "error again",
];
/// The agent's text corrects the user.
pub const AGENT_CORRECTS: &[&str] = &[
    "does not exist",
    "doesn't exist",
    "i think you mean",
    "did you mean",
    "there is no",
    "there's no",
    "isn't a",
    "is not a",
    "actually,",
    "you may be thinking of",
    "not found in",
];
/// Verbs that name what to build (a planning decision when the prompt opens with one).
pub const BUILD_VERBS: &[&str] =
    &["build", "create", "add", "implement", "write", "make", "design", "plan"];

/// Intent lists, in priority order.
pub const INTENTS: &[(&str, &[&str])] = &[
    ("fixing", &["fix", "bug", "error", "broken", "failing", "fails", "crash", "debug", "wrong"]),
    ("testing", &["test", "tests", "testing", "ci", "pipeline", "coverage"]),
    (
        "operating",
        &[
            "deploy",
            "deployment",
            "release",
            "docker",
            "kubernetes",
            "k8s",
            "kubectl",
            "terraform",
            "server",
            "configure",
            "restart",
            "provision",
            "rollout",
        ],
    ),
    ("planning", &["plan", "design", "architecture", "approach", "proposal", "roadmap", "spec"]),
    (
        "analysing",
        &[
            "analyse",
            "analyze",
            "analysis",
            "data",
            "dataset",
            "csv",
            "chart",
            "plot",
            "statistics",
            "sql",
        ],
    ),
    (
        "writing",
        &[
            "document",
            "documentation",
            "docs",
            "readme",
            "blog",
            "email",
            "essay",
            "article",
            "letter",
            "memo",
        ],
    ),
    ("exploring", &["explain", "understand", "explore", "where", "how", "what", "why", "walk"]),
    (
        "building",
        &[
            "build",
            "create",
            "add",
            "implement",
            "make",
            "new",
            "feature",
            "scaffold",
            "generate",
            "write",
        ],
    ),
];

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80
}

/// Counts phrase occurrences in `lower` (already lower-cased): whole words only, longest phrase
/// first at each position, never two phrases over the same words.
pub fn count_phrases(lower: &str, phrases: &[&str]) -> usize {
    let bytes = lower.as_bytes();
    let mut count = 0;
    let mut i = 0;
    while i < bytes.len() {
        let at_word_start = is_word_byte(bytes[i]) && (i == 0 || !is_word_byte(bytes[i - 1]));
        if at_word_start {
            let best = phrases
                .iter()
                .filter(|p| bytes[i..].starts_with(p.as_bytes()))
                .filter(|p| {
                    let end = i + p.len();
                    // A phrase ending in punctuation (`actually,`) needs no boundary after it.
                    end >= bytes.len() || !is_word_byte(bytes[end]) || !is_word_byte(bytes[end - 1])
                })
                .map(|p| p.len())
                .max();
            if let Some(len) = best {
                count += 1;
                i += len;
                continue;
            }
        }
        i += 1;
    }
    count
}

/// Lower-cases and straightens typographic apostrophes so `don’t` matches `don't`.
pub fn normalise(text: &str) -> String {
    text.to_lowercase().replace(['\u{2019}', '\u{2018}'], "'")
}

/// The whole words of `lower` (split on non-alphanumerics).
pub fn words(lower: &str) -> impl Iterator<Item = &str> {
    lower.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_count_whole_words_once_preferring_the_longest() {
        assert_eq!(count_phrases("you must not do it, you must", CONSTRAINTS), 2);
        assert_eq!(count_phrases("mustard only", CONSTRAINTS), 1);
        assert_eq!(count_phrases("actually, no", AGENT_CORRECTS), 1);
        assert_eq!(count_phrases("etc.", VAGUE), 1);
    }
}
