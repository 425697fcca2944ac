//! `install`/`uninstall` on real files in temporary directories: the user's other hooks and
//! settings survive, a second install changes nothing, uninstall restores the original, and
//! `--dry-run` writes nothing.

use std::path::{Path, PathBuf};

use agent_hook::harness::{Harness, claude_code, codex, gemini_cli};
use agent_hook::install;
use serde_json::Value;

const CLAUDE: &Harness = &claude_code::HARNESS;

fn claude_events() -> Vec<&'static str> {
    CLAUDE.event_names().collect()
}

const COMMAND: &str = "/opt/coxswain/bin/agent-hook claude-code --endpoint http://127.0.0.1:4317";

/// A settings file as Claude Code writes it (two-space indent), with other hooks and settings.
const ORIGINAL: &str = r#"{
  "model": "opus",
  "permissions": {
    "allow": [
      "Bash(cargo test:*)"
    ],
    "deny": []
  },
  "hooks": {
    "PreToolUse": [
      {
        "matcher": "Bash",
        "hooks": [
          {
            "type": "command",
            "command": "python3 ~/.claude/hooks/guard.py"
          }
        ]
      }
    ],
    "Stop": [
      {
        "hooks": [
          {
            "type": "command",
            "command": "notify-send done",
            "timeout": 2
          }
        ]
      }
    ]
  },
  "zUnknownFutureKey": {
    "b": 1,
    "a": [
      true,
      null
    ]
  },
  "env": {
    "FOO": "bar"
  }
}
"#;

fn settings_in(dir: &Path, text: Option<&str>) -> PathBuf {
    let path = dir.join(".claude/settings.json");
    if let Some(text) = text {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
    }
    path
}

fn read(path: &Path) -> Value {
    serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap()
}

fn our_handlers(settings: &Value, event: &str) -> Vec<Value> {
    settings["hooks"][event]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|g| g["hooks"].as_array().cloned().unwrap_or_default())
        .filter(|h| install::settings::is_ours(h["command"].as_str().unwrap_or(""), "claude-code"))
        .collect()
}

#[test]
fn install_adds_one_entry_per_event_and_keeps_other_hooks_and_settings_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let path = settings_in(dir.path(), Some(ORIGINAL));
    let report = install::install_into(CLAUDE, &path, COMMAND, false).unwrap();
    assert!(report.contains("+ hooks.PreToolUse"), "{report}");
    let after = read(&path);
    let before: Value = serde_json::from_str(ORIGINAL).unwrap();
    let keys = |v: &Value| v.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
    assert_eq!(keys(&after), keys(&before), "top-level keys and their order are kept");
    for key in ["model", "permissions", "zUnknownFutureKey", "env"] {
        assert_eq!(after[key], before[key], "{key} untouched");
    }
    assert_eq!(
        after["hooks"]["PreToolUse"][0], before["hooks"]["PreToolUse"][0],
        "user hook first, as before"
    );
    assert_eq!(after["hooks"]["Stop"][0], before["hooks"]["Stop"][0]);
    for event in claude_events() {
        let ours = our_handlers(&after, event);
        assert_eq!(ours.len(), 1, "{event}");
        assert_eq!(ours[0]["command"], COMMAND);
        assert_eq!(ours[0]["timeout"], 5);
        assert_eq!(ours[0]["type"], "command");
    }
    let tool_group = after["hooks"]["PostToolUse"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(tool_group["matcher"], "*");
    assert!(after["hooks"]["SessionStart"][0].get("matcher").is_none());
}

#[test]
fn installing_twice_changes_nothing_the_second_time() {
    let dir = tempfile::tempdir().unwrap();
    let path = settings_in(dir.path(), Some(ORIGINAL));
    install::install_into(CLAUDE, &path, COMMAND, false).unwrap();
    let once = std::fs::read(&path).unwrap();
    let report = install::install_into(CLAUDE, &path, COMMAND, false).unwrap();
    assert!(report.contains("no change"), "{report}");
    assert_eq!(std::fs::read(&path).unwrap(), once);
}

