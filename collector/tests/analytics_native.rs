//! Native telemetry of Codex CLI and Gemini CLI through the assembler: handwritten log events
//! shaped as `notes/agent-telemetry.md` documents them (§4.1 Codex `codex.*` events keyed by
//! `conversation.id`, no prompt id; §5.1 Gemini CLI `gemini_cli.*` events keyed by `session.id`
//! and `prompt_id`) become sessions with the harness, prompts, actions per prompt, tokens and
//! trouble; a rebuild gives the same records, and other log traffic is never read.

mod analytics_fixture;

use analytics_fixture::{assemble, buffer};
use coxswain_collector::assembler;
use coxswain_collector::buffer::Signal;
use coxswain_collector::query::ops;
use opentelemetry_proto::tonic::collector::logs::v1::ExportLogsServiceRequest;
use opentelemetry_proto::tonic::common::v1::{AnyValue, KeyValue, any_value::Value as V};
use opentelemetry_proto::tonic::logs::v1::{LogRecord, ResourceLogs, ScopeLogs};
use prost::Message;
use serde_json::Value;

fn kv(key: &str, v: V) -> KeyValue {
    KeyValue { key: key.into(), value: Some(AnyValue { value: Some(v) }), ..Default::default() }
}

fn st(key: &str, v: &str) -> KeyValue {
    kv(key, V::StringValue(v.into()))
}

fn int(key: &str, v: i64) -> KeyValue {
    kv(key, V::IntValue(v))
}

/// One event as Codex and Gemini CLI send them: the full name in `event.name`.
fn event(name: &str, t: u64, attrs: Vec<KeyValue>) -> LogRecord {
    let mut attributes = vec![st("event.name", name), st("user.email", "dev@example.com")];
    attributes.extend(attrs);
    LogRecord { time_unix_nano: t, attributes, ..Default::default() }
}

fn request(service: &str, records: Vec<LogRecord>) -> Vec<u8> {
    ExportLogsServiceRequest {
        resource_logs: vec![ResourceLogs {
            resource: Some(opentelemetry_proto::tonic::resource::v1::Resource {
                attributes: vec![st("service.name", service)],
                ..Default::default()
            }),
            scope_logs: vec![ScopeLogs { log_records: records, ..Default::default() }],
            ..Default::default()
        }],
    }
    .encode_to_vec()
}

const T: u64 = 1_790_000_000_000_000_000;
const MS: u64 = 1_000_000;

fn codex_session() -> Vec<u8> {
    let c = |name: &str, at: u64, mut attrs: Vec<KeyValue>| {
        attrs.push(st("conversation.id", "codex-native-1"));
        attrs.push(st("user.account_id", "acct-codex-7"));
        attrs.push(st("model", "gpt-5-codex"));
        event(name, T + at * MS, attrs)
    };
    request(
        "codex_exec",
        vec![
            c("codex.conversation_starts", 0, vec![st("provider_name", "openai")]),
            c("codex.user_prompt", 1, vec![int("prompt_length", 40)]),
            c(
                "codex.tool_result",
                2,
                vec![st("tool_name", "exec_command"), st("call_id", "c1"), st("success", "true")],
            ),
            c(
                "codex.tool_result",
                3,
                vec![st("tool_name", "apply_patch"), st("call_id", "c2"), st("success", "true")],
            ),
            // Only a completed response carries the tokens (input includes the cached part).
            c("codex.sse_event", 4, vec![st("event.kind", "response.output_text.delta")]),
            c(
                "codex.sse_event",
                5,
                vec![
                    st("event.kind", "response.completed"),
                    int("input_token_count", 5000),
                    int("cached_token_count", 3000),
                    int("output_token_count", 400),
                ],
            ),
            c("codex.user_prompt", 10, vec![int("prompt_length", 12)]),
            c(
                "codex.tool_result",
                11,
                vec![st("tool_name", "exec_command"), st("call_id", "c3"), st("success", "false")],
            ),
            c(
                "codex.api_request",
                12,
                vec![int("attempt", 1), st("error.message", "stream disconnected")],
            ),
        ],
    )
}

