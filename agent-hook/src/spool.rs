//! The local spool: finished spans, one JSON batch file per hook event, written durably
//! (temp file + rename + fsync) into the state dir. The sender removes a file only after the
//! collector acknowledged it.

use crate::config::Target;
use crate::recorder::span::SpanRecord;
use serde::{Deserialize, Serialize};
use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// Why the spool could not be used.
#[derive(Debug, thiserror::Error)]
pub enum SpoolError {
    /// Writing or reading a batch failed.
    #[error("spool {path}: {source}")]
    Io {
        /// File.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// A batch file is not valid.
    #[error("spool {path}: invalid batch: {source}")]
    Invalid {
        /// File.
        path: PathBuf,
        /// Why.
        source: serde_json::Error,
    },
}

/// One spooled batch: spans of one event, and where they go when the event named a target.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Batch {
    /// Endpoint and headers given explicitly for this event; `None` = the config's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<Target>,
    /// The spans.
    pub spans: Vec<SpanRecord>,
}

/// The spool directory.
#[derive(Clone, Debug)]
pub struct Spool {
    dir: PathBuf,
}

/// Size of the spool, for `status`.
#[derive(Clone, Debug, Default, Serialize)]
pub struct SpoolStats {
    /// Batch files.
    pub batches: usize,
    /// Bytes on disk.
    pub bytes: u64,
    /// Age of the oldest batch, seconds.
    pub oldest_age_secs: Option<u64>,
}

static COUNTER: AtomicU64 = AtomicU64::new(0);

impl Spool {
    /// The spool in `dir`.
    pub fn new(dir: PathBuf) -> Spool {
        Spool { dir }
    }

    /// Its directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Writes `batch` durably; returns its file.
    pub fn append(&self, batch: &Batch) -> Result<PathBuf, SpoolError> {
        let io = |path: &Path| {
            let path = path.to_path_buf();
            move |source| SpoolError::Io { path, source }
        };
        std::fs::create_dir_all(&self.dir).map_err(io(&self.dir))?;
        let name = format!(
            "{:020}-{}-{}.json",
            crate::clock::now_ns(),
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed)
        );
        let tmp = self.dir.join(format!(".{name}.tmp"));
        let path = self.dir.join(&name);
        let bytes = serde_json::to_vec(batch)
            .map_err(|source| SpoolError::Invalid { path: path.clone(), source })?;
        let write = || -> std::io::Result<()> {
            let mut file = restricted_create(&tmp)?;
            file.write_all(&bytes)?;
            // Renamed before the sync, so one flush makes the content and the name durable
            // where the file's fsync commits its rename too; elsewhere the directory is
            // synced as well. A crash before the sync can leave an empty batch under its
            // name: the sender sets it aside (the hook had not returned, nothing was lost
            // that had been kept).
            std::fs::rename(&tmp, &path)?;
            file.sync_all()?;
            if !fsync_commits_rename(&file) {
                File::open(&self.dir)?.sync_all()?;
            }
            Ok(())
        };
        write().map_err(|e| {
            let _ = std::fs::remove_file(&tmp);
            io(&path)(e)
        })?;
        Ok(path)
    }

    /// Batch files, oldest first.
    pub fn list(&self) -> Vec<PathBuf> {
        json_files(&self.dir)
    }

    /// Whether anything waits to be sent (stops at the first batch found).
    pub fn is_empty(&self) -> bool {
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return true;
        };
        !entries.filter_map(|e| e.ok()).any(|e| {
            let name = e.file_name();
            let name = name.to_string_lossy();
            name.ends_with(".json") && !name.starts_with('.')
        })
    }

    /// Reads one batch file.
    pub fn read(&self, path: &Path) -> Result<Batch, SpoolError> {
        let bytes = std::fs::read(path)
            .map_err(|source| SpoolError::Io { path: path.to_path_buf(), source })?;
        serde_json::from_slice(&bytes)
            .map_err(|source| SpoolError::Invalid { path: path.to_path_buf(), source })
    }

    /// Removes an acknowledged batch file.
    pub fn remove(&self, path: &Path) {
        if let Err(e) = std::fs::remove_file(path) {
            tracing::warn!(error = %e, path = %path.display(), "Could not remove a sent batch.");
        }
    }

    /// Moves an unreadable batch aside (kept for inspection, never retried).
    pub fn quarantine(&self, path: &Path) {
        let bad = self.dir.join("bad");
        let _ = std::fs::create_dir_all(&bad);
        if let Some(name) = path.file_name() {
            let _ = std::fs::rename(path, bad.join(name));
        }
    }

    /// Batches, bytes and the oldest batch's age.
    pub fn stats(&self) -> SpoolStats {
        let files = self.list();
        let bytes = files.iter().filter_map(|p| p.metadata().ok()).map(|m| m.len()).sum();
        let now = crate::clock::now_ns();
        let oldest_age_secs = files.first().and_then(|p| {
            let name = p.file_name()?.to_string_lossy().into_owned();
            let ns: u64 = name.split('-').next()?.parse().ok()?;
            Some(now.saturating_sub(ns) / 1_000_000_000)
        });
        SpoolStats { batches: files.len(), bytes, oldest_age_secs }
    }
}

/// The `.json` files in `dir` that are not hidden (temp files start with `.`), sorted by name:
/// oldest first for names that start with a zero-padded time.
pub(crate) fn json_files(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| {
            p.extension().is_some_and(|e| e == "json")
                && !p.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.'))
        })
        .collect();
    files.sort();
    files
}

/// Whether `fsync` of a renamed file also makes its new name durable: true on the journalling
/// file systems whose fsync commits the transaction that holds the rename (ext4, including
/// without a journal, where fsync syncs the parent of a new entry; XFS; btrfs). Elsewhere the
/// directory needs its own fsync, which costs a second disk flush.
fn fsync_commits_rename(file: &File) -> bool {
    use std::os::fd::AsRawFd;
    const EXT4: u32 = 0xEF53;
    const XFS: u32 = 0x5846_5342;
    const BTRFS: u32 = 0x9123_683E;
    let mut fs = std::mem::MaybeUninit::<libc::statfs>::uninit();
    // SAFETY: fstatfs writes a `statfs` for an fd this process owns.
    if unsafe { libc::fstatfs(file.as_raw_fd(), fs.as_mut_ptr()) } != 0 {
        return false;
    }
    // SAFETY: fstatfs succeeded, so the struct is initialised.
    // The magic is 32 bits wide; `f_type`'s C type differs between platforms.
    let magic = unsafe { fs.assume_init() }.f_type as u32;
    matches!(magic, EXT4 | XFS | BTRFS)
}

/// Creates a file readable by its owner only (batches can hold auth headers).
fn restricted_create(path: &Path) -> std::io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(path)
}
