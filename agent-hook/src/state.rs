//! Where session state lives between hook processes: one JSON file per session in the state
//! dir, read-modify-written under an exclusive lock (Claude Code runs hooks of parallel tool
//! calls at once), written via temp file + rename. Replays and embedders use memory instead.

use crate::recorder::session::SessionState;
use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::PathBuf;
use std::sync::Mutex;

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
}

impl FileStore {
    /// A store in `dir` (created on first use).
    pub fn new(dir: PathBuf) -> FileStore {
        FileStore { dir }
    }

    fn file_stem(session_id: &str) -> String {
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
        std::fs::create_dir_all(&self.dir).map_err(io(&self.dir))?;
        let lock_path = self.dir.join(format!("{stem}.lock"));
        let state_path = self.dir.join(format!("{stem}.json"));
        let lock = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .map_err(io(&lock_path))?;
        lock.lock().map_err(io(&lock_path))?;
        let mut state: SessionState = match std::fs::read(&state_path) {
            Ok(bytes) => serde_json::from_slice(&bytes).unwrap_or_else(|e| {
                tracing::warn!(error = %e, path = %state_path.display(), "Corrupt session state; starting afresh.");
                SessionState::default()
            }),
            Err(_) => SessionState::default(),
        };
        f(&mut state);
        let tmp = self.dir.join(format!("{stem}.json.{}.tmp", std::process::id()));
        let bytes = serde_json::to_vec(&state).unwrap_or_default();
        let write = || -> std::io::Result<()> {
            let mut file = File::create(&tmp)?;
            file.write_all(&bytes)?;
            std::fs::rename(&tmp, &state_path)
        };
        let result = write().map_err(io(&state_path));
        // Dropping `lock` releases it.
        drop(lock);
        result
    }
}
