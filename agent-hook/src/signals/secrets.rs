//! Secret redaction for opt-in content capture: every secret-looking string becomes
//! `[REDACTED]` before the text is encoded anywhere (JSON, protobuf), so escaping can never hide
//! a secret from the patterns. [`redact`] works on plain text; [`redact_json`] walks a JSON value
//! (tool arguments), redacting every string and every value under a secret-named key, so the
//! patterns always see unescaped text.
//!
//! The patterns are one table ([`PATTERNS`]), in the order they run; each names the part of its
//! match that is the secret (the rest — a flag, a key, a scheme — is kept so the text still
//! reads). Hand-written: no maintained Rust crate covers this set (gitleaks/trufflehog rules
//! are Go and would need their own engine), and the set is the project's promise.

use regex::{Captures, Regex, RegexSet};
use serde_json::Value;
use std::sync::{LazyLock, OnceLock};

/// What a redacted secret is replaced by.
pub const REDACTED: &str = "[REDACTED]";

/// Words that make a key's value a secret (`DB_PASSWORD`, `apiKey`, `AccountKey`,
/// `client-secret`, `Authorization`), matched against the words of a JSON key.
const SECRET_WORDS: &[&str] = &[
    "password",
    "passwd",
    "passphrase",
    "pwd",
    "secret",
    "token",
    "key",
    "apikey",
    "credential",
    "credentials",
    "auth",
    "authorization",
    "signature",
    "sig",
    "cookie",
];

/// Whether a JSON key names a secret: one of its words (split at `_`, `-`, `.`, spaces and
/// lower-to-upper case changes) is in [`SECRET_WORDS`]. `max_tokens`, `author` and `keyboard`
/// are not secrets.
fn is_secret_name(key: &str) -> bool {
    let mut word = String::new();
    let mut words = Vec::new();
    let mut prev_lower = false;
    for c in key.chars() {
        if !c.is_ascii_alphanumeric() || (c.is_ascii_uppercase() && prev_lower) {
            words.push(std::mem::take(&mut word));
        }
        if c.is_ascii_alphanumeric() {
            word.push(c.to_ascii_lowercase());
        }
        prev_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
    }
    words.push(word);
    words.iter().any(|w| SECRET_WORDS.contains(&w.as_str()))
}

/// One redaction rule.
struct Pattern {
    /// What it finds (documentation and test failure messages).
    what: &'static str,
    /// The regex; the capture group named `s` (or `t`) is the secret, else the whole match.
    regex: &'static str,
    /// Extra check on the secret before redacting it (filters false positives).
    check: Check,
}

/// A check on a found secret.
type Check = fn(&str) -> bool;

fn always(_: &str) -> bool {
    true
}

