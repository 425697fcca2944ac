//! The main agent's text in a window: text blocks only, each (message, block) once.

use std::collections::HashSet;
use std::io::{BufReader, Seek, SeekFrom};
use std::path::Path;

use serde_json::Value;

use super::bounded::{self, MAX_LINE_BYTES};
use super::entry::{self, blocks, is_sidechain, kind, message_id};
use super::line::parse_line;

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

/// See [`crate::transcript::window_agent_text`].
pub fn window_agent_text(path: &Path, from_offset: u64) -> Option<String> {
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
    let mut before_prompt = AgentText::default();
    let mut after_prompt: Option<AgentText> = None;
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
            Some(text) => text.add_line(&line),
            None if entry::prompt_text(&line).is_some() => {
                after_prompt = Some(AgentText::default())
            }
            None => before_prompt.add_line(&line),
        }
    }
    let text = after_prompt.unwrap_or(before_prompt);
    (!text.is_empty()).then(|| text.text())
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}
