//! `agent-hook install` / `uninstall` through the real binary, into a temporary HOME (user
//! scope, `CLAUDE_CONFIG_DIR` too) and a temporary project (project and local scopes).

use std::path::Path;
use std::process::{Command, Output};

use serde_json::Value;

const ORIGINAL: &str = "{\n  \"model\": \"sonnet\",\n  \"hooks\": {\n    \"Stop\": [\n      {\n        \"hooks\": [\n          {\n            \"type\": \"command\",\n            \"command\": \"notify-send done\"\n          }\n        ]\n      }\n    ]\n  },\n  \"includeCoAuthoredBy\": false\n}\n";

fn agent_hook(home: &Path, cwd: &Path, args: &[&str]) -> Output {
    let out = Command::new(env!("CARGO_BIN_EXE_agent-hook"))
        .args(args)
        .current_dir(cwd)
        .env("HOME", home)
        .env_remove("CLAUDE_CONFIG_DIR")
        .env_remove("CODEX_HOME")
        .env("XDG_STATE_HOME", home.join("state"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .output()
        .expect("agent-hook runs");
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    out
}

#[test]
fn install_twice_then_uninstall_through_the_binary_restores_the_user_settings() {
    let home = tempfile::tempdir().unwrap();
    let settings = home.path().join(".claude/settings.json");
    std::fs::create_dir_all(settings.parent().unwrap()).unwrap();
    std::fs::write(&settings, ORIGINAL).unwrap();

    let dry = agent_hook(home.path(), home.path(), &["install", "claude-code", "--dry-run"]);
    assert!(String::from_utf8_lossy(&dry.stdout).contains("dry run"));
    assert_eq!(std::fs::read_to_string(&settings).unwrap(), ORIGINAL, "--dry-run writes nothing");

    let args = ["install", "claude-code", "--scope", "user", "--endpoint", "http://127.0.0.1:4317"];
    let first = agent_hook(home.path(), home.path(), &args);
    assert!(String::from_utf8_lossy(&first.stdout).contains("+ hooks.UserPromptSubmit"));
    let installed = std::fs::read(&settings).unwrap();
    let value: Value = serde_json::from_slice(&installed).unwrap();
    let command =
        value["hooks"]["SessionStart"][0]["hooks"][0]["command"].as_str().unwrap().to_owned();
    let exe = std::fs::canonicalize(env!("CARGO_BIN_EXE_agent-hook")).unwrap();
    assert!(
        command.starts_with(&exe.display().to_string()),
        "absolute path of the binary: {command}"
    );
    assert!(command.ends_with("claude-code --endpoint http://127.0.0.1:4317"), "{command}");

    let second = agent_hook(home.path(), home.path(), &args);
    assert!(String::from_utf8_lossy(&second.stdout).contains("no change"));
    assert_eq!(std::fs::read(&settings).unwrap(), installed, "idempotent");

    agent_hook(home.path(), home.path(), &["uninstall", "claude-code"]);
    assert_eq!(std::fs::read_to_string(&settings).unwrap(), ORIGINAL);
}

#[test]
fn project_and_local_scopes_write_into_the_working_directory() {
    let home = tempfile::tempdir().unwrap();
    let project = tempfile::tempdir().unwrap();
    agent_hook(home.path(), project.path(), &["install", "claude-code", "--scope", "project"]);
    agent_hook(home.path(), project.path(), &["install", "claude-code", "--scope", "local"]);
    for name in ["settings.json", "settings.local.json"] {
        let value: Value = serde_json::from_slice(
            &std::fs::read(project.path().join(".claude").join(name)).unwrap(),
        )
        .unwrap();
        let events = agent_hook::harness::claude_code::HARNESS.events.len();
        assert_eq!(value["hooks"].as_object().unwrap().len(), events, "{name}");
    }
    assert!(!home.path().join(".claude/settings.json").exists(), "user settings untouched");
    agent_hook(home.path(), project.path(), &["uninstall", "claude-code", "--scope", "project"]);
    let value: Value = serde_json::from_slice(
        &std::fs::read(project.path().join(".claude/settings.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(value, serde_json::json!({}));
}

#[test]
fn claude_config_dir_takes_precedence_over_home() {
    let home = tempfile::tempdir().unwrap();
    let config = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_agent-hook"))
        .args(["install", "claude-code"])
        .current_dir(home.path())
        .env("HOME", home.path())
        .env("CLAUDE_CONFIG_DIR", config.path())
        .env("XDG_STATE_HOME", home.path().join("state"))
        .env("XDG_CONFIG_HOME", home.path().join("config"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(config.path().join("settings.json").exists());
    assert!(!home.path().join(".claude/settings.json").exists());
}

#[test]
fn gemini_cli_and_codex_install_into_their_own_files_and_uninstall_restores_them() {
    let home = tempfile::tempdir().unwrap();
    let gemini = home.path().join(".gemini/settings.json");
    std::fs::create_dir_all(gemini.parent().unwrap()).unwrap();
    let gemini_original =
        "{\n  \"theme\": \"Dracula\",\n  \"general\": {\n    \"vimMode\": true\n  }\n}\n";
    std::fs::write(&gemini, gemini_original).unwrap();
    agent_hook(home.path(), home.path(), &["install", "gemini-cli"]);
    agent_hook(
        home.path(),
        home.path(),
        &["install", "codex", "--endpoint", "http://127.0.0.1:4317"],
    );
    let value: Value = serde_json::from_slice(&std::fs::read(&gemini).unwrap()).unwrap();
    let command = value["hooks"]["BeforeAgent"][0]["hooks"][0]["command"].as_str().unwrap();
    assert!(command.ends_with("agent-hook gemini-cli"), "{command}");
    let codex = home.path().join(".codex/hooks.json");
    let value: Value = serde_json::from_slice(&std::fs::read(&codex).unwrap()).unwrap();
    let command = value["hooks"]["Stop"][0]["hooks"][0]["command"].as_str().unwrap();
    assert!(command.ends_with("codex --endpoint http://127.0.0.1:4317"), "{command}");
    assert!(!home.path().join(".claude").exists(), "Claude Code untouched");

    let dry = agent_hook(home.path(), home.path(), &["uninstall", "gemini-cli", "--dry-run"]);
    assert!(String::from_utf8_lossy(&dry.stdout).contains("dry run"));
    agent_hook(home.path(), home.path(), &["uninstall", "gemini-cli"]);
    agent_hook(home.path(), home.path(), &["uninstall", "codex"]);
    assert_eq!(std::fs::read_to_string(&gemini).unwrap(), gemini_original);
    let value: Value = serde_json::from_slice(&std::fs::read(&codex).unwrap()).unwrap();
    assert_eq!(value, serde_json::json!({}));
}
