//! Prompt windows and sessions: a prompt opens at submit and closes at Stop / StopFailure, the
//! next prompt, or the session's end; session start and end are zero-length spans.

use super::session::{OpenPrompt, SessionState};
use super::span::{Attrs, SpanRecord, push};
use super::{RecordError, Recorder, captured, hex_id};
use crate::signals::prompt::{PromptFeatures, agent_corrects_user};
use crate::transcript::{TokenCounts, WindowTokens, read_window};
use coxswain_proto::ids;
use coxswain_proto::telemetry::{end_reason, gen_ai, prompt as p, session, span, subagent};
use std::path::Path;

/// A submitted prompt.
#[derive(Clone, Copy, Debug, Default)]
pub struct Prompt<'a> {
    /// The prompt text (features are computed here; the text is kept only under opt-in).
    pub text: &'a str,
    /// The harness's prompt id, when it has one.
    pub prompt_id: Option<&'a str>,
    /// Transcript file and its length at submit: the agent's words are read from there on.
    pub transcript: Option<(&'a str, u64)>,
    /// The prompt's index when the caller knows it (replay); else the session's next.
    pub index: Option<u64>,
    /// The agent's text of the window this prompt closes, when the caller has it (replay).
    pub previous_agent_text: Option<&'a str>,
    /// The tokens of the window this prompt closes, when the caller has them (replay).
    pub previous_tokens: Option<&'a WindowTokens>,
    /// The harness's version, when the caller knows it (replay reads the prompt line's).
    pub harness_version: Option<&'a str>,
}

/// How a prompt's window ended normally (Stop) or on an API error (StopFailure).
#[derive(Clone, Debug, Default)]
pub struct PromptEnd<'a> {
    /// The agent's text in the window, when the caller has it (replay does).
    pub agent_text: Option<String>,
    /// The window's tokens and model, when the caller has them (replay does).
    pub tokens: Option<WindowTokens>,
    /// The harness's final reply (fallback, and completes a lagging transcript).
    pub last_message: Option<&'a str>,
    /// `Some(error class)` for StopFailure.
    pub failure: Option<&'a str>,
}

impl Recorder {
    /// SessionStart: a zero-length `coxswain.session.start` span.
    pub fn session_start(
        &self,
        session_id: &str,
        at_ns: u64,
        source: Option<&str>,
        model: Option<&str>,
    ) -> Result<(), RecordError> {
        self.step(session_id, &mut |state| {
            if let Some(m) = model {
                state.model = Some(m.to_owned());
            }
            let mut a = self.common_attrs(session_id, None);
            push(&mut a, session::START_SOURCE, source.unwrap_or("startup"));
            if let Some(m) = &state.model {
                push(&mut a, gen_ai::REQUEST_MODEL, m.as_str());
            }
            vec![self.session_span(session_id, "start", span::SESSION_START, at_ns, a, state)]
        })
    }

    /// UserPromptSubmit: closes any open window (`next_prompt`) and opens this prompt's.
    pub fn prompt_submitted(
        &self,
        session_id: &str,
        at_ns: u64,
        prompt: Prompt<'_>,
    ) -> Result<(), RecordError> {
        // Features are computed outside the state lock: they only need the text.
        let features = PromptFeatures::of(prompt.text);
        let mut attributes = feature_attrs(&features);
        if self.settings.capture_content {
            attributes.push((gen_ai::INPUT_MESSAGES.to_owned(), captured(prompt.text)));
        }
        self.step(session_id, &mut |state| {
            let mut spans = Vec::new();
            if let Some(open) = state.open_prompt.take() {
                let end = PromptEnd {
                    agent_text: prompt.previous_agent_text.map(str::to_owned),
                    tokens: prompt.previous_tokens.cloned(),
                    ..PromptEnd::default()
                };
                spans.extend(self.close(
                    session_id,
                    state,
                    open,
                    at_ns,
                    end_reason::NEXT_PROMPT,
                    end,
                ));
            }
            if let Some(version) = prompt.harness_version {
                state.harness_version = Some(version.to_owned());
            }
            let index = prompt.index.unwrap_or(state.next_prompt_index);
            state.next_prompt_index = state.next_prompt_index.max(index + 1);
            state.open_prompt = Some(OpenPrompt {
                index,
                prompt_id: prompt.prompt_id.map(str::to_owned),
                start_ns: at_ns,
                last_ns: at_ns,
                attributes: attributes.clone(),
                transcript: prompt.transcript.map(|(path, off)| (path.to_owned(), off)),
                ..OpenPrompt::default()
            });
            spans
        })
    }

