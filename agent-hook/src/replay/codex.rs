//! OpenAI Codex CLI rollouts (`rollout-*.jsonl`) as Claude-Code-format hook payloads.
//!
//! `session_meta` starts the session; `event_msg/user_message` is a prompt; `function_call` and
//! `custom_tool_call` (`apply_patch`) are actions, closed by their `*_output` (a non-zero exit
//! code, or a failed patch, is a `PostToolUseFailure`); `event_msg/agent_message` is the agent's
//! text; `event_msg/turn_aborted` interrupts the turn. Payloads carry `coxswain_harness: codex`.

use std::collections::HashMap;
use std::path::Path;

use serde_json::{Map, Value, json};

use crate::harness::codex::{counts, item_text, message_item};
use crate::transcript::line::timestamp_millis;
use crate::transcript::{TokenCounts, WindowTokens};

use super::payload::{Context, base};
use super::read_lines;
use super::run::Run;

struct Call {
    name: String,
    input: Value,
    timestamp: Option<String>,
}

struct Turn {
    prompt_index: usize,
    texts: Vec<String>,
    aborted: bool,
    last_timestamp: Option<String>,
    /// `total_token_usage` when the turn began; the turn's tokens are its growth.
    tokens_before: TokenCounts,
    /// The last `total_token_usage` seen in the turn (`None`: no `token_count` in it).
    tokens_after: Option<TokenCounts>,
}

/// Replays one rollout.
pub fn replay_file(run: &mut Run<'_>, path: &Path) {
    let lines = read_lines(path, &mut run.summary);
    let mut ctx = Context { transcript_path: path.display().to_string(), ..Context::default() };
    let model = lines.iter().flatten().find_map(|l| {
        let p = l.get("payload")?;
        (l.get("type")? == "turn_context").then(|| p.get("model")?.as_str().map(str::to_owned))?
    });
    // Rollouts up to 0.1xx write `user_message`/`agent_message` events; later ones completed
    // `UserMessage`/`AgentMessage` items instead. A file is read by whichever it has.
    let is_event = |l: &Value, kind: &str| {
        l.get("type").and_then(Value::as_str) == Some("event_msg")
            && l.pointer("/payload/type").and_then(Value::as_str) == Some(kind)
    };
    let user_events = lines.iter().flatten().any(|l| is_event(l, "user_message"));
    let agent_events = lines.iter().flatten().any(|l| is_event(l, "agent_message"));
    let mut total = TokenCounts::default();
    let mut started = false;
    let mut prompts = 0;
    let mut turn: Option<Turn> = None;
    let mut calls: HashMap<String, Call> = HashMap::new();
    for line in lines.iter().flatten() {
        let ts = line.get("timestamp").and_then(Value::as_str);
        let payload = line.get("payload").unwrap_or(&Value::Null);
        let kind = payload.get("type").and_then(Value::as_str).unwrap_or_default();
        match line.get("type").and_then(Value::as_str) {
            Some("session_meta") => {
                ctx.session_id = str_of(payload, "id").unwrap_or("unknown").to_owned();
                ctx.cwd = str_of(payload, "cwd").map(str::to_owned);
                if !started {
                    started = true;
                    run.see_session(&ctx.session_id);
                    let mut p = base("SessionStart", &ctx, ts);
                    p.insert("source".into(), json!("startup"));
                    if let Some(model) = &model {
                        p.insert("model".into(), json!(model));
                    }
                    emit(run, p);
                }
            }
            Some("event_msg") => match kind {
                "user_message" if user_events => {
                    let text = str_of(payload, "message").unwrap_or_default();
                    turn = Some(start_turn(
                        run, &ctx, &mut turn, &mut calls, text, ts, prompts, total,
                    ));
                    prompts += 1;
                }
                "item_completed" if !user_events && message_item(line, "UserMessage") => {
                    let text = item_text(line);
                    turn = Some(start_turn(
                        run, &ctx, &mut turn, &mut calls, &text, ts, prompts, total,
                    ));
                    prompts += 1;
                }
                "agent_message" if agent_events => {
                    if let Some(t) = turn.as_mut() {
                        t.texts.extend(str_of(payload, "message").map(str::to_owned));
                        t.last_timestamp = ts.map(str::to_owned);
                    }
                }
                "item_completed" if !agent_events && message_item(line, "AgentMessage") => {
                    if let Some(t) = turn.as_mut() {
                        t.texts.push(item_text(line));
                        t.last_timestamp = ts.map(str::to_owned);
                    }
                }
                "token_count" => {
                    if let Some(now) = payload.pointer("/info/total_token_usage").map(counts) {
                        total = now;
                        if let Some(t) = turn.as_mut() {
                            t.tokens_after = Some(now);
                        }
                    }
                }
                "turn_aborted" => {
                    if let Some(t) = turn.as_mut() {
                        t.aborted = true;
                    }
                }
                _ => {}
            },
            Some("response_item") => match kind {
                "function_call" | "custom_tool_call" => {
                    let Some(id) = str_of(payload, "call_id") else {
                        continue;
                    };
                    let input = if kind == "function_call" {
                        let args = str_of(payload, "arguments").unwrap_or("{}");
                        serde_json::from_str(args).unwrap_or_else(|_| json!({ "arguments": args }))
                    } else {
                        json!({ "input": payload.get("input").cloned().unwrap_or(Value::Null) })
                    };
                    let call = Call {
                        name: str_of(payload, "name").unwrap_or("unknown").to_owned(),
                        input,
                        timestamp: ts.map(str::to_owned),
                    };
                    let mut p = base("PreToolUse", &ctx, ts);
                    insert_tool(&mut p, id, &call);
                    emit(run, p);
                    calls.insert(id.to_owned(), call);
                }
                "function_call_output" | "custom_tool_call_output" => {
                    let Some(id) = str_of(payload, "call_id") else {
                        continue;
                    };
                    let Some(call) = calls.remove(id) else {
                        continue;
                    };
                    emit(run, post(&ctx, id, &call, payload.get("output"), ts));
                    if let Some(t) = turn.as_mut() {
                        t.last_timestamp = ts.map(str::to_owned);
                    }
                }
                _ => {}
            },
            Some("turn_context" | "compacted" | "token_usage_record" | "world_state") => {}
            _ => run.summary.bad_lines += 1,
        }
    }
    close(run, &ctx, turn, !calls.is_empty());
}

