//! The library API for harnesses: session → prompt → action → outcome in, finished span records
//! out (into the spool, or memory). The `claude-code` CLI maps hook payloads onto it; harnesses
//! that run in-process call it directly.

mod actions;
mod prompts;
pub mod session;
pub mod span;

use crate::config::Target;
use crate::spool::{Batch, Spool, SpoolError};
use crate::state::{StateError, StateStore};
use coxswain_proto::telemetry::{common, gen_ai};
use span::{AttrValue, Attrs, ResourceRecord, SpanRecord, push};
use std::sync::Mutex;

pub use actions::{Action, Agent, HeldOutcome, Permission};
pub use prompts::{Prompt, PromptEnd};
pub use session::HeldAction;

/// Who records and how: fixed for a recorder's life.
#[derive(Clone, Debug)]
pub struct RecorderSettings {
    /// `claude-code`, `codex`, `gemini-cli`, `library`.
    pub harness: String,
    /// The harness's version when known.
    pub harness_version: Option<String>,
    /// `gen_ai.agent.name` of prompt roots (normally the harness).
    pub agent_name: String,
    /// `gen_ai.provider.name` (`anthropic`, `openai`, ...).
    pub provider: String,
    /// `live` or `replay`.
    pub source: String,
    /// `enduser.pseudo.id`.
    pub pseudonym: String,
    /// `coxswain.team`, when configured.
    pub team: Option<String>,
    /// Opt-in content capture (prompt text, tool arguments; secrets redacted).
    pub capture_content: bool,
}

/// Why recording an event failed.
#[derive(Debug, thiserror::Error)]
pub enum RecordError {
    /// Session state could not be read or saved.
    #[error(transparent)]
    State(#[from] StateError),
    /// Finished spans could not be kept.
    #[error(transparent)]
    Spool(#[from] SpoolError),
}

/// Where finished spans go.
pub trait SpanSink: Send + Sync {
    /// Keeps `spans` (durably, for the spool).
    fn emit(&self, spans: Vec<SpanRecord>) -> Result<(), RecordError>;
}

/// Spans into the spool, one batch per call.
pub struct SpoolSink {
    /// The spool.
    pub spool: Spool,
    /// Explicit target to record with each batch.
    pub target: Option<Target>,
}

impl SpanSink for SpoolSink {
    fn emit(&self, spans: Vec<SpanRecord>) -> Result<(), RecordError> {
        if spans.is_empty() {
            return Ok(());
        }
        self.spool.append(&Batch { target: self.target.clone(), spans })?;
        Ok(())
    }
}

/// Spans kept in memory (replays, tests, embedders that export themselves).
#[derive(Default)]
pub struct MemorySink {
    spans: Mutex<Vec<SpanRecord>>,
}

impl MemorySink {
    /// Takes everything recorded so far.
    pub fn take(&self) -> Vec<SpanRecord> {
        std::mem::take(&mut *self.spans.lock().unwrap_or_else(|e| e.into_inner()))
    }
}

impl SpanSink for MemorySink {
    fn emit(&self, spans: Vec<SpanRecord>) -> Result<(), RecordError> {
        self.spans.lock().unwrap_or_else(|e| e.into_inner()).extend(spans);
        Ok(())
    }
}

impl<T: SpanSink + ?Sized> SpanSink for std::sync::Arc<T> {
    fn emit(&self, spans: Vec<SpanRecord>) -> Result<(), RecordError> {
        (**self).emit(spans)
    }
}

/// Turns a harness's events into the spans of TELEMETRY.md.
pub struct Recorder {
    settings: RecorderSettings,
    store: Box<dyn StateStore>,
    sink: Box<dyn SpanSink>,
}

impl Recorder {
    /// A recorder with its settings, state store and span sink.
    pub fn new(
        settings: RecorderSettings,
        store: Box<dyn StateStore>,
        sink: Box<dyn SpanSink>,
    ) -> Recorder {
        Recorder { settings, store, sink }
    }

    /// Its settings.
    pub fn settings(&self) -> &RecorderSettings {
        &self.settings
    }

    /// Runs `f` on the session's state atomically and emits the spans it returns.
    fn step(
        &self,
        session_id: &str,
        f: &mut dyn FnMut(&mut session::SessionState) -> Vec<SpanRecord>,
    ) -> Result<(), RecordError> {
        let mut spans = Vec::new();
        self.store.update(session_id, &mut |state| spans = f(state))?;
        self.sink.emit(spans)
    }

    /// Attributes every span carries (`coxswain.prompt.*` only when `prompt` is given).
    fn common_attrs(&self, session_id: &str, prompt: Option<(u64, Option<&str>)>) -> Attrs {
        let mut a = Attrs::with_capacity(32);
        push(&mut a, gen_ai::CONVERSATION_ID, session_id);
        push(&mut a, gen_ai::ENDUSER_PSEUDO_ID, self.settings.pseudonym.as_str());
        push(&mut a, common::HARNESS, self.settings.harness.as_str());
        push(&mut a, common::SOURCE, self.settings.source.as_str());
        if let Some((index, prompt_id)) = prompt {
            push(&mut a, common::PROMPT_INDEX, index);
            if let Some(id) = prompt_id {
                push(&mut a, common::PROMPT_ID, id);
            }
        }
        if let Some(team) = &self.settings.team {
            push(&mut a, common::TEAM, team.as_str());
        }
        a
    }

    fn resource(&self, state: &session::SessionState) -> ResourceRecord {
        ResourceRecord {
            harness: self.settings.harness.clone(),
            harness_version: state
                .harness_version
                .clone()
                .or_else(|| self.settings.harness_version.clone()),
        }
    }
}

/// Lower-case hex of an id.
pub(crate) fn hex_id(bytes: &[u8]) -> String {
    hex::encode(bytes)
}

/// Captured text, redacted of secrets, cut so one span stays small.
pub(crate) fn captured(text: &str) -> AttrValue {
    cut(crate::signals::secrets::redact(text))
}

/// Captured JSON (tool arguments): redacted value by value before it is encoded, so JSON
/// escaping never hides a secret from the patterns; then cut like text.
pub(crate) fn captured_json(value: &serde_json::Value) -> AttrValue {
    cut(crate::signals::secrets::redact_json(value).to_string())
}

fn cut(mut text: String) -> AttrValue {
    const MAX: usize = 16 * 1024;
    let mut end = text.len().min(MAX);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.truncate(end);
    AttrValue::Str(text)
}