    /// Stop or StopFailure: closes the open window.
    pub fn prompt_stopped(
        &self,
        session_id: &str,
        at_ns: u64,
        end: PromptEnd<'_>,
    ) -> Result<(), RecordError> {
        self.step(session_id, &mut |state| match state.open_prompt.take() {
            Some(open) => {
                let reason =
                    if end.failure.is_some() { end_reason::STOP_FAILURE } else { end_reason::STOP };
                self.close(session_id, state, open, at_ns, reason, end.clone())
            }
            None => Vec::new(),
        })
    }

    /// PermissionRequest: counted on the open prompt.
    pub fn permission_requested(&self, session_id: &str, at_ns: u64) -> Result<(), RecordError> {
        self.touch(session_id, at_ns, &mut |open| open.permission_requests += 1)
    }

    /// PreCompact: counted on the open prompt.
    pub fn compacted(&self, session_id: &str, at_ns: u64) -> Result<(), RecordError> {
        self.touch(session_id, at_ns, &mut |open| open.compactions += 1)
    }

    /// The open window's agent text and tokens, known before the window closes (a replayed
    /// transcript that ends mid-turn): the window's root span counts them when it closes.
    pub fn window_text(
        &self,
        session_id: &str,
        at_ns: u64,
        text: &str,
        tokens: Option<&WindowTokens>,
    ) -> Result<(), RecordError> {
        self.touch(session_id, at_ns, &mut |open| {
            open.agent_text = Some(text.to_owned());
            if let Some(tokens) = tokens {
                open.tokens = Some(tokens.clone());
            }
        })
    }

    /// A subagent finished (live): its own transcript's tokens count on the open prompt.
    pub fn subagent_tokens(
        &self,
        session_id: &str,
        at_ns: u64,
        tokens: Option<TokenCounts>,
    ) -> Result<(), RecordError> {
        self.touch(session_id, at_ns, &mut |open| {
            if let Some(more) = tokens {
                open.subagent_tokens = Some(open.subagent_tokens.unwrap_or_default().plus(more));
            }
        })
    }

    /// Any other event inside the window: only moves its last-seen time.
    pub fn touch(
        &self,
        session_id: &str,
        at_ns: u64,
        f: &mut dyn FnMut(&mut OpenPrompt),
    ) -> Result<(), RecordError> {
        self.step(session_id, &mut |state| {
            if let Some(open) = state.open_prompt.as_mut() {
                open.last_ns = open.last_ns.max(at_ns);
                f(open);
            }
            Vec::new()
        })
    }

    /// SessionEnd: closes the open window (`session_end`) and sends `coxswain.session.end`.
    pub fn session_end(
        &self,
        session_id: &str,
        at_ns: u64,
        reason: Option<&str>,
    ) -> Result<(), RecordError> {
        self.step(session_id, &mut |state| {
            let mut spans = Vec::new();
            if let Some(open) = state.open_prompt.take() {
                spans.extend(self.close(
                    session_id,
                    state,
                    open,
                    at_ns,
                    end_reason::SESSION_END,
                    PromptEnd::default(),
                ));
            }
            let mut a = self.common_attrs(session_id, None);
            push(&mut a, session::END_REASON, reason.unwrap_or("other"));
            spans.push(self.session_span(session_id, "end", span::SESSION_END, at_ns, a, state));
            spans
        })
    }