fn gemini_session() -> Vec<u8> {
    let g = |name: &str, at: u64, prompt: &str, mut attrs: Vec<KeyValue>| {
        attrs.push(st("session.id", "gemini-native-1"));
        attrs.push(st("installation.id", "inst-42"));
        attrs.push(st("prompt_id", prompt));
        event(name, T + at * MS, attrs)
    };
    request(
        "gemini-cli",
        vec![
            g("gemini_cli.user_prompt", 1, "g########0", vec![int("prompt_length", 30)]),
            g(
                "gemini_cli.tool_call",
                2,
                "g########0",
                vec![st("function_name", "read_file"), kv("success", V::BoolValue(true))],
            ),
            g(
                "gemini_cli.tool_call",
                3,
                "g########0",
                vec![st("function_name", "replace"), kv("success", V::BoolValue(true))],
            ),
            g(
                "gemini_cli.api_response",
                4,
                "g########0",
                vec![
                    st("model", "gemini-2.5-pro"),
                    int("input_token_count", 2500),
                    int("cached_content_token_count", 500),
                    int("output_token_count", 90),
                ],
            ),
            g("gemini_cli.user_prompt", 5, "g########1", vec![int("prompt_length", 8)]),
            g(
                "gemini_cli.tool_call",
                6,
                "g########1",
                vec![
                    st("function_name", "run_shell_command"),
                    kv("success", V::BoolValue(true)),
                    st("decision", "reject"),
                ],
            ),
        ],
    )
}

/// (actions, input, cache read, output tokens, end reason) per prompt.
fn figures(r: &Value) -> Vec<(u64, u64, u64, u64, String)> {
    let n = |p: &Value, k: &str| p[k].as_u64().unwrap_or(u64::MAX);
    r["prompts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            let reason = p["end_reason"].as_str().unwrap_or("").to_string();
            (
                n(p, "actions"),
                n(p, "input_tokens"),
                n(p, "cache_read_tokens"),
                n(p, "output_tokens"),
                reason,
            )
        })
        .collect()
}

#[tokio::test]
async fn codex_and_gemini_cli_native_events_become_sessions_with_prompts_actions_and_tokens() {
    let dir = tempfile::tempdir().unwrap();
    let buf = buffer(dir.path());
    buf.append(Signal::Logs, &codex_session()).await.unwrap();
    buf.append(Signal::Logs, &gemini_session()).await.unwrap();
    // Other services' logs, even naming a session id, are not native events.
    let other = request("web", vec![event("http.request", T, vec![st("session.id", "web-1")])]);
    buf.append(Signal::Logs, &other).await.unwrap();
    let a = assemble(&buf);
    let session = |id: &str| -> Value {
        serde_json::from_str(&ops::session_json(a.store(), id, None).expect("session")).unwrap()
    };

    let codex = session("codex-native-1");
    assert_eq!(
        (codex["harness"].as_str(), codex["telemetry"].as_str()),
        (Some("codex"), Some("native"))
    );
    assert_eq!(
        figures(&codex),
        vec![
            (2, 2000, 3000, 400, String::new()),
            (1, u64::MAX, u64::MAX, u64::MAX, "stop_failure".into())
        ],
        "{codex:#}"
    );
    assert_eq!(codex["prompts"][0]["model"], "gpt-5-codex");
    assert_eq!(codex["trouble"], true);

    let gemini = session("gemini-native-1");
    assert_eq!(gemini["harness"], "gemini-cli");
    assert_eq!(
        figures(&gemini),
        vec![(2, 2000, 500, 90, String::new()), (1, u64::MAX, u64::MAX, u64::MAX, String::new())],
        "{gemini:#}"
    );
    assert_eq!(gemini["native_prompts"], 2);
    assert_eq!(gemini["trouble"], true, "a rejected call is trouble");
    // Pseudonyms, one per account; no email reaches a record.
    let (cu, gu) = (codex["user"].as_str().unwrap(), gemini["user"].as_str().unwrap());
    assert!(cu.len() == 32 && gu.len() == 32 && cu != gu, "{cu} {gu}");
    assert!(!format!("{codex}{gemini}").contains("example.com"));
    assert!(ops::session_json(a.store(), "web-1", None).is_err());

    // A rebuild from the buffer gives the same records (the pseudonym key is kept).
    let before = (codex.to_string(), gemini.to_string());
    drop(a);
    assembler::rebuild_buffer(buf.clone(), Default::default()).unwrap();
    let a = assemble(&buf);
    let again = |id: &str| ops::session_json(a.store(), id, None).expect("session");
    let parse = |s: String| serde_json::from_str::<Value>(&s).unwrap().to_string();
    assert_eq!((parse(again("codex-native-1")), parse(again("gemini-native-1"))), before);
}