/// Closes the open turn and starts the next prompt's.
#[allow(clippy::too_many_arguments)]
fn start_turn(
    run: &mut Run<'_>,
    ctx: &Context,
    open: &mut Option<Turn>,
    calls: &mut HashMap<String, Call>,
    text: &str,
    ts: Option<&str>,
    index: usize,
    total: TokenCounts,
) -> Turn {
    let unfinished = close(run, ctx, open.take(), !calls.is_empty());
    calls.clear();
    let mut p = base("UserPromptSubmit", ctx, ts);
    if let Some(text) = unfinished {
        p.insert("coxswain_previous_agent_text".into(), json!(text));
    }
    p.insert("prompt".into(), json!(text));
    p.insert("coxswain_prompt_index".into(), json!(index));
    emit(run, p);
    run.summary.prompts += 1;
    Turn {
        prompt_index: index,
        texts: Vec::new(),
        aborted: false,
        last_timestamp: ts.map(str::to_owned),
        tokens_before: total,
        tokens_after: None,
    }
}

fn str_of<'a>(v: &'a Value, key: &str) -> Option<&'a str> {
    v.get(key).and_then(Value::as_str)
}

fn emit(run: &mut Run<'_>, mut p: Map<String, Value>) {
    p.insert("coxswain_harness".into(), json!("codex"));
    run.emit(Value::Object(p));
}

fn insert_tool(p: &mut Map<String, Value>, id: &str, call: &Call) {
    p.insert("tool_name".into(), json!(call.name));
    p.insert("tool_input".into(), call.input.clone());
    p.insert("tool_use_id".into(), json!(id));
}

