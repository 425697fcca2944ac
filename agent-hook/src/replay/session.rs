//! One main transcript, line by line, into hook payloads in the order the live hook saw them.
//!
//! Windows follow file order: a prompt's window is every line of the prompt's session after it
//! up to the next prompt line (of any session) or the end of the file. Every line counts under
//! the session its own `sessionId` names: a resumed session's file (1.0.x) copies the earlier
//! session's conversation, its human prompts still under the earlier id but the agent's lines
//! re-recorded under the resumed one, so a line of another session than the open prompt's is
//! not that prompt's. Such lines, and lines before the file's first prompt, carry their own
//! session id and no prompt: the recorder gives them to that session's last prompt when one
//! was seen before in the run, else to no prompt (a resumed or compacted file begins with the
//! end of a turn it did not see start). A tool call or human prompt line the run already
//! replayed (a copy of an earlier file's line) counts once; a copied prompt ends the open window.
//! Prompt indexes and session starts are the run's, so a session continued in a later file
//! (files are replayed in order of their first timestamp) keeps counting.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use serde_json::Value;

use crate::harness::{HookEvent, claude_code};

use crate::transcript::entry::{
    self, KNOWN_TYPES, blocks, is_sidechain, kind, text_field, tool_results,
};
use crate::transcript::usage::WindowUsage;
use crate::transcript::{AgentText, TokenCounts, WindowTokens};

use super::event::{Detail, ReplayEvent};
use super::payload::{Agent, Context, ToolCall};
use super::read_lines;
use super::run::Run;
use super::subagent;

/// The prompt whose window is open.
struct Window {
    ctx: Context,
    text: AgentText,
    usage: WindowUsage,
    /// Tokens of the subagent files replayed inside the window.
    subagent_files: Option<TokenCounts>,
    interrupted: bool,
    api_error: bool,
    unresolved: HashSet<String>,
    last_timestamp: Option<String>,
}

/// Per-file state.
struct FileReplay<'r, 'a> {
    run: &'r mut Run<'a>,
    transcript_path: String,
    started: Vec<String>,
    models: HashMap<String, String>,
    window: Option<Window>,
    pending: HashMap<String, ToolCall>,
    announced: HashSet<String>,
    /// Open Agent/Task calls, for the older inline sidechain layout.
    open_tasks: Vec<String>,
    inline_started: HashSet<String>,
    /// An unfinished window's text and tokens, handed to the next prompt of its session.
    previous: Option<(String, WindowTokens)>,
}

impl Window {
    fn tokens(&self) -> WindowTokens {
        let mut tokens = self.usage.tokens();
        tokens.add_subagents(self.subagent_files);
        tokens
    }
}

/// Replays one main transcript.
pub fn replay_file(run: &mut Run<'_>, path: &Path) {
    let lines = read_lines(path, &mut run.summary);
    let mut models = HashMap::new();
    for line in lines.iter().flatten() {
        if kind(line) != Some("assistant") || is_sidechain(line) {
            continue;
        }
        let model = line.get("message").and_then(|m| m.get("model")).and_then(Value::as_str);
        if let (Some(sid), Some(model)) = (text_field(line, "sessionId"), model)
            && model != "<synthetic>"
        {
            models.entry(sid.to_owned()).or_insert_with(|| model.to_owned());
        }
    }
    let announced = std::mem::take(&mut run.announced);
    let mut file = FileReplay {
        run,
        transcript_path: path.display().to_string(),
        started: Vec::new(),
        models,
        window: None,
        pending: HashMap::new(),
        announced,
        open_tasks: Vec::new(),
        inline_started: HashSet::new(),
        previous: None,
    };
    for line in lines.iter().flatten() {
        file.line(line);
    }
    file.close_window(None);
    file.run.announced = file.announced;
}

impl FileReplay<'_, '_> {
    fn line(&mut self, line: &Value) {
        match kind(line) {
            Some("user") => self.user(line),
            Some("assistant") => self.assistant(line),
            Some("system") if text_field(line, "subtype") == Some("compact_boundary") => {
                self.compaction(line)
            }
            Some(k) if KNOWN_TYPES.contains(&k) => {}
            _ => self.run.summary.bad_lines += 1,
        }
    }

