//! Segment files: the request bodies, appended in order to files of bounded size under
//! `<data_dir>/segments/`, each named after the first seq it holds. Every frame carries its seq,
//! its metadata and a CRC, so the files alone are enough to rebuild the index after a crash; a
//! torn frame at the tail is cut off when the file is reopened.
//!
//! New segments come from a spare file prepared in the background: zero-filled to the segment
//! size and synced before any frame goes in, so a commit's fdatasync only writes data (appending
//! to a file changes its size, and every fdatasync then also commits the filesystem's journal —
//! on a busy disk the slow part). A spare is renamed to its segment's name when it is taken;
//! that rename need not be synced before frames in it are acknowledged, because opening the
//! directory names a spare holding frames after its first frame's seq again.

use std::collections::BTreeMap;
use std::fs::{File, OpenOptions};
use std::io;
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, RwLock};

use super::Seq;
use super::entry::{Location, Meta};

/// Bytes before a frame's payload: payload length and CRC-32 of the payload.
pub(crate) const PREFIX_LEN: usize = 8;

/// Largest frame accepted when scanning (a damaged length must not ask for gigabytes).
const MAX_FRAME: usize = 1 << 30;

/// One segment file.
pub(crate) struct SegmentFile {
    /// The first seq it holds (its name).
    pub id: Seq,
    pub file: File,
    /// Bytes written.
    pub len: AtomicU64,
    /// Bytes known to be on stable storage.
    pub synced: AtomicU64,
}

/// The segment directory and its open files.
pub(crate) struct Segments {
    dir: PathBuf,
    files: RwLock<BTreeMap<Seq, Arc<SegmentFile>>>,
    spare: Arc<Spare>,
}

/// The next segment's file, zero-filled and synced ahead of need.
#[derive(Default)]
struct Spare {
    ready: Mutex<Option<(PathBuf, File)>>,
    preparing: AtomicBool,
    count: AtomicU64,
}

fn name(id: Seq) -> String {
    format!("{id:020}.seg")
}

/// Spare files end in this.
const SPARE_SUFFIX: &str = ".spare";

/// Zero-fills `file` to `size` bytes and syncs it, with the directory. Skipped when it would
/// take more than a quarter of the free space: a spare must never be what fills a disk.
fn fill_spare(dir: &Path, path: &Path, size: u64) -> io::Result<File> {
    let st = rustix::fs::statvfs(dir)?;
    if st.f_bavail.saturating_mul(st.f_frsize) < size.saturating_mul(4) {
        return Err(io::Error::new(
            io::ErrorKind::StorageFull,
            "too little free space for a spare",
        ));
    }
    let file = OpenOptions::new().read(true).write(true).create_new(true).open(path)?;
    let zeros = vec![0u8; 1 << 20];
    let mut at = 0u64;
    while at < size {
        let n = zeros.len().min((size - at) as usize);
        file.write_all_at(&zeros[..n], at)?;
        at += n as u64;
    }
    file.sync_all()?;
    File::open(dir)?.sync_all()?;
    Ok(file)
}

/// Completes a frame laid out as prefix, seq, metadata, stored body: writes the payload
/// length, the seq, and the CRC-32 of metadata and body (`crc`, computed by the caller outside
/// any lock) extended with the seq.
pub(crate) fn seal(frame: &mut [u8], seq: Seq, mut crc: crc32fast::Hasher) {
    let payload_len = (frame.len() - PREFIX_LEN) as u32;
    frame[PREFIX_LEN..PREFIX_LEN + 8].copy_from_slice(&seq.to_le_bytes());
    crc.update(&seq.to_le_bytes());
    frame[..4].copy_from_slice(&payload_len.to_le_bytes());
    frame[4..8].copy_from_slice(&crc.finalize().to_le_bytes());
}

/// Splits a whole frame into seq, metadata and stored body; `None` when it is damaged.
pub(crate) fn parse(frame: &[u8]) -> Option<(Seq, Meta, &[u8])> {
    let len = u32::from_le_bytes(frame.get(..4)?.try_into().ok()?) as usize;
    let crc = u32::from_le_bytes(frame.get(4..8)?.try_into().ok()?);
    let payload = frame.get(PREFIX_LEN..PREFIX_LEN.checked_add(len)?)?;
    let mut h = crc32fast::Hasher::new();
    h.update(payload.get(8..)?);
    h.update(payload.get(..8)?);
    if h.finalize() != crc {
        return None;
    }
    let seq = u64::from_le_bytes(payload.get(..8)?.try_into().ok()?);
    let meta = Meta::decode(payload.get(8..8 + Meta::LEN)?)?;
    Some((seq, meta, &payload[8 + Meta::LEN..]))
}