/// Stop when the turn ended on its own (not aborted, every call answered); otherwise returns
/// the turn's text for the next prompt's `coxswain_previous_agent_text`.
fn close(run: &mut Run<'_>, ctx: &Context, turn: Option<Turn>, pending: bool) -> Option<String> {
    let turn = turn?;
    let text = turn.texts.join("\n\n");
    if turn.aborted || pending {
        return Some(text);
    }
    let mut p = base("Stop", ctx, turn.last_timestamp.as_deref());
    p.insert("stop_hook_active".into(), json!(false));
    p.insert(
        "last_assistant_message".into(),
        json!(turn.texts.last().cloned().unwrap_or_default()),
    );
    p.insert("coxswain_agent_text".into(), json!(text));
    p.insert("coxswain_prompt_index".into(), json!(turn.prompt_index));
    if let Some(after) = turn.tokens_after {
        let before = turn.tokens_before;
        let main = TokenCounts {
            input: after.input.saturating_sub(before.input),
            output: after.output.saturating_sub(before.output),
            cache_read: after.cache_read.saturating_sub(before.cache_read),
            cache_creation: 0,
        };
        let tokens = WindowTokens { main: Some(main), ..WindowTokens::default() };
        p.insert("coxswain_tokens".into(), json!(tokens));
    }
    emit(run, p);
    None
}

/// `PostToolUse`, or `PostToolUseFailure` for a non-zero exit code or a failed patch. The
/// output is `{"output","metadata":{"exit_code","duration_seconds"}}` as a JSON string (0.5x)
/// or plain text starting `Exit code: N` (0.7x).
fn post(
    ctx: &Context,
    id: &str,
    call: &Call,
    output: Option<&Value>,
    ts: Option<&str>,
) -> Map<String, Value> {
    let raw = match output {
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
        None => String::new(),
    };
    let structured: Option<Value> =
        serde_json::from_str::<Value>(&raw).ok().filter(Value::is_object);
    let meta = structured.as_ref().and_then(|s| s.get("metadata"));
    let number =
        |rest: &str| rest.split(|c: char| !c.is_ascii_digit() && c != '-').next()?.parse().ok();
    // `Exit code: N` first (0.7x), or a `Process exited with code N` line (unified exec, 0.1xx).
    let exit_code = meta.and_then(|m| m.get("exit_code")).and_then(Value::as_i64).or_else(|| {
        raw.strip_prefix("Exit code: ").and_then(number).or_else(|| {
            raw.lines()
                .take(8)
                .find_map(|l| l.strip_prefix("Process exited with code ").and_then(number))
        })
    });
    let text = structured
        .as_ref()
        .and_then(|s| str_of(s, "output"))
        .map(str::to_owned)
        .unwrap_or_else(|| raw.clone());
    let failed =
        exit_code.is_some_and(|c| c != 0) || raw.starts_with("apply_patch verification failed");
    let mut p = base(if failed { "PostToolUseFailure" } else { "PostToolUse" }, ctx, ts);
    insert_tool(&mut p, id, call);
    if failed {
        let error = match exit_code {
            Some(code) => format!("Exit code {code}\n{text}"),
            None => text,
        };
        p.insert("error".into(), json!(error));
        p.insert("is_interrupt".into(), json!(false));
    } else {
        p.insert(
            "tool_response".into(),
            json!({ "stdout": text, "stderr": "", "interrupted": false, "exit_code": exit_code }),
        );
    }
    let from_meta = meta
        .and_then(|m| m.get("duration_seconds"))
        .and_then(Value::as_f64)
        .map(|s| (s * 1000.0) as i64);
    let from_ts =
        match (call.timestamp.as_deref().and_then(timestamp_millis), ts.and_then(timestamp_millis))
        {
            (Some(a), Some(b)) => Some((b - a).max(0)),
            _ => None,
        };
    if let Some(ms) = from_meta.or(from_ts) {
        p.insert("duration_ms".into(), json!(ms));
    }
    p
}
