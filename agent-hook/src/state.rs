//! Where session state lives between hook processes: one JSON file per session in the state
//! dir, read-modify-written under an exclusive lock (Claude Code runs hooks of parallel tool
//! calls at once), written via temp file + rename, readable by the user only. The lock wait is
//! bounded ([`StateError::Busy`]: the caller defers the event, see [`crate::deferred`]); state
//! of sessions idle longer than [`STALE_AFTER`] is swept when a new session starts. Replays and
//! embedders use memory instead.

use crate::recorder::session::SessionState;
use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::io::Write;
use std::os::unix::fs::{MetadataExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, Instant, SystemTime};

/// How long a hook waits for its session's lock before deferring the event: well inside any
/// harness's hook timeout, and far above what a holder needs (one state file and at most
/// [`crate::transcript::MAX_WINDOW_BYTES`] of transcript).
pub const LOCK_WAIT: Duration = Duration::from_millis(250);

/// Session state untouched this long belongs to a session that ended without SessionEnd.
pub const STALE_AFTER: Duration = Duration::from_secs(7 * 24 * 3600);

/// Why session state could not be used.
#[derive(Debug, thiserror::Error)]
pub enum StateError {
    /// Lock, read or write failed.
    #[error("session state {path}: {source}")]
    Io {
        /// File.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// Another process held the session's lock longer than the wait bound.
    #[error("session state {path} still locked after {waited:?}")]
    Busy {
        /// The lock file.
        path: PathBuf,
        /// How long this process waited.
        waited: Duration,
    },
}

/// A store of per-session state with an atomic read-modify-write.
pub trait StateStore: Send + Sync {
    /// Runs `f` on the session's state while no other process or thread can, then saves it.
    fn update(
        &self,
        session_id: &str,
        f: &mut dyn FnMut(&mut SessionState),
    ) -> Result<(), StateError>;

    /// Every session id with an open prompt (replay closes them at the end).
    fn sessions(&self) -> Vec<String> {
        Vec::new()
    }
}

/// In-memory state: fresh for each replay, or for an embedding harness.
#[derive(Default)]
pub struct MemoryStore {
    sessions: Mutex<HashMap<String, SessionState>>,
}

impl StateStore for MemoryStore {
    fn update(
        &self,
        session_id: &str,
        f: &mut dyn FnMut(&mut SessionState),
    ) -> Result<(), StateError> {
        let mut map = self.sessions.lock().unwrap_or_else(|e| e.into_inner());
        f(map.entry(session_id.to_owned()).or_default());
        Ok(())
    }

    fn sessions(&self) -> Vec<String> {
        let map = self.sessions.lock().unwrap_or_else(|e| e.into_inner());
        let mut ids: Vec<String> = map.keys().cloned().collect();
        ids.sort();
        ids
    }
}

/// On-disk state under `dir` (normally `$XDG_STATE_HOME/coxswain/sessions`).
pub struct FileStore {
    dir: PathBuf,
    lock_wait: Duration,
}

impl FileStore {
    /// A store in `dir` (created on first use) waiting at most [`LOCK_WAIT`] for a lock.
    pub fn new(dir: PathBuf) -> FileStore {
        FileStore { dir, lock_wait: LOCK_WAIT }
    }

    /// The same with another lock wait bound.
    pub fn with_lock_wait(dir: PathBuf, lock_wait: Duration) -> FileStore {
        FileStore { dir, lock_wait }
    }

    /// The file name (without extension) of a session's state, lock and deferred events.
    pub fn file_stem(session_id: &str) -> String {
        // Session ids are UUIDs; anything else is made path-safe and kept unique by a hash.
        let safe: String = session_id
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '_' { c } else { '_' })
            .take(80)
            .collect();
        if safe == session_id && !safe.is_empty() {
            safe
        } else {
            use sha2::Digest;
            format!("{safe}-{}", hex::encode(&sha2::Sha256::digest(session_id.as_bytes())[..6]))
        }
    }

    /// Takes the exclusive lock at `path`, polling until [`Self::lock_wait`] has passed. The
    /// file is re-checked after locking: a sweep may have removed it meanwhile, and a lock on a
    /// removed file excludes no one.
    fn lock(&self, path: &Path) -> Result<File, StateError> {
        let io = |source| StateError::Io { path: path.to_path_buf(), source };
        let started = Instant::now();
        let mut pause = Duration::from_millis(1);
        loop {
            let file = private_file(path, false).map_err(io)?;
            match file.try_lock() {
                Ok(()) => {
                    let same = match (file.metadata(), std::fs::metadata(path)) {
                        (Ok(held), Ok(now)) => held.ino() == now.ino() && held.dev() == now.dev(),
                        _ => false,
                    };
                    if same {
                        return Ok(file);
                    }
                }
                Err(std::fs::TryLockError::WouldBlock) => {}
                Err(std::fs::TryLockError::Error(e)) => return Err(io(e)),
            }
            let waited = started.elapsed();
            if waited >= self.lock_wait {
                return Err(StateError::Busy { path: path.to_path_buf(), waited });
            }
            std::thread::sleep(pause.min(self.lock_wait - waited));
            pause = (pause * 2).min(Duration::from_millis(10));
        }
    }

