//! Shared parts of the end-to-end tests: the synthetic corpus (the `corpus` example), a collector
//! that suppresses nothing, waiting for assembly, and reading sessions and reports through the
//! `coxswain` CLI.

#![allow(dead_code)]

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use coxswain_test_support::{
    Collector, bin_path, example_path, http_get, http_request, write_config,
};
use serde_json::{Value, json};

/// A generated corpus in a temporary directory.
pub struct Corpus {
    pub dir: tempfile::TempDir,
    pub truth: Value,
}

impl Corpus {
    /// Runs `corpus --profile test` (or `$COXSWAIN_E2E_PROFILE`) with a fixed seed.
    pub fn generate(sessions: usize, users: usize, seed: u64) -> Corpus {
        let dir = tempfile::tempdir().expect("tempdir");
        let profile = std::env::var("COXSWAIN_E2E_PROFILE").unwrap_or_else(|_| "test".into());
        let out = Command::new(example_path("corpus"))
            .args(["--sessions", &sessions.to_string(), "--users", &users.to_string()])
            .args(["--seed", &seed.to_string(), "--profile", &profile, "--out"])
            .arg(dir.path())
            .output()
            .expect("run corpus");
        assert!(out.status.success(), "corpus failed: {}", String::from_utf8_lossy(&out.stderr));
        eprintln!("{}", String::from_utf8_lossy(&out.stderr).trim());
        let truth: Value = serde_json::from_slice(
            &std::fs::read(dir.path().join("truth.json")).expect("truth.json"),
        )
        .expect("truth json");
        Corpus { dir, truth }
    }

    /// The ground-truth sessions by id.
    pub fn sessions(&self) -> HashMap<String, Value> {
        self.truth["sessions"]
            .as_array()
            .expect("sessions")
            .iter()
            .map(|s| (s["session_id"].as_str().expect("id").to_string(), s.clone()))
            .collect()
    }

    /// Total prompts in the truth.
    pub fn prompts(&self) -> usize {
        self.truth["all"]["prompts"].as_u64().expect("prompts") as usize
    }

