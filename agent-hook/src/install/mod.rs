//! Install: merges the hook's entries into a harness's hook settings (Claude Code's and Gemini
//! CLI's `settings.json`, Codex's `hooks.json`, all the same event → group → handler shape), and
//! takes them out again.
//!
//! Every other setting stays as it was, key order included. Running install twice changes
//! nothing the second time; uninstall removes exactly the handlers whose command runs
//! `agent-hook <harness>`. Writes are atomic (temp file + rename) and the previous file is
//! kept as `<file>.coxswain-backup`.

mod file;
pub mod settings;

use crate::harness::{self, Harness};
use std::path::{Path, PathBuf};

pub use file::settings_path;

/// Which settings file to edit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Scope {
    /// The user's file (`~/.claude/settings.json`, `~/.codex/hooks.json`,
    /// `~/.gemini/settings.json`).
    User,
    /// The project's file (`./.claude/settings.json`, ...), committable.
    Project,
    /// `./.claude/settings.local.json`, not committed (Claude Code only).
    Local,
}

/// Why install or uninstall failed; the settings file is left as it was.
#[derive(Debug, thiserror::Error)]
pub enum InstallError {
    /// The harness is not in the registry.
    #[error("unsupported harness {0:?} (supported: {list})", list = harness::names())]
    UnsupportedHarness(String),
    /// The harness has no settings file for this scope.
    #[error("{harness} has no {scope:?} settings file")]
    UnsupportedScope {
        /// The harness.
        harness: &'static str,
        /// The scope asked for.
        scope: Scope,
    },
    /// Neither the harness's config-dir variable nor `$HOME` is set.
    #[error("cannot find the user settings: HOME is not set")]
    NoHome,
    /// Reading or writing a file failed.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The settings file is not JSON of the expected shape; fix it by hand first.
    #[error("{path} cannot be edited safely: {reason}")]
    InvalidSettings {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        reason: String,
    },
}

/// Adds the hook entries for every event to the settings of `scope`; returns a description of
/// what changed (or would change, with `dry_run`).
pub fn install(
    harness: &str,
    scope: Scope,
    endpoint: Option<&str>,
    dry_run: bool,
) -> Result<String, InstallError> {
    let harness = find(harness)?;
    let path = settings_path(harness, scope)?;
    install_into(harness, &path, &hook_command(harness, endpoint), dry_run)
}

/// Removes exactly the entries `install` added; returns a description of what changed.
pub fn uninstall(harness: &str, scope: Scope, dry_run: bool) -> Result<String, InstallError> {
    let harness = find(harness)?;
    uninstall_from(harness, &settings_path(harness, scope)?, dry_run)
}

/// [`install`] into an explicit settings file with an explicit handler command.
pub fn install_into(
    harness: &Harness,
    path: &Path,
    command: &str,
    dry_run: bool,
) -> Result<String, InstallError> {
    let mut edit = file::Edit::open(path)?;
    let changes =
        settings::merge(&mut edit.value, harness, command).map_err(|e| edit.invalid(e))?;
    edit.finish(changes, dry_run, "already installed")
}

/// [`uninstall`] from an explicit settings file.
pub fn uninstall_from(
    harness: &Harness,
    path: &Path,
    dry_run: bool,
) -> Result<String, InstallError> {
    let mut edit = file::Edit::open(path)?;
    let changes = settings::remove(&mut edit.value, harness).map_err(|e| edit.invalid(e))?;
    edit.finish(changes, dry_run, "no agent-hook entries")
}

fn find(name: &str) -> Result<&'static Harness, InstallError> {
    harness::by_name(name).ok_or_else(|| InstallError::UnsupportedHarness(name.to_owned()))
}

/// `<absolute path of agent-hook> <harness> [--endpoint URL]`, shell-quoted where needed.
/// When the running program is not `agent-hook` (a test, an embedding), `agent-hook` on PATH.
pub fn hook_command(harness: &Harness, endpoint: Option<&str>) -> String {
    let exe = std::env::current_exe()
        .ok()
        .filter(|p| p.file_stem().is_some_and(|s| s == "agent-hook"))
        .map(|p| p.display().to_string())
        .unwrap_or_else(|| "agent-hook".to_owned());
    let mut command = format!("{} {}", shell_quote(&exe), harness.name);
    if let Some(url) = endpoint {
        command.push_str(" --endpoint ");
        command.push_str(&shell_quote(url));
    }
    command
}

fn shell_quote(word: &str) -> String {
    let plain = word.chars().all(|c| c.is_ascii_alphanumeric() || "/._-:=@%+,".contains(c));
    if plain && !word.is_empty() {
        word.to_owned()
    } else {
        format!("'{}'", word.replace('\'', r"'\''"))
    }
}
