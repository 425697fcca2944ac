//! OpenAI Codex CLI rollouts (`rollout-*.jsonl`) as typed replay events of the `codex` harness.
//!
//! `session_meta` starts the session; `event_msg/user_message` is a prompt; `function_call` and
//! `custom_tool_call` (`apply_patch`) are actions, closed by their `*_output` (a non-zero exit
//! code, or a failed patch, is a `PostToolUseFailure`); `event_msg/agent_message` is the agent's
//! text; `event_msg/turn_aborted` interrupts the turn; a turn's tokens are the growth of
//! `token_count`'s `total_token_usage`.

use std::collections::HashMap;
use std::path::Path;

use serde_json::{Value, json};

use crate::harness::HookEvent;
use crate::harness::codex::{HARNESS, call_output, counts, item_text, message_item};
use crate::transcript::line::timestamp_millis;
use crate::transcript::{TokenCounts, WindowTokens};

use super::event::{Detail, Outcome, ReplayEvent, ToolUse};
use super::payload::Context;
use super::read_lines;
use super::run::Run;

struct Call {
    name: String,
    input: Value,
    timestamp: Option<String>,
}

struct Turn {
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
                    let detail = Detail::Session { source: "startup", model: model.clone() };
                    run.emit(event(HookEvent::SessionStart, &ctx, ts).with(detail));
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
                    let detail =
                        Detail::Tool { call: call.tool_use(id), outcome: None, duration_ms: None };
                    run.emit(event(HookEvent::ToolStarted, &ctx, ts).with(detail));
                    calls.insert(id.to_owned(), call);
                }
                "function_call_output" | "custom_tool_call_output" => {
                    let Some(id) = str_of(payload, "call_id") else {
                        continue;
                    };
                    let Some(call) = calls.remove(id) else {
                        continue;
                    };
                    run.emit(post(&ctx, id, &call, payload.get("output"), ts));
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
    let detail = Detail::Prompt {
        text: text.to_owned(),
        index: index as u64,
        harness_version: None,
        previous: unfinished.map(|text| (text, None)),
    };
    run.emit(event(HookEvent::PromptSubmitted, ctx, ts).with(detail));
    run.summary.prompts += 1;
    Turn {
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

fn event(kind: HookEvent, ctx: &Context, ts: Option<&str>) -> ReplayEvent {
    ReplayEvent::new(&HARNESS, kind, ctx, ts)
}

impl Call {
    fn tool_use(&self, id: &str) -> ToolUse {
        ToolUse { id: id.to_owned(), name: self.name.clone(), input: self.input.clone() }
    }
}

/// Stop when the turn ended on its own (not aborted, every call answered); otherwise returns
/// the turn's text for the next prompt's `coxswain_previous_agent_text`.
fn close(run: &mut Run<'_>, ctx: &Context, turn: Option<Turn>, pending: bool) -> Option<String> {
    let turn = turn?;
    let text = turn.texts.join("\n\n");
    if turn.aborted || pending {
        return Some(text);
    }
    let tokens = turn.tokens_after.map(|after| {
        let before = turn.tokens_before;
        let main = TokenCounts {
            input: after.input.saturating_sub(before.input),
            output: after.output.saturating_sub(before.output),
            cache_read: after.cache_read.saturating_sub(before.cache_read),
            cache_creation: 0,
        };
        WindowTokens { main: Some(main), ..WindowTokens::default() }
    });
    let detail = Detail::End {
        agent_text: text,
        last_message: turn.texts.last().cloned().unwrap_or_default(),
        tokens,
    };
    run.emit(event(HookEvent::Stopped, ctx, turn.last_timestamp.as_deref()).with(detail));
    None
}

/// `PostToolUse`, or `PostToolUseFailure` for a non-zero exit code or a failed patch (the
/// output is read by [`call_output`], as the live hook reads it).
fn post(
    ctx: &Context,
    id: &str,
    call: &Call,
    output: Option<&Value>,
    ts: Option<&str>,
) -> ReplayEvent {
    let out = call_output(output);
    let (kind, outcome) = match out.error() {
        Some(error) => (HookEvent::ToolFailed, Outcome::Failed { error, interrupted: false }),
        None => {
            let response = json!({
                "stdout": out.text, "stderr": "", "interrupted": false, "exit_code": out.exit_code
            });
            (HookEvent::ToolFinished, Outcome::Succeeded(response))
        }
    };
    let from_ts =
        match (call.timestamp.as_deref().and_then(timestamp_millis), ts.and_then(timestamp_millis))
        {
            (Some(a), Some(b)) => Some((b - a).max(0) as u64),
            _ => None,
        };
    let duration_ms = out.duration_ms.or(from_ts);
    let detail = Detail::Tool { call: call.tool_use(id), outcome: Some(outcome), duration_ms };
    event(kind, ctx, ts).with(detail)
}