impl Segments {
    /// Opens `dir` (creating it) and every segment file in it.
    pub fn open(dir: &Path) -> io::Result<Segments> {
        std::fs::create_dir_all(dir)?;
        let mut files = BTreeMap::new();
        let mut renamed = false;
        for e in std::fs::read_dir(dir)? {
            let e = e?;
            if e.file_name().to_str().is_some_and(|n| n.ends_with(SPARE_SUFFIX)) {
                renamed |= Self::recover_spare(dir, &e.path())?;
            }
        }
        if renamed {
            File::open(dir)?.sync_all()?;
        }
        for e in std::fs::read_dir(dir)? {
            let e = e?;
            let file_name = e.file_name();
            let Some(id) = file_name
                .to_str()
                .and_then(|n| n.strip_suffix(".seg"))
                .and_then(|n| n.parse::<Seq>().ok())
            else {
                continue;
            };
            let file = OpenOptions::new().read(true).write(true).open(e.path())?;
            let len = file.metadata()?.len();
            files.insert(
                id,
                Arc::new(SegmentFile {
                    id,
                    file,
                    len: AtomicU64::new(len),
                    synced: AtomicU64::new(len),
                }),
            );
        }
        Ok(Segments { dir: dir.to_path_buf(), files: RwLock::new(files), spare: Arc::default() })
    }

    /// A spare left by the last run: renamed after its first frame's seq when frames went in
    /// (the rename was not synced before they were acknowledged), else removed. Returns whether
    /// it was renamed.
    fn recover_spare(dir: &Path, path: &Path) -> io::Result<bool> {
        let file = File::open(path)?;
        let mut prefix = [0u8; PREFIX_LEN];
        let first = match file.read_exact_at(&mut prefix, 0) {
            Ok(()) => {
                let payload = u32::from_le_bytes([prefix[0], prefix[1], prefix[2], prefix[3]]);
                let mut buf = vec![0u8; PREFIX_LEN + (payload as usize).min(MAX_FRAME)];
                file.read_exact_at(&mut buf, 0).ok().and_then(|()| parse(&buf).map(|f| f.0))
            }
            Err(_) => None,
        };
        match first {
            Some(seq) => {
                tracing::info!(segment = seq, "Naming a segment written from a spare file.");
                std::fs::rename(path, dir.join(name(seq)))?;
                Ok(true)
            }
            None => {
                std::fs::remove_file(path)?;
                Ok(false)
            }
        }
    }

    /// Starts preparing a spare segment of `size` bytes in the background, unless one is ready
    /// or on its way. A spare that cannot be made (a full disk) is skipped: the next segment is
    /// then created on the spot.
    pub fn prepare_spare(&self, size: u64) {
        let spare = self.spare.clone();
        if spare.ready.lock().unwrap_or_else(|p| p.into_inner()).is_some()
            || spare.preparing.swap(true, Ordering::AcqRel)
        {
            return;
        }
        let dir = self.dir.clone();
        let n = spare.count.fetch_add(1, Ordering::Relaxed);
        let path = dir.join(format!("{}-{n}{SPARE_SUFFIX}", std::process::id()));
        let spawned = std::thread::Builder::new().name("segment-spare".into()).spawn(move || {
            match fill_spare(&dir, &path, size) {
                Ok(file) => {
                    *spare.ready.lock().unwrap_or_else(|p| p.into_inner()) = Some((path, file));
                }
                Err(error) => {
                    tracing::debug!(%error, "Cannot prepare a spare segment; creating on demand.");
                    let _ = std::fs::remove_file(&path);
                }
            }
            spare.preparing.store(false, Ordering::Release);
        });
        if spawned.is_err() {
            self.spare.preparing.store(false, Ordering::Release);
        }
    }

    /// Every segment, oldest first.
    pub fn all(&self) -> Vec<Arc<SegmentFile>> {
        self.files.read().unwrap_or_else(|p| p.into_inner()).values().cloned().collect()
    }

    /// Creates the segment whose first seq is `id`: the spare, renamed, when one is ready
    /// (returns `false`: nothing to sync), else a new file whose directory entry is made durable
    /// by the next [`Segments::sync_dir`] (returns `true`).
    pub fn create(&self, id: Seq) -> io::Result<(Arc<SegmentFile>, bool)> {
        let spare = self.spare.ready.lock().unwrap_or_else(|p| p.into_inner()).take();
        let (file, len, new_entry) = match spare {
            Some((path, file)) if std::fs::rename(&path, self.dir.join(name(id))).is_ok() => {
                (file, 0, false)
            }
            _ => {
                let file = OpenOptions::new()
                    .read(true)
                    .write(true)
                    .create(true)
                    .truncate(false)
                    .open(self.dir.join(name(id)))?;
                let len = file.metadata()?.len();
                (file, len, true)
            }
        };
        let seg =
            Arc::new(SegmentFile { id, file, len: AtomicU64::new(len), synced: AtomicU64::new(0) });
        self.files.write().unwrap_or_else(|p| p.into_inner()).insert(id, seg.clone());
        Ok((seg, new_entry))
    }

