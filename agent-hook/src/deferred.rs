//! Events the hook could not record within its budget because another process held their
//! session's lock ([`crate::state::StateError::Busy`]): kept as owner-only files, one directory
//! per session, and recorded in order — with the time they happened — by the next hook process
//! of that session or by the sender. Nothing is lost and no hook waits past the lock bound.

use crate::harness::{self, Harness};
use crate::recorder::{RecordError, Recorder};
use crate::state::FileStore;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// One deferred event.
#[derive(Debug, Serialize, Deserialize)]
pub struct DeferredEvent {
    /// When the hook received it, ns since the epoch.
    pub at_ns: u64,
    /// The harness that sent it (absent in files written before there were several:
    /// `claude-code`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub harness: Option<String>,
    /// The payload as received.
    pub payload: Value,
}

impl DeferredEvent {
    /// The harness whose adapter records it.
    pub fn harness(&self) -> &'static Harness {
        self.harness.as_deref().and_then(harness::by_name).unwrap_or(&harness::claude_code::HARNESS)
    }

    /// Records it into `recorder` with its harness's adapter.
    pub fn record(&self, recorder: &Recorder) -> Result<(), RecordError> {
        self.harness().handle(recorder, &self.payload, self.at_ns).map(drop)
    }
}

/// The deferred events under one directory (`<state>/deferred`).
#[derive(Clone, Debug)]
pub struct Deferred {
    dir: PathBuf,
}

static COUNTER: AtomicU64 = AtomicU64::new(0);

impl Deferred {
    /// Deferred events in `dir`.
    pub fn new(dir: PathBuf) -> Deferred {
        Deferred { dir }
    }

    fn session_dir(&self, session_id: &str) -> PathBuf {
        self.dir.join(FileStore::file_stem(session_id))
    }

    /// Keeps `payload` (received from `harness` at `at_ns`) until its session's lock is free.
    pub fn push(
        &self,
        session_id: &str,
        harness: &str,
        at_ns: u64,
        payload: &Value,
    ) -> std::io::Result<PathBuf> {
        let dir = self.session_dir(session_id);
        crate::config::private_dir(&dir, crate::config::Placement::Own)?;
        let name = format!(
            "{at_ns:020}-{}-{}.json",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed)
        );
        let tmp = dir.join(format!(".{name}.tmp"));
        let path = dir.join(name);
        let bytes = serde_json::to_vec(&DeferredEvent {
            at_ns,
            harness: Some(harness.to_owned()),
            payload: payload.clone(),
        })
        .map_err(std::io::Error::other)?;
        let mut file = OpenOptions::new().write(true).create_new(true).mode(0o600).open(&tmp)?;
        file.write_all(&bytes)?;
        file.sync_all()?;
        std::fs::rename(&tmp, &path)?;
        Ok(path)
    }

    /// Whether any event of any session waits.
    pub fn is_empty(&self) -> bool {
        self.sessions().is_empty()
    }

    /// Events waiting, over all sessions (for `status`).
    pub fn len(&self) -> usize {
        self.sessions().iter().map(|dir| events(dir).len()).sum()
    }

    /// Session directories holding events.
    fn sessions(&self) -> Vec<PathBuf> {
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return Vec::new();
        };
        entries
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.is_dir() && !events(p).is_empty())
            .collect()
    }

    /// Records the session's deferred events oldest first with `record`, removing each once
    /// recorded; stops at the first failure (the lock is busy again). `true` when none is left,
    /// so the caller's own event may follow without overtaking an older one.
    pub fn drain_session(
        &self,
        session_id: &str,
        record: &mut dyn FnMut(&DeferredEvent) -> Result<(), crate::recorder::RecordError>,
    ) -> bool {
        drain_dir(&self.session_dir(session_id), record)
    }

    /// Records every session's deferred payloads, each into the recorder `recorder_for` makes
    /// for its harness (the sender and `flush` do this, for a session whose last event was
    /// deferred).
    pub fn record_all(&self, recorder_for: &dyn Fn(&Harness) -> Recorder) -> bool {
        let mut recorders: HashMap<&'static str, Recorder> = HashMap::new();
        self.drain_all(&mut |e| {
            let harness = e.harness();
            let recorder = recorders.entry(harness.name).or_insert_with(|| recorder_for(harness));
            e.record(recorder)
        })
    }

    /// [`Self::drain_session`] for every session.
    pub fn drain_all(
        &self,
        record: &mut dyn FnMut(&DeferredEvent) -> Result<(), crate::recorder::RecordError>,
    ) -> bool {
        let mut all = true;
        for dir in self.sessions() {
            all &= drain_dir(&dir, record);
        }
        all
    }
}

/// Event files in a session directory, oldest first.
fn events(dir: &Path) -> Vec<PathBuf> {
    crate::spool::json_files(dir)
}

fn drain_dir(
    dir: &Path,
    record: &mut dyn FnMut(&DeferredEvent) -> Result<(), crate::recorder::RecordError>,
) -> bool {
    if events(dir).is_empty() {
        return true;
    }
    // One drainer per session, so no event is recorded twice.
    let Ok(lock) = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .mode(0o600)
        .open(dir.join(".drain.lock"))
    else {
        return false;
    };
    if lock.try_lock().is_err() {
        return false;
    }
    loop {
        let files = events(dir);
        let Some(path) = files.first() else {
            return true;
        };
        let event = File::open(path).map_err(|e| e.to_string()).and_then(|f| {
            serde_json::from_reader::<_, DeferredEvent>(f).map_err(|e| e.to_string())
        });
        match event {
            Ok(event) => {
                if let Err(e) = record(&event) {
                    tracing::debug!(error = %e, "Deferred event still waits.");
                    return false;
                }
            }
            Err(e) => {
                tracing::warn!(error = %e, path = %path.display(), "Unreadable deferred event dropped.")
            }
        }
        let _ = std::fs::remove_file(path);
    }
}
