//! Small text pieces shared by the prompt signals: sentences, bare words, file and code names.

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

pub(super) fn looks_like_file(token: &str) -> bool {
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

pub(super) fn is_identifier(token: &str) -> bool {
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
    // An acronym's plural (`ISBNs`, `APIs`, `PDFs`) is a word of prose, not code.
    let plural_acronym = word.strip_suffix('s').is_some_and(|a| {
        a.chars().count() >= 2 && a.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
    });
    let inner_capital = word.chars().skip(1).any(char::is_uppercase);
    let has_lower = word.chars().any(char::is_lowercase);
    inner_capital && has_lower && !plural_acronym
}

/// The sentences of a text: split after `.`, `?`, `!` followed by a space or the end, on `;` and
/// on line breaks (a dot inside `3.2.0` or `main.rs` does not split).
pub(super) fn sentences(text: &str) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    let mut cuts = vec![0];
    for (i, &b) in bytes.iter().enumerate() {
        let ends = match b {
            b'.' | b'?' | b'!' => bytes.get(i + 1).is_none_or(|n| n.is_ascii_whitespace()),
            b';' | b'\n' => true,
            _ => false,
        };
        if ends {
            cuts.push(i + 1);
        }
    }
    cuts.push(text.len());
    let parts: Vec<&str> = cuts
        .windows(2)
        .map(|w| text[w[0]..w[1]].trim())
        .filter(|s| s.chars().any(char::is_alphanumeric))
        .collect();
    parts.into_iter()
}

/// Trims the punctuation around a word of prose.
pub(super) fn bare(token: &str) -> &str {
    token
        .trim_matches(|c: char| {
            matches!(c, ',' | ';' | ':' | '!' | '?' | '(' | ')' | '[' | ']' | '{' | '}' | '"' | '`')
                || c == '\u{201c}'
                || c == '\u{201d}'
        })
        .trim_end_matches('.')
}