    /// Closes every window still open (end of a replay: the transcript ended without a Stop),
    /// at the window's last event, as `session_end`.
    pub fn close_open_prompts(&self) -> Result<(), RecordError> {
        for session_id in self.store.sessions() {
            self.step(&session_id, &mut |state| match state.open_prompt.take() {
                Some(mut open) => {
                    let at = open.last_ns;
                    // The file ends before these calls' results: their outcome is unknown, not
                    // an interruption (an interrupted call has its result in the file).
                    let mut spans = self.abandoned_actions(&session_id, state, &open, at, false);
                    open.pending.clear();
                    spans.extend(self.close(
                        &session_id,
                        state,
                        open,
                        at,
                        end_reason::SESSION_END,
                        PromptEnd::default(),
                    ));
                    spans
                }
                None => Vec::new(),
            })?;
        }
        Ok(())
    }

    fn session_span(
        &self,
        session_id: &str,
        which: &str,
        name: &str,
        at_ns: u64,
        attributes: Attrs,
        state: &SessionState,
    ) -> SpanRecord {
        SpanRecord {
            trace_id: hex_id(&ids::session_trace_id(session_id)),
            span_id: hex_id(&ids::session_span_id(session_id, which)),
            parent_span_id: None,
            name: name.to_owned(),
            start_ns: at_ns,
            end_ns: at_ns,
            attributes,
            error: None,
            resource: self.resource(state),
        }
    }

    /// The spans of a closing window: calls that never ended, then the root.
    fn close(
        &self,
        session_id: &str,
        state: &mut SessionState,
        open: OpenPrompt,
        at_ns: u64,
        reason: &str,
        end: PromptEnd<'_>,
    ) -> Vec<SpanRecord> {
        let mut spans = self.abandoned_actions(session_id, state, &open, at_ns, true);
        let mut a = self.common_attrs(session_id, Some((open.index, open.prompt_id.as_deref())));
        push(&mut a, gen_ai::OPERATION_NAME, gen_ai::OP_INVOKE_AGENT);
        push(&mut a, gen_ai::AGENT_NAME, self.settings.agent_name.as_str());
        push(&mut a, gen_ai::PROVIDER_NAME, self.settings.provider.as_str());
        if let Some(m) = &state.model {
            push(&mut a, gen_ai::REQUEST_MODEL, m.as_str());
        }
        let (captured_prompt, features): (Vec<_>, Vec<_>) =
            open.attributes.into_iter().partition(|(k, _)| k == gen_ai::INPUT_MESSAGES);
        a.extend(features);
        let given =
            Given { text: end.agent_text.or(open.agent_text), tokens: end.tokens.or(open.tokens) };
        let window = window_of(open.transcript.as_ref(), given, end.last_message);
        if let Some(version) = window.harness_version {
            state.harness_version = Some(version);
        }
        let resource = self.resource(state);
        let mut tokens = window.tokens;
        tokens.add_subagents(open.subagent_tokens);
        let text = window.text;
        push(&mut a, p::OUTPUT_WORDS, text.split_whitespace().count());
        push(&mut a, p::AGENT_CORRECTS_USER, agent_corrects_user(&text));
        push(&mut a, p::END_REASON, reason);
        push(&mut a, p::PERMISSION_REQUESTS, open.permission_requests);
        push(&mut a, p::COMPACTIONS, open.compactions);
        token_attrs(&mut a, &tokens);
        if let Some(error) = end.failure {
            push(&mut a, gen_ai::ERROR_TYPE, error);
        }
        a.extend(captured_prompt);
        spans.push(SpanRecord {
            trace_id: hex_id(&ids::prompt_trace_id(session_id, open.index)),
            span_id: hex_id(&ids::prompt_span_id(session_id, open.index)),
            parent_span_id: None,
            name: span::invoke_agent(&self.settings.agent_name),
            start_ns: open.start_ns,
            end_ns: at_ns.max(open.start_ns),
            attributes: a,
            error: end.failure.map(str::to_owned),
            resource,
        });
        spans
    }
}

/// What the caller already knows of a closing window (replay knows everything).
struct Given {
    text: Option<String>,
    tokens: Option<WindowTokens>,
}

/// A closed window's text, tokens and the harness version its transcript names.
struct ClosedWindow {
    text: String,
    tokens: WindowTokens,
    harness_version: Option<String>,
}

