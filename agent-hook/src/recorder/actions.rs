//! Actions: a tool call's start and end become one `execute_tool` span under the open prompt,
//! with its signals, retry detection across the window, and subagent attribution.

use super::session::{HeldAction, OpenPrompt, PendingAction, SessionState};
use super::span::{SpanRecord, push};
use super::{RecordError, Recorder, captured_json, hex_id};
use crate::signals::action::{self, ToolOutcome};
use coxswain_proto::ids;
use coxswain_proto::telemetry::{action as act, gen_ai, span};
use serde_json::Value;

/// The subagent that made a call.
#[derive(Clone, Copy, Debug)]
pub struct Agent<'a> {
    /// Its id (`gen_ai.agent.id`).
    pub id: &'a str,
    /// Its type (`gen_ai.agent.name`), when known.
    pub kind: Option<&'a str>,
}

/// How a call met the permission system.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Permission {
    /// PermissionRequest: the user was asked.
    Requested,
    /// PermissionDenied: auto mode refused the call; it will never end.
    Denied,
}

/// What the harness has told, since the hook held a call, about how it ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HeldOutcome {
    /// Nothing yet: the call stays held, or counts as a success once its turn is over.
    Unknown,
    /// It succeeded.
    Succeeded,
    /// It failed, with this error text (`Exit code N\n...`, as a failure event would say).
    Failed(String),
}

/// One tool call, as the harness names it.
#[derive(Clone, Copy, Debug)]
pub struct Action<'a> {
    /// Tool name (`Bash`, `Edit`, `mcp__server__tool`).
    pub tool_name: &'a str,
    /// The harness's tool-use id, when it has one.
    pub tool_use_id: Option<&'a str>,
    /// The tool's input.
    pub input: &'a Value,
    /// Set when a subagent made the call.
    pub agent: Option<Agent<'a>>,
}

impl Recorder {
    /// PreToolUse: remembers the start (nothing is sent until the end).
    pub fn action_started(
        &self,
        session_id: &str,
        at_ns: u64,
        call: Action<'_>,
    ) -> Result<(), RecordError> {
        let hash = action::input_hash(call.tool_name, call.input);
        let file_extension = action::file_extension(call.input);
        self.step(session_id, &mut |state| {
            // Outside any prompt there is nothing to attach a start to; the end still counts.
            let Some(open) = state.open_prompt.as_mut() else {
                return Vec::new();
            };
            open.last_ns = open.last_ns.max(at_ns);
            let key = match call.tool_use_id {
                Some(id) => id.to_owned(),
                None => ordinal_key(open),
            };
            let retry = open.failed_inputs.contains(&hash);
            let pending = PendingAction {
                key: key.clone(),
                tool_name: call.tool_name.to_owned(),
                input_hash: hash.clone(),
                start_ns: at_ns,
                retry,
                tool_use_id: call.tool_use_id.map(str::to_owned),
                agent_id: call.agent.map(|a| a.id.to_owned()),
                agent_type: call.agent.and_then(|a| a.kind).map(str::to_owned),
                file_extension: file_extension.clone(),
                permission_asked: false,
            };
            open.pending.insert(key, pending);
            Vec::new()
        })
    }

    /// PostToolUse / PostToolUseFailure: the action's span.
    pub fn action_finished(
        &self,
        session_id: &str,
        at_ns: u64,
        call: Action<'_>,
        outcome: ToolOutcome<'_>,
        duration_ms: Option<u64>,
    ) -> Result<(), RecordError> {
        let hash = action::input_hash(call.tool_name, call.input);
        // Signals read the (possibly large) input and output outside the state lock.
        let signals = action::signals(call.tool_name, call.input, outcome);
        let arguments = self.settings.capture_content.then(|| captured_json(call.input));
        self.step(session_id, &mut |state| {
            let ended =
                Ended { at_ns, signals: &signals, duration_ms, arguments: arguments.clone() };
            vec![self.finish(session_id, state, call, &hash, ended)]
        })
    }

