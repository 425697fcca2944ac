//! Where session state lives between hook processes: one file per session in the state dir,
//! read-modify-written under an exclusive lock (Claude Code runs hooks of parallel tool calls
//! at once), readable by the user only. Each update appends the whole new state as one JSON
//! line and the last line that parses is the state, so a write cut by a crash leaves the state
//! before it; the file is rewritten (temp file + rename) when new or grown long. Appending
//! spares the hook the data flush ext4 starts when a rename replaces a file. The lock wait is
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

    /// The session's state as last saved, read without the lock (a glance that may be a
    /// moment old; `None`: this store cannot tell). Lets a caller skip an update that would
    /// change nothing.
    fn glance(&self, _session_id: &str) -> Option<SessionState> {
        None
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

    fn glance(&self, session_id: &str) -> Option<SessionState> {
        let map = self.sessions.lock().unwrap_or_else(|e| e.into_inner());
        Some(map.get(session_id).cloned().unwrap_or_default())
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

/// A state file is rewritten as one line once appending would take it past this size (or
/// past eight states, for large ones).
const COMPACT_AT: usize = 64 * 1024;

/// The state in `log`: its last line that parses (earlier ones when a crash cut the last).
fn latest_state(log: &[u8], path: &Path) -> SessionState {
    let mut end = log.len();
    loop {
        let start = memchr::memrchr(b'\n', &log[..end]).map_or(0, |i| i + 1);
        let line = log[start..end].trim_ascii();
        if !line.is_empty() {
            match serde_json::from_slice(line) {
                Ok(state) => return state,
                Err(e) => {
                    tracing::warn!(error = %e, path = %path.display(), "Unreadable session state line; using the one before.")
                }
            }
        }
        if start == 0 {
            tracing::warn!(path = %path.display(), "No readable session state; starting afresh.");
            return SessionState::default();
        }
        end = start - 1;
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
        let (mut state, log_len) = match std::fs::read(&state_path) {
            Ok(log) => (latest_state(&log, &state_path), log.len()),
            Err(_) => {
                // A new session: a good moment to forget sessions that ended long ago.
                self.sweep();
                (SessionState::default(), 0)
            }
        };
        f(&mut state);
        let mut line = Vec::with_capacity(1024);
        line.push(b'\n');
        if serde_json::to_writer(&mut line, &state).is_err() {
            line.truncate(1);
        }
        let append = log_len > 0 && log_len + line.len() <= COMPACT_AT.max(8 * line.len());
        let write = || -> std::io::Result<()> {
            if append {
                // One write: concurrent updates are excluded by the lock, and a cut one is
                // a last line that does not parse.
                return OpenOptions::new().append(true).open(&state_path)?.write_all(&line);
            }
            let tmp = self.dir.join(format!("{stem}.json.{}.tmp", std::process::id()));
            let mut file = private_file(&tmp, true)?;
            file.write_all(&line[1..])?;
            std::fs::rename(&tmp, &state_path)
        };
        let result = write().map_err(io(&state_path));
        // Dropping `lock` releases it.
        drop(lock);
        result
    }

    fn glance(&self, session_id: &str) -> Option<SessionState> {
        let path = self.dir.join(format!("{}.json", Self::file_stem(session_id)));
        match std::fs::read(&path) {
            Ok(log) => Some(latest_state(&log, &path)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Some(SessionState::default()),
            Err(_) => None,
        }
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
    fn updates_append_and_a_cut_last_line_leaves_the_state_before_it() {
        let dir = tempfile::tempdir().unwrap();
        let store = FileStore::new(dir.path().to_path_buf());
        for i in 1..=3 {
            store.update("s", &mut |s| s.next_prompt_index = i).unwrap();
        }
        let path = dir.path().join("s.json");
        let log = std::fs::read_to_string(&path).unwrap();
        assert_eq!(log.lines().count(), 3, "{log}");
        // A crash in the middle of the next write.
        std::fs::write(&path, format!("{log}\n{{\"next_prompt_index\":4,\"open_pr")).unwrap();
        let mut seen = 0;
        store.update("s", &mut |s| seen = s.next_prompt_index).unwrap();
        assert_eq!(seen, 3);
        // Grown past the bound, the file is rewritten as one line.
        let big = "x".repeat(COMPACT_AT / 16);
        for _ in 0..20 {
            store.update("s", &mut |s| s.model = Some(big.clone())).unwrap();
        }
        let log = std::fs::read_to_string(&path).unwrap();
        assert!(log.len() <= COMPACT_AT && log.lines().count() < 20, "{}", log.len());
        store.update("s", &mut |s| seen = s.next_prompt_index).unwrap();
        assert_eq!(seen, 3);
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