    /// The open window, when `line` belongs to it: same session (a line without a session id
    /// is the window's).
    fn own_window(&mut self, line: &Value) -> Option<&mut Window> {
        let session = text_field(line, "sessionId");
        self.window.as_mut().filter(|w| session.is_none_or(|s| s == w.ctx.session_id))
    }

    /// The context for a line: its window's, else the line's own session with no prompt.
    fn context(&mut self, line: &Value) -> Context {
        let mut ctx = match self.own_window(line) {
            Some(w) => w.ctx.clone(),
            None => Context {
                session_id: text_field(line, "sessionId").unwrap_or("unknown").to_owned(),
                transcript_path: self.transcript_path.clone(),
                ..Context::default()
            },
        };
        if let Some(cwd) = text_field(line, "cwd") {
            ctx.cwd = Some(cwd.to_owned());
        }
        self.start_session(&ctx, text_field(line, "timestamp"));
        ctx
    }

    fn start_session(&mut self, ctx: &Context, timestamp: Option<&str>) {
        if self.started.contains(&ctx.session_id) {
            return;
        }
        let source = if self.started.is_empty() { "startup" } else { "resume" };
        self.started.push(ctx.session_id.clone());
        // A session an earlier file of the run started goes on (a compaction's new file).
        if !self.run.see_session(&ctx.session_id) {
            return;
        }
        let mut ctx = ctx.clone();
        ctx.prompt_id = None;
        ctx.agent = None;
        let model = self.models.get(&ctx.session_id).cloned();
        let event = event(HookEvent::SessionStart, &ctx, timestamp);
        self.run.emit(event.with(Detail::Session { source, model }));
    }

    fn user(&mut self, line: &Value) {
        if let Some(prompt) = entry::prompt_text(line) {
            return self.prompt(line, prompt);
        }
        if entry::is_interrupt_marker(line) && !is_sidechain(line) {
            if let Some(w) = self.own_window(line) {
                w.interrupted = true;
            }
            return;
        }
        let results = tool_results(line);
        let single = results.len() == 1;
        for result in results {
            let Some(id) = result.get("tool_use_id").and_then(Value::as_str) else {
                continue;
            };
            let Some(call) = self.pending.remove(id).or_else(|| self.headless_call(id, line))
            else {
                continue;
            };
            if call.launches_agent() {
                self.finish_subagent(&call, line);
            }
            let post = call.post(result, line, single);
            self.run.emit(post);
            if let Some(w) = self.window.as_mut() {
                w.unresolved.remove(id);
                if call.ctx.agent.is_none() && call.ctx.session_id == w.ctx.session_id {
                    w.last_timestamp = text_field(line, "timestamp").map(str::to_owned);
                }
            }
        }
    }

    /// The call of a result outside any window of its session whose `tool_use` is not in the
    /// run (a file that begins after a compaction starts with the result of a call it does not
    /// hold): the result still counts, once, as an action of no prompt with an unknown tool.
    fn headless_call(&mut self, id: &str, line: &Value) -> Option<ToolCall> {
        if is_sidechain(line) || self.own_window(line).is_some() {
            return None;
        }
        if !self.announced.insert(id.to_owned()) {
            return None;
        }
        let timestamp = text_field(line, "timestamp").map(str::to_owned);
        let ctx = self.context(line);
        Some(ToolCall {
            id: id.to_owned(),
            name: "unknown".to_owned(),
            input: Value::Null,
            timestamp,
            ctx,
        })
    }