/// The pattern table, in the order the rules run (multi-line and vendor-prefixed secrets first,
/// then secrets known by their context, then anything that looks random).
const PATTERNS: &[Pattern] = &[
    Pattern {
        what: "PEM private key (RSA, EC, OpenSSH, PGP, PKCS#8), cut or whole",
        regex: r"-----BEGIN [A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----[\s\S]*?(-----END [A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----|\z)",
        check: always,
    },
    Pattern {
        what: "JWT (header.payload.signature, base64url)",
        regex: r"\beyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]*|\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}",
        check: always,
    },
    Pattern {
        what: "AWS access key id",
        regex: r"\b(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AIPA|ANPA|ANVA|APKA|AROA|ASCA)[0-9A-Z]{16}\b",
        check: always,
    },
    Pattern {
        what: "GitHub token (classic, fine-grained, app, OAuth, refresh)",
        regex: r"\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})",
        check: always,
    },
    Pattern {
        what: "GitLab token (personal, deploy, runner, trigger, OAuth, feed, ...)",
        regex: r"\bgl[a-z]{1,6}-[A-Za-z0-9_-]{16,}",
        check: always,
    },
    Pattern {
        what: "Slack token or webhook",
        regex: r"\bxox[abposre]-[A-Za-z0-9-]{10,}|hooks\.slack\.com/(?:services|workflows)/[A-Za-z0-9/_-]+",
        check: always,
    },
    Pattern {
        what: "Stripe key or webhook secret",
        regex: r"\b(?:[srp]k|rk)_(?:live|test)_[A-Za-z0-9]{8,}|\bwhsec_[A-Za-z0-9]{16,}",
        check: always,
    },
    Pattern {
        what: "Google API key, OAuth access token, OAuth client secret",
        regex: r"\bAIza[0-9A-Za-z_-]{30,}|\bya29\.[0-9A-Za-z_-]{20,}|\bGOCSPX-[A-Za-z0-9_-]{20,}",
        check: always,
    },
    Pattern {
        what: "OpenAI / Anthropic style key (sk-, sk-proj-, sk-ant-api03-)",
        regex: r"\bsk-[A-Za-z0-9_-]{16,}",
        check: always,
    },
    Pattern {
        what: "npm, PyPI, Hugging Face, SendGrid, DigitalOcean tokens",
        regex: r"\bnpm_[A-Za-z0-9]{30,}|\bpypi-[A-Za-z0-9_-]{40,}|\bhf_[A-Za-z0-9]{30,}|\bSG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}|\bdo[pro]_v1_[a-f0-9]{64}",
        check: always,
    },
    Pattern {
        what: "Authorization header in single quotes (curl -H '...'), any scheme",
        regex: r"(?i)'(?:proxy-)?authorization\s*:\s*(?P<s>[^'\r\n]+)",
        check: always,
    },
    Pattern {
        what: "Authorization header in double quotes, any scheme (escaped quotes inside)",
        regex: r#"(?i)"(?:proxy-)?authorization\s*:\s*(?P<s>(?:[^"\\\r\n]|\\.)+)"#,
        check: always,
    },
    Pattern {
        what: "Authorization header or key elsewhere: the rest of the line, any scheme",
        regex: r#"(?i)\b(?:proxy-)?authorization(?:\\?["'])?\s*[:=]\s*(?:\\?["'])?(?P<s>[^\r\n]+)"#,
        check: not_redacted,
    },
    Pattern {
        what: "Bearer / Token / Basic credentials outside a header",
        regex: r"(?i)\b(?:bearer|token|basic)\s+(?P<s>[A-Za-z0-9._~+/-]{12,}=*)",
        check: looks_random,
    },
    Pattern {
        what: "user:password@ in a URL or connection string (the password only)",
        regex: r#"[A-Za-z][A-Za-z0-9+.-]*://[^/\s:@"']*:(?P<s>[^@\s"']+)@"#,
        check: always,
    },
    Pattern {
        what: "curl -u / --user user:password (the password only)",
        regex: r#"(?:^|\s)(?:-u\s*|--user(?:\s+|=))["']?[^\s"':]*:(?P<s>[^\s"']+)"#,
        check: always,
    },
    Pattern {
        what: "mysql-style -pPASSWORD (mysql, mariadb, mysqldump, mysqladmin, ...)",
        regex: r#"(?i)\b(?:mysql\w*|mariadb\w*)\b[^\n|;&]*?\s-p(?P<s>[^\s"'][^\s"']*)"#,
        check: always,
    },
    Pattern {
        what: "sshpass -p PASSWORD",
        regex: r#"\bsshpass\b[^\n|;&]*?\s-p\s*["']?(?P<s>[^\s"']+)"#,
        check: always,
    },
    Pattern {
        what: "registry login -p PASSWORD (docker, podman, buildah, skopeo, helm, twine)",
        regex: r#"\b(?:docker|podman|buildah|skopeo|helm|oras|twine)\b[^\n|;&]*?\s-p(?:\s+|=)["']?(?P<s>[^\s"']+)"#,
        check: always,
    },
    Pattern {
        what: "--password=x / --password x and other secret-named flags",
        regex: r#"(?i)(?:^|\s)--?[a-z0-9-]*(?:password|passwd|pass|pwd|token|secret|api-?key|access-key|private-key|client-secret|auth)(?:=|\s+)(?:\\?["'])?(?P<s>[^\s"'\\]+)"#,
        check: not_a_flag,
    },
    Pattern {
        what: "netrc: login USER password PASSWORD",
        regex: r"(?i)\blogin\s+\S+\s+password\s+(?P<s>\S+)",
        check: always,
    },
    Pattern {
        what: "secret-named query parameter (sig=, token=, access_token=, api_key=, ...)",
        regex: r#"(?i)[?&][a-z0-9_.-]*(?:sig|signature|token|key|secret|password)=(?P<s>[^&\s"'#]+)"#,
        check: always,
    },
    Pattern {
        what: "secret-named assignment with a quoted value: KEY=\"v w\", key: 'v w' (the whole quoted value)",
        regex: r#"(?i)[A-Za-z0-9_.-]*(?:password|passwd|passphrase|pwd|secret|token|key|credentials?|auth)(?:[_.-][A-Za-z0-9_.-]*)?(?:\\?["'])?\s*(?:=>|:=|=|:)[ \t]*(?:"(?P<s>[^"\r\n]+)"|'(?P<t>[^'\r\n]+)')"#,
        check: is_value,
    },
    Pattern {
        what: "secret-named assignment: KEY=v, key: v, \"key\": \"v\", key := v, key => v (env, YAML, JSON, code, Azure connection strings)",
        regex: r#"(?i)[A-Za-z0-9_.-]*(?:password|passwd|passphrase|pwd|secret|token|key|credentials?|auth)(?:[_.-][A-Za-z0-9_.-]*)?(?:\\?["'])?\s*(?:=>|:=|=|:)[ \t]*(?:\\?["'])?(?P<s>(?:[^\s"'\\,;&]|\\[^"'])+)"#,
        check: is_value,
    },
    Pattern {
        what: "long high-entropy string (base64, base64url, hex of 32+ digits, AWS secret keys with /)",
        regex: r"[A-Za-z0-9+/=_-]{20,}",
        check: looks_random,
    },
];

