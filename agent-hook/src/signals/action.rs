//! Action signals: an agent's tool call reduced to its category, evidence (tests, commits) and
//! trouble (failure class), plus file extension and edit size. Tool input and output stay here.

use super::command::{self, CommandSignals};
use serde_json::Value;
use sha2::{Digest, Sha256};

/// How a tool call ended, as the harness reported it.
#[derive(Clone, Copy, Debug)]
pub enum ToolOutcome<'a> {
    /// It returned; `response` is the tool's structured output.
    Succeeded {
        /// `tool_response`.
        response: &'a Value,
    },
    /// It failed; `error` is the harness's error text.
    Failed {
        /// `error`.
        error: &'a str,
        /// The user interrupted it.
        interrupted: bool,
    },
}

/// Everything the action span says about one tool call.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ActionSignals {
    /// `read`, `edit`, `shell`, ...
    pub category: &'static str,
    /// Shell command kind and test runner.
    pub command: Option<CommandSignals>,
    /// `passed` / `failed` for test runs.
    pub test_outcome: Option<&'static str>,
    /// A `git commit` that succeeded.
    pub commit: bool,
    /// `error.type` when it failed.
    pub error_type: Option<&'static str>,
    /// The user interrupted it.
    pub interrupted: bool,
    /// The user rejected it.
    pub rejected: bool,
    /// Extension of the touched file, lower case.
    pub file_extension: Option<String>,
    /// Lines added (edits and writes).
    pub lines_added: Option<u64>,
    /// Lines removed (edits and writes).
    pub lines_removed: Option<u64>,
}

// The tool tables and the category rule live in the contract, shared with the collector's
// reading of native telemetry.
pub use coxswain_proto::telemetry::tools::{
    CLAUDE_CODE_TOOLS, CODEX_TOOLS, GEMINI_CLI_TOOLS, category,
};

/// A short stable hash of (tool, input), for retry detection.
pub fn input_hash(tool_name: &str, input: &Value) -> String {
    let mut h = Sha256::new();
    h.update(tool_name.as_bytes());
    h.update([0]);
    h.update(input.to_string().as_bytes());
    hex::encode(&h.finalize()[..12])
}

/// The shell command of a tool input, when the tool runs one.
pub fn shell_command(input: &Value) -> Option<String> {
    match input.get("command")? {
        Value::String(s) => Some(s.clone()),
        // Codex `shell` passes argv (`["bash","-lc","cargo test"]`).
        Value::Array(argv) => {
            let parts: Vec<&str> = argv.iter().filter_map(Value::as_str).collect();
            Some(parts.last().copied().unwrap_or("").to_owned())
        }
        _ => None,
    }
}

/// Computes the signals of one finished tool call.
pub fn signals(tool_name: &str, input: &Value, outcome: ToolOutcome<'_>) -> ActionSignals {
    let mut category = category(tool_name);
    if matches!(category, "edit" | "write") && file_path(input).is_some_and(is_plan_file) {
        // Claude Code's plan mode writes its plan to `~/.claude/plans/<name>.md`: a plan, not a
        // document of the user's.
        category = "plan";
    }
    let mut s = ActionSignals { category, ..ActionSignals::default() };
    let mut failed = match outcome {
        ToolOutcome::Succeeded { response } => {
            s.interrupted = response.get("interrupted").and_then(Value::as_bool).unwrap_or(false);
            if s.interrupted {
                s.error_type = Some("interrupted");
            }
            s.interrupted
        }
        ToolOutcome::Failed { error, interrupted } => {
            s.interrupted = interrupted;
            let lower = error.to_lowercase();
            s.rejected = lower.contains("doesn't want to proceed")
                || lower.contains("user rejected")
                || lower.contains("permission denied by user")
                || lower.contains("was rejected");
            s.error_type = Some(if interrupted {
                "interrupted"
            } else if s.rejected {
                "rejected"
            } else if lower.starts_with("exit code") {
                "exit_code"
            } else if lower.contains("timed out") || lower.contains("timeout") {
                "timeout"
            } else {
                "tool_error"
            });
            true
        }
    };
    // Output text is only read for test runs (a tool response can be megabytes).
    let output = || match outcome {
        ToolOutcome::Succeeded { response } => response_text(response),
        ToolOutcome::Failed { error, .. } => error.to_owned(),
    };
    if category == "shell"
        && let Some(cmd) = shell_command(input)
    {
        let mut c = command::classify(&cmd);
        // A command of no known kind whose output ends in a test summary ran tests (a project
        // script, a runner not listed): the summary says so, whatever the command's name.
        // Installing and git commands are not read, nor are operating ones (their recaps count
        // hosts and tasks, `succeeded: 12 | failed: 0`), unless the summary names tests: a
        // runner called on another machine (`ssh ibmi-dev "… RUCALLTST …"` printing `11 test
        // cases, 0 failures`, v14) reads as operating.
        let mut summary = None;
        if matches!(c.kind, "other" | "build" | "data" | "operate")
            && command::may_report_tests(&cmd)
        {
            let tail = output_tail(outcome);
            summary = command::test_summary(&tail)
                .filter(|_| c.kind != "operate" || tail.to_lowercase().contains("test"));
            if summary.is_some() {
                c = CommandSignals { kind: "test", test_runner: Some("other") };
            }
        }
        // A tool's `test` subcommand whose output is only an answer (`amtool config routes test`
        // printing a receiver) looked something up: not a test run. Named runners are kept.
        if c.kind == "test"
            && c.test_runner == Some("other")
            && summary.is_none()
            && !failed
            && command::output_answers_without_verdict(&output_tail(outcome))
        {
            c = CommandSignals { kind: "other", test_runner: None };
        }
        if c.kind == "test" {
            let test_failed =
                failed || summary == Some(true) || command::output_reports_test_failure(&output());
            s.test_outcome = Some(if test_failed { "failed" } else { "passed" });
            if test_failed && !failed {
                failed = true;
                s.error_type = Some("exit_code");
            }
        }
        // A service started or changed whose status in the output shows it down (a crash loop
        // after `up -d`) failed, although the command exited 0.
        if c.kind == "operate"
            && !failed
            && command::output_shows_service_down(&output_tail(outcome))
        {
            failed = true;
            s.error_type = Some("service_down");
        }
        s.commit = c.kind == "commit" && !failed;
        s.command = Some(c);
    }
    if !failed {
        s.error_type = None;
    }
    s.file_extension = file_extension(input);
    if matches!(category, "edit" | "write") {
        let (added, removed) = match outcome {
            ToolOutcome::Succeeded { response } => {
                patch_lines(response).unwrap_or_else(|| input_lines(tool_name, input))
            }
            ToolOutcome::Failed { .. } => (0, 0),
        };
        s.lines_added = Some(added);
        s.lines_removed = Some(removed);
    }
    s
}