    /// `hooks/<id>.jsonl` files, sorted.
    pub fn hook_files(&self) -> Vec<PathBuf> {
        let mut files: Vec<PathBuf> = std::fs::read_dir(self.dir.path().join("hooks"))
            .expect("hooks dir")
            .map(|e| e.expect("entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
            .collect();
        files.sort();
        files
    }
}

/// A collector with k = 1 (nothing suppressed) in `data_dir`.
pub fn collector(data_dir: &Path) -> Collector {
    let config = write_config(data_dir, "[analytics]\nmin_group_users = 1\n");
    Collector::start(data_dir, &["--config", config.to_str().expect("utf-8 path")])
}

/// Runs a `coxswain` query subcommand against the collector's HTTP query API and parses its JSON.
pub fn query(c: &Collector, args: &[&str]) -> Value {
    let out = Command::new(bin_path("coxswain"))
        .args(args)
        .args(["--format", "json", "--endpoint", &c.http_url()])
        .output()
        .expect("run coxswain");
    assert!(
        out.status.success(),
        "coxswain {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("coxswain {args:?}: bad JSON ({e})"))
}

/// Every session the collector has assembled, by id.
pub fn sessions(c: &Collector) -> HashMap<String, Value> {
    let doc = query(c, &["sessions", "--limit", "100000"]);
    doc["sessions"]
        .as_array()
        .expect("sessions array")
        .iter()
        .map(|s| (s["session_id"].as_str().expect("session_id").to_string(), s.clone()))
        .collect()
}

/// Polls `/v1/sessions` until `n` sessions with `prompts` prompts in all are assembled and the
/// document stops changing (bounded; the assertions after it say what is missing if it never does).
pub fn wait_assembled(c: &Collector, n: usize, prompts: usize) {
    let start = Instant::now();
    let mut last = String::new();
    while start.elapsed() < Duration::from_secs(90) {
        if let Ok((200, body)) = http_get(c.http, "/v1/sessions?limit=100000") {
            let doc: Value = serde_json::from_str(&body).unwrap_or(Value::Null);
            let have = doc["sessions"].as_array().map(|a| a.len()).unwrap_or(0);
            let have_prompts: usize = doc["sessions"]
                .as_array()
                .map(|a| {
                    a.iter().map(|s| s["prompts"].as_array().map(|p| p.len()).unwrap_or(0)).sum()
                })
                .unwrap_or(0);
            if have == n && have_prompts == prompts && body == last {
                return;
            }
            last = body;
        }
        std::thread::sleep(Duration::from_millis(300));
    }
    eprintln!(
        "assembly did not settle at {n} sessions / {prompts} prompts within 90 s; comparing what is there"
    );
}

/// Per-prompt differences (actions, subagent actions, output words) between truth and collector.
pub fn prompt_mismatches(
    truth: &HashMap<String, Value>,
    got: &HashMap<String, Value>,
) -> Vec<String> {
    let mut out = Vec::new();
    for (id, t) in truth {
        let Some(g) = got.get(id) else {
            out.push(format!("{id}: missing at the collector"));
            continue;
        };
        let tp = t["prompts"].as_array().expect("truth prompts");
        let gp = g["prompts"].as_array().cloned().unwrap_or_default();
        if tp.len() != gp.len() {
            out.push(format!("{id}: {} prompts, collector {}", tp.len(), gp.len()));
            continue;
        }
        for (a, b) in tp.iter().zip(gp.iter()) {
            for key in ["index", "actions", "subagent_actions", "output_words"] {
                if a[key] != b[key] {
                    out.push(format!(
                        "{id} prompt {}: {key} truth {} collector {}",
                        a["index"], a[key], b[key]
                    ));
                }
            }
        }
    }
    out.sort();
    out
}

/// Relative difference.
pub fn rel(a: f64, b: f64) -> f64 {
    if a == b { 0.0 } else { (a - b).abs() / a.abs().max(b.abs()) }
}

/// Feeds one session's payloads to the hook, one process each, appending to the live transcript
/// the lines that existed when each payload fired. Returns the number of hook runs.
pub fn play_session(
    hook_file: &Path,
    live_dir: &Path,
    config_home: &Path,
    state_home: &Path,
    endpoint: &str,
) -> usize {
    use std::io::Write;
    let payloads = std::fs::read_to_string(hook_file).expect("hooks");
    let marks = std::fs::read_to_string(hook_file.with_extension("marks")).expect("marks");
    let marks: Vec<usize> = marks.lines().map(|m| m.parse().expect("mark")).collect();
    let mut transcript_lines: Option<Vec<String>> = None;
    let mut written = 0usize;
    let mut live_path = None;
    let mut runs = 0;
    for (payload, mark) in payloads.lines().zip(marks) {
        let mut v: Value = serde_json::from_str(payload).expect("payload json");
        let source = v["transcript_path"].as_str().expect("transcript_path").to_string();
        let lines = transcript_lines.get_or_insert_with(|| {
            std::fs::read_to_string(&source)
                .expect("transcript")
                .lines()
                .map(str::to_owned)
                .collect()
        });
        let live = live_path
            .get_or_insert_with(|| live_dir.join(Path::new(&source).file_name().expect("name")))
            .clone();
        let mut f = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&live)
            .expect("live transcript");
        while written < mark {
            writeln!(f, "{}", lines[written]).expect("append");
            written += 1;
        }
        drop(f);
        v["transcript_path"] = Value::String(live.to_string_lossy().into_owned());
        run_hook(&v, config_home, state_home, endpoint);
        runs += 1;
    }
    runs
}

/// A synthetic user's config home under `root`: its own pseudonym key (so the collector sees
/// one pseudonym per user), `endpoint`, and no background sender.
pub fn hook_home(root: &Path, user: &str, endpoint: &str) -> PathBuf {
    let home = root.join(user);
    std::fs::create_dir_all(home.join("coxswain")).expect("config dir");
    std::fs::write(
        home.join("coxswain/hook.toml"),
        format!(
            "endpoint = \"{endpoint}\"\npseudonym_key = \"synthetic-{user}\"\nbackground_sender = false\n"
        ),
    )
    .expect("hook.toml");
    home
}

/// Runs `agent-hook claude-code` on one payload; asserts exit 0 and nothing on stdout.
pub fn run_hook(payload: &Value, config_home: &Path, state_home: &Path, endpoint: &str) {
    use std::io::Write;
    let mut child = Command::new(bin_path("agent-hook"))
        .args(["claude-code", "--endpoint", endpoint])
        .env("XDG_CONFIG_HOME", config_home)
        .env("XDG_STATE_HOME", state_home)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn agent-hook");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(payload.to_string().as_bytes())
        .expect("write payload");
    let out = child.wait_with_output().expect("agent-hook");
    assert!(
        out.status.success(),
        "agent-hook exited {:?} on {}",
        out.status,
        payload["hook_event_name"]
    );
    assert!(out.stdout.is_empty(), "agent-hook wrote to stdout on {}", payload["hook_event_name"]);
}

/// `agent-hook flush` of the spool under `state_home`.
pub fn flush(config_home: &Path, state_home: &Path, endpoint: &str) {
    let out = Command::new(bin_path("agent-hook"))
        .args(["flush", "--timeout", "60", "--endpoint", endpoint])
        .env("XDG_CONFIG_HOME", config_home)
        .env("XDG_STATE_HOME", state_home)
        .output()
        .expect("run agent-hook flush");
    assert!(out.status.success(), "flush failed: {}", String::from_utf8_lossy(&out.stderr));
}

/// `agent-hook replay PATHS` into the collector (own config and state under `work`).
pub fn replay(paths: &[&Path], c: &Collector, work: &Path) -> String {
    let out = Command::new(bin_path("agent-hook"))
        .arg("replay")
        .args(paths)
        .args(["--endpoint", &c.grpc_url(), "--timeout", "60"])
        .env("XDG_CONFIG_HOME", work.join("config"))
        .env("XDG_STATE_HOME", work.join("state"))
        .output()
        .expect("run agent-hook replay");
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(out.status.success(), "agent-hook replay failed: {stderr}");
    stderr
}

/// Runs a `coxswain` subcommand and returns its stdout as text.
pub fn coxswain_text(args: &[&str]) -> String {
    coxswain_test_support::coxswain_ok(args)
}

/// `COXSWAIN_E2E_SESSIONS` / `COXSWAIN_E2E_SEED` run a bigger or different corpus by hand.
pub fn knob(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// The corpus exercises every path the proof relies on: all levels, every way a prompt ends
/// (Stop, StopFailure, an interrupt closed by the next prompt or by the session end), subagents,
/// both correction directions, failure reports, every evidence kind and abandonment.
pub fn assert_coverage(truth: &Value) {
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut hit = |k: String| *seen.entry(k).or_default() += 1;
    for s in truth["sessions"].as_array().expect("sessions") {
        hit(format!("level {}", s["level"]));
        for e in s["evidence"].as_array().expect("evidence") {
            hit(format!("evidence {}", e.as_str().unwrap_or("?")));
        }
        if s["abandoned"] == true {
            hit("abandoned".into());
        }
        for p in s["prompts"].as_array().expect("prompts") {
            hit(format!("end {}", p["end_reason"].as_str().unwrap_or("?")));
            for flag in ["agent_corrects_user", "user_corrects_agent", "reports_failure"] {
                if p[flag] == true {
                    hit(flag.into());
                }
            }
            for count in
                ["subagent_actions", "retries", "retests_passed", "tests_failed", "failed_actions"]
            {
                if p[count].as_u64().unwrap_or(0) > 0 {
                    hit(count.into());
                }
            }
        }
    }
    let needed = [
        "level 1",
        "level 2",
        "level 3",
        "level 4",
        "level 5",
        "end stop",
        "end stop_failure",
        "end next_prompt",
        "end session_end",
        "subagent_actions",
        "retries",
        "retests_passed",
        "tests_failed",
        "failed_actions",
        "agent_corrects_user",
        "user_corrects_agent",
        "reports_failure",
        "evidence tests_passed",
        "evidence commit",
        "evidence user_confirmation",
        "abandoned",
    ];
    let missing: Vec<&str> = needed.iter().copied().filter(|k| !seen.contains_key(*k)).collect();
    let overridden = ["COXSWAIN_E2E_SESSIONS", "COXSWAIN_E2E_SEED", "COXSWAIN_E2E_PROFILE"]
        .iter()
        .any(|v| std::env::var_os(v).is_some());
    if overridden {
        // A corpus chosen by hand only gets a note.
        if !missing.is_empty() {
            eprintln!("note: this corpus does not exercise {missing:?}");
        }
        return;
    }
    assert!(missing.is_empty(), "the corpus does not exercise {missing:?}; pick another seed");
}

/// JSON documents equal: same keys, same strings and counts, numbers within 1e-9.
pub fn same(a: &Value, b: &Value, path: &str, diffs: &mut Vec<String>) {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => {
            let (x, y) = (x.as_f64().unwrap_or(0.0), y.as_f64().unwrap_or(0.0));
            if (x - y).abs() > 1e-9 * x.abs().max(y.abs()).max(1.0) {
                diffs.push(format!("{path}: {x} vs {y}"));
            }
        }
        (Value::Object(x), Value::Object(y)) => {
            let keys: std::collections::BTreeSet<&String> = x.keys().chain(y.keys()).collect();
            for k in keys {
                same(
                    &x.get(k).cloned().unwrap_or(Value::Null),
                    &y.get(k).cloned().unwrap_or(Value::Null),
                    &format!("{path}.{k}"),
                    diffs,
                );
            }
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => {
            for (i, (p, q)) in x.iter().zip(y).enumerate() {
                same(p, q, &format!("{path}[{i}]"), diffs);
            }
        }
        _ if a == b => {}
        _ => diffs.push(format!("{path}: {a} vs {b}")),
    }
}

pub fn doc(args: &[&str]) -> Value {
    serde_json::from_str(&coxswain_text(args)).expect("json")
}

pub fn differences(a: &Value, b: &Value) -> Vec<String> {
    let mut d = Vec::new();
    same(a, b, "", &mut d);
    d
}

/// Asserts that every cluster collector's report, and the report straight from ClickHouse
/// (`--clickhouse URL --clickhouse-database DATABASE`), equal the reference's for each grouping.
pub fn assert_reports_match(
    reference: &Collector,
    cluster: &[Collector],
    clickhouse: &str,
    database: &str,
    groupings: &[&str],
) {
    for by in groupings {
        let report = |source: &[&str]| {
            let mut args = vec!["report", "--format", "json", "--by", by];
            args.extend_from_slice(source);
            doc(&args)
        };
        let want = report(&["--endpoint", &reference.http_url()]);
        for (i, c) in cluster.iter().enumerate() {
            let d = differences(&want, &report(&["--endpoint", &c.http_url()]));
            assert!(d.is_empty(), "collector {i} report --by {by} differs:\n{}", d.join("\n"));
        }
        let got = report(&[
            "--min-group-users",
            "1",
            "--clickhouse",
            clickhouse,
            "--clickhouse-database",
            database,
        ]);
        let d = differences(&want, &got);
        assert!(d.is_empty(), "report --clickhouse --by {by} differs:\n{}", d.join("\n"));
    }
}

/// The ClickHouse facts writer's and session deriver's backlogs at a collector, from
/// `/v1/stats`.
pub fn clickhouse_backlog(c: &Collector) -> u64 {
    let stats = http_get(c.http, "/v1/stats")
        .ok()
        .and_then(|(_, body)| serde_json::from_str::<Value>(&body).ok());
    ["clickhouse", "clickhouse_sessions"]
        .iter()
        .map(|k| stats.as_ref().and_then(|v| v["backlog"][k].as_u64()).unwrap_or(u64::MAX))
        .fold(0, u64::saturating_add)
}

// Claude Code's native OTLP log events, as OTLP/JSON (notes/agent-telemetry.md §3.3).

/// An OTLP/JSON string attribute.
pub fn s(key: &str, value: &str) -> Value {
    json!({"key": key, "value": {"stringValue": value}})
}

/// An OTLP/JSON integer attribute (OTLP/JSON writes 64-bit integers as strings).
pub fn i(key: &str, value: u64) -> Value {
    json!({"key": key, "value": {"intValue": value.to_string()}})
}

/// One Claude Code event record: standard attributes, then the event's own.
pub fn event(session: &str, name: &str, seq: u64, time_ns: u64, own: Vec<Value>) -> Value {
    let mut attrs = vec![
        s("user.id", "0f1e2d3c4b5a69788796a5b4c3d2e1f0"),
        s("session.id", session),
        s("user.email", "ann@example.com"),
        s("user.account_uuid", "7d4f3c2e-0000-4000-8000-00000000a11e"),
        s("event.name", name),
        i("event.sequence", seq),
    ];
    attrs.extend(own);
    json!({
        "timeUnixNano": time_ns.to_string(),
        "observedTimeUnixNano": time_ns.to_string(),
        "body": {"stringValue": format!("claude_code.{name}")},
        "attributes": attrs,
    })
}

/// A `/v1/logs` JSON body with Claude Code's resource and scope.
pub fn logs_body(records: Vec<Value>) -> Vec<u8> {
    json!({"resourceLogs": [{
        "resource": {"attributes": [s("service.name", "claude-code"), s("service.version", "2.1.300")]},
        "scopeLogs": [{"scope": {"name": "com.anthropic.claude_code.events"}, "logRecords": records}],
    }]})
    .to_string()
    .into_bytes()
}

/// Posts a `/v1/logs` JSON body; the collector must accept it.
pub fn post_logs(c: &Collector, body: &[u8]) {
    let (code, answer) =
        http_request(c.http, "POST", "/v1/logs", &[("Content-Type", "application/json")], body)
            .expect("POST /v1/logs");
    assert_eq!(code, 200, "{answer}");
}