/// A pattern as compiled: word boundaries are ASCII ones (every secret here is ASCII), which
/// keeps the fast DFA engines usable on non-ASCII text.
fn ascii_boundaries(pattern: &str) -> String {
    pattern.replace(r"\b", r"(?-u:\b)")
}

/// Each rule's own regex, compiled the first time the set says it may match: compiling all of
/// them would cost every hook process with capture on several times what the set costs.
static COMPILED: [OnceLock<Regex>; PATTERNS.len()] = [const { OnceLock::new() }; PATTERNS.len()];

fn compiled(i: usize) -> &'static Regex {
    COMPILED[i].get_or_init(|| {
        // The table is constant and covered by tests; a bad pattern is a build-time bug.
        Regex::new(&ascii_boundaries(PATTERNS[i].regex))
            .unwrap_or_else(|e| panic!("{}: {e}", PATTERNS[i].what))
    })
}

/// All patterns at once: one pass over the text finds which rules can apply at all.
static SET: LazyLock<RegexSet> = LazyLock::new(|| {
    RegexSet::new(PATTERNS.iter().map(|p| ascii_boundaries(p.regex)))
        .unwrap_or_else(|e| panic!("pattern set: {e}"))
});

/// Replaces every secret-looking string in `text` by `[REDACTED]`.
pub fn redact(text: &str) -> String {
    let mut out = text.to_owned();
    // Redaction only ever inserts `[REDACTED]`, which no rule takes for a secret, so the rules
    // that match the original text are the only ones that can match later.
    let hits = SET.matches(text);
    for i in hits.iter() {
        let check = PATTERNS[i].check;
        out = compiled(i)
            .replace_all(&out, |c: &Captures<'_>| {
                let whole = c.get(0).map_or("", |m| m.as_str());
                let Some(secret) = c.name("s").or_else(|| c.name("t")).or_else(|| c.get(0)) else {
                    return whole.to_owned();
                };
                if secret.as_str() == REDACTED || !check(secret.as_str()) {
                    return whole.to_owned();
                }
                let start = c.get(0).map_or(0, |m| m.start());
                let (from, to) = (secret.start() - start, secret.end() - start);
                format!("{}{REDACTED}{}", &whole[..from], &whole[to..])
            })
            .into_owned();
    }
    out
}

