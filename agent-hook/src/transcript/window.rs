//! The main agent's text in a window: text blocks only, each (message, block) once.

use std::collections::HashSet;
use std::io::{BufReader, Seek, SeekFrom};
use std::path::Path;

use serde_json::Value;

use super::bounded::{self, MAX_LINE_BYTES};
use super::entry::{self, blocks, is_sidechain, kind, message_id};
use super::line::parse_line;
use super::usage::{TokenCounts, WindowUsage};

/// Collects the main agent's `text` blocks, skipping thinking, tool input and output, sidechain
/// lines and synthetic API-error lines, and counting a block repeated on several lines once.
#[derive(Debug, Default, Clone)]
pub struct AgentText {
    parts: Vec<String>,
    seen: HashSet<(String, String)>,
    last: Option<String>,
}

impl AgentText {
    /// Adds the text blocks of one line (ignored unless it is a main-agent assistant line).
    pub fn add_line(&mut self, line: &Value) {
        if !is_sidechain(line) {
            self.add_agent_line(line);
        }
    }

    /// Adds the text blocks of an assistant line of any agent (a subagent's own file).
    pub fn add_agent_line(&mut self, line: &Value) {
        if kind(line) != Some("assistant") || entry::flag(line, "isApiErrorMessage") {
            return;
        }
        let id = message_id(line).unwrap_or_default();
        for block in blocks(line) {
            if block.get("type").and_then(Value::as_str) != Some("text") {
                continue;
            }
            let Some(text) = block.get("text").and_then(Value::as_str) else {
                continue;
            };
            // Without a message id a repeat cannot be told from a new block: keep it.
            if !id.is_empty() && !self.seen.insert((id.to_owned(), text.to_owned())) {
                continue;
            }
            self.parts.push(text.to_owned());
            self.last = Some(text.to_owned());
        }
    }

    /// The collected text, blocks separated by blank lines.
    pub fn text(&self) -> String {
        self.parts.join("\n\n")
    }

    /// The last text block (what Claude Code reports as `last_assistant_message`).
    pub fn last(&self) -> Option<&str> {
        self.last.as_deref()
    }

    /// Whitespace-separated words in the collected text.
    pub fn words(&self) -> usize {
        self.parts.iter().map(|p| entry::word_count(p)).sum()
    }

    /// True when no text block was collected.
    pub fn is_empty(&self) -> bool {
        self.parts.is_empty()
    }
}

/// What a live window holds: the main agent's text, the tokens used, and the harness version
/// its lines name.
#[derive(Debug, Default, Clone)]
pub struct WindowReading {
    /// The main agent's text.
    pub text: AgentText,
    /// Main-agent and inline-subagent usage.
    pub usage: WindowUsage,
    /// The last `version` a line in the window named (Claude Code's version).
    pub harness_version: Option<String>,
}

/// See [`crate::transcript::window_agent_text`].
pub fn window_agent_text(path: &Path, from_offset: u64) -> Option<String> {
    let reading = read_window(path, from_offset)?;
    (!reading.text.is_empty()).then(|| reading.text.text())
}

/// Reads the window from byte `from_offset` to the end: what follows the first human prompt line
/// in that range (everything when no prompt line is found). A partial first line (the offset
/// landing mid-line) is skipped. `None` when the file cannot be read or is not a regular file.
pub fn read_window(path: &Path, from_offset: u64) -> Option<WindowReading> {
    let mut file = bounded::open_regular(path)?;
    let mut reader = if from_offset > 0 {
        // Landing mid-line: the partial first line is skipped.
        file.seek(SeekFrom::Start(from_offset - 1)).ok()?;
        let mut reader = BufReader::new(bounded::window(file));
        let mut partial = Vec::new();
        bounded::read_line(&mut reader, &mut partial, MAX_LINE_BYTES).ok()?;
        reader
    } else {
        BufReader::new(bounded::window(file))
    };
    let mut before_prompt = WindowReading::default();
    let mut after_prompt: Option<WindowReading> = None;
    let mut raw = Vec::new();
    loop {
        raw.clear();
        if bounded::read_line(&mut reader, &mut raw, MAX_LINE_BYTES).ok()? == 0 {
            break;
        }
        // Tool-result lines (often the biggest) are neither prompts nor agent text: skip them
        // unparsed. Inside a JSON string the quotes would be escaped, so this cannot misfire.
        if contains(&raw, b"\"toolUseResult\"") {
            continue;
        }
        let Some(line) = parse_line(&raw) else {
            continue;
        };
        match after_prompt.as_mut() {
            Some(window) => window.add_line(&line),
            None if entry::prompt_text(&line).is_some() => {
                let mut window = WindowReading::default();
                window.note_version(&line);
                after_prompt = Some(window);
            }
            None => before_prompt.add_line(&line),
        }
    }
    Some(after_prompt.unwrap_or(before_prompt))
}

/// The tokens of a whole subagent transcript (every assistant line is the subagent's). `None`
/// when the file cannot be read or holds no usage.
pub fn subagent_file_tokens(path: &Path) -> Option<TokenCounts> {
    let mut reader = BufReader::new(bounded::window(bounded::open_regular(path)?));
    let mut usage = WindowUsage::default();
    let mut raw = Vec::new();
    loop {
        raw.clear();
        if bounded::read_line(&mut reader, &mut raw, MAX_LINE_BYTES).ok()? == 0 {
            break;
        }
        // Only assistant lines carry usage; tool results (the big lines) are skipped unparsed.
        if !contains(&raw, b"\"usage\"") || contains(&raw, b"\"toolUseResult\"") {
            continue;
        }
        if let Some(line) = parse_line(&raw) {
            usage.add_subagent_line(&line);
        }
    }
    usage.tokens().subagents
}

impl WindowReading {
    fn add_line(&mut self, line: &Value) {
        self.text.add_line(line);
        self.usage.add_line(line);
        self.note_version(line);
    }

    fn note_version(&mut self, line: &Value) {
        if let Some(v) = entry::text_field(line, "version").filter(|v| !v.is_empty()) {
            self.harness_version = Some(v.to_owned());
        }
    }
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}
