//! The typed events replay produces: the registry's [`HookEvent`] with what the live hook would
//! have known, fed straight to the [`Recorder`]. [`ReplayEvent::payload`] renders one as the
//! hook payload it stands for, for inspection and tests; recording never parses it back.

use serde_json::{Map, Value, json};

use crate::harness::{self, Harness, HookEvent};
use crate::recorder::{Action, Agent as CallAgent, Prompt, PromptEnd, RecordError, Recorder};
use crate::signals::action::ToolOutcome;
use crate::transcript::WindowTokens;

use super::payload::Context;

/// One replayed event.
#[derive(Clone, Debug, PartialEq)]
pub struct ReplayEvent {
    /// The harness whose transcript it came from (its recorder records it).
    pub harness: &'static Harness,
    /// What happened.
    pub kind: HookEvent,
    /// Session, transcript, prompt and agent it happened in.
    pub ctx: Context,
    /// The source line's RFC 3339 time.
    pub timestamp: Option<String>,
    /// What the event carries beyond its context.
    pub detail: Detail,
}

/// What an event carries beyond its context.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Detail {
    /// Nothing (SubagentStart, SubagentStop).
    #[default]
    Plain,
    /// SessionStart: `startup` or `resume`, and the session's model.
    Session {
        /// `startup` or `resume`.
        source: &'static str,
        /// The model, when the transcript names one.
        model: Option<String>,
    },
    /// A prompt.
    Prompt {
        /// The prompt's text.
        text: String,
        /// Its index in the session.
        index: u64,
        /// The harness version the transcript line names.
        harness_version: Option<String>,
        /// The previous window's text and tokens when it ended without Stop.
        previous: Option<(String, Option<WindowTokens>)>,
    },
    /// A tool call's start (`outcome: None`) or end.
    Tool {
        /// The call.
        call: ToolUse,
        /// How it ended.
        outcome: Option<Outcome>,
        /// Its duration, when known.
        duration_ms: Option<u64>,
    },
    /// Stop or StopFailure: the window's text and tokens.
    End {
        /// The main agent's text in the window.
        agent_text: String,
        /// The last assistant message.
        last_message: String,
        /// The window's tokens.
        tokens: Option<WindowTokens>,
    },
    /// A compaction and its trigger.
    Compact {
        /// `auto` or `manual`.
        trigger: String,
    },
    /// A subagent's end in its own file.
    SubagentEnd {
        /// The subagent's file.
        transcript: String,
        /// Its last message.
        last_message: String,
    },
    /// The transcript ended inside this window: its text and tokens.
    WindowText {
        /// The main agent's text in the window.
        agent_text: String,
        /// The window's tokens.
        tokens: Option<WindowTokens>,
    },
}

/// A tool call as its transcript names it.
#[derive(Clone, Debug, PartialEq)]
pub struct ToolUse {
    /// The tool-use id.
    pub id: String,
    /// The tool name.
    pub name: String,
    /// Its input.
    pub input: Value,
}

/// How a tool call ended.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    /// It returned this response.
    Succeeded(Value),
    /// It failed with this error text.
    Failed {
        /// The error text.
        error: String,
        /// The user interrupted it.
        interrupted: bool,
    },
}

/// `s` unless it is empty (as the live adapter reads payload fields).
fn non_empty(s: Option<&str>) -> Option<&str> {
    s.filter(|s| !s.is_empty())
}

/// The error class of a replayed StopFailure (transcripts do not say which).
const UNKNOWN_ERROR: &str = "unknown";

impl ReplayEvent {
    /// An event of `harness` with no detail yet.
    pub fn new(
        harness: &'static Harness,
        kind: HookEvent,
        ctx: &Context,
        timestamp: Option<&str>,
    ) -> ReplayEvent {
        ReplayEvent {
            harness,
            kind,
            ctx: ctx.clone(),
            timestamp: timestamp.map(str::to_owned),
            detail: Detail::Plain,
        }
    }

    /// With `detail`.
    pub fn with(mut self, detail: Detail) -> ReplayEvent {
        self.detail = detail;
        self
    }