#[tokio::test]
async fn a_hook_without_prompt_ids_wins_the_whole_session_over_native_telemetry() {
    use analytics_fixture::{P, S, append, read};
    let dir = tempfile::tempdir().unwrap();
    let buf = buffer(dir.path());
    // An older hook (no `coxswain.prompt.id`) saw one prompt with one action …
    let hook =
        S::new("mixed-old", "hook-user").prompt(0, P { words: 8, ..P::default() }, &[read()]);
    append(&buf, vec![analytics_fixture::request(hook.spans)]).await;
    // … and Claude Code's own telemetry describes it too, with ids the hook cannot match.
    let c = |name: &str, seq: i64, attrs: Vec<KeyValue>| {
        let mut all =
            vec![st("session.id", "mixed-old"), st("prompt.id", "p-1"), int("event.sequence", seq)];
        all.extend(attrs);
        event(name, T + seq as u64 * MS, all)
    };
    let native = request(
        "claude-code",
        vec![
            c("claude_code.user_prompt", 1, vec![]),
            c("claude_code.tool_result", 2, vec![st("tool_name", "Read"), st("success", "true")]),
            c("claude_code.tool_result", 3, vec![st("tool_name", "Edit"), st("success", "true")]),
        ],
    );
    buf.append(Signal::Logs, &native).await.unwrap();
    let a = assemble(&buf);
    let r: Value =
        serde_json::from_str(&ops::session_json(a.store(), "mixed-old", None).unwrap()).unwrap();
    assert_eq!(r["telemetry"], "both");
    assert_eq!(
        (r["prompts"].as_array().unwrap().len(), r["actions"].as_u64()),
        (1, Some(1)),
        "{r:#}"
    );
    assert_eq!((r["user"].as_str(), r["native_prompts"].as_u64()), (Some("hook-user"), Some(0)));
}

#[tokio::test]
async fn a_native_event_from_a_wrong_clock_cannot_move_the_assemblers_clock_ahead() {
    let dir = tempfile::tempdir().unwrap();
    let buf = buffer(dir.path());
    let year_2100 = 4_102_444_800_000_000_000u64;
    let far = event(
        "gemini_cli.user_prompt",
        year_2100,
        vec![st("session.id", "gemini-clock"), st("prompt_id", "p")],
    );
    buf.append(Signal::Logs, &request("gemini-cli", vec![far])).await.unwrap();
    let a = assemble(&buf);
    let r: Value =
        serde_json::from_str(&ops::session_json(a.store(), "gemini-clock", None).unwrap()).unwrap();
    let year: u32 = r["last_span_at"].as_str().unwrap()[..4].parse().unwrap();
    assert!(year < 2100, "held to the request's arrival plus the future window: {r:#}");
    assert_eq!(r["closed"], false);
}