    /// Codex PostToolUse: the call returned, but whether it failed is written to the rollout
    /// only after the hook ran. Held in the session's state until [`Recorder::settle_held`]
    /// finds its outcome.
    pub fn action_held(&self, session_id: &str, held: HeldAction) -> Result<(), RecordError> {
        self.step(session_id, &mut |state| {
            if let Some(open) = state.open_prompt.as_mut() {
                open.last_ns = open.last_ns.max(held.at_ns);
            }
            state.held.push(held.clone());
            Vec::new()
        })
    }

    /// Settles held calls: `outcome_of` says, for each held call in order, what the harness
    /// has written about it since. Known ones become their action spans (ended when they
    /// returned); unknown ones stay held, unless `all` (the turn or session is over: see
    /// [`HeldOutcome::Unknown`]). Takes no lock and writes nothing when nothing is held.
    pub fn settle_held(
        &self,
        session_id: &str,
        all: bool,
        outcome_of: &mut dyn FnMut(&[HeldAction]) -> Vec<HeldOutcome>,
    ) -> Result<(), RecordError> {
        if self.store.glance(session_id).is_some_and(|s| s.held.is_empty()) {
            return Ok(());
        }
        self.step(session_id, &mut |state| {
            if state.held.is_empty() {
                return Vec::new();
            }
            let mut outcomes = outcome_of(&state.held);
            outcomes.resize_with(state.held.len(), || HeldOutcome::Unknown);
            let mut spans = Vec::new();
            for (held, outcome) in std::mem::take(&mut state.held).into_iter().zip(outcomes) {
                let error = match outcome {
                    HeldOutcome::Unknown if !all => {
                        state.held.push(held);
                        continue;
                    }
                    // The outcome never showed up before the turn ended: what the hook saw
                    // (the call returned) is all there is, so it counts as a success.
                    HeldOutcome::Unknown => {
                        tracing::debug!(call = held.tool_use_id, "Outcome never written; success.");
                        None
                    }
                    HeldOutcome::Succeeded => None,
                    HeldOutcome::Failed(error) => Some(error),
                };
                let tool_outcome = match &error {
                    None => ToolOutcome::Succeeded { response: &held.response },
                    Some(error) => ToolOutcome::Failed { error, interrupted: false },
                };
                let call = Action {
                    tool_name: &held.tool_name,
                    tool_use_id: Some(&held.tool_use_id),
                    input: &held.input,
                    agent: None,
                };
                let hash = action::input_hash(call.tool_name, call.input);
                let signals = action::signals(call.tool_name, call.input, tool_outcome);
                let arguments = self.settings.capture_content.then(|| captured_json(call.input));
                let ended = Ended {
                    at_ns: held.at_ns,
                    signals: &signals,
                    duration_ms: held.duration_ms,
                    arguments,
                };
                spans.push(self.finish(session_id, state, call, &hash, ended));
            }
            spans
        })
    }

    /// Ends a call in `state`: its pending start (if any) becomes its span.
    fn finish(
        &self,
        session_id: &str,
        state: &mut SessionState,
        call: Action<'_>,
        hash: &str,
        ended: Ended<'_>,
    ) -> SpanRecord {
        let Ended { at_ns, signals, duration_ms, arguments } = ended;
        let model_free = state.open_prompt.is_none();
        // Before the session's first prompt (a resumed or compacted transcript's head) an
        // action belongs to no prompt: never to a later one.
        let no_prompt = model_free && state.next_prompt_index == 0;
        let open = window(state);
        open.last_ns = open.last_ns.max(at_ns);
        let pending = match call.tool_use_id {
            Some(id) => open.pending.remove(id),
            None => {
                let found = open
                    .pending
                    .values()
                    .filter(|p| p.tool_name == call.tool_name && p.input_hash == hash)
                    .min_by_key(|p| p.start_ns)
                    .map(|p| p.key.clone());
                found.and_then(|k| open.pending.remove(&k))
            }
        };
        let start_ns = match (&pending, duration_ms) {
            (Some(p), _) => p.start_ns,
            (None, Some(ms)) => at_ns.saturating_sub(ms.saturating_mul(1_000_000)),
            (None, None) => at_ns,
        };
        let key = match (&pending, call.tool_use_id) {
            (Some(p), _) => p.key.clone(),
            (None, Some(id)) => id.to_owned(),
            (None, None) => ordinal_key(open),
        };
        let retry =
            pending.as_ref().map(|p| p.retry).unwrap_or_else(|| open.failed_inputs.contains(hash));
        if signals.failed() {
            open.failed_inputs.insert(hash.to_owned());
        }
        let index = open.index;
        let prompt_id = open.prompt_id.clone();
        if model_free {
            // The window was made up for an action outside any prompt: do not keep it open.
            state.orphan_ordinal += 1;
            state.open_prompt = None;
        }
        let done = Finished {
            prompt: (!no_prompt).then_some((index, prompt_id.as_deref())),
            key: &key,
            tool_name: call.tool_name,
            tool_use_id: call.tool_use_id,
            agent: call.agent.map(|a| (a.id, a.kind)),
            signals,
            retry,
            start_ns: start_ns.min(at_ns),
            end_ns: at_ns,
            arguments,
        };
        self.action_span(session_id, state, done)
    }