/// Whether the signals describe a failure.
impl ActionSignals {
    /// `true` when the action failed (the span is ERROR).
    pub fn failed(&self) -> bool {
        self.error_type.is_some()
    }
}

/// The last few kilobytes of each output field, where a test summary would be, without copying
/// megabytes of output.
fn output_tail(outcome: ToolOutcome<'_>) -> String {
    let tail = |s: &str| {
        let mut start = s.len().saturating_sub(4096);
        while !s.is_char_boundary(start) {
            start += 1;
        }
        s[start..].to_owned()
    };
    match outcome {
        ToolOutcome::Succeeded { response: Value::String(s) } => tail(s),
        ToolOutcome::Succeeded { response: Value::Object(map) } => {
            ["stdout", "stderr", "output", "content"]
                .iter()
                .filter_map(|k| map.get(*k).and_then(Value::as_str))
                .map(tail)
                .collect::<Vec<_>>()
                .join("\n")
        }
        ToolOutcome::Succeeded { .. } => String::new(),
        ToolOutcome::Failed { error, .. } => tail(error),
    }
}

fn response_text(response: &Value) -> String {
    match response {
        Value::String(s) => s.clone(),
        Value::Object(map) => ["stdout", "stderr", "output", "content"]
            .iter()
            .filter_map(|k| map.get(*k).and_then(Value::as_str))
            .collect::<Vec<_>>()
            .join("\n"),
        _ => String::new(),
    }
}

/// Extension of the file a tool input names (`file_path`, `notebook_path`, `path`).
pub fn file_extension(input: &Value) -> Option<String> {
    file_path(input).and_then(extension)
}

/// Whether a path is a plan file the harness keeps (`~/.claude/plans/…`).
fn is_plan_file(path: &str) -> bool {
    path.replace('\\', "/").contains("/.claude/plans/")
}

fn file_path(input: &Value) -> Option<&str> {
    ["file_path", "notebook_path", "path"]
        .iter()
        .find_map(|k| input.get(*k).and_then(Value::as_str))
}

fn extension(path: &str) -> Option<String> {
    let name = path.rsplit(['/', '\\']).next()?;
    let (stem, ext) = name.rsplit_once('.')?;
    let ok = !stem.is_empty()
        && (1..=10).contains(&ext.len())
        && ext.chars().all(|c| c.is_ascii_alphanumeric());
    ok.then(|| ext.to_ascii_lowercase())
}

fn count_lines(text: &str) -> u64 {
    if text.is_empty() { 0 } else { text.lines().count() as u64 }
}

