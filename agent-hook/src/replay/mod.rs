//! Replay: turns Claude Code transcripts into the hook payloads the live hook would have received.
//!
//! Per session, in order: `SessionStart` (`startup`, or `resume` for a second session id in one
//! file), `UserPromptSubmit`, `PreToolUse` + `PostToolUse`/`PostToolUseFailure` per tool call,
//! `SubagentStart`/`SubagentStop` around a subagent's calls (inside the parent's Agent call),
//! `PreCompact` at a compaction boundary, and `Stop` (or `StopFailure` after an API error) when
//! the turn finished; nothing for an interrupted turn. Every payload also carries
//! `coxswain_timestamp` (the line's RFC 3339 time); `Stop` carries `coxswain_agent_text` (the
//! window's main-agent text), `UserPromptSubmit` carries `coxswain_prompt_index` and, after a
//! turn that ended without Stop, `coxswain_previous_agent_text`. Codex CLI rollouts are replayed
//! into the same payloads (see `codex`), marked `coxswain_harness: codex`.

mod codex;
mod discover;
mod event;
mod payload;
mod progress;
mod record;
mod run;
mod session;
mod subagent;

use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::transcript::line::parse_line;

pub use discover::SkipReason;
pub use event::{Detail, Outcome, ReplayEvent, ToolUse};
pub use payload::{Agent, Context};
pub use record::{Recorded, RecordedError, record, record_all};

/// What a replay read and produced.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReplaySummary {
    /// Transcript files read (main and subagent).
    pub files: usize,
    /// Lines read.
    pub lines: usize,
    /// Lines that could not be used (invalid JSON, no or unknown `type`); never fatal.
    pub bad_lines: usize,
    /// Distinct session ids.
    pub sessions: usize,
    /// Human prompts found.
    pub prompts: usize,
    /// Payloads passed to `on_event`.
    pub events: usize,
    /// Files found but not replayed: hook-payload logs, aside-question files.
    pub skipped_files: usize,
}

/// Why a replay could not run at all (a bad line is never one of these).
#[derive(Debug, thiserror::Error)]
pub enum ReplayError {
    /// A path given to replay does not exist or cannot be read.
    #[error("cannot read {path}: {source}")]
    Unreadable {
        /// The path.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
}

/// Reads every transcript under `paths` (files, project folders, or the whole
/// `~/.claude/projects` tree) and calls `on_event` with the typed events the live hook would
/// have seen, file by file in path order. A progress bar goes to stderr when `progress` is set.
pub fn collect(
    paths: &[PathBuf],
    progress: bool,
    on_event: &mut dyn FnMut(ReplayEvent),
) -> Result<ReplaySummary, ReplayError> {
    let plan = discover::Plan::find(paths)?;
    for (path, reason) in &plan.skipped {
        tracing::info!(path = %path.display(), ?reason, "Skipping a file that is not a Claude Code transcript.");
    }
    let mut bar = progress::Progress::new(plan.transcripts.len() + plan.rollouts.len(), progress);
    let mut run = run::Run::new(plan.subagents, on_event);
    run.summary.skipped_files = plan.skipped.len();
    for path in &plan.transcripts {
        session::replay_file(&mut run, path);
        bar.tick(&path.file_name().map(|n| n.to_string_lossy()).unwrap_or_default());
    }
    for path in &plan.rollouts {
        codex::replay_file(&mut run, path);
        bar.tick(&path.file_name().map(|n| n.to_string_lossy()).unwrap_or_default());
    }
    // Subagent files no parent claimed (the parent is missing or was cut short).
    for (id, file) in std::mem::take(&mut run.subagents) {
        run::replay_orphan(&mut run, &id, &file);
    }
    bar.finish();
    Ok(run.summary)
}

/// Reads a file's lines, counting lines and bad lines. A file that cannot be read counts as
/// read with no lines (it vanished or is unreadable; the rest of the replay goes on).
pub(crate) fn read_lines(path: &Path, summary: &mut ReplaySummary) -> Vec<Option<Value>> {
    summary.files += 1;
    let Ok(file) = File::open(path) else {
        tracing::warn!(path = %path.display(), "Cannot open a transcript.");
        return Vec::new();
    };
    let mut reader = BufReader::new(file);
    let mut lines = Vec::new();
    let mut raw = Vec::new();
    loop {
        raw.clear();
        match reader.read_until(b'\n', &mut raw) {
            Ok(0) => break,
            Ok(_) => {}
            Err(error) => {
                tracing::warn!(path = %path.display(), %error, "Transcript read failed.");
                break;
            }
        }
        if raw.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        summary.lines += 1;
        let line = parse_line(&raw).filter(Value::is_object);
        if line.is_none() {
            summary.bad_lines += 1;
        }
        lines.push(line);
    }
    lines
}