/// The window's text and tokens: given, else read from the transcript (the text completed by the
/// final reply when the transcript lags), else the final reply alone and no tokens.
fn window_of(
    transcript: Option<&(String, u64)>,
    given: Given,
    last_message: Option<&str>,
) -> ClosedWindow {
    let reading = match (&given.text, &given.tokens) {
        (Some(_), Some(_)) => None,
        _ => transcript.and_then(|(path, offset)| read_window(Path::new(path), *offset)),
    };
    let harness_version = reading.as_ref().and_then(|r| r.harness_version.clone());
    let tokens =
        given.tokens.or_else(|| reading.as_ref().map(|r| r.usage.tokens())).unwrap_or_default();
    if let Some(text) = given.text {
        return ClosedWindow { text, tokens, harness_version };
    }
    let from_transcript = reading.and_then(|r| (!r.text.is_empty()).then(|| r.text.text()));
    let text = match (from_transcript, last_message.map(str::trim).filter(|m| !m.is_empty())) {
        (Some(text), Some(last)) if !text.contains(last) => format!("{text}\n{last}"),
        (Some(text), _) => text,
        (None, Some(last)) => last.to_owned(),
        (None, None) => String::new(),
    };
    ClosedWindow { text, tokens, harness_version }
}

/// The token attributes of a prompt root (each only when known).
fn token_attrs(a: &mut Attrs, tokens: &WindowTokens) {
    if let Some(t) = tokens.main {
        push(a, gen_ai::USAGE_INPUT_TOKENS, t.input);
        push(a, gen_ai::USAGE_OUTPUT_TOKENS, t.output);
        push(a, gen_ai::USAGE_CACHE_READ_INPUT_TOKENS, t.cache_read);
        push(a, gen_ai::USAGE_CACHE_CREATION_INPUT_TOKENS, t.cache_creation);
    }
    if let Some(m) = &tokens.model {
        push(a, gen_ai::RESPONSE_MODEL, m.as_str());
    }
    if let Some(t) = tokens.subagents {
        push(a, subagent::USAGE_INPUT_TOKENS, t.input);
        push(a, subagent::USAGE_OUTPUT_TOKENS, t.output);
        push(a, subagent::USAGE_CACHE_READ, t.cache_read);
        push(a, subagent::USAGE_CACHE_CREATION, t.cache_creation);
    }
}

/// The prompt-text attributes, in TELEMETRY.md's order.
fn feature_attrs(f: &PromptFeatures) -> Attrs {
    let mut a = Attrs::with_capacity(16);
    push(&mut a, p::WORDS, f.words);
    push(&mut a, p::OWN_WORDS, f.own_words);
    push(&mut a, p::FILE_REFS, f.file_refs);
    push(&mut a, p::IDENTIFIER_REFS, f.identifier_refs);
    push(&mut a, p::CONSTRAINTS, f.constraints);
    push(&mut a, p::ACCEPTANCE_CRITERIA, f.acceptance_criteria);
    push(&mut a, p::STEPS, f.steps);
    push(&mut a, p::VERIFICATION_ASKS, f.verification_asks);
    push(&mut a, p::VAGUE_TERMS, f.vague_terms);
    push(&mut a, p::NAMED_THINGS, f.named_things);
    push(&mut a, p::DELIVERABLES, f.deliverables);
    push(&mut a, p::REQUIREMENTS, f.requirements);
    push(&mut a, p::LISTED_ITEMS, f.listed_items);
    push(&mut a, p::CONTINGENCIES, f.contingencies);
    push(&mut a, p::SCOPED_QUESTIONS, f.scoped_questions);
    push(&mut a, p::LEARNER_ASKS, f.learner_asks);
    push(&mut a, p::USER_CORRECTS_AGENT, f.user_corrects_agent);
    push(&mut a, p::CONFIRMS, f.confirms);
    push(&mut a, p::REPORTS_FAILURE, f.reports_failure);
    push(&mut a, p::OPENS_WITH_ORDER, f.opens_with_order);
    push(&mut a, p::USER_PLANNING_DECISIONS, f.user_planning_decisions);
    push(&mut a, p::USER_EXECUTION_DECISIONS, f.user_execution_decisions);
    push(&mut a, p::INTENT, f.intent);
    if let Some(c) = &f.command {
        push(&mut a, p::COMMAND, c.as_str());
    }
    a
}