    fn prompt(&mut self, line: &Value, prompt: String) {
        let session_id = text_field(line, "sessionId").unwrap_or("unknown").to_owned();
        // A resumed file copies the earlier session's prompt lines as they were (id, time):
        // replayed from the earlier file already, they count once.
        if let Some(uuid) = text_field(line, "uuid")
            && !self.run.see_prompt_line(&session_id, uuid)
        {
            self.close_window(None);
            return;
        }
        self.close_window(Some(&session_id));
        let ctx = Context {
            session_id: session_id.clone(),
            transcript_path: self.transcript_path.clone(),
            cwd: text_field(line, "cwd").map(str::to_owned),
            prompt_id: text_field(line, "promptId").map(str::to_owned),
            agent: None,
        };
        let timestamp = text_field(line, "timestamp");
        self.start_session(&ctx, timestamp);
        let index = self.run.next_prompt_index(&session_id);
        let detail = Detail::Prompt {
            text: prompt,
            index,
            harness_version: text_field(line, "version").map(str::to_owned),
            previous: self.previous.take().map(|(text, tokens)| (text, Some(tokens))),
        };
        self.run.summary.prompts += 1;
        self.run.emit(event(HookEvent::PromptSubmitted, &ctx, timestamp).with(detail));
        self.window = Some(Window {
            ctx,
            text: AgentText::default(),
            usage: WindowUsage::default(),
            subagent_files: None,
            interrupted: false,
            api_error: false,
            unresolved: HashSet::new(),
            last_timestamp: timestamp.map(str::to_owned),
        });
    }

    /// Ends the open window: Stop when the turn finished, StopFailure after an API error,
    /// nothing when it was interrupted or a tool call never got its result: then the next
    /// prompt of the same session (`next_session`) carries the unfinished window's text and
    /// tokens, or else a `CoxswainWindowText` event hands them over now.
    fn close_window(&mut self, next_session: Option<&str>) {
        let Some(w) = self.window.take() else { return };
        let finished = !w.interrupted && w.unresolved.is_empty();
        if !finished {
            if next_session == Some(w.ctx.session_id.as_str()) {
                self.previous = Some((w.text.text(), w.tokens()));
            } else {
                // No later prompt of this session will carry this window's text: hand it over
                // now, so the window's words count when the replay closes it (as the live hook
                // would read them from the transcript at SessionEnd).
                let detail =
                    Detail::WindowText { agent_text: w.text.text(), tokens: Some(w.tokens()) };
                let event = event(HookEvent::WindowText, &w.ctx, w.last_timestamp.as_deref());
                self.run.emit(event.with(detail));
            }
            return;
        }
        let kind = if w.api_error { HookEvent::StopFailed } else { HookEvent::Stopped };
        let detail = Detail::End {
            agent_text: w.text.text(),
            last_message: w.text.last().unwrap_or_default().to_owned(),
            tokens: Some(w.tokens()),
        };
        self.run.emit(event(kind, &w.ctx, w.last_timestamp.as_deref()).with(detail));
    }

    fn assistant(&mut self, line: &Value) {
        let timestamp = text_field(line, "timestamp");
        if is_sidechain(line) {
            return self.inline_subagent(line);
        }
        if let Some(w) = self.own_window(line) {
            w.text.add_line(line);
            w.usage.add_line(line);
            w.last_timestamp = timestamp.map(str::to_owned);
            w.api_error = entry::flag(line, "isApiErrorMessage");
        }
        let ctx = self.context(line);
        for block in blocks(line) {
            if block.get("type").and_then(Value::as_str) != Some("tool_use") {
                continue;
            }
            let Some(call) = ToolCall::from_block(block, timestamp, &ctx) else {
                continue;
            };
            if !self.announced.insert(call.id.clone()) {
                continue;
            }
            if let Some(w) = self.window.as_mut().filter(|w| w.ctx.session_id == ctx.session_id) {
                w.unresolved.insert(call.id.clone());
            }
            if call.launches_agent() {
                self.open_tasks.push(call.id.clone());
            }
            self.run.emit(call.pre());
            self.pending.insert(call.id.clone(), call);
        }
    }

