//! Secret redaction for opt-in content capture: every secret-looking string (API keys, tokens,
//! JWTs, passwords in URLs or `password=` pairs, private keys) becomes `[REDACTED]`.

use regex::Regex;
use std::sync::LazyLock;

/// What a redacted secret is replaced by.
pub const REDACTED: &str = "[REDACTED]";

/// Whole-match patterns: the match is replaced entirely.
static WHOLE: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    [
        r"-----BEGIN [A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----[\s\S]*?(-----END [A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----|\z)",
        r"\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}",
        r"\b(AKIA|ASIA)[0-9A-Z]{16}\b",
        r"\bgh[pousr]_[A-Za-z0-9]{20,}",
        r"\bgithub_pat_[A-Za-z0-9_]{20,}",
        r"\bglpat-[A-Za-z0-9_-]{16,}",
        r"\bsk-[A-Za-z0-9_-]{16,}",
        r"\b[sr]k_(live|test)_[A-Za-z0-9]{8,}",
        r"\bxox[abposr]-[A-Za-z0-9-]{10,}",
        r"\bAIza[0-9A-Za-z_-]{30,}",
        r"\bnpm_[A-Za-z0-9]{30,}",
        r"(?i)\bbearer\s+[A-Za-z0-9._~+/-]{12,}=*",
    ]
    .iter()
    .filter_map(|p| Regex::new(p).ok())
    .collect()
});

/// Long tokens; redacted when they mix upper case, lower case and digits (key-like).
static LONG_TOKEN: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(r"[A-Za-z0-9+/_=-]{32,}").ok());

/// `scheme://user:PASSWORD@host`: only the password goes.
static URL_PASSWORD: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(r"(://[^/\s:@]+:)([^@\s/]+)(@)").ok());

/// `password=...`, `token: ...`, `API_KEY="..."`: only the value goes.
static KEY_VALUE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(
        r#"(?i)((?:password|passwd|pwd|secret|token|api[_-]?key|apikey|access[_-]?key|private[_-]?key|client[_-]?secret|auth)[A-Za-z0-9_-]*["']?\s*[=:]\s*["']?)([^\s"'&,;]{3,})"#,
    )
    .ok()
});

/// Replaces every secret-looking string in `text` by `[REDACTED]`.
pub fn redact(text: &str) -> String {
    let mut out = text.to_owned();
    for re in WHOLE.iter() {
        if re.is_match(&out) {
            out = re.replace_all(&out, REDACTED).into_owned();
        }
    }
    if let Some(re) = URL_PASSWORD.as_ref() {
        out = re.replace_all(&out, format!("${{1}}{REDACTED}${{3}}")).into_owned();
    }
    if let Some(re) = KEY_VALUE.as_ref() {
        out = re.replace_all(&out, format!("${{1}}{REDACTED}")).into_owned();
    }
    if let Some(re) = LONG_TOKEN.as_ref() {
        out = re
            .replace_all(&out, |c: &regex::Captures<'_>| {
                let m = &c[0];
                let mixed = m.chars().any(|c| c.is_ascii_uppercase())
                    && m.chars().any(|c| c.is_ascii_lowercase())
                    && m.chars().any(|c| c.is_ascii_digit())
                    && !m.contains('/');
                if mixed { REDACTED.to_owned() } else { m.to_owned() }
            })
            .into_owned();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_tokens_jwts_passwords_and_private_keys_are_redacted() {
        let text = "key sk-ant-api03-abcdefghijklmnopqrstuv and ghp_abcdefghijklmnopqrstuvwxyz012345 \
            jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.abcdefghijk \
            url postgres://bob:hunter2@db/x PASSWORD=swordfish \
            -----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY----- AKIAABCDEFGHIJKLMNOP";
        let out = redact(text);
        for secret in ["sk-ant", "ghp_", "eyJhb", "hunter2", "swordfish", "MIIE", "AKIAABC"] {
            assert!(!out.contains(secret), "{secret} survived in {out}");
        }
        assert!(out.contains("postgres://bob:[REDACTED]@db/x"));
        assert_eq!(redact("fix the parser in main.rs"), "fix the parser in main.rs");
    }
}