/// Added/removed lines from the edit's own input (old/new strings minus shared context lines).
fn input_lines(tool_name: &str, input: &Value) -> (u64, u64) {
    let pair = |old: &str, new: &str| -> (u64, u64) {
        let (o, n): (Vec<&str>, Vec<&str>) = (old.lines().collect(), new.lines().collect());
        let prefix = o.iter().zip(&n).take_while(|(a, b)| a == b).count();
        let suffix = o[prefix..]
            .iter()
            .rev()
            .zip(n[prefix..].iter().rev())
            .take_while(|(a, b)| a == b)
            .count();
        ((n.len() - prefix - suffix) as u64, (o.len() - prefix - suffix) as u64)
    };
    let s = |v: &Value, k: &str| v.get(k).and_then(Value::as_str).unwrap_or("").to_owned();
    match tool_name {
        "Write" => (count_lines(&s(input, "content")), 0),
        "MultiEdit" => input
            .get("edits")
            .and_then(Value::as_array)
            .map(|edits| {
                edits.iter().fold((0, 0), |(a, r), e| {
                    let (da, dr) = pair(&s(e, "old_string"), &s(e, "new_string"));
                    (a + da, r + dr)
                })
            })
            .unwrap_or((0, 0)),
        "NotebookEdit" => (count_lines(&s(input, "new_source")), 0),
        _ => pair(&s(input, "old_string"), &s(input, "new_string")),
    }
}

/// Added/removed lines from the tool's `structuredPatch` (Claude Code 2.x), when present.
fn patch_lines(response: &Value) -> Option<(u64, u64)> {
    let hunks = response.get("structuredPatch")?.as_array()?;
    let (mut added, mut removed) = (0, 0);
    for line in
        hunks.iter().filter_map(|h| h.get("lines")?.as_array()).flatten().filter_map(Value::as_str)
    {
        if line.starts_with('+') {
            added += 1;
        } else if line.starts_with('-') {
            removed += 1;
        }
    }
    if hunks.is_empty() && response.get("type").and_then(Value::as_str) == Some("create") {
        let content = response.get("content").and_then(Value::as_str).unwrap_or("");
        return Some((count_lines(content), 0));
    }
    Some((added, removed))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_failing_test_run_is_a_failed_test_action_and_a_commit_needs_success() {
        let input = json!({"command": "cargo test"});
        let response = json!({"stdout": "test result: FAILED. 0 passed; 1 failed", "stderr": ""});
        let s = signals("Bash", &input, ToolOutcome::Succeeded { response: &response });
        assert_eq!(s.test_outcome, Some("failed"));
        assert!(s.failed());
        let commit = json!({"command": "git commit -m x"});
        let ok = json!({"stdout": "[main abc] x"});
        assert!(signals("Bash", &commit, ToolOutcome::Succeeded { response: &ok }).commit);
        let failed =
            ToolOutcome::Failed { error: "Exit code 1\nnothing to commit", interrupted: false };
        let s = signals("Bash", &commit, failed);
        assert!(!s.commit && s.error_type == Some("exit_code"));
    }

    #[test]
    fn a_test_summary_from_another_machine_is_a_test_run_but_an_operations_recap_is_not() {
        let remote = json!({"command": "ssh build-box \"cd /srv/app && ./run-suite\""});
        let out = json!({"stdout": "suite ... ok\n9 test cases, 9 assertions, 0 failures, 0 errors.", "stderr": ""});
        let s = signals("Bash", &remote, ToolOutcome::Succeeded { response: &out });
        assert_eq!(s.test_outcome, Some("passed"));
        let backfill =
            json!({"command": "airflow dags backfill nightly -s 2026-01-01 -e 2026-01-03"});
        let recap =
            json!({"stdout": "finished run 3 of 3 | succeeded: 12 | failed: 0", "stderr": ""});
        let s = signals("Bash", &backfill, ToolOutcome::Succeeded { response: &recap });
        assert_eq!(s.test_outcome, None);
    }

    #[test]
    fn edits_report_extension_and_changed_lines() {
        let input = json!({"file_path": "/r/src/Main.RS", "old_string": "a\nb\nc", "new_string": "a\nB\nB2\nc"});
        let s = signals("Edit", &input, ToolOutcome::Succeeded { response: &json!({}) });
        assert_eq!(s.file_extension.as_deref(), Some("rs"));
        assert_eq!((s.lines_added, s.lines_removed), (Some(2), Some(1)));
        assert_eq!(category("mcp__github__list_issues"), "read");
    }

    #[test]
    fn a_write_to_the_harness_plan_file_is_a_plan() {
        let ok = json!({});
        let plan =
            json!({"file_path": "/home/v/.claude/plans/quiet-fox.md", "content": "# Plan\n"});
        assert_eq!(
            signals("Write", &plan, ToolOutcome::Succeeded { response: &ok }).category,
            "plan"
        );
        let edit = json!({"file_path": "/home/v/.claude/plans/quiet-fox.md", "old_string": "a", "new_string": "b"});
        assert_eq!(
            signals("Edit", &edit, ToolOutcome::Succeeded { response: &ok }).category,
            "plan"
        );
        // A document of the user's, or a settings file beside the plans, is an edit as before.
        let doc = json!({"file_path": "/r/docs/plans/roadmap.md", "content": "# Roadmap\n"});
        assert_eq!(
            signals("Write", &doc, ToolOutcome::Succeeded { response: &ok }).category,
            "write"
        );
        let settings = json!({"file_path": "/home/v/.claude/settings.json", "content": "{}"});
        assert_eq!(
            signals("Write", &settings, ToolOutcome::Succeeded { response: &ok }).category,
            "write"
        );
    }
}