    /// A sidechain assistant line in the main file (older layout): its tool calls belong to the
    /// Agent/Task call that is open, whose tool-use id serves as the agent id.
    fn inline_subagent(&mut self, line: &Value) {
        let timestamp = text_field(line, "timestamp");
        if let Some(w) = self.own_window(line) {
            w.usage.add_line(line);
        }
        let mut ctx = self.context(line);
        let task = self.open_tasks.last().and_then(|id| self.pending.get(id)).cloned();
        let agent = Agent {
            id: task.as_ref().map_or_else(|| "sidechain".to_owned(), |t| t.id.clone()),
            kind: task.as_ref().and_then(|t| {
                t.input.get("subagent_type").and_then(Value::as_str).map(str::to_owned)
            }),
        };
        if self.inline_started.insert(agent.id.clone()) {
            let mut start_ctx = ctx.clone();
            start_ctx.agent = Some(agent.clone());
            self.run.emit(event(HookEvent::SubagentStarted, &start_ctx, timestamp));
        }
        ctx.agent = Some(agent);
        for block in blocks(line) {
            if block.get("type").and_then(Value::as_str) != Some("tool_use") {
                continue;
            }
            let Some(call) = ToolCall::from_block(block, timestamp, &ctx) else {
                continue;
            };
            if self.announced.insert(call.id.clone()) {
                self.run.emit(call.pre());
                self.pending.insert(call.id.clone(), call);
            }
        }
    }

    /// Before an Agent/Task call's result: the subagent's own file (2.1.x layout), or the
    /// SubagentStop of an inline sidechain.
    fn finish_subagent(&mut self, call: &ToolCall, line: &Value) {
        self.open_tasks.retain(|id| id != &call.id);
        let result = line.get("toolUseResult");
        let named =
            result.and_then(|r| r.get("agentId")).and_then(Value::as_str).map(str::to_owned);
        // A rejected or interrupted call names no agent: find the file by the task it was given.
        let agent_id = named.filter(|id| self.run.subagents.contains_key(id)).or_else(|| {
            let prompt = call.input.get("prompt").and_then(Value::as_str)?;
            let found =
                self.run.subagents.iter().find(|(_, f)| f.first_prompt.as_deref() == Some(prompt));
            found.map(|(id, _)| id.clone())
        });
        let agent_id = agent_id.as_deref();
        if let Some(file) = agent_id.and_then(|id| self.run.subagents.remove(id)) {
            let kind = file
                .agent_type
                .clone()
                .or_else(|| {
                    result
                        .and_then(|r| r.get("agentType"))
                        .and_then(Value::as_str)
                        .map(str::to_owned)
                })
                .or_else(|| {
                    call.input.get("subagent_type").and_then(Value::as_str).map(str::to_owned)
                });
            let mut ctx = call.ctx.clone();
            ctx.agent = Some(Agent { id: agent_id.unwrap_or_default().to_owned(), kind });
            let used = subagent::replay(self.run, &file.path, &ctx, &mut self.announced);
            if let Some(w) = self.window.as_mut().filter(|w| w.ctx.session_id == ctx.session_id) {
                w.subagent_files = Some(w.subagent_files.unwrap_or_default().plus(used));
            }
        } else if self.inline_started.contains(&call.id) {
            let mut ctx = call.ctx.clone();
            ctx.agent = Some(Agent {
                id: call.id.clone(),
                kind: call.input.get("subagent_type").and_then(Value::as_str).map(str::to_owned),
            });
            self.run.emit(event(HookEvent::SubagentStopped, &ctx, text_field(line, "timestamp")));
        }
    }

    fn compaction(&mut self, line: &Value) {
        let ctx = self.context(line);
        let trigger = line
            .get("compactMetadata")
            .and_then(|m| m.get("trigger"))
            .and_then(Value::as_str)
            .unwrap_or("auto");
        let detail = Detail::Compact { trigger: trigger.to_owned() };
        self.run
            .emit(event(HookEvent::PreCompact, &ctx, text_field(line, "timestamp")).with(detail));
    }
}

/// A Claude Code event with no detail yet.
fn event(kind: HookEvent, ctx: &Context, timestamp: Option<&str>) -> ReplayEvent {
    ReplayEvent::new(&claude_code::HARNESS, kind, ctx, timestamp)
}
