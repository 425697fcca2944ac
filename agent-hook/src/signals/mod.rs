//! Local signals: prompt text, tool input and tool output turned into features and labels on the
//! user's machine. Only these leave it (raw text only under opt-in, redacted).

pub mod action;
pub mod command;
pub mod intent;
pub mod lexicon;
pub mod prompt;
pub mod pseudonym;
pub mod secrets;
mod text;
pub mod verdict;
