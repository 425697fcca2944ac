//! Native telemetry in: Claude Code's own OTLP log events, posted to the real collector's
//! `/v1/logs` as JSON, become sessions and prompts (`"telemetry": "native"`); the same session
//! sent by the real `agent-hook` and by native telemetry counts once (`"telemetry": "both"`).
//!
//! The first test reads the two real captures in `../shared/fixtures/real/
//! a11ign__otel-receiver-capture` (SOURCES.md there: Claude Code 2.1.294, one `claude -p`); without
//! them it prints a SKIP line for them and runs on a handwritten pair shaped as
//! `notes/agent-telemetry.md` §3.3 documents `claude_code.user_prompt` and `api_request`
//! (Claude Code puts the event name in the record body and, without its prefix, in
//! `event.name`), so the logic is tested either way.

mod e2e_common;

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use coxswain_test_support::{Collector, http_get, http_request, real_fixtures};
use e2e_common::{collector, flush, run_hook};
use serde_json::{Value, json};

/// An OTLP/JSON string attribute.
fn s(key: &str, value: &str) -> Value {
    json!({"key": key, "value": {"stringValue": value}})
}

/// An OTLP/JSON integer attribute (OTLP/JSON writes 64-bit integers as strings).
fn i(key: &str, value: u64) -> Value {
    json!({"key": key, "value": {"intValue": value.to_string()}})
}