/// `value` with every string redacted, and every scalar under a secret-named key (`password`,
/// `api_key`, `Authorization`, ...) replaced: the patterns see text before JSON escapes it.
pub fn redact_json(value: &Value) -> Value {
    match value {
        Value::String(s) => Value::String(redact(s)),
        Value::Array(items) => Value::Array(items.iter().map(redact_json).collect()),
        Value::Object(map) => Value::Object(
            map.iter()
                .map(|(k, v)| {
                    let secret_key = is_secret_name(k)
                        && !matches!(v, Value::Object(_) | Value::Array(_) | Value::Bool(_))
                        && !v.is_null();
                    let v = if secret_key { Value::from(REDACTED) } else { redact_json(v) };
                    (redact(k), v)
                })
                .collect(),
        ),
        other => other.clone(),
    }
}

/// Whether `token` looks random: hex of 32+ digits; 20+ characters mixing upper case, lower
/// case and digits (base64, base64url, AWS secret keys with `/`); or 24+ characters of one case
/// and digits that switch between letters and digits as often as random text does (base32,
/// base36). Paths (most `/`-separated parts are words) and UUIDs (ids, not secrets) are kept.
fn looks_random(token: &str) -> bool {
    let token = token.trim_end_matches('=');
    let len = token.len();
    if len < 20 || is_uuid(token) || (token.contains('/') && is_path(token)) {
        return false;
    }
    let bytes = token.as_bytes();
    let count = |f: fn(&u8) -> bool| bytes.iter().filter(|b| f(b)).count();
    let (upper, lower, digits) =
        (count(u8::is_ascii_uppercase), count(u8::is_ascii_lowercase), count(u8::is_ascii_digit));
    if bytes.iter().all(u8::is_ascii_hexdigit) {
        return len >= 32 && digits > 0 && digits < len;
    }
    if upper > 0 && lower > 0 && digits > 0 {
        return true;
    }
    let letters = upper + lower;
    if letters + digits < len || len < 24 || digits < 4 || letters < 4 {
        return false;
    }
    let switches =
        bytes.windows(2).filter(|w| w[0].is_ascii_digit() != w[1].is_ascii_digit()).count();
    // Random base36 switches on about 40 % of adjacent pairs; `build2024release` on few.
    switches * 10 >= (len - 1) * 3
}

/// Most parts of `token` between `/` are words (`src`, `Users`, `react-dom`, `x86_64`).
fn is_path(token: &str) -> bool {
    let parts: Vec<&str> = token.split('/').filter(|p| p.len() >= 3).collect();
    let word = |p: &&&str| {
        let b = p.as_bytes();
        let rest = if b[0].is_ascii_uppercase() { &b[1..] } else { b };
        rest.iter().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || b"-_.".contains(c))
            && rest.iter().filter(|c| c.is_ascii_lowercase()).count() >= 2
    };
    !parts.is_empty() && parts.iter().filter(word).count() * 2 >= parts.len()
}

