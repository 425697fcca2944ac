//! Secrets never leave, and without opt-in no text does: planted secrets (capture on) and
//! marker words (capture off) in prompts, tool inputs, tool outputs, error text and transcript
//! text go through the real hook binary and a real collector; none of them appears — raw,
//! JSON-escaped or base64 — in the hook's state dir (spool, session state, log) or in what the
//! collector stored (files, every sled tree, and the buffered requests decompressed).

mod common;

use common::HookEnv;
use coxswain_collector::buffer::Buffer;
use coxswain_test_support::Collector;
use serde_json::{Value, json};
use std::io::Write;
use std::path::Path;

/// (text holding the secret, the secret itself).
const CORPUS: &[(&str, &str)] = &[
    (r#"mysql --password="Corp1-hunter2x" -u root"#, "Corp1-hunter2x"),
    ("mysql -u root -pCorp2Pass9 db", "Corp2Pass9"),
    ("psql --password Corp3Pw7 mydb", "Corp3Pw7"),
    ("mysqldump --user=app --password Corp4Pw8 app", "Corp4Pw8"),
    ("curl -u alice:Corp5Pw6z https://api.example.com", "Corp5Pw6z"),
    (
        "curl -H 'Authorization: Basic Q29ycDZ1c2VyOnBhc3N3b3Jk' https://x",
        "Q29ycDZ1c2VyOnBhc3N3b3Jk",
    ),
    (r#"curl -H "Authorization: Bearer corp7tokenvalue0123" https://x"#, "corp7tokenvalue0123"),
    ("GET / HTTP/1.1\nAuthorization: Token corp8-tok-Zq81\n", "corp8-tok-Zq81"),
    (r#"Authorization: Digest username="u", response="c0rp9d1g3st""#, "c0rp9d1g3st"),
    ("DATABASE_URL is postgres://app:Corp10Secret@db.internal:5432/app", "Corp10Secret"),
    ("redis-cli -u redis://:Corp11Redis@cache:6379", "Corp11Redis"),
    ("mongodb+srv://admin:Corp12M0ngo@cluster0.example.net/db", "Corp12M0ngo"),
    ("Server=db;User Id=sa;Password=Corp13Sql!;", "Corp13Sql"),
    ("aws configure set aws_access_key_id AKIACORP14EXAMPLE0QZ", "AKIACORP14EXAMPLE0QZ"),
    (
        "aws_secret_access_key = Corp15/K7MDENG/bPxRfiCYEXAMPLEKEYz9Q",
        "Corp15/K7MDENG/bPxRfiCYEXAMPLEKEYz9Q",
    ),
    (
        "the key is wJa1rCorp16/K7MDENG+bPxRfiCYEXAMPLEKEY ok",
        "wJa1rCorp16/K7MDENG+bPxRfiCYEXAMPLEKEY",
    ),
    ("push with ghp_Corp17abcdefghijklmnopqrstuvwxyz01", "ghp_Corp17abcdefghijklmnopqrstuvwxyz01"),
    ("github_pat_11CORP18AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "github_pat_11CORP18AAAAAAAAAAAA"),
    ("CI uses glpat-Corp19abcdefghijklmn", "glpat-Corp19abcdefghijklmn"),
    ("slack bot xoxb-1234567890-corp20-abcdefghijkl", "xoxb-1234567890-corp20-abcdefghijkl"),
    (
        "post to https://hooks.slack.com/services/T0CORP21/B0CORP21/abcdefghijklmnopqrstuvwx",
        "B0CORP21/abcdefghijklmnopqrstuvwx",
    ),
    ("STRIPE sk_live_Corp22abcdefghijklmnop", "sk_live_Corp22abcdefghijklmnop"),
    ("restricted rk_test_Corp23abcdefghijklmnop", "rk_test_Corp23abcdefghijklmnop"),
    ("maps AIzaSyCorp24abcdefghijklmnopqrstuvwxyz0", "AIzaSyCorp24abcdefghijklmnopqrstuvwxyz0"),
    ("gcloud token ya29.Corp25abcdefghijklmnopqrstuvwxyz", "ya29.Corp25abcdefghijklmnopqrstuvwxyz"),
    ("OPENAI sk-proj-Corp26abcdefghijklmnopqrstuvwxyz", "sk-proj-Corp26abcdefghijklmnopqrstuvwxyz"),
    (
        "use sk-ant-api03-Corp27abcdefghijklmnopqrstuvwxyz",
        "sk-ant-api03-Corp27abcdefghijklmnopqrstuvwxyz",
    ),
    (
        "jwt eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJjb3JwMjgifQ.Corp28SignatureValue_abcdef",
        "Corp28SignatureValue_abcdef",
    ),
    (
        "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEACorp29PemBody\nAAAA\n-----END RSA PRIVATE KEY-----",
        "MIIEpAIBAAKCAQEACorp29PemBody",
    ),
    (
        "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAACorp30\n-----END OPENSSH PRIVATE KEY-----",
        "b3BlbnNzaC1rZXktdjEAAAAACorp30",
    ),
    (
        "DefaultEndpointsProtocol=https;AccountName=corp31;AccountKey=Q29ycDMxQWNjb3VudEtleQ+/abc==;EndpointSuffix=core.windows.net",
        "Q29ycDMxQWNjb3VudEtleQ+/abc==",
    ),
    (
        "Endpoint=sb://corp32.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey=Corp32SasKeyValue0=",
        "Corp32SasKeyValue0",
    ),
    (
        "https://corp33.blob.core.windows.net/c/b?sv=2022-11-02&sig=Corp33SigValueAbc%3D",
        "Corp33SigValueAbc",
    ),
    ("DB_PASSWORD=Corp34EnvPw", "Corp34EnvPw"),
    ("export API_TOKEN=\"Corp35TokenQ\"", "Corp35TokenQ"),
    ("oauth:\n  client_secret: Corp36YamlSecret\n", "Corp36YamlSecret"),
    ("db:\n  password: \"Corp37 with spaces\"\n", "Corp37 with spaces"),
    (
        "//registry.npmjs.org/:_authToken=npm_Corp38abcdefghijklmnopqrstuvwxyz01",
        "npm_Corp38abcdefghijklmnopqrstuvwxyz01",
    ),
    ("machine api.corp39.com login bob password Corp39Netrc", "Corp39Netrc"),
    ("docker login -u bob -p Corp40Docker registry.example.com", "Corp40Docker"),
    ("git clone https://x-access-token:Corp41GitTok@github.com/org/repo", "Corp41GitTok"),
    ("deploy --api-key=Corp42ApiKey --force", "Corp42ApiKey"),
    ("vault login --token Corp43Tok", "Corp43Tok"),
    ("sshpass -p Corp44Ssh ssh host", "Corp44Ssh"),
    (
        "deploy key 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a45",
        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a45",
    ),
    (
        "blob Zm9yQ29ycDQ2IGEgcmFuZG9tIGxvb2tpbmcgc2VjcmV0 end",
        "Zm9yQ29ycDQ2IGEgcmFuZG9tIGxvb2tpbmcgc2VjcmV0",
    ),
    ("hf_Corp47abcdefghijklmnopqrstuvwxyz", "hf_Corp47abcdefghijklmnopqrstuvwxyz"),
    (
        "twine upload -p pypi-AgEIcHlwaS5vcmcCorp48abcdefghijklmnopqrstuvwxyz0123456789",
        "pypi-AgEIcHlwaS5vcmcCorp48abcdefghijklmnopqrstuvwxyz0123456789",
    ),
    (
        "SENDGRID SG.Corp49abcdefghijkl.mnopqrstuvwxyzCorp49ABCDEFGH",
        "SG.Corp49abcdefghijkl.mnopqrstuvwxyzCorp49ABCDEFGH",
    ),
    (
        "TWILIO_AUTH_TOKEN=corp50f6e8c9a7b5d4e3f2a1b0c9d8e7f6a5",
        "corp50f6e8c9a7b5d4e3f2a1b0c9d8e7f6a5",
    ),
    (r#"send {"password": "Corp51Json"} to the API"#, "Corp51Json"),
    (r#"curl -d '{\"password\":\"Corp52Esc\"}' https://x"#, "Corp52Esc"),
    (
        "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANCorp53\n-----END PRIVATE KEY-----",
        "MIIEvQIBADANCorp53",
    ),
    (
        "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEICorp54\n-----END EC PRIVATE KEY-----",
        "MHcCAQEEICorp54",
    ),
    ("runner glrt-Corp55abcdefghijklmnop", "glrt-Corp55abcdefghijklmnop"),
    (
        "admin sk-ant-admin01-Corp56abcdefghijklmnopqrstu",
        "sk-ant-admin01-Corp56abcdefghijklmnopqrstu",
    ),
    ("Proxy-Authorization: Basic Q29ycDU3OnByb3h5", "Q29ycDU3OnByb3h5"),
    ("mysql -hdb -uroot -pCorp58P@ss db", "Corp58P@ss"),
    ("use 7k2m9q4w7e1r5t3y6u0ic0rp59x8z3 as the seed", "7k2m9q4w7e1r5t3y6u0ic0rp59x8z3"),
    ("GOCSPX-Corp60abcdefghijklmnopqr", "GOCSPX-Corp60abcdefghijklmnopqr"),
];

/// Where a planted text goes besides a captured place (prompt or tool input).
#[derive(Clone, Copy)]
enum Uncaptured {
    ToolOutput,
    ErrorText,
    Transcript,
}

/// A transcript line of the main agent's reply.
fn assistant_line(id: &str, text: &str) -> String {
    json!({"type": "assistant", "message": {"id": id, "role": "assistant",
        "content": [{"type": "text", "text": text}]}})
    .to_string()
}

/// A transcript line of a tool's result.
fn tool_result_line(text: &str) -> String {
    json!({"type": "user", "toolUseResult": {"stdout": text},
        "message": {"role": "user", "content": [{"type": "tool_result", "content": text}]}})
    .to_string()
}

/// One prompt per planted text: the text in the prompt (even) or a tool input (odd), and in
/// a tool output, an error or the transcript; `StopFailure` carries one as its error too.
fn events(session: &str, plants: &[&str], transcript: &Path) -> Vec<(Value, Option<String>)> {
    let mut out = Vec::new();
    out.push((
        json!({"session_id": session, "hook_event_name": "SessionStart", "source": "startup"}),
        None,
    ));
    for (i, text) in plants.iter().enumerate() {
        let prompt =
            if i % 2 == 0 { format!("please handle this: {text}") } else { "run it".to_owned() };
        out.push((
            json!({"session_id": session, "hook_event_name": "UserPromptSubmit", "prompt": prompt,
                   "transcript_path": transcript}),
            None,
        ));
        let tool_use_id = format!("toolu_{i}");
        let input = if i % 4 == 1 {
            json!({"command": text, "description": "run"})
        } else {
            json!({"file_path": "/repo/.env", "content": format!("# config\n{text}\n")})
        };
        let tool = if i % 4 == 1 { "Bash" } else { "Write" };
        out.push((
            json!({"session_id": session, "hook_event_name": "PreToolUse", "tool_name": tool,
                   "tool_use_id": tool_use_id, "tool_input": input}),
            None,
        ));
        let uncaptured =
            [Uncaptured::ToolOutput, Uncaptured::ErrorText, Uncaptured::Transcript][i % 3];
        let mut transcript_line =
            Some(assistant_line(&format!("msg_{i}"), "Done, the change is in."));
        let end = match uncaptured {
            Uncaptured::ErrorText => {
                json!({"session_id": session, "hook_event_name": "PostToolUseFailure",
                "tool_name": tool, "tool_use_id": tool_use_id, "tool_input": input,
                "error": format!("command failed: {text}")})
            }
            Uncaptured::ToolOutput => {
                json!({"session_id": session, "hook_event_name": "PostToolUse",
                "tool_name": tool, "tool_use_id": tool_use_id, "tool_input": input,
                "tool_response": {"stdout": format!("output: {text}"), "stderr": text}})
            }
            Uncaptured::Transcript => {
                transcript_line = Some(format!(
                    "{}\n{}",
                    tool_result_line(text),
                    assistant_line(&format!("msg_{i}"), &format!("I used {text} as asked."))
                ));
                json!({"session_id": session, "hook_event_name": "PostToolUse", "tool_name": tool,
                       "tool_use_id": tool_use_id, "tool_input": input, "tool_response": {"stdout": "ok"}})
            }
        };
        out.push((end, transcript_line));
        let stop = if i % 10 == 9 {
            json!({"session_id": session, "hook_event_name": "StopFailure", "error": text,
                   "last_assistant_message": text})
        } else {
            json!({"session_id": session, "hook_event_name": "Stop", "last_assistant_message": "Done."})
        };
        out.push((stop, None));
    }
    out.push((
        json!({"session_id": session, "hook_event_name": "SessionEnd", "reason": "other"}),
        None,
    ));
    out
}

/// Standard base64 of `bytes`.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, b)| n | (*b as u32) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

/// The forms a secret could take in stored bytes: raw, JSON-escaped, and its base64 at each of
/// the three alignments (only the characters that depend on the secret alone).
fn forms(secret: &str) -> Vec<String> {
    let escaped = serde_json::to_string(secret).unwrap();
    let mut forms = vec![secret.to_owned(), escaped[1..escaped.len() - 1].to_owned()];
    for shift in 0..3usize {
        let mut bytes = vec![0u8; shift];
        bytes.extend_from_slice(secret.as_bytes());
        let encoded = base64(&bytes);
        let skip = [0, 2, 3][shift];
        if encoded.len() >= skip + 4 + 8 {
            forms.push(encoded[skip..encoded.len() - 4].to_owned());
        }
    }
    forms
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    memchr::memmem::find(haystack, needle.as_bytes()).is_some()
}

/// Every file under `dir`, as (path, bytes).
fn files_under(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    for entry in entries.filter_map(|e| e.ok()) {
        let path = entry.path();
        if path.is_dir() {
            out.extend(files_under(&path));
        } else if let Ok(bytes) = std::fs::read(&path) {
            out.push((path.display().to_string(), bytes));
        }
    }
    out
}

/// Everything a stopped collector keeps: its files, every sled tree's keys and values, and
/// every buffered request decompressed by the collector's own reader.
fn collector_store(data: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = files_under(data);
    let buffer = Buffer::open(data, 8 * 1024 * 1024).expect("open collector buffer");
    for name in buffer.db().tree_names() {
        let tree = buffer.db().open_tree(&name).expect("tree");
        for (k, v) in tree.iter().filter_map(|kv| kv.ok()) {
            let label = format!("tree {}", String::from_utf8_lossy(&name));
            out.push((label.clone(), k.to_vec()));
            out.push((label, v.to_vec()));
        }
    }
    let entries = buffer.read_after(0, usize::MAX).expect("read buffer");
    assert!(!entries.is_empty(), "the collector stored the session");
    for e in entries {
        out.push((format!("buffered request {}", e.seq), e.body));
    }
    out
}

/// Runs `plants` through the hook (capture on or off) into a collector and asserts that none
/// of `needles` is in the hook's state dir or in the collector's store.
fn assert_nothing_leaves(plants: &[&str], needles: &[&str], capture: bool, session: &str) {
    let data = tempfile::tempdir().unwrap();
    let mut collector = Collector::start(data.path(), &[]);
    let env = HookEnv::new(&format!(
        "endpoint = \"{}\"\nbackground_sender = false\ncapture_content = {capture}\n",
        collector.grpc_url()
    ));
    let transcript = env.dir.path().join("transcript.jsonl");
    std::fs::write(&transcript, "").unwrap();
    for (event, transcript_lines) in events(session, plants, &transcript) {
        env.hook(event.to_string().as_bytes(), &[]);
        if let Some(lines) = transcript_lines {
            let mut f = std::fs::OpenOptions::new().append(true).open(&transcript).unwrap();
            writeln!(f, "{lines}").unwrap();
        }
    }
    let spooled = env.spooled_spans();
    assert!(spooled.len() > plants.len(), "the hook recorded the prompts");
    if capture {
        let dump = serde_json::to_string(&spooled).unwrap();
        assert!(
            dump.contains("gen_ai.input.messages") && dump.contains("[REDACTED]"),
            "capture is on"
        );
    }
    let hook_side = files_under(&env.state());
    let out = env.flush(&[]);
    assert!(out.status.success(), "flush failed: {}", String::from_utf8_lossy(&out.stderr));
    collector.terminate();
    let mut leaks = Vec::new();
    for (place, bytes) in hook_side.iter().chain(collector_store(data.path()).iter()) {
        for needle in needles {
            for form in forms(needle) {
                if contains(bytes, &form) {
                    leaks.push(format!("{needle:?} (as {form:?}) in {place}"));
                }
            }
        }
    }
    assert!(leaks.is_empty(), "{} leaks:\n{}", leaks.len(), leaks.join("\n"));
}

#[test]
fn sixty_planted_secrets_never_leave_with_content_capture_on() {
    assert!(CORPUS.len() >= 50);
    let plants: Vec<&str> = CORPUS.iter().map(|(text, _)| *text).collect();
    let secrets: Vec<&str> = CORPUS.iter().map(|(_, secret)| *secret).collect();
    assert_nothing_leaves(&plants, &secrets, true, "secrets-corpus");
}

#[test]
fn without_capture_no_prompt_tool_error_or_transcript_text_leaves() {
    let markers: Vec<String> = (0..24).map(|i| format!("zqxmarker{i:02}word")).collect();
    let plants: Vec<String> =
        markers.iter().map(|m| format!("fix the {m} handling and report {m} results")).collect();
    let plants: Vec<&str> = plants.iter().map(String::as_str).collect();
    let needles: Vec<&str> = markers.iter().map(String::as_str).collect();
    assert_nothing_leaves(&plants, &needles, false, "markers-off");
}