    /// A call met the permission system: remembered on its pending start, so a call that never
    /// ends after it counts as rejected rather than interrupted. A request (the user was asked)
    /// is also counted on the prompt; a denial (auto mode refused the call) is not.
    pub fn permission_for(
        &self,
        session_id: &str,
        at_ns: u64,
        call: Action<'_>,
        ask: Permission,
    ) -> Result<(), RecordError> {
        let (tool_name, input) = (call.tool_name, call.input);
        let hash = action::input_hash(tool_name, input);
        self.touch(session_id, at_ns, &mut |open| {
            if ask == Permission::Requested {
                open.permission_requests += 1;
            }
            for p in open
                .pending
                .values_mut()
                .filter(|p| p.tool_name == tool_name && p.input_hash == hash)
            {
                p.permission_asked = true;
            }
        })
    }

    /// Spans for calls that started and never ended when their window closes: rejected when
    /// the user was asked for permission, else interrupted (Claude Code sends no end for
    /// either). With `outcome_known` false (a replayed transcript that ends before the call's
    /// result) the call is an action whose outcome is unknown: neither failed nor evidence, as
    /// a reader of the file has no result to call a failure.
    pub(super) fn abandoned_actions(
        &self,
        session_id: &str,
        state: &SessionState,
        open: &OpenPrompt,
        at_ns: u64,
        outcome_known: bool,
    ) -> Vec<SpanRecord> {
        let mut pending: Vec<&PendingAction> = open.pending.values().collect();
        pending.sort_by(|a, b| (a.start_ns, &a.key).cmp(&(b.start_ns, &b.key)));
        pending
            .into_iter()
            .map(|p| {
                let rejected = outcome_known && p.permission_asked;
                let interrupted = outcome_known && !rejected;
                let signals = action::ActionSignals {
                    category: action::category(&p.tool_name),
                    error_type: outcome_known.then_some(if rejected {
                        "rejected"
                    } else {
                        "interrupted"
                    }),
                    rejected,
                    interrupted,
                    file_extension: p.file_extension.clone(),
                    ..action::ActionSignals::default()
                };
                let done = Finished {
                    prompt: Some((open.index, open.prompt_id.as_deref())),
                    key: &p.key,
                    tool_name: &p.tool_name,
                    tool_use_id: p.tool_use_id.as_deref(),
                    agent: p.agent_id.as_deref().map(|id| (id, p.agent_type.as_deref())),
                    signals: &signals,
                    retry: p.retry,
                    start_ns: p.start_ns,
                    end_ns: at_ns.max(p.start_ns),
                    arguments: None,
                };
                self.action_span(session_id, state, done)
            })
            .collect()
    }

