//! The registry of harnesses: one descriptor per agent harness the hook is wired into — its
//! name and provider, the events it sends (typed), where its hook settings live, what it expects
//! on stdout, its tool-name table, and the adapter that maps its payloads onto the [`Recorder`].
//!
//! Adding a harness is one module here plus one line in [`HARNESSES`].

pub mod claude_code;
pub mod codex;
pub mod gemini_cli;

use crate::payload::str_field;
use crate::recorder::{RecordError, Recorder};
use crate::transcript::WindowTokens;
use serde_json::Value;
use std::io::{Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};

/// What happened in the harness, whatever the harness calls it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HookEvent {
    /// A session started or resumed.
    SessionStart,
    /// The user submitted a prompt.
    PromptSubmitted,
    /// A tool call is about to run.
    ToolStarted,
    /// A tool call returned (the adapter decides success or failure from the payload).
    ToolFinished,
    /// A tool call failed (harnesses with a separate failure event).
    ToolFailed,
    /// The user was asked for permission.
    PermissionRequested,
    /// The harness refused a call on its own.
    PermissionDenied,
    /// A UI notification; only moves the prompt's last-seen time.
    Notification,
    /// The agent finished its reply.
    Stopped,
    /// The turn ended on an API error.
    StopFailed,
    /// A subagent started.
    SubagentStarted,
    /// A subagent finished.
    SubagentStopped,
    /// The context is about to be compacted.
    PreCompact,
    /// The context was compacted.
    PostCompact,
    /// A model response (or streamed chunk) arrived; carries tokens.
    ModelResponded,
    /// The session ended.
    SessionEnd,
    /// Replay's extension: the transcript ended inside this window.
    WindowText,
}

/// The user's hook settings file of a harness, per scope.
#[derive(Clone, Copy, Debug)]
pub struct SettingsFile {
    /// Environment variable naming the user-scope config directory (`CLAUDE_CONFIG_DIR`).
    pub dir_env: Option<&'static str>,
    /// The config directory under `$HOME` and under a project (`.claude`).
    pub dir: &'static str,
    /// The file in that directory (`settings.json`).
    pub file: &'static str,
    /// The project-local, uncommitted file, when the harness has one.
    pub local_file: Option<&'static str>,
}

/// How long the harness waits for a handler, in the unit its settings use.
#[derive(Clone, Copy, Debug)]
pub enum Timeout {
    /// `"timeout": N` in seconds (Claude Code, Codex).
    Seconds(u64),
    /// `"timeout": N` in milliseconds (Gemini CLI).
    Millis(u64),
}

/// One harness.
pub struct Harness {
    /// `coxswain.harness`, the CLI subcommand and `gen_ai.agent.name`.
    pub name: &'static str,
    /// `gen_ai.provider.name`.
    pub provider: &'static str,
    /// The harness's event names and what each means; install wires exactly these.
    pub events: &'static [(&'static str, HookEvent)],
    /// Events whose matcher filters on the tool name; install gives them `"matcher": "*"`.
    pub tool_events: &'static [&'static str],
    /// Where install writes.
    pub settings: SettingsFile,
    /// The handler timeout install writes.
    pub timeout: Timeout,
    /// Exactly what the hook writes on stdout (`""`: nothing).
    pub reply: &'static str,
    /// Its tool names and their action categories (see [`crate::signals::action::category`]).
    pub tools: &'static [(&'static str, &'static str)],
    /// Maps one payload of a known event onto the recorder.
    pub record: fn(&Recorder, HookEvent, &Value, u64) -> Result<(), RecordError>,
    /// What the user still has to do after install, if anything.
    pub after_install: Option<&'static str>,
}

/// Every harness the hook knows.
pub static HARNESSES: &[&Harness] = &[&claude_code::HARNESS, &codex::HARNESS, &gemini_cli::HARNESS];

/// The harness called `name`.
pub fn by_name(name: &str) -> Option<&'static Harness> {
    HARNESSES.iter().copied().find(|h| h.name == name)
}

/// The names of every harness, for messages.
pub fn names() -> String {
    HARNESSES.iter().map(|h| h.name).collect::<Vec<_>>().join(", ")
}