    /// fsyncs the directory, so created and removed files stay so after a power loss.
    pub fn sync_dir(&self) -> io::Result<()> {
        File::open(&self.dir)?.sync_all()
    }

    /// Reads the frame at `loc`; `None` when its segment is gone (removed by retention).
    pub fn read(&self, loc: &Location) -> io::Result<Option<Vec<u8>>> {
        let Some(seg) =
            self.files.read().unwrap_or_else(|p| p.into_inner()).get(&loc.segment).cloned()
        else {
            return Ok(None);
        };
        let mut buf = vec![0u8; loc.len as usize];
        seg.file.read_exact_at(&mut buf, loc.offset)?;
        Ok(Some(buf))
    }

    /// Removes every segment older than `keep_from` (the segment holding it stays), except the
    /// one being written. Returns the bytes freed.
    pub fn remove_before(&self, keep_from: Seq, writing: Option<Seq>) -> io::Result<u64> {
        let victims: Vec<Arc<SegmentFile>> = {
            let files = self.files.read().unwrap_or_else(|p| p.into_inner());
            // A segment may go when the next one starts at or before `keep_from`.
            let ids: Vec<Seq> = files.keys().copied().collect();
            ids.windows(2)
                .filter(|w| w[1] <= keep_from && Some(w[0]) != writing)
                .filter_map(|w| files.get(&w[0]).cloned())
                .collect()
        };
        let mut freed = 0;
        for seg in &victims {
            std::fs::remove_file(self.dir.join(name(seg.id)))?;
            freed += seg.len.load(Ordering::Relaxed);
            self.files.write().unwrap_or_else(|p| p.into_inner()).remove(&seg.id);
        }
        if !victims.is_empty() {
            self.sync_dir()?;
        }
        Ok(freed)
    }

    /// Bytes of all segment files.
    pub fn bytes(&self) -> u64 {
        self.files
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .values()
            .map(|s| s.len.load(Ordering::Relaxed))
            .sum()
    }

    /// The directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }
}

impl SegmentFile {
    /// Appends a frame; on failure the file is cut back to where it was, so a partial write
    /// (a full disk) leaves no torn frame behind. Returns the frame's offset.
    pub fn append(&self, frame: &[u8]) -> io::Result<u64> {
        let offset = self.len.load(Ordering::Acquire);
        match self.file.write_all_at(frame, offset) {
            Ok(()) => {
                self.len.store(offset + frame.len() as u64, Ordering::Release);
                Ok(offset)
            }
            Err(e) => {
                let _ = self.file.set_len(offset);
                Err(e)
            }
        }
    }

    /// fdatasyncs what was written so far; returns the length now on stable storage.
    pub fn sync(&self) -> io::Result<u64> {
        let len = self.len.load(Ordering::Acquire);
        if self.synced.load(Ordering::Acquire) < len {
            self.file.sync_data()?;
            self.synced.fetch_max(len, Ordering::AcqRel);
        }
        Ok(len)
    }

    /// Cuts the file back to what is known to be on stable storage (after a failed sync, the
    /// rest is in an unknown state; its requests were not acknowledged).
    pub fn cut_to_synced(&self) -> io::Result<()> {
        let synced = self.synced.load(Ordering::Acquire);
        self.file.set_len(synced)?;
        self.len.store(synced, Ordering::Release);
        Ok(())
    }

    /// Every intact frame from the start, in order, as (seq, location, metadata); a damaged or
    /// torn frame ends the scan and the file is cut there (nothing after it was acknowledged,
    /// since frames are made durable in order).
    pub fn scan(&self) -> io::Result<Vec<(Seq, Location, Meta)>> {
        let len = self.len.load(Ordering::Acquire);
        let mut out = Vec::new();
        let mut offset = 0u64;
        let mut prefix = [0u8; PREFIX_LEN];
        while offset + PREFIX_LEN as u64 <= len {
            self.file.read_exact_at(&mut prefix, offset)?;
            let payload = u32::from_le_bytes([prefix[0], prefix[1], prefix[2], prefix[3]]) as usize;
            let total = PREFIX_LEN + payload;
            if payload > MAX_FRAME || offset + total as u64 > len {
                break;
            }
            let mut buf = vec![0u8; total];
            self.file.read_exact_at(&mut buf, offset)?;
            let Some((seq, meta, _)) = parse(&buf) else { break };
            out.push((seq, Location { segment: self.id, offset, len: total as u32 }, meta));
            offset += total as u64;
        }
        if offset < len {
            if prefix != [0; PREFIX_LEN] {
                tracing::warn!(segment = self.id, at = offset, len, "Cutting a torn segment tail.");
            }
            self.file.set_len(offset)?;
            self.file.sync_data()?;
            self.len.store(offset, Ordering::Release);
        }
        self.synced.store(offset, Ordering::Release);
        Ok(out)
    }
}