    fn action_span(
        &self,
        session_id: &str,
        state: &SessionState,
        done: Finished<'_>,
    ) -> SpanRecord {
        let signals = done.signals;
        let mut a = self.common_attrs(session_id, done.prompt);
        push(&mut a, gen_ai::OPERATION_NAME, gen_ai::OP_EXECUTE_TOOL);
        push(&mut a, gen_ai::TOOL_NAME, done.tool_name);
        if let Some(id) = done.tool_use_id {
            push(&mut a, gen_ai::TOOL_CALL_ID, id);
        }
        push(&mut a, gen_ai::TOOL_TYPE, "function");
        if let Some((id, kind)) = done.agent {
            push(&mut a, gen_ai::AGENT_ID, id);
            if let Some(kind) = kind {
                push(&mut a, gen_ai::AGENT_NAME, kind);
            }
        }
        push(&mut a, act::CATEGORY, signals.category);
        if let Some(c) = &signals.command {
            push(&mut a, act::COMMAND_KIND, c.kind);
            if let Some(runner) = c.test_runner {
                push(&mut a, act::TEST_RUNNER, runner);
            }
        }
        if let Some(outcome) = signals.test_outcome {
            push(&mut a, act::TEST_OUTCOME, outcome);
        }
        push(&mut a, act::COMMIT, signals.commit);
        push(&mut a, act::FAILED, signals.failed());
        push(&mut a, act::RETRY, done.retry);
        push(&mut a, act::SUBAGENT, done.agent.is_some());
        if let Some(ext) = &signals.file_extension {
            push(&mut a, act::FILE_EXTENSION, ext.as_str());
        }
        if let Some(n) = signals.lines_added {
            push(&mut a, act::LINES_ADDED, n);
        }
        if let Some(n) = signals.lines_removed {
            push(&mut a, act::LINES_REMOVED, n);
        }
        push(&mut a, act::INTERRUPTED, signals.interrupted);
        push(&mut a, act::REJECTED, signals.rejected);
        if let Some(e) = signals.error_type {
            push(&mut a, gen_ai::ERROR_TYPE, e);
        }
        if let Some(args) = done.arguments {
            a.push((gen_ai::TOOL_CALL_ARGUMENTS.to_owned(), args));
        }
        // An action of no prompt lives in the session's trace, without a parent.
        let (trace_id, parent_span_id) = match done.prompt {
            Some((index, _)) => (
                ids::prompt_trace_id(session_id, index),
                Some(hex_id(&ids::prompt_span_id(session_id, index))),
            ),
            None => (ids::session_trace_id(session_id), None),
        };
        SpanRecord {
            trace_id: hex_id(&trace_id),
            span_id: hex_id(&ids::action_span_id(session_id, done.key)),
            parent_span_id,
            name: span::execute_tool(done.tool_name),
            start_ns: done.start_ns,
            end_ns: done.end_ns,
            attributes: a,
            error: signals.error_type.map(str::to_owned),
            resource: self.resource(state),
        }
    }
}

/// How a call ended: when, what its signals say, and its captured arguments.
struct Ended<'a> {
    at_ns: u64,
    signals: &'a action::ActionSignals,
    duration_ms: Option<u64>,
    arguments: Option<super::span::AttrValue>,
}

/// Everything an action span says, gathered.
struct Finished<'a> {
    /// Its prompt (index, harness prompt id); `None` before the session's first prompt.
    prompt: Option<(u64, Option<&'a str>)>,
    key: &'a str,
    tool_name: &'a str,
    tool_use_id: Option<&'a str>,
    agent: Option<(&'a str, Option<&'a str>)>,
    signals: &'a action::ActionSignals,
    retry: bool,
    start_ns: u64,
    end_ns: u64,
    arguments: Option<super::span::AttrValue>,
}

/// The open window, or — for an action outside any (an event before the first prompt the hook
/// saw, or after Stop) — a stand-in for the latest prompt, so the action is still counted.
fn window(state: &mut SessionState) -> &mut OpenPrompt {
    let index = state.next_prompt_index.saturating_sub(1);
    let orphans = state.orphan_ordinal;
    state.open_prompt.get_or_insert_with(|| OpenPrompt {
        index,
        // Orphan ordinals continue across stand-ins so their keys stay unique.
        action_count: 1_000_000 + orphans,
        ..OpenPrompt::default()
    })
}

/// `p{prompt}-a{ordinal}` for harnesses without tool-use ids.
fn ordinal_key(open: &mut OpenPrompt) -> String {
    let key = format!("p{}-a{}", open.index, open.action_count);
    open.action_count += 1;
    key
}