    /// Records the event as the live hook would have; `now_ns` when the line had no time.
    pub fn record(&self, recorder: &Recorder, now_ns: u64) -> Result<(), RecordError> {
        let session = self.ctx.session_id.as_str();
        let at = self.timestamp.as_deref().and_then(crate::clock::parse_rfc3339).unwrap_or(now_ns);
        match (&self.detail, self.kind) {
            (Detail::Session { source, model }, _) => {
                recorder.session_start(session, at, Some(source), non_empty(model.as_deref()))
            }
            (Detail::Prompt { text, index, harness_version, previous }, _) => {
                let prompt = Prompt {
                    text,
                    prompt_id: non_empty(self.ctx.prompt_id.as_deref()),
                    transcript: None,
                    index: Some(*index),
                    previous_agent_text: previous.as_ref().map(|(t, _)| t.as_str()),
                    previous_tokens: previous.as_ref().and_then(|(_, t)| t.as_ref()),
                    harness_version: non_empty(harness_version.as_deref()),
                };
                recorder.prompt_submitted(session, at, prompt)
            }
            (Detail::Tool { call, outcome, duration_ms }, _) => {
                let action = Action {
                    tool_name: &call.name,
                    tool_use_id: Some(&call.id),
                    input: &call.input,
                    agent: self
                        .ctx
                        .agent
                        .as_ref()
                        .map(|a| CallAgent { id: &a.id, kind: a.kind.as_deref() }),
                };
                let outcome = match outcome {
                    None => return recorder.action_started(session, at, action),
                    Some(Outcome::Succeeded(response)) => ToolOutcome::Succeeded { response },
                    Some(Outcome::Failed { error, interrupted }) => {
                        ToolOutcome::Failed { error, interrupted: *interrupted }
                    }
                };
                recorder.action_finished(session, at, action, outcome, *duration_ms)
            }
            (Detail::End { agent_text, last_message, tokens }, kind) => {
                let end = PromptEnd {
                    agent_text: Some(agent_text.clone()),
                    tokens: tokens.clone(),
                    last_message: non_empty(Some(last_message)),
                    failure: (kind == HookEvent::StopFailed).then_some(UNKNOWN_ERROR),
                };
                recorder.prompt_stopped(session, at, end)
            }
            (Detail::Compact { .. }, _) => recorder.compacted(session, at),
            (Detail::WindowText { agent_text, tokens }, _) => {
                recorder.window_text(session, at, agent_text, tokens.as_ref())
            }
            // Replay counts a subagent's tokens itself; its start and end only move the time.
            (Detail::SubagentEnd { .. } | Detail::Plain, _) => {
                recorder.touch(session, at, &mut |_| {})
            }
        }
    }

    /// The hook payload this event stands for, in Claude Code's shape with replay's
    /// `coxswain_*` fields (for inspection and tests).
    pub fn payload(&self) -> Value {
        let name = match self.kind {
            HookEvent::WindowText => "CoxswainWindowText",
            kind => harness::claude_code::HARNESS
                .events
                .iter()
                .find(|(_, e)| *e == kind)
                .map_or("Unknown", |(n, _)| n),
        };
        let ctx = &self.ctx;
        let mut p = Map::new();
        p.insert("session_id".into(), json!(ctx.session_id));
        p.insert("transcript_path".into(), json!(ctx.transcript_path));
        if let Some(cwd) = &ctx.cwd {
            p.insert("cwd".into(), json!(cwd));
        }
        p.insert("hook_event_name".into(), json!(name));
        if let Some(id) = &ctx.prompt_id {
            p.insert("prompt_id".into(), json!(id));
        }
        if let Some(agent) = &ctx.agent {
            p.insert("agent_id".into(), json!(agent.id));
            if let Some(kind) = &agent.kind {
                p.insert("agent_type".into(), json!(kind));
            }
        }
        if let Some(ts) = &self.timestamp {
            p.insert("coxswain_timestamp".into(), json!(ts));
        }
        match &self.detail {
            Detail::Plain if self.kind == HookEvent::SubagentStopped => {
                p.insert("stop_hook_active".into(), json!(false));
            }
            Detail::Plain => {}
            Detail::Session { source, model } => {
                p.insert("source".into(), json!(source));
                if let Some(model) = model {
                    p.insert("model".into(), json!(model));
                }
            }
            Detail::Prompt { text, index, harness_version, previous } => {
                p.insert("prompt".into(), json!(text));
                p.insert("coxswain_prompt_index".into(), json!(index));
                if let Some(version) = harness_version {
                    p.insert("coxswain_harness_version".into(), json!(version));
                }
                if let Some((text, tokens)) = previous {
                    p.insert("coxswain_previous_agent_text".into(), json!(text));
                    p.insert("coxswain_previous_tokens".into(), json!(tokens));
                }
            }
            Detail::Tool { call, outcome, duration_ms } => {
                p.insert("tool_name".into(), json!(call.name));
                p.insert("tool_input".into(), call.input.clone());
                p.insert("tool_use_id".into(), json!(call.id));
                match outcome {
                    None => {}
                    Some(Outcome::Succeeded(response)) => {
                        p.insert("tool_response".into(), response.clone());
                    }
                    Some(Outcome::Failed { error, interrupted }) => {
                        p.insert("error".into(), json!(error));
                        p.insert("is_interrupt".into(), json!(interrupted));
                    }
                }
                if let Some(ms) = duration_ms {
                    p.insert("duration_ms".into(), json!(ms));
                }
            }
            Detail::End { agent_text, last_message, tokens } => {
                if self.kind == HookEvent::StopFailed {
                    p.insert("error".into(), json!(UNKNOWN_ERROR));
                } else {
                    p.insert("stop_hook_active".into(), json!(false));
                }
                p.insert("last_assistant_message".into(), json!(last_message));
                p.insert("coxswain_agent_text".into(), json!(agent_text));
                if let Some(tokens) = tokens {
                    p.insert("coxswain_tokens".into(), json!(tokens));
                }
            }
            Detail::Compact { trigger } => {
                p.insert("trigger".into(), json!(trigger));
            }
            Detail::SubagentEnd { transcript, last_message } => {
                p.insert("stop_hook_active".into(), json!(false));
                p.insert("agent_transcript_path".into(), json!(transcript));
                p.insert("last_assistant_message".into(), json!(last_message));
            }
            Detail::WindowText { agent_text, tokens } => {
                p.insert("coxswain_agent_text".into(), json!(agent_text));
                p.insert("coxswain_tokens".into(), json!(tokens));
            }
        }
        if self.harness.name != harness::claude_code::HARNESS.name {
            p.insert("coxswain_harness".into(), json!(self.harness.name));
        }
        Value::Object(p)
    }
}
