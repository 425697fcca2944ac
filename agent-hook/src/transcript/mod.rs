//! Claude Code transcript JSONL: reading lines (lossily), classifying them, and the main agent's text.

pub mod bounded;
pub mod entry;
pub mod line;
pub mod usage;
pub mod window;

use std::path::Path;

pub use bounded::{MAX_LINE_BYTES, MAX_WINDOW_BYTES};
pub use usage::{TokenCounts, WindowTokens};
pub use window::{AgentText, WindowReading, read_window, subagent_file_tokens};

/// Concatenated text of the main agent's `text` blocks in the transcript from byte `from_offset`,
/// after the first human prompt line in that range (all of them when no prompt line is found).
/// Reads only from the offset (the live Stop handler calls it). A partial first line (the offset
/// landing mid-line) is skipped. `None` when the file cannot be read or holds no such text.
pub fn window_agent_text(path: &Path, from_offset: u64) -> Option<String> {
    window::window_agent_text(path, from_offset)
}