    /// Removes state of sessions idle past [`STALE_AFTER`] and leftover temp files. A lock file
    /// goes only while this process holds it, after its state file.
    fn sweep(&self) {
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return;
        };
        let now = SystemTime::now();
        let age = |p: &Path| {
            p.metadata()
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| now.duration_since(t).ok())
                .unwrap_or_default()
        };
        let mut removed = 0;
        for path in entries.filter_map(|e| e.ok()).map(|e| e.path()) {
            let name =
                path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            if name.ends_with(".tmp") && age(&path) > Duration::from_secs(3600) {
                let _ = std::fs::remove_file(&path);
            } else if let Some(stem) = name.strip_suffix(".json")
                && age(&path) > STALE_AFTER
            {
                let lock_path = self.dir.join(format!("{stem}.lock"));
                if let Ok(lock) = private_file(&lock_path, false)
                    && lock.try_lock().is_ok()
                    && age(&path) > STALE_AFTER
                {
                    let _ = std::fs::remove_file(&path);
                    let _ = std::fs::remove_file(&lock_path);
                    removed += 1;
                }
            }
        }
        if removed > 0 {
            tracing::info!(removed, dir = %self.dir.display(), "Removed stale session state.");
        }
    }
}

/// Opens (creating) a file only its owner can read or write.
fn private_file(path: &Path, truncate: bool) -> std::io::Result<File> {
    OpenOptions::new().create(true).truncate(truncate).write(true).mode(0o600).open(path)
}

impl StateStore for FileStore {
    fn update(
        &self,
        session_id: &str,
        f: &mut dyn FnMut(&mut SessionState),
    ) -> Result<(), StateError> {
        let stem = Self::file_stem(session_id);
        let io = |path: &PathBuf| {
            let path = path.clone();
            move |source| StateError::Io { path, source }
        };
        crate::config::private_dir(&self.dir, crate::config::Placement::Own)
            .map_err(io(&self.dir))?;
        let lock_path = self.dir.join(format!("{stem}.lock"));
        let state_path = self.dir.join(format!("{stem}.json"));
        let lock = self.lock(&lock_path)?;
        let mut state: SessionState = match std::fs::read(&state_path) {
            Ok(bytes) => serde_json::from_slice(&bytes).unwrap_or_else(|e| {
                tracing::warn!(error = %e, path = %state_path.display(), "Corrupt session state; starting afresh.");
                SessionState::default()
            }),
            Err(_) => {
                // A new session: a good moment to forget sessions that ended long ago.
                self.sweep();
                SessionState::default()
            }
        };
        f(&mut state);
        let tmp = self.dir.join(format!("{stem}.json.{}.tmp", std::process::id()));
        let bytes = serde_json::to_vec(&state).unwrap_or_default();
        let write = || -> std::io::Result<()> {
            let mut file = private_file(&tmp, true)?;
            file.write_all(&bytes)?;
            std::fs::rename(&tmp, &state_path)
        };
        let result = write().map_err(io(&state_path));
        // Dropping `lock` releases it.
        drop(lock);
        result
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_session_sweeps_state_idle_past_the_stale_age() {
        let dir = tempfile::tempdir().unwrap();
        let store = FileStore::new(dir.path().to_path_buf());
        store.update("old", &mut |s| s.next_prompt_index = 3).unwrap();
        store.update("recent", &mut |s| s.next_prompt_index = 1).unwrap();
        let old = dir.path().join("old.json");
        let long_ago = SystemTime::now() - STALE_AFTER - Duration::from_secs(60);
        File::options().write(true).open(&old).unwrap().set_modified(long_ago).unwrap();
        store.update("new", &mut |_| {}).unwrap();
        assert!(!old.exists() && !dir.path().join("old.lock").exists(), "stale state swept");
        assert!(dir.path().join("recent.json").exists(), "recent state kept");
    }

    #[test]
    fn a_lock_held_past_the_wait_bound_is_reported_busy() {
        let dir = tempfile::tempdir().unwrap();
        let store = FileStore::with_lock_wait(dir.path().to_path_buf(), Duration::from_millis(20));
        store.update("s", &mut |_| {}).unwrap();
        let held = File::options().write(true).open(dir.path().join("s.lock")).unwrap();
        held.lock().unwrap();
        let result = store.update("s", &mut |_| {});
        assert!(matches!(result, Err(StateError::Busy { .. })), "{result:?}");
        drop(held);
        store.update("s", &mut |_| {}).unwrap();
    }
}
