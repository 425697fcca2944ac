//! Finding transcripts: a file, a project folder, or the whole `~/.claude/projects` tree.
//!
//! Subagent transcripts come in two layouts: `<session>/subagents/agent-<id>.jsonl` (2.1.x) and,
//! in older versions, `agent-<id>.jsonl` beside the session file; both are pooled by agent id and
//! replayed inside the parent's Agent/Task call. Inline `isSidechain` lines need no file.
//! Codex rollouts (`rollout-*.jsonl`, or a first line of type `session_meta`) are listed apart.
//! Skipped, and counted: `agent-aside_question-*` files (side conversations that copy the main
//! conversation's history, tool calls included, so replaying them would count everything twice)
//! and hook-payload logs (lines with `hook_event_name` and no `type`).

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

use crate::transcript::line::{parse_line, timestamp_millis};
use serde_json::Value;

use super::ReplayError;

/// Why a file was not replayed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SkipReason {
    /// An `agent-aside_question-*` side conversation.
    AsideQuestion,
    /// An OpenAI Codex rollout (replayed by `codex`, not skipped).
    CodexRollout,
    /// A log of hook payloads, not a transcript.
    HookLog,
}

/// A subagent transcript file and its type from the `.meta.json` beside it.
#[derive(Clone, Debug)]
pub struct SubagentFile {
    /// The transcript.
    pub path: PathBuf,
    /// `agentType` from `agent-<id>.meta.json`, when present.
    pub agent_type: Option<String>,
    /// The task the parent gave it (its first user line), to find the parent call when the
    /// call's result names no agent id (a rejected or interrupted Agent call).
    pub first_prompt: Option<String>,
}

/// What to replay.
#[derive(Debug, Default)]
pub struct Plan {
    /// Main transcripts, by first timestamp.
    pub transcripts: Vec<PathBuf>,
    /// Codex rollouts, sorted.
    pub rollouts: Vec<PathBuf>,
    /// Subagent transcripts by agent id.
    pub subagents: BTreeMap<String, SubagentFile>,
    /// Files not replayed, with the reason.
    pub skipped: Vec<(PathBuf, SkipReason)>,
}

impl Plan {
    /// Finds everything under `paths`; a path that does not exist is an error.
    pub fn find(paths: &[PathBuf]) -> Result<Plan, ReplayError> {
        let mut plan = Plan::default();
        for path in paths {
            let meta = std::fs::metadata(path)
                .map_err(|source| ReplayError::Unreadable { path: path.clone(), source })?;
            if meta.is_dir() {
                let mut files = Vec::new();
                walk(path, &mut files)?;
                files.sort();
                for file in files {
                    plan.add(file);
                }
            } else {
                plan.add_with_siblings(path);
            }
        }
        plan.transcripts.sort();
        plan.transcripts.dedup();
        // A session continued in a later file (after a compaction or a resume) is replayed in
        // order, so its prompt indexes go on; files without a timestamp go last, by path.
        plan.transcripts
            .sort_by_cached_key(|p| (first_timestamp(p).unwrap_or(i64::MAX), p.clone()));
        plan.rollouts.sort();
        plan.rollouts.dedup();
        Ok(plan)
    }

    /// A single file: also pools the subagent files of its session (both layouts).
    fn add_with_siblings(&mut self, path: &Path) {
        self.add(path.to_path_buf());
        let (Some(dir), Some(stem)) = (path.parent(), path.file_stem()) else {
            return;
        };
        let mut files = Vec::new();
        for candidate in [dir.join(stem).join("subagents"), dir.to_path_buf()] {
            if let Ok(entries) = std::fs::read_dir(&candidate) {
                files.extend(entries.flatten().map(|e| e.path()).filter(|p| is_agent_file(p)));
            }
        }
        files.sort();
        for file in files {
            self.add(file);
        }
    }

    fn add(&mut self, path: PathBuf) {
        let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
            return;
        };
        if !name.ends_with(".jsonl") {
            return;
        }
        if name.starts_with("agent-aside_question-") {
            self.skipped.push((path, SkipReason::AsideQuestion));
        } else if name.starts_with("rollout-") {
            self.rollouts.push(path);
        } else if let Some(id) = name.strip_prefix("agent-").and_then(|n| n.strip_suffix(".jsonl"))
        {
            let meta = path.with_file_name(format!("agent-{id}.meta.json"));
            let agent_type = std::fs::read(&meta)
                .ok()
                .and_then(|bytes| serde_json::from_slice::<serde_json::Value>(&bytes).ok())
                .and_then(|v| v.get("agentType").and_then(|t| t.as_str()).map(str::to_owned));
            let first_prompt = first_user_text(&path);
            self.subagents.insert(id.to_owned(), SubagentFile { path, agent_type, first_prompt });
        } else {
            match sniff(&path) {
                Some(SkipReason::CodexRollout) => self.rollouts.push(path),
                Some(reason) => self.skipped.push((path, reason)),
                None => self.transcripts.push(path),
            }
        }
    }
}

fn is_agent_file(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with("agent-") && n.ends_with(".jsonl"))
}

/// Looks at the first parseable line to tell other formats from transcripts.
fn sniff(path: &Path) -> Option<SkipReason> {
    let line = head_lines(path).next()?;
    if line.get("type").and_then(|t| t.as_str()) == Some("session_meta") {
        return Some(SkipReason::CodexRollout);
    }
    if line.get("type").is_none() && line.get("hook_event_name").is_some() {
        return Some(SkipReason::HookLog);
    }
    None
}

/// The string content of the first `user` line of a subagent file.
fn first_user_text(path: &Path) -> Option<String> {
    let line = head_lines(path).find(|l| l.get("type").and_then(|t| t.as_str()) == Some("user"))?;
    crate::transcript::entry::content(&line)?.as_str().map(str::to_owned)
}

/// The parseable lines among a file's first five, read lazily (lines can be long); nothing when
/// the file cannot be read.
fn head_lines(path: &Path) -> impl Iterator<Item = Value> {
    let mut reader = File::open(path).ok().map(BufReader::new);
    (0..5)
        .map_while(move |_| {
            let mut raw = Vec::new();
            (reader.as_mut()?.read_until(b'\n', &mut raw).ok()? > 0).then_some(raw)
        })
        .filter_map(|raw| parse_line(&raw))
}

/// The first line timestamp of a transcript (ms since the epoch), looking at its first lines.
fn first_timestamp(path: &Path) -> Option<i64> {
    let mut reader = BufReader::new(File::open(path).ok()?);
    let mut raw = Vec::new();
    for _ in 0..200 {
        raw.clear();
        if reader.read_until(b'\n', &mut raw).ok()? == 0 {
            return None;
        }
        let found = parse_line(&raw)
            .and_then(|l| l.get("timestamp").and_then(|t| t.as_str()).and_then(timestamp_millis));
        if found.is_some() {
            return found;
        }
    }
    None
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), ReplayError> {
    let entries = std::fs::read_dir(dir)
        .map_err(|source| ReplayError::Unreadable { path: dir.to_path_buf(), source })?;
    for entry in entries.flatten() {
        let path = entry.path();
        match entry.file_type() {
            Ok(t) if t.is_dir() => {
                // A subdirectory that cannot be read is skipped, not fatal.
                if let Err(error) = walk(&path, out) {
                    tracing::warn!(%error, "Skipping an unreadable directory.");
                }
            }
            Ok(t) if t.is_file() => out.push(path),
            _ => {}
        }
    }
    Ok(())
}