impl std::fmt::Debug for Harness {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Harness").field("name", &self.name).finish_non_exhaustive()
    }
}

/// A harness is its name (one registration each).
impl PartialEq for Harness {
    fn eq(&self, other: &Harness) -> bool {
        self.name == other.name
    }
}

impl Harness {
    /// The typed event of a harness event name.
    pub fn event(&self, name: &str) -> Option<HookEvent> {
        self.events.iter().find(|(n, _)| *n == name).map(|(_, e)| *e)
    }

    /// The event names install wires (every event the adapter handles).
    pub fn event_names(&self) -> impl Iterator<Item = &'static str> {
        self.events.iter().map(|(n, _)| *n)
    }

    /// Feeds one payload: its `hook_event_name` picks the event. `Ok(None)` when the payload
    /// names an event this harness does not send (the caller logs it once).
    pub fn handle<'p>(
        &self,
        recorder: &Recorder,
        payload: &'p Value,
        now_ns: u64,
    ) -> Result<Option<&'p str>, RecordError> {
        let Some(name) = str_field(payload, "hook_event_name") else {
            tracing::debug!("Payload without hook_event_name; ignored.");
            return Ok(None);
        };
        match self.event(name) {
            Some(event) => (self.record)(recorder, event, payload, now_ns).map(|()| None),
            None => Ok(Some(name)),
        }
    }

    /// The handler object install writes for `command`.
    pub fn handler(&self, command: &str) -> Value {
        let timeout = match self.timeout {
            Timeout::Seconds(n) | Timeout::Millis(n) => n,
        };
        serde_json::json!({ "type": "command", "command": command, "timeout": timeout })
    }

    /// The settings file of `scope` (`None`: the harness has no such scope).
    pub fn settings_path(
        &self,
        scope: crate::install::Scope,
        home: Option<PathBuf>,
        cwd: PathBuf,
    ) -> Option<PathBuf> {
        use crate::install::Scope;
        let s = self.settings;
        match scope {
            Scope::User => {
                let env_dir = s.dir_env.and_then(|key| {
                    std::env::var_os(key).filter(|v| !v.is_empty()).map(PathBuf::from)
                });
                env_dir.or_else(|| Some(home?.join(s.dir))).map(|d| d.join(s.file))
            }
            Scope::Project => Some(cwd.join(s.dir).join(s.file)),
            Scope::Local => s.local_file.map(|f| cwd.join(s.dir).join(f)),
        }
    }
}

/// What a harness's own transcript says about one turn, read when the turn stops.
#[derive(Debug, Default, PartialEq)]
pub struct TranscriptTurn {
    /// The agent's messages, joined.
    pub agent_text: String,
    /// The turn's tokens (`None` when the transcript carried no usage).
    pub tokens: Option<WindowTokens>,
}

/// The JSON lines of the last `max_bytes` of a transcript (a partial first line and lines that
/// are not JSON are left out). Only a regular file: a FIFO or device at a payload's
/// `transcript_path` would stall the hook.
pub fn tail_lines(path: &Path, max_bytes: u64) -> Option<Vec<Value>> {
    let bytes = tail_bytes(path, max_bytes)?;
    let lines =
        bytes.split(|b| *b == b'\n').filter_map(|l| serde_json::from_slice(l).ok()).collect();
    Some(lines)
}

/// The last `max_bytes` of a transcript from its first whole line on; a regular file only.
pub fn tail_bytes(path: &Path, max_bytes: u64) -> Option<Vec<u8>> {
    let mut file = crate::transcript::bounded::open_regular(path)?;
    let len = file.metadata().ok()?.len();
    let from = len.saturating_sub(max_bytes);
    file.seek(SeekFrom::Start(from)).ok()?;
    let mut bytes = Vec::new();
    file.take(max_bytes).read_to_end(&mut bytes).ok()?;
    if from > 0 {
        let first = memchr::memchr(b'\n', &bytes).map_or(bytes.len(), |i| i + 1);
        bytes.drain(..first);
    }
    Some(bytes)
}