/// One Claude Code event record: standard attributes, then the event's own.
fn event(session: &str, name: &str, seq: u64, time_ns: u64, own: Vec<Value>) -> Value {
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
fn logs_body(records: Vec<Value>) -> Vec<u8> {
    json!({"resourceLogs": [{
        "resource": {"attributes": [s("service.name", "claude-code"), s("service.version", "2.1.300")]},
        "scopeLogs": [{"scope": {"name": "com.anthropic.claude_code.events"}, "logRecords": records}],
    }]})
    .to_string()
    .into_bytes()
}

fn post_logs(c: &Collector, body: &[u8]) {
    let (code, answer) =
        http_request(c.http, "POST", "/v1/logs", &[("Content-Type", "application/json")], body)
            .expect("POST /v1/logs");
    assert_eq!(code, 200, "{answer}");
}

/// `/v1/sessions/{id}` once assembled to `prompts` prompts from `telemetry` and `ready`.
fn session_when(
    c: &Collector,
    id: &str,
    prompts: usize,
    telemetry: &str,
    ready: impl Fn(&Value) -> bool,
) -> Value {
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut last = Value::Null;
    while Instant::now() < deadline {
        if let Ok((200, body)) = http_get(c.http, &format!("/v1/sessions/{id}")) {
            last = serde_json::from_str(&body).expect("session JSON");
            let n = last["prompts"].as_array().map_or(0, Vec::len);
            if n == prompts && last["telemetry"] == telemetry && ready(&last) {
                return last;
            }
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    panic!("session {id} never had {prompts} prompts from {telemetry} telemetry: {last:#}");
}

fn report(c: &Collector, by: &str) -> Value {
    let (code, body) = http_get(c.http, &format!("/v1/report?by={by}")).expect("report");
    assert_eq!(code, 200, "{body}");
    serde_json::from_str(&body).expect("report JSON")
}

/// What a capture should give: session id, prompt id and the api_request's tokens.
struct Expected {
    session: String,
    tokens: [u64; 4],
    model: String,
}

/// The two real captures, or the handwritten pair when `../shared` is absent.
fn captures() -> (Vec<Vec<u8>>, Expected) {
    if let Some(dir) = real_fixtures() {
        let dir = dir.join("a11ign__otel-receiver-capture");
        let read = |name: &str| std::fs::read(dir.join(name)).expect("capture");
        let first = read("claude-code-2.1.294_v1-logs_first-batch-cut.json");
        let request = read("claude-code-2.1.294_v1-logs_api-request-batch.json");
        // The expectation is read off the capture's api_request, not typed in here.
        let doc: Value = serde_json::from_slice(&request).expect("capture JSON");
        let records = doc["resourceLogs"][0]["scopeLogs"][0]["logRecords"].as_array().unwrap();
        let api = records
            .iter()
            .find(|r| r["body"]["stringValue"] == "claude_code.api_request")
            .expect("an api_request");
        let attr = |k: &str| {
            let a = api["attributes"].as_array().unwrap().iter().find(|a| a["key"] == k).unwrap();
            a["value"].clone()
        };
        let n = |k: &str| match &attr(k)["intValue"] {
            Value::String(x) => x.parse().unwrap(),
            v => v.as_u64().unwrap(),
        };
        let expected = Expected {
            session: attr("session.id")["stringValue"].as_str().unwrap().to_string(),
            tokens: [
                n("input_tokens"),
                n("output_tokens"),
                n("cache_read_tokens"),
                n("cache_creation_tokens"),
            ],
            model: attr("model")["stringValue"].as_str().unwrap().to_string(),
        };
        return (vec![first, request], expected);
    }
    eprintln!(
        "SKIP: the real Claude Code OTLP captures are absent; testing the handwritten pair instead"
    );
    let (session, prompt) = ("hand-native-1", "6b0c7a34-1f0e-4d2b-9a55-3c1d2e3f4a5b");
    let t = 1_790_000_000_000_000_000u64;
    let first = logs_body(vec![
        event(session, "hook_registered", 2, t, vec![s("hook_event", "SessionStart")]),
        event(
            session,
            "user_prompt",
            9,
            t + 1_000_000,
            vec![s("prompt.id", prompt), s("prompt_length", "24"), s("prompt", "<REDACTED>")],
        ),
    ]);
    let request = logs_body(vec![event(
        session,
        "api_request",
        10,
        t + 2_000_000,
        vec![
            s("prompt.id", prompt),
            s("model", "claude-sonnet-4-6"),
            i("input_tokens", 12),
            i("output_tokens", 340),
            i("cache_read_tokens", 15_000),
            i("cache_creation_tokens", 800),
            s("query_source", "main"),
        ],
    )]);
    let expected = Expected {
        session: session.into(),
        tokens: [12, 340, 15_000, 800],
        model: "claude-sonnet-4-6".into(),
    };
    (vec![first, request], expected)
}

#[test]
fn claude_code_log_captures_posted_as_json_give_one_native_prompt_with_the_api_requests_tokens() {
    let work = tempfile::tempdir().expect("tempdir");
    let c = collector(&work.path().join("data"));
    let (bodies, want) = captures();
    for body in &bodies {
        post_logs(&c, body);
    }
    let r = session_when(&c, &want.session, 1, "native", |r| !r["prompts"][0]["model"].is_null());
    assert_eq!(r["harness"], "claude-code");
    assert_eq!(r["native_prompts"], 1);
    let p = &r["prompts"][0];
    let tokens = ["input_tokens", "output_tokens", "cache_read_tokens", "cache_creation_tokens"]
        .map(|k| p[k].as_u64().unwrap_or(u64::MAX));
    assert_eq!(tokens, want.tokens, "the api_request's tokens: {r:#}");
    assert_eq!(p["model"], want.model.as_str());
    assert_eq!(p["actions"], 0);
    // Users are pseudonymised (never an account id or email), and no prompt text is kept.
    let user = r["user"].as_str().unwrap();
    assert_eq!(user.len(), 32, "a pseudonym: {user}");
    let text = r.to_string();
    for raw in ["REDACTED", "ann@example.com", "7d4f3c2e-0000", "0f1e2d3c4b5a"] {
        assert!(!text.contains(raw), "{raw} reached the session: {text}");
    }

    // The report counts the session where native telemetry can measure, and leaves it out of
    // output words and expertise rather than counting zeros.
    let by_harness = report(&c, "harness");
    let row = &by_harness["rows"][0];
    assert_eq!(row["group"], "claude-code");
    assert_eq!((row["sessions"].as_u64(), row["native_sessions"].as_u64()), (Some(1), Some(1)));
    assert_eq!(row["prompts_with_tokens"], 1);
    assert_eq!(row["output_tokens_per_prompt_mean"].as_f64(), Some(want.tokens[1] as f64));
    assert_eq!(row["prompts_with_output_words"], 0);
    assert!(row["output_words_per_prompt_mean"].is_null(), "{row}");
    assert!(row["planning_user_share"].is_null(), "{row}");
    assert_eq!(report(&c, "level")["rows"], json!([]), "a native session has no level");
}

/// The hook's payload for `event` in session `id`.
fn hook_event(id: &str, event: &str, extra: Value) -> Value {
    let mut v = json!({"session_id": id, "cwd": "/home/dev/relay", "permission_mode": "default",
                       "hook_event_name": event});
    for (k, x) in extra.as_object().expect("object") {
        v[k] = x.clone();
    }
    v
}

fn now_ns() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_nanos() as u64
}

#[test]
fn the_same_session_from_the_hook_and_native_telemetry_counts_once() {
    let work = tempfile::tempdir().expect("tempdir");
    let c = collector(&work.path().join("data"));
    let id = "0d5e8c1a-both-4e7b-9f00-1a2b3c4d5e6f";
    let (p1, p2) = ("7e1f0000-0000-4000-8000-0000000000p1", "7e1f0000-0000-4000-8000-0000000000p2");

    // The hook sees prompt 1: one Bash action.
    let (config, state, endpoint) =
        (work.path().join("config"), work.path().join("state"), c.grpc_url());
    let run = |event: &str, extra: Value| {
        run_hook(&hook_event(id, event, extra), &config, &state, &endpoint)
    };
    run("SessionStart", json!({"source": "startup"}));
    run("UserPromptSubmit", json!({"prompt": "run the tests in src/lib.rs", "prompt_id": p1}));
    let tool = json!({"tool_name": "Bash", "tool_input": {"command": "cargo test"},
                      "tool_use_id": "toolu_both_1", "prompt_id": p1});
    run("PreToolUse", tool.clone());
    let mut post = tool;
    post["tool_response"] =
        json!({"stdout": "test result: ok. 3 passed", "stderr": "", "interrupted": false});
    run("PostToolUse", post);
    run(
        "Stop",
        json!({"last_assistant_message": "All three tests pass.", "stop_hook_active": false, "prompt_id": p1}),
    );
    flush(&config, &state, &endpoint);

    // Native telemetry describes the same prompt 1 (its action and tokens), and a prompt 2 the
    // hook did not see, with two actions (one failed) and an API error.
    let t = now_ns();
    let tool_result = |seq, use_id: &str, prompt: &str, tool: &str, ok: &str| {
        event(
            id,
            "tool_result",
            seq,
            t + seq * 1_000_000,
            vec![
                s("prompt.id", prompt),
                s("tool_name", tool),
                s("tool_use_id", use_id),
                s("success", ok),
            ],
        )
    };
    let native = logs_body(vec![
        event(id, "user_prompt", 1, t, vec![s("prompt.id", p1), s("prompt_length", "27")]),
        tool_result(2, "toolu_both_1", p1, "Bash", "true"),
        event(
            id,
            "api_request",
            3,
            t + 3_000_000,
            vec![
                s("prompt.id", p1),
                s("model", "claude-sonnet-4-6"),
                i("input_tokens", 5),
                i("output_tokens", 50),
            ],
        ),
        event(
            id,
            "user_prompt",
            4,
            t + 4_000_000,
            vec![s("prompt.id", p2), s("prompt_length", "9")],
        ),
        tool_result(5, "toolu_both_2", p2, "Edit", "true"),
        tool_result(6, "toolu_both_3", p2, "Bash", "false"),
        event(
            id,
            "api_request",
            7,
            t + 7_000_000,
            vec![
                s("prompt.id", p2),
                s("model", "claude-sonnet-4-6"),
                i("input_tokens", 7),
                i("output_tokens", 70),
                i("cache_read_tokens", 0),
                i("cache_creation_tokens", 0),
            ],
        ),
        event(
            id,
            "api_error",
            8,
            t + 8_000_000,
            vec![s("prompt.id", p2), s("model", "claude-sonnet-4-6"), s("status_code", "529")],
        ),
    ]);
    // Sent twice (an exporter's retry): still once.
    post_logs(&c, &native);
    post_logs(&c, &native);
    let r = session_when(&c, id, 2, "both", |r| r["prompts"][1]["end_reason"] == "stop_failure");
    assert_eq!(r["harness"], "claude-code");
    let per_prompt: Vec<(u64, u64)> = r["prompts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["index"].as_u64().unwrap(), p["actions"].as_u64().unwrap()))
        .collect();
    assert_eq!(
        per_prompt,
        vec![(0, 1), (1, 2)],
        "the hook's prompt once, then the native one: {r:#}"
    );
    assert_eq!(r["actions"], 3, "prompt 1's action counted once");
    assert_eq!(r["native_prompts"], 1);
    // The hook's prompt keeps the hook's facts (no native tokens were added to it).
    assert!(r["prompts"][0]["input_tokens"].is_null(), "{r:#}");
    assert_eq!(r["prompts"][1]["output_tokens"], 70);
    assert_eq!(r["prompts"][1]["end_reason"], "stop_failure");
    assert_eq!(r["trouble"], true, "a failed tool result and an API error are trouble");
    assert!(r["user"].as_str().is_some_and(|u| !u.is_empty()));

    let row = &report(&c, "harness")["rows"][0];
    assert_eq!((row["sessions"].as_u64(), row["native_sessions"].as_u64()), (Some(1), Some(0)));
    assert_eq!(row["prompts"], 2);
    assert_eq!(row["prompts_with_output_words"], 1, "only the hook's prompt has output words");
}