#[test]
fn uninstall_restores_the_original_byte_for_byte() {
    let dir = tempfile::tempdir().unwrap();
    let path = settings_in(dir.path(), Some(ORIGINAL));
    install::install_into(CLAUDE, &path, COMMAND, false).unwrap();
    let report = install::uninstall_from(CLAUDE, &path, false).unwrap();
    assert!(report.contains("- hooks.Stop"), "{report}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), ORIGINAL);
    let again = install::uninstall_from(CLAUDE, &path, false).unwrap();
    assert!(again.contains("no change"), "{again}");
}

#[test]
fn uninstall_of_a_compact_file_is_semantically_identical_and_drops_what_install_created() {
    let dir = tempfile::tempdir().unwrap();
    let compact = r#"{"theme":"dark","hooks":{"Notification":[{"hooks":[{"type":"command","command":"say hi"}]}]}}"#;
    let path = settings_in(dir.path(), Some(compact));
    install::install_into(CLAUDE, &path, COMMAND, false).unwrap();
    install::uninstall_from(CLAUDE, &path, false).unwrap();
    let after = read(&path);
    assert_eq!(after, serde_json::from_str::<Value>(compact).unwrap());
    assert_eq!(after["hooks"].as_object().unwrap().len(), 1, "only the user's event remains");
}

#[test]
fn dry_run_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = settings_in(dir.path(), Some(ORIGINAL));
    let report = install::install_into(CLAUDE, &path, COMMAND, true).unwrap();
    assert!(report.contains("dry run") && report.contains("+ hooks.SessionEnd"), "{report}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), ORIGINAL);
    assert!(!dir.path().join(".claude/settings.json.coxswain-backup").exists());

    install::install_into(CLAUDE, &path, COMMAND, false).unwrap();
    let installed = std::fs::read(&path).unwrap();
    let report = install::uninstall_from(CLAUDE, &path, true).unwrap();
    assert!(report.contains("dry run"), "{report}");
    assert_eq!(std::fs::read(&path).unwrap(), installed);

    let fresh = tempfile::tempdir().unwrap();
    let missing = settings_in(fresh.path(), None);
    install::install_into(CLAUDE, &missing, COMMAND, true).unwrap();
    assert!(!missing.exists() && !missing.parent().unwrap().exists(), "nothing created");
}

#[test]
fn install_into_a_fresh_home_creates_the_file_and_uninstall_empties_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = settings_in(dir.path(), None);
    install::install_into(CLAUDE, &path, COMMAND, false).unwrap();
    let after = read(&path);
    assert_eq!(after["hooks"].as_object().unwrap().len(), claude_events().len());
    install::uninstall_from(CLAUDE, &path, false).unwrap();
    assert_eq!(read(&path), serde_json::json!({}));
}

#[test]
fn a_new_endpoint_updates_the_entries_in_place_and_a_backup_keeps_the_previous_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = settings_in(dir.path(), Some(ORIGINAL));
    install::install_into(CLAUDE, &path, COMMAND, false).unwrap();
    let first = std::fs::read(&path).unwrap();
    let moved = "/opt/coxswain/bin/agent-hook claude-code --endpoint http://collector.lan:4317";
    let report = install::install_into(CLAUDE, &path, moved, false).unwrap();
    assert!(report.contains("~ hooks.Stop"), "{report}");
    let after = read(&path);
    for event in claude_events() {
        let ours = our_handlers(&after, event);
        assert_eq!(ours.len(), 1, "{event}: updated, not duplicated");
        assert_eq!(ours[0]["command"], moved);
    }
    let backup = dir.path().join(".claude/settings.json.coxswain-backup");
    assert_eq!(std::fs::read(backup).unwrap(), first);
}

