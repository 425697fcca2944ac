//! The settings file: where it is, reading it, and writing it atomically with a backup.

use std::io::Write;
use std::path::{Path, PathBuf};

use serde_json::Value;

use super::settings::Shape;
use super::{InstallError, Scope};
use crate::harness::Harness;

/// The settings file of `harness` for `scope`. Claude Code: user
/// (`$CLAUDE_CONFIG_DIR/settings.json`, else `~/.claude/settings.json`), project
/// (`./.claude/settings.json`) or local (`./.claude/settings.local.json`); Codex:
/// `$CODEX_HOME/hooks.json` (else `~/.codex/hooks.json`) or `./.codex/hooks.json`; Gemini CLI:
/// `~/.gemini/settings.json` or `./.gemini/settings.json`.
pub fn settings_path(harness: &Harness, scope: Scope) -> Result<PathBuf, InstallError> {
    let home = std::env::var_os("HOME").filter(|v| !v.is_empty()).map(PathBuf::from);
    let no_home = home.is_none();
    match harness.settings_path(scope, home, cwd()?) {
        Some(path) => Ok(path),
        None if no_home && scope == Scope::User => Err(InstallError::NoHome),
        None => Err(InstallError::UnsupportedScope { harness: harness.name, scope }),
    }
}

fn cwd() -> Result<PathBuf, InstallError> {
    std::env::current_dir().map_err(|source| InstallError::Io { path: ".".into(), source })
}

/// A settings file being edited.
pub struct Edit {
    path: PathBuf,
    original: Option<Vec<u8>>,
    /// The parsed settings (`{}` when the file does not exist or is empty).
    pub value: Value,
}

impl Edit {
    /// Reads and parses the file.
    pub fn open(path: &Path) -> Result<Edit, InstallError> {
        let original = match std::fs::read(path) {
            Ok(bytes) => Some(bytes),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(source) => {
                return Err(InstallError::Io { path: path.to_owned(), source });
            }
        };
        let text = original.as_deref().map(String::from_utf8_lossy).unwrap_or_default();
        let value = if text.trim().is_empty() {
            Value::Object(Default::default())
        } else {
            serde_json::from_str(&text).map_err(|e| InstallError::InvalidSettings {
                path: path.to_owned(),
                reason: e.to_string(),
            })?
        };
        Ok(Edit { path: path.to_owned(), original, value })
    }

    /// The error for a file of the wrong shape.
    pub fn invalid(&self, shape: Shape) -> InstallError {
        InstallError::InvalidSettings { path: self.path.clone(), reason: shape.0 }
    }

    /// Writes the edited value unless nothing changed or `dry_run`; describes what happened.
    pub fn finish(
        self,
        changes: Vec<String>,
        dry_run: bool,
        unchanged: &str,
    ) -> Result<String, InstallError> {
        let path = self.path.display();
        if changes.is_empty() {
            return Ok(format!("{path}: no change ({unchanged})\n"));
        }
        let mut report = format!("{path}:\n");
        for change in &changes {
            report.push_str("  ");
            report.push_str(change);
            report.push('\n');
        }
        if dry_run {
            report.push_str("dry run: nothing written\n");
            return Ok(report);
        }
        let mut text = serde_json::to_string_pretty(&self.value).map_err(|e| {
            InstallError::InvalidSettings { path: self.path.clone(), reason: e.to_string() }
        })?;
        // Keep the original's final newline (Claude Code writes none; editors add one).
        if self.original.as_ref().is_none_or(|o| o.ends_with(b"\n")) {
            text.push('\n');
        }
        if let Some(original) = &self.original {
            let backup = backup_path(&self.path);
            write_atomic(&backup, original)?;
            report.push_str(&format!("backup: {}\n", backup.display()));
        }
        write_atomic(&self.path, text.as_bytes())?;
        Ok(report)
    }
}

/// `<file>.coxswain-backup` beside the settings file.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".coxswain-backup");
    path.with_file_name(name)
}

/// Writes to a temporary file in the same directory, syncs it, and renames it into place.
fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), InstallError> {
    let io = |source| InstallError::Io { path: path.to_owned(), source };
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(io)?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(io)?;
    tmp.write_all(bytes).map_err(io)?;
    tmp.as_file().sync_all().map_err(io)?;
    // Keep the original file's permissions (a settings file may be private).
    if let Ok(meta) = std::fs::metadata(path) {
        let _ = std::fs::set_permissions(tmp.path(), meta.permissions());
    }
    tmp.persist(path).map_err(|e| io(e.error))?;
    Ok(())
}