fn is_uuid(token: &str) -> bool {
    let parts: Vec<&str> = token.split('-').collect();
    parts.len() == 5
        && parts.iter().map(|p| p.len()).eq([8, 4, 4, 4, 12])
        && parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// The value was not redacted by an earlier, more precise rule.
fn not_redacted(value: &str) -> bool {
    !value.starts_with(REDACTED)
}

/// A flag's value is not the next flag (`--password --verbose` has no value to hide).
fn not_a_flag(value: &str) -> bool {
    !value.starts_with('-')
}

/// An assignment's value is worth hiding: not empty, not a placeholder or a reference to
/// another variable, and not `true`/`false`/`null`.
fn is_value(value: &str) -> bool {
    let lower = value.to_ascii_lowercase();
    !value.is_empty()
        && !matches!(lower.as_str(), "true" | "false" | "null" | "none" | "{" | "[" | "|" | ">")
        && !value.starts_with("${")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn every_pattern_compiles() {
        assert_eq!(SET.len(), PATTERNS.len());
        for i in 0..PATTERNS.len() {
            compiled(i);
        }
    }

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
    }

    #[test]
    fn the_issue_s_examples_are_redacted() {
        for (text, secret) in [
            (r#"mysql --password="hunter2" -u root"#, "hunter2"),
            ("mysql -u root -phunter3 db", "hunter3"),
            ("psql --password hunter4 db", "hunter4"),
            ("curl -H 'Authorization: Basic dXNlcjpwYXNzd29yZA==' x", "dXNlcjpwYXNzd29yZA"),
            ("Authorization: Digest username=\"u\", response=\"6629fae4\"", "6629fae4"),
            ("curl -u alice:pw5566 https://x", "pw5566"),
            ("curl --user=alice:pw7788 https://x", "pw7788"),
            ("aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "wJalrXUtn"),
            ("secret wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY here", "wJalrXUtn"),
            (
                "DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=Zm9vYmFyYmF6cXV4+/==;EndpointSuffix=core.windows.net",
                "Zm9vYmFy",
            ),
            ("deadbeefdeadbeefdeadbeefdeadbeef01234567", "deadbeef"),
            ("jdbc:mysql://app:S3cr3t!x@db:3306/app", "S3cr3t"),
            ("Server=db;User Id=sa;Password=Pa55word;", "Pa55word"),
            ("API_TOKEN: tok_live_value", "tok_live_value"),
            ("  client_secret: \"abc def\"", "abc"),
            ("export GITHUB_TOKEN=whatever123", "whatever123"),
            ("db:\n  password: \"two words\"", "words"),
            ("docker login -u bob -p d0ckerpw registry", "d0ckerpw"),
        ] {
            let out = redact(text);
            assert!(!out.contains(secret), "{secret} survived in {out:?}");
        }
    }

    #[test]
    fn ordinary_text_paths_identifiers_and_uuids_are_kept() {
        for text in [
            "fix the parser in main.rs",
            "/home/alice/projects/coxswain/agent-hook/src/signals/secrets.rs",
            "/Users/Bob/Projects/App2/src/main.rs and node_modules/@types/react-dom/index.d.ts",
            "x86_64-unknown-linux-gnu v1.2.3-alpha-build-20240101",
            "cargo test -p agent-hook --lib",
            "mkdir -p build && ssh -p 22 host",
            "SessionStateFileStoreUpdateLockTimeout",
            "the_very_long_snake_case_identifier_name",
            "123e4567-e89b-12d3-a456-426614174000",
            "https://docs.rs/regex/1.11.1/regex/struct.Regex.html",
            "see the keyboard shortcuts for the author",
        ] {
            assert_eq!(redact(text), text);
        }
    }

    #[test]
    fn json_is_redacted_before_it_is_escaped() {
        let input = json!({
            "command": "mysql --password=\"hunter2\" -e 'select 1'",
            "env": {"DB_PASSWORD": "plain words", "count": 3},
            "headers": [{"Authorization": "Basic QWxhZGRpbjpvcGVu"}],
        });
        let text = redact_json(&input).to_string();
        for secret in ["hunter2", "plain words", "QWxhZGRpbjpvcGVu"] {
            assert!(!text.contains(secret), "{secret} survived in {text}");
        }
        assert!(text.contains("\"count\":3"));
        for name in ["DB_PASSWORD", "apiKey", "AccountKey", "client-secret", "Authorization"] {
            assert!(is_secret_name(name), "{name}");
        }
        for name in ["max_tokens", "author", "keyboard", "file_path", "description"] {
            assert!(!is_secret_name(name), "{name}");
        }
    }
}
