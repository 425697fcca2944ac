//! Segment files: the request bodies, appended in order to files of bounded size under
//! `<data_dir>/segments/`, each named after the first seq it holds. Every frame carries its seq,
//! its metadata and a CRC, so the files alone are enough to rebuild the index after a crash; a
//! torn frame at the tail is cut off when the file is reopened.

use std::collections::BTreeMap;
use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, RwLock};

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
}

fn name(id: Seq) -> String {
    format!("{id:020}.seg")
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
            let file = OpenOptions::new().read(true).append(true).open(e.path())?;
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
        Ok(Segments { dir: dir.to_path_buf(), files: RwLock::new(files) })
    }

    /// Every segment, oldest first.
    pub fn all(&self) -> Vec<Arc<SegmentFile>> {
        self.files.read().unwrap_or_else(|p| p.into_inner()).values().cloned().collect()
    }

    /// Creates the segment whose first seq is `id` (its directory entry is made durable by the
    /// next [`Segments::sync_dir`]).
    pub fn create(&self, id: Seq) -> io::Result<Arc<SegmentFile>> {
        let file = OpenOptions::new()
            .read(true)
            .append(true)
            .create(true)
            .truncate(false)
            .open(self.dir.join(name(id)))?;
        let len = file.metadata()?.len();
        let seg =
            Arc::new(SegmentFile { id, file, len: AtomicU64::new(len), synced: AtomicU64::new(0) });
        self.files.write().unwrap_or_else(|p| p.into_inner()).insert(id, seg.clone());
        Ok(seg)
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
        match (&self.file).write_all(frame) {
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
            tracing::warn!(segment = self.id, at = offset, len, "Cutting a torn segment tail.");
            self.file.set_len(offset)?;
            self.file.sync_data()?;
            self.len.store(offset, Ordering::Release);
        }
        self.synced.store(offset, Ordering::Release);
        Ok(out)
    }
}
