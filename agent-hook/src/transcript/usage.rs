//! Tokens and model of a window: the `message.usage` of assistant lines, each API response once.
//!
//! One response is written as several lines (one per content block) that share `message.id`;
//! streamed versions repeat the usage with partial output counts. So per distinct message id
//! the largest value of each usage field counts, and the messages are summed. A line without an
//! id stands alone; `"<synthetic>"` lines (harness-made API-error replies) are left out.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::entry::{is_sidechain, kind, message_id};

/// The four token counts of `message.usage`, as Anthropic reports them (`input` excludes cache
/// reads and cache writes).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TokenCounts {
    /// `input_tokens`.
    pub input: u64,
    /// `output_tokens`.
    pub output: u64,
    /// `cache_read_input_tokens`.
    pub cache_read: u64,
    /// `cache_creation_input_tokens`.
    pub cache_creation: u64,
}

impl TokenCounts {
    /// The counts of one `usage` object (absent fields are 0).
    fn of(usage: &Value) -> TokenCounts {
        let n = |key: &str| usage.get(key).and_then(Value::as_u64).unwrap_or(0);
        TokenCounts {
            input: n("input_tokens"),
            output: n("output_tokens"),
            cache_read: n("cache_read_input_tokens"),
            cache_creation: n("cache_creation_input_tokens"),
        }
    }

    fn max(self, o: TokenCounts) -> TokenCounts {
        TokenCounts {
            input: self.input.max(o.input),
            output: self.output.max(o.output),
            cache_read: self.cache_read.max(o.cache_read),
            cache_creation: self.cache_creation.max(o.cache_creation),
        }
    }

    /// Field-wise sum.
    pub fn plus(self, o: TokenCounts) -> TokenCounts {
        TokenCounts {
            input: self.input.saturating_add(o.input),
            output: self.output.saturating_add(o.output),
            cache_read: self.cache_read.saturating_add(o.cache_read),
            cache_creation: self.cache_creation.saturating_add(o.cache_creation),
        }
    }
}

/// What a window used: the main agent's tokens and last model, and its subagents' tokens apart.
/// A count is `None` when no assistant line with a `usage` was seen (missing, not zero).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct WindowTokens {
    /// The main agent's tokens.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub main: Option<TokenCounts>,
    /// Subagents' tokens (inline sidechain lines and subagent files).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subagents: Option<TokenCounts>,
    /// The model of the window's last main-agent response.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
}

impl WindowTokens {
    /// Adds subagent tokens read elsewhere (a subagent's own file).
    pub fn add_subagents(&mut self, more: Option<TokenCounts>) {
        if let Some(more) = more {
            self.subagents = Some(self.subagents.unwrap_or_default().plus(more));
        }
    }
}

/// Accumulates usage line by line.
#[derive(Clone, Debug, Default)]
pub struct Usage {
    by_message: HashMap<String, TokenCounts>,
    /// Lines without a message id, summed.
    standalone: Option<TokenCounts>,
    model: Option<String>,
}

impl Usage {
    /// Adds an assistant line of any agent (ignored unless it carries usage of a real model).
    pub fn add_agent_line(&mut self, line: &Value) {
        if kind(line) != Some("assistant") {
            return;
        }
        let Some(message) = line.get("message") else { return };
        let model = message.get("model").and_then(Value::as_str);
        if model == Some("<synthetic>") {
            return;
        }
        if let Some(model) = model.filter(|m| !m.is_empty()) {
            self.model = Some(model.to_owned());
        }
        let Some(usage) = message.get("usage").filter(|u| u.is_object()) else { return };
        let counts = TokenCounts::of(usage);
        match message_id(line) {
            Some(id) => {
                let entry = self.by_message.entry(id.to_owned()).or_default();
                *entry = entry.max(counts);
            }
            None => self.standalone = Some(self.standalone.unwrap_or_default().plus(counts)),
        }
    }

    /// The sum over messages; `None` when no usage was seen.
    pub fn total(&self) -> Option<TokenCounts> {
        if self.by_message.is_empty() && self.standalone.is_none() {
            return None;
        }
        let sum = self.by_message.values().fold(TokenCounts::default(), |a, c| a.plus(*c));
        Some(sum.plus(self.standalone.unwrap_or_default()))
    }

    /// The last real model seen.
    pub fn model(&self) -> Option<&str> {
        self.model.as_deref()
    }
}

/// Main-agent and subagent usage of one window, split by `isSidechain`.
#[derive(Clone, Debug, Default)]
pub struct WindowUsage {
    main: Usage,
    subagents: Usage,
}

impl WindowUsage {
    /// Adds a line of the main transcript (sidechain lines are a subagent's).
    pub fn add_line(&mut self, line: &Value) {
        if is_sidechain(line) {
            self.subagents.add_agent_line(line);
        } else {
            self.main.add_agent_line(line);
        }
    }

    /// Adds a line of a subagent's own file.
    pub fn add_subagent_line(&mut self, line: &Value) {
        self.subagents.add_agent_line(line);
    }

    /// What the window used so far.
    pub fn tokens(&self) -> WindowTokens {
        WindowTokens {
            main: self.main.total(),
            subagents: self.subagents.total(),
            model: self.main.model().map(str::to_owned),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn line(id: Option<&str>, model: &str, usage: Value) -> Value {
        let mut message = json!({"model": model, "usage": usage, "content": []});
        if let Some(id) = id {
            message["id"] = json!(id);
        }
        json!({"type": "assistant", "message": message})
    }

    #[test]
    fn a_message_counts_once_with_its_largest_usage_and_messages_are_summed() {
        let mut u = Usage::default();
        u.add_agent_line(&line(Some("m1"), "opus", json!({"input_tokens": 3, "output_tokens": 5})));
        u.add_agent_line(&line(
            Some("m1"),
            "opus",
            json!({"input_tokens": 3, "output_tokens": 250, "cache_read_input_tokens": 7}),
        ));
        u.add_agent_line(&line(
            Some("m2"),
            "sonnet",
            json!({"input_tokens": 1, "output_tokens": 2}),
        ));
        u.add_agent_line(&line(None, "sonnet", json!({"output_tokens": 10})));
        u.add_agent_line(&line(None, "sonnet", json!({"output_tokens": 10})));
        u.add_agent_line(&line(Some("e"), "<synthetic>", json!({"output_tokens": 99})));
        assert_eq!(
            u.total(),
            Some(TokenCounts { input: 4, output: 272, cache_read: 7, cache_creation: 0 })
        );
        assert_eq!(u.model(), Some("sonnet"));
    }

    #[test]
    fn no_usage_is_missing_not_zero() {
        let mut w = WindowUsage::default();
        w.add_line(&json!({"type": "user", "message": {"content": "hi"}}));
        assert_eq!(w.tokens(), WindowTokens::default());
        let mut side = line(Some("s"), "haiku", json!({"output_tokens": 4}));
        side["isSidechain"] = json!(true);
        w.add_line(&side);
        assert_eq!(w.tokens().main, None);
        assert_eq!(w.tokens().subagents.map(|t| t.output), Some(4));
    }
}