#[test]
fn settings_that_are_not_json_are_left_untouched_with_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = settings_in(dir.path(), Some("{ \"model\": \"opus\", oops"));
    let error = install::install_into(CLAUDE, &path, COMMAND, false).unwrap_err();
    assert!(error.to_string().contains("cannot be edited safely"), "{error}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "{ \"model\": \"opus\", oops");
    let odd = settings_in(dir.path(), Some(r#"{"hooks": []}"#));
    let error = install::install_into(CLAUDE, &odd, COMMAND, false).unwrap_err();
    assert!(error.to_string().contains("`hooks` is not an object"), "{error}");
}

#[test]
fn unknown_harnesses_are_refused_with_the_supported_list() {
    let error = install::install("aider", install::Scope::Project, None, true).unwrap_err();
    let message = error.to_string();
    assert!(message.contains("unsupported harness"), "{message}");
    assert!(message.contains("codex") && message.contains("gemini-cli"), "{message}");
}

#[test]
fn claude_code_gets_every_event_the_adapter_handles() {
    let names = claude_events();
    for event in ["PermissionDenied", "PostCompact", "StopFailure", "SubagentStop"] {
        assert!(names.contains(&event), "{event} is installed");
    }
}

/// Gemini CLI's settings, with its own hooks, telemetry block and other settings.
const GEMINI_ORIGINAL: &str = r#"{
  "theme": "GitHub",
  "telemetry": {
    "enabled": true,
    "otlpEndpoint": "http://localhost:4317"
  },
  "hooks": {
    "BeforeTool": [
      {
        "matcher": "run_shell_command",
        "hooks": [
          {
            "name": "guard",
            "type": "command",
            "command": "./guard.sh",
            "timeout": 1000
          }
        ]
      }
    ]
  },
  "mcpServers": {}
}
"#;

#[test]
fn gemini_cli_install_and_uninstall_round_trip_byte_for_byte() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(".gemini/settings.json");
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, GEMINI_ORIGINAL).unwrap();
    let gemini = &gemini_cli::HARNESS;
    let command = "/opt/coxswain/bin/agent-hook gemini-cli";
    install::install_into(gemini, &path, command, false).unwrap();
    let after = read(&path);
    for event in gemini.event_names() {
        let ours: Vec<Value> = after["hooks"][event]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|g| g["hooks"].as_array().cloned().unwrap_or_default())
            .filter(|h| h["command"] == command)
            .collect();
        assert_eq!(ours.len(), 1, "{event}");
        assert_eq!(ours[0]["timeout"], 5000, "Gemini CLI timeouts are milliseconds");
    }
    assert_eq!(after["hooks"]["BeforeTool"][0]["matcher"], "run_shell_command");
    assert_eq!(after["hooks"]["AfterTool"][0]["matcher"], "*");
    assert_eq!(after["telemetry"]["otlpEndpoint"], "http://localhost:4317");
    assert!(after["hooks"].get("PreToolUse").is_none(), "no Claude Code events");
    let again = install::install_into(gemini, &path, command, false).unwrap();
    assert!(again.contains("no change"), "{again}");
    install::uninstall_from(gemini, &path, false).unwrap();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), GEMINI_ORIGINAL);
}

#[test]
fn codex_install_and_uninstall_round_trip_and_leave_other_harnesses_hooks_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(".codex/hooks.json");
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    // A hooks.json that already runs the Claude Code hook and a user's own Stop hook.
    let original = r#"{"hooks":{"Stop":[{"hooks":[{"type":"command","command":"agent-hook claude-code"},{"type":"command","command":"say done"}]}]}}"#;
    std::fs::write(&path, original).unwrap();
    let codex = &codex::HARNESS;
    let command = "agent-hook codex";
    let report = install::install_into(codex, &path, command, false).unwrap();
    assert!(report.contains("+ hooks.UserPromptSubmit"), "{report}");
    let after = read(&path);
    assert_eq!(after["hooks"]["PreToolUse"][0]["matcher"], "*");
    assert_eq!(after["hooks"]["Stop"][0]["hooks"].as_array().unwrap().len(), 2);
    install::uninstall_from(codex, &path, false).unwrap();
    // A compact file comes back pretty-printed: the same settings, key order included.
    assert_eq!(read(&path), serde_json::from_str::<Value>(original).unwrap());
}

/// The hooks `install` writes for `command` into an empty settings file.
fn installed_hooks(command: &str) -> Value {
    let mut settings = serde_json::json!({});
    install::settings::merge(&mut settings, CLAUDE, command).unwrap();
    settings["hooks"].clone()
}

fn json_file(relative: &str) -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap()
}

#[test]
fn the_claude_code_plugin_wires_exactly_what_install_wires() {
    let plugin = json_file("claude-code-plugin/.claude-plugin/plugin.json");
    assert_eq!(plugin["name"], "coxswain");
    assert_eq!(plugin["hooks"], installed_hooks("agent-hook claude-code"));
    let marketplace = json_file("../.claude-plugin/marketplace.json");
    assert_eq!(marketplace["plugins"][0]["source"], "./agent-hook/claude-code-plugin");
}

#[test]
fn the_managed_settings_example_allows_only_managed_hooks_and_wires_every_event() {
    let managed = json_file("../examples/claude-code-managed-settings.json");
    assert_eq!(managed["allowManagedHooksOnly"], true);
    let command =
        "/usr/local/bin/agent-hook claude-code --endpoint https://coxswain.example.com:4317";
    assert_eq!(managed["hooks"], installed_hooks(command));
}
