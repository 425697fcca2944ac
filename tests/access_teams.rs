//! Team scopes with real parts: the `agent-hook` binary, configured with `team = "b"`, exports
//! through an ingest token scoped to team `a`. The collector stores the session under team `a`
//! (the token's team wins over the hook's claim); the admin sees it there; a read token of
//! team `b` finds nothing of it in its report, and an admin token of team `b` cannot even see
//! that it exists.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use coxswain_test_support::{Collector, bin_path, http_request, wait_until};
use serde_json::{Value, json};

fn collector(dir: &Path) -> Collector {
    let config = dir.join("collector.toml");
    std::fs::write(
        &config,
        r#"
[[auth.tokens]]
token = "ingest-a"
role = "ingest"
team = "a"

[[auth.tokens]]
token = "admin"
role = "admin"

[[auth.tokens]]
token = "read-b"
role = "read"
team = "b"

[[auth.tokens]]
token = "admin-b"
role = "admin"
team = "b"

[analytics]
min_group_users = 1
"#,
    )
    .expect("write collector.toml");
    Collector::start_on_any_port(&dir.join("data"), &["--config", config.to_str().unwrap()])
}

/// The hook's own config: the collector, the team-`a` ingest token, and a claim of team `b`.
fn hook_config(config_home: &Path, endpoint: &str) {
    let dir = config_home.join("coxswain");
    std::fs::create_dir_all(&dir).expect("config dir");
    std::fs::write(
        dir.join("hook.toml"),
        format!(
            "endpoint = \"{endpoint}\"\nheaders = {{ authorization = \"Bearer ingest-a\" }}\n\
             team = \"b\"\nbackground_sender = false\n"
        ),
    )
    .expect("write hook.toml");
}

fn hook(work: &Path, args: &[&str], stdin: Option<&Value>) {
    use std::io::Write;
    let mut child = Command::new(bin_path("agent-hook"))
        .args(args)
        .env("XDG_CONFIG_HOME", work.join("config"))
        .env("XDG_STATE_HOME", work.join("state"))
        .env_remove("OTEL_EXPORTER_OTLP_ENDPOINT")
        .env_remove("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT")
        .env_remove("OTEL_EXPORTER_OTLP_HEADERS")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn agent-hook");
    let mut input = child.stdin.take().expect("stdin");
    if let Some(v) = stdin {
        input.write_all(v.to_string().as_bytes()).expect("write payload");
    }
    drop(input);
    let out = child.wait_with_output().expect("agent-hook");
    assert!(
        out.status.success(),
        "agent-hook {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn get(c: &Collector, token: &str, path: &str) -> (u16, String) {
    let bearer = format!("Bearer {token}");
    http_request(c.http, "GET", path, &[("Authorization", bearer.as_str())], b"").expect("GET")
}

#[test]
fn an_ingest_token_of_team_a_wins_over_the_hook_claiming_team_b() {
    let work = tempfile::tempdir().expect("tempdir");
    let c = collector(work.path());
    hook_config(&work.path().join("config"), &c.grpc_url());

    let id = "sess-team-claim";
    let base = json!({"session_id": id, "cwd": "/home/dev/relay", "permission_mode": "default"});
    let event = |name: &str, extra: Value| {
        let mut v = base.clone();
        v["hook_event_name"] = json!(name);
        for (k, x) in extra.as_object().expect("object") {
            v[k] = x.clone();
        }
        v
    };
    let tool = json!({"tool_name": "Read", "tool_input": {"file_path": "/home/dev/relay/src/lib.rs"},
                      "tool_use_id": "toolu_team_1", "prompt_id": "p0"});
    let mut post = tool.clone();
    post["tool_response"] = json!({"type": "text", "file": {"content": "fn main() {}"}});
    for payload in [
        event("SessionStart", json!({"source": "startup"})),
        event(
            "UserPromptSubmit",
            json!({"prompt": "Explain src/lib.rs to me.", "prompt_id": "p0"}),
        ),
        event("PreToolUse", tool),
        event("PostToolUse", post),
        event("Stop", json!({"last_assistant_message": "It wires the crate.", "prompt_id": "p0"})),
        event("SessionEnd", json!({"reason": "prompt_input_exit"})),
    ] {
        hook(work.path(), &["claude-code"], Some(&payload));
    }
    hook(work.path(), &["flush", "--timeout", "60"], None);

    let path = format!("/v1/sessions/{id}");
    assert!(
        wait_until(Duration::from_secs(60), || get(&c, "admin", &path).0 == 200),
        "the admin never saw the session"
    );
    let (_, body) = get(&c, "admin", &path);
    let session: Value = serde_json::from_str(&body).expect("session JSON");
    assert_eq!(session["team"], "a", "the token's team, not the hook's claim: {session}");

    let (_, body) = get(&c, "admin", "/v1/report?by=team");
    let report: Value = serde_json::from_str(&body).expect("report JSON");
    let rows = report["rows"].as_array().expect("rows");
    assert_eq!(rows.len(), 1, "{report}");
    assert_eq!(rows[0]["group"], "a");
    assert_eq!(rows[0]["sessions"], 1);

    // Team b's reader: a report over team b's sessions only, which holds none of it.
    for by in ["all", "team"] {
        let (code, body) = get(&c, "read-b", &format!("/v1/report?by={by}"));
        assert_eq!(code, 200, "{body}");
        let report: Value = serde_json::from_str(&body).expect("report JSON");
        assert_eq!(report["team"], "b");
        assert!(report["rows"].as_array().expect("rows").is_empty(), "{report}");
        assert!(!body.contains(id), "{body}");
    }
    // Team b's admin: the list is empty and the session is "not found".
    let (_, body) = get(&c, "admin-b", "/v1/sessions");
    assert_eq!(serde_json::from_str::<Value>(&body).expect("list")["total"], 0, "{body}");
    assert_eq!(get(&c, "admin-b", &path).0, 404);
}
