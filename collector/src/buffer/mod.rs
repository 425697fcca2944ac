//! The durable buffer: every accepted OTLP request, as received, appended to segment files that
//! are fdatasynced before the receiver acknowledges it (one sync shared by every request
//! committed together). A small sled index (seq → where the frame lies and what it holds) lets
//! consumers (forwarders, the assembler) read in order and keep their own cursor; everything
//! derived downstream can be rebuilt from the buffer. Bodies may be stored lz4-compressed (see
//! `entry`), but every reader gets the original body back.

mod backlog;
mod entry;
mod retention;
mod segment;
mod totals;

#[cfg(test)]
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tokio::sync::{oneshot, watch};

pub use backlog::BacklogBound;
use entry::{Location, Meta};
pub use retention::{PruneOutcome, RetentionPolicy};
use segment::{SegmentFile, Segments};
pub use totals::Totals;

/// Position of an entry in the buffer; strictly increasing in append order.
pub type Seq = u64;

/// Bytes to reserve before a body handed to [`Buffer::append_prepared`] (the frame header is
/// written there, so a body that is stored as is needs no copy).
pub const VALUE_HEADER_LEN: usize = segment::PREFIX_LEN + 8 + Meta::LEN;

/// The assembler's consumer name (its cursor gates retention like a forwarder's).
pub const ASSEMBLER_CONSUMER: &str = "assembler";

/// Which OTLP signal an entry holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Signal {
    /// An `ExportTraceServiceRequest`, protobuf-encoded.
    Traces,
    /// An `ExportLogsServiceRequest`, protobuf-encoded.
    Logs,
    /// An `ExportMetricsServiceRequest`, protobuf-encoded.
    Metrics,
}

/// One buffered request.
#[derive(Debug, Clone)]
pub struct Entry {
    /// Its position.
    pub seq: Seq,
    /// Its signal.
    pub signal: Signal,
    /// The protobuf-encoded export request (only the accepted part of what the client sent).
    pub body: Vec<u8>,
    /// When it was accepted (Unix ms).
    pub received_ms: u64,
}

/// What can go wrong in the buffer.
#[derive(Debug, thiserror::Error)]
pub enum BufferError {
    /// sled (the index, cursors, analytics) failed.
    #[error("storage error: {0}")]
    Storage(#[from] sled::Error),
    /// Writing or syncing a segment file failed (e.g. the disk is full); the request was not
    /// stored and may be retried.
    #[error("cannot {action} {path}: {source}")]
    Io {
        /// What was being done.
        action: &'static str,
        /// Which file or directory.
        path: PathBuf,
        /// The operating system's error.
        source: std::io::Error,
    },
    /// The sync shared with this request failed; it was not stored and may be retried.
    #[error("{0}")]
    SyncFailed(String),
    /// Free space on the buffer's filesystem is below the reserve.
    #[error(
        "disk nearly full: {free} bytes free for {path}, {reserve} kept free \
         (buffer.min_free_mib); retry later"
    )]
    DiskFull {
        /// The segment directory.
        path: PathBuf,
        /// Bytes available.
        free: u64,
        /// The configured reserve.
        reserve: u64,
    },
    /// A stored entry could not be read back (corruption).
    #[error("corrupt buffer entry at {seq}")]
    Corrupt {
        /// Where.
        seq: Seq,
    },
    /// The size bound is reached with data some consumer has not processed yet; retry later.
    #[error(
        "buffer full: {held} bytes held, limit {limit} bytes (buffer.max_bytes); \
         waiting for consumers to catch up, retry later"
    )]
    Full {
        /// Bytes held now.
        held: u64,
        /// The configured bound.
        limit: u64,
    },
}

impl From<sled::transaction::TransactionError<BufferError>> for BufferError {
    fn from(e: sled::transaction::TransactionError<BufferError>) -> Self {
        match e {
            sled::transaction::TransactionError::Abort(e) => e,
            sled::transaction::TransactionError::Storage(e) => BufferError::Storage(e),
        }
    }
}

/// How the buffer stores (`[buffer]` in the config).
#[derive(Debug, Clone)]
pub struct BufferOptions {
    /// sled's page cache for the index, cursors and analytics trees.
    pub cache_bytes: u64,
    /// A segment file is closed and a new one started beyond this size.
    pub segment_bytes: u64,
    /// Appends are refused (retryably) while less than this is free on the segments' disk.
    pub min_free_bytes: u64,
    /// fdatasync before acknowledging (off: a kernel crash or power loss can lose
    /// acknowledged requests; for measuring the sync's cost only).
    pub fsync: bool,
    /// New segments come from spare files zero-filled ahead of need (off, the default: created
    /// on demand).
    pub spare_segments: bool,
}

impl Default for BufferOptions {
    fn default() -> Self {
        Self {
            cache_bytes: 64 << 20,
            segment_bytes: 64 << 20,
            min_free_bytes: 0,
            fsync: true,
            spare_segments: false,
        }
    }
}

/// An appended frame waiting for the group's sync.
struct Pending {
    seq: Seq,
    loc: Location,
    meta: Meta,
    done: oneshot::Sender<Result<Seq, String>>,
}

/// State changed only under the writer lock.
struct Writer {
    /// Highest seq written (maybe not yet durable).
    last: Seq,
    /// What the index holds (durable entries only).
    totals: Totals,
    /// Bytes written but not yet durable (counted against the size bound).
    pending_bytes: u64,
    /// The segment being appended to (`None`: start a new one).
    current: Option<Arc<SegmentFile>>,
    /// Closed segments with frames not yet synced.
    unsynced: Vec<Arc<SegmentFile>>,
    /// A segment was created since the last sync (the directory needs one too).
    dir_dirty: bool,
    pending: Vec<Pending>,
}

/// Free space on the segments' filesystem, refreshed now and then.
struct Space {
    checked: Option<Instant>,
    free: u64,
}

/// The buffer: segment files for the bodies, sled for the index, cursors and running totals.
/// Analytics keeps its own trees in the same database (see [`Buffer::db`]), so one data
/// directory holds everything.
pub struct Buffer {
    db: sled::Db,
    index: sled::Tree,
    cursors: sled::Tree,
    meta: sled::Tree,
    segments: Segments,
    options: BufferOptions,
    writer: Mutex<Writer>,
    // Group commit: one appender at a time syncs everything written so far; the others find
    // their frame already done when they get the lock.
    commit_lock: tokio::sync::Mutex<()>,
    durable: AtomicU64,
    max_bytes: AtomicU64,
    appended: watch::Sender<Seq>,
    needs_room: tokio::sync::Notify,
    /// The last storage fault, until an append succeeds again (`/healthz` reports it).
    fault: Mutex<Option<String>>,
    space: Mutex<Space>,
}

/// The sled tree of the first layout, where values held the bodies themselves (migrated).
const OLD_REQUESTS_TREE: &str = "buffer.requests";
const INDEX_TREE: &str = "buffer.index";
const CURSORS_TREE: &str = "buffer.cursors";
const META_TREE: &str = "buffer.meta";
const SEGMENTS_DIR: &str = "segments";

/// How long opening waits for sled's file lock: a process that just closed the same directory
/// (a restart, `coxswain report` right after `rebuild`) can hold it for a moment while sled's
/// flusher thread winds down.
const LOCK_WAIT: Duration = Duration::from_secs(2);

/// Opens sled, waiting up to [`LOCK_WAIT`] for a lock another handle is about to release; a
/// directory held for longer (a running collector) is still an error.
fn open_sled(dir: &Path, cache_bytes: u64) -> Result<sled::Db, sled::Error> {
    let deadline = Instant::now() + LOCK_WAIT;
    loop {
        match sled::Config::new().path(dir).cache_capacity(cache_bytes).open() {
            Err(sled::Error::Io(e))
                if e.to_string().contains("could not acquire lock")
                    && Instant::now() < deadline =>
            {
                std::thread::sleep(Duration::from_millis(20));
            }
            other => return other,
        }
    }
}

/// How often free space is looked up while it is comfortably above the reserve.
const SPACE_CHECK_EVERY: Duration = Duration::from_millis(200);

impl Buffer {
    /// Opens (or creates) the buffer in `dir` with default options and `cache_capacity_bytes`
    /// of sled cache.
    pub fn open(dir: &Path, cache_capacity_bytes: u64) -> Result<Self, BufferError> {
        Self::open_with(
            dir,
            BufferOptions { cache_bytes: cache_capacity_bytes, ..Default::default() },
        )
    }

    /// Opens (or creates) the buffer in `dir`. Frames the index does not know yet (written
    /// before a crash) are indexed again from the segment files.
    pub fn open_with(dir: &Path, options: BufferOptions) -> Result<Self, BufferError> {
        let db = open_sled(dir, options.cache_bytes)?;
        let index = db.open_tree(INDEX_TREE)?;
        let cursors = db.open_tree(CURSORS_TREE)?;
        let meta = db.open_tree(META_TREE)?;
        let seg_dir = dir.join(SEGMENTS_DIR);
        let segments = Segments::open(&seg_dir).map_err(|source| BufferError::Io {
            action: "open",
            path: seg_dir.clone(),
            source,
        })?;
        let last = recover_index(&index, &segments)?;
        let totals = reconcile_totals(&index, &meta, last)?;
        let (appended, _) = watch::channel(last);
        let buffer = Self {
            db,
            index,
            cursors,
            meta,
            segments,
            options,
            writer: Mutex::new(Writer {
                last,
                totals,
                pending_bytes: 0,
                current: None,
                unsynced: Vec::new(),
                dir_dirty: false,
                pending: Vec::new(),
            }),
            commit_lock: tokio::sync::Mutex::new(()),
            durable: AtomicU64::new(last),
            max_bytes: AtomicU64::new(u64::MAX),
            appended,
            needs_room: tokio::sync::Notify::new(),
            fault: Mutex::new(None),
            space: Mutex::new(Space { checked: None, free: u64::MAX }),
        };
        buffer.migrate_old_layout()?;
        Ok(buffer)
    }

    /// Moves requests of the first layout (bodies inside sled) into segments, keeping their
    /// seqs, then drops the old tree.
    fn migrate_old_layout(&self) -> Result<(), BufferError> {
        if !self.db.tree_names().iter().any(|n| n.as_ref() == OLD_REQUESTS_TREE.as_bytes()) {
            return Ok(());
        }
        let old = self.db.open_tree(OLD_REQUESTS_TREE)?;
        if !old.is_empty() && self.index.is_empty() {
            // The persisted totals counted the old values; they are counted again as moved.
            self.writer.lock().unwrap_or_else(|p| p.into_inner()).totals = Totals::default();
        }
        let mut moved = 0u64;
        for item in old.iter() {
            let (k, v) = item?;
            let seq = entry::decode_seq(&k);
            let Some((signal, received_ms, body)) = old_layout::decode(&v) else {
                tracing::warn!(seq, "Skipping an unreadable request of the old buffer layout.");
                continue;
            };
            if self.index.contains_key(entry::seq_key(seq))? {
                continue;
            }
            let items = entry::count_items(signal, &body).min(u32::MAX as u64) as u32;
            let value = prepared_copy(&body);
            let (stored, meta) = prepare(signal, received_ms, items, value);
            let mut w = self.writer.lock().unwrap_or_else(|p| p.into_inner());
            w.last = w.last.max(seq - 1);
            drop(w);
            self.write_frame_at(seq, meta, stored)?;
            moved += 1;
        }
        if moved > 0 {
            self.commit_blocking();
            if let Some(fault) = self.fault() {
                return Err(BufferError::SyncFailed(fault));
            }
            tracing::info!(moved, "Moved buffered requests to segment files.");
        }
        self.db.drop_tree(OLD_REQUESTS_TREE)?;
        Ok(())
    }

    /// The sled database, for components that keep derived trees beside the buffer.
    pub fn db(&self) -> &sled::Db {
        &self.db
    }

    /// Bounds the bytes held: appends beyond it fail with [`BufferError::Full`]. Bytes are
    /// counted as stored (frame with the body compressed or not), since that is what fills the
    /// disk.
    pub fn set_max_bytes(&self, limit: u64) {
        self.max_bytes.store(limit, Ordering::Relaxed);
    }

    /// Resolves when an append was refused for size or space (retention should run now).
    pub async fn room_needed(&self) {
        self.needs_room.notified().await;
    }

    /// `None` while the buffer is healthy, else the storage fault that made the last append fail
    /// (cleared by the next append that succeeds).
    pub fn fault(&self) -> Option<String> {
        self.fault.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }

    fn set_fault(&self, e: &BufferError) {
        *self.fault.lock().unwrap_or_else(|p| p.into_inner()) = Some(e.to_string());
    }

    /// Appends one request and returns once it is durable (counts its items by decoding;
    /// receivers that already know the count use [`Buffer::append_counted`]).
    pub async fn append(&self, signal: Signal, body: &[u8]) -> Result<Seq, BufferError> {
        let items = entry::count_items(signal, body);
        self.append_counted(signal, body, items.min(u32::MAX as u64) as u32).await
    }

    /// Appends one request holding `items` spans or log records; returns once it is durable.
    pub async fn append_counted(
        &self,
        signal: Signal,
        body: &[u8],
        items: u32,
    ) -> Result<Seq, BufferError> {
        self.append_prepared(signal, prepared_copy(body), items).await
    }

    /// Like [`Buffer::append_counted`] for a body already placed after [`VALUE_HEADER_LEN`]
    /// reserved bytes: when it is stored uncompressed, the frame is built in place.
    pub async fn append_prepared(
        &self,
        signal: Signal,
        value: Vec<u8>,
        items: u32,
    ) -> Result<Seq, BufferError> {
        if value.len() < VALUE_HEADER_LEN {
            return Err(BufferError::Corrupt { seq: 0 });
        }
        let (frame, meta) = prepare(signal, entry::now_ms(), items, value);
        let done = self.write_frame(meta, frame).inspect_err(|e| self.refused(e))?;
        self.wait_committed(done).await.inspect_err(|e| self.refused(e))
    }

    fn refused(&self, e: &BufferError) {
        match e {
            BufferError::Full { .. } => self.needs_room.notify_one(),
            BufferError::DiskFull { .. } => {
                self.needs_room.notify_one();
                self.set_fault(e);
            }
            _ => self.set_fault(e),
        }
    }

    /// Writes a frame at the next seq; the returned receiver completes once it is durable.
    fn write_frame(
        &self,
        meta: Meta,
        frame: Vec<u8>,
    ) -> Result<oneshot::Receiver<Result<Seq, String>>, BufferError> {
        let seq = self.writer.lock().unwrap_or_else(|p| p.into_inner()).last + 1;
        self.write_frame_at(seq, meta, frame)
    }

    fn write_frame_at(
        &self,
        seq: Seq,
        meta: Meta,
        mut frame: Vec<u8>,
    ) -> Result<oneshot::Receiver<Result<Seq, String>>, BufferError> {
        let len = frame.len() as u64;
        // The CRC over metadata and body is computed outside the lock; the seq joins it inside.
        let mut crc = crc32fast::Hasher::new();
        crc.update(&frame[segment::PREFIX_LEN + 8..]);
        let mut w = self.writer.lock().unwrap_or_else(|p| p.into_inner());
        let limit = self.max_bytes.load(Ordering::Relaxed);
        let held = w.totals.bytes.saturating_add(w.pending_bytes);
        if held.saturating_add(len) > limit {
            return Err(BufferError::Full { held, limit });
        }
        self.check_space(len)?;
        let seq = seq.max(w.last + 1);
        let seg = match &w.current {
            Some(s)
                if s.len.load(Ordering::Acquire) + len <= self.options.segment_bytes
                    || s.len.load(Ordering::Acquire) == 0 =>
            {
                s.clone()
            }
            _ => {
                let (seg, new_entry) =
                    self.segments.create(seq).map_err(|source| BufferError::Io {
                        action: "create a segment in",
                        path: self.segments.dir().to_path_buf(),
                        source,
                    })?;
                if let Some(old) = w.current.replace(seg.clone()) {
                    w.unsynced.push(old);
                }
                w.dir_dirty |= new_entry;
                seg
            }
        };
        // Past a quarter of the segment, have the next one ready before it is needed.
        if self.options.spare_segments
            && seg.len.load(Ordering::Acquire) + len > self.options.segment_bytes / 4
        {
            self.segments.prepare_spare(self.options.segment_bytes);
        }
        segment::seal(&mut frame, seq, crc);
        let offset = seg.append(&frame).map_err(|source| BufferError::Io {
            action: "write",
            path: self.segments.dir().join(format!("{:020}.seg", seg.id)),
            source,
        })?;
        let (done, rx) = oneshot::channel();
        w.last = seq;
        w.pending_bytes += len;
        let loc = Location { segment: seg.id, offset, len: len as u32 };
        w.pending.push(Pending { seq, loc, meta, done });
        Ok(rx)
    }

    /// Refuses when free space would fall below the reserve (looked up at most every
    /// [`SPACE_CHECK_EVERY`] while comfortably above it).
    fn check_space(&self, need: u64) -> Result<(), BufferError> {
        let reserve = self.options.min_free_bytes;
        if reserve == 0 {
            return Ok(());
        }
        let mut sp = self.space.lock().unwrap_or_else(|p| p.into_inner());
        let stale = sp.checked.is_none_or(|t| t.elapsed() >= SPACE_CHECK_EVERY);
        if stale || sp.free < reserve.saturating_add(need).saturating_mul(2) {
            let st = rustix::fs::statvfs(self.segments.dir()).map_err(|e| BufferError::Io {
                action: "look up free space of",
                path: self.segments.dir().to_path_buf(),
                source: e.into(),
            })?;
            sp.free = st.f_bavail.saturating_mul(st.f_frsize);
            sp.checked = Some(Instant::now());
        }
        if sp.free < reserve.saturating_add(need) {
            return Err(BufferError::DiskFull {
                path: self.segments.dir().to_path_buf(),
                free: sp.free,
                reserve,
            });
        }
        sp.free -= need;
        Ok(())
    }

    /// Waits until the frame behind `done` is durable: either another appender's commit covers
    /// it, or this one leads the next commit.
    async fn wait_committed(
        &self,
        mut done: oneshot::Receiver<Result<Seq, String>>,
    ) -> Result<Seq, BufferError> {
        loop {
            if let Some(r) = finished(&mut done) {
                return r;
            }
            let _leader = self.commit_lock.lock().await;
            if let Some(r) = finished(&mut done) {
                return r;
            }
            self.commit().await?;
        }
    }

    /// Group commit: syncs every segment written since the last commit (and the directory when
    /// a segment was created), then indexes the frames and completes their appenders. On a
    /// failed sync, everything not yet durable is cut off and its appenders get the error.
    async fn commit(&self) -> Result<(), BufferError> {
        let Some(group) = self.take_group() else { return Ok(()) };
        let synced = if self.options.fsync {
            let (files, dir) = (group.files.clone(), group.dir.clone());
            tokio::task::spawn_blocking(move || sync_files(&files, dir.as_ref()))
                .await
                .unwrap_or_else(|e| Err(format!("segment sync panicked: {e}")))
        } else {
            Ok(())
        };
        self.finish_group(group, synced);
        Ok(())
    }

    /// [`Buffer::commit`] without a runtime (at start-up).
    fn commit_blocking(&self) {
        if let Some(group) = self.take_group() {
            let synced = sync_files(&group.files, group.dir.as_ref());
            self.finish_group(group, synced);
        }
    }

    fn take_group(&self) -> Option<Group> {
        let mut w = self.writer.lock().unwrap_or_else(|p| p.into_inner());
        if w.pending.is_empty() {
            return None;
        }
        let mut files = std::mem::take(&mut w.unsynced);
        files.extend(w.current.clone());
        let dir = std::mem::take(&mut w.dir_dirty).then(|| self.segments.dir().to_path_buf());
        Some(Group { pending: std::mem::take(&mut w.pending), files, dir })
    }

    fn finish_group(&self, group: Group, synced: Result<(), String>) {
        let Group { pending: batch, files, .. } = group;
        if let Err(message) = synced {
            self.fail_unsynced(batch, &files, &message);
            return;
        }
        let mut index = sled::Batch::default();
        let mut added = Totals::default();
        let mut bytes = 0;
        let through = batch.iter().map(|p| p.seq).max().unwrap_or(0);
        for p in &batch {
            index.insert(&entry::seq_key(p.seq), entry::encode_index(&p.loc, &p.meta));
            added.apply(p.meta.signal, p.meta.items as u64, p.loc.len as u64, true);
            bytes += p.loc.len as u64;
        }
        // The frames are durable in their segments whatever sled does now: a failed index write
        // is logged and the frames are indexed again from the segments at the next start.
        let indexed = self.index.apply_batch(index);
        // Totals, their persisted copy and the durable mark move together under the writer
        // lock, so retention (which also takes it) never persists a mix of old and new.
        let persisted = {
            let mut w = self.writer.lock().unwrap_or_else(|p| p.into_inner());
            w.totals.add(&added);
            w.pending_bytes = w.pending_bytes.saturating_sub(bytes);
            let p = totals::Persisted { through_seq: through, totals: w.totals };
            let r = self.meta.insert(totals::TOTALS_KEY, p.encode().to_vec());
            self.durable.fetch_max(through, Ordering::AcqRel);
            r
        };
        self.appended.send_if_modified(|v| {
            if *v < through {
                *v = through;
                true
            } else {
                false
            }
        });
        match indexed.and(persisted) {
            Ok(_) => *self.fault.lock().unwrap_or_else(|p| p.into_inner()) = None,
            Err(e) => {
                tracing::error!(error = %e, "Cannot index durable requests; a restart recovers them.");
                self.set_fault(&BufferError::Storage(e));
            }
        }
        for p in batch {
            let _ = p.done.send(Ok(p.seq));
        }
    }

    /// After a failed sync: cut every touched segment back to what is durable, start a new
    /// segment for the next append, and fail every frame written since the last good sync.
    fn fail_unsynced(&self, batch: Vec<Pending>, files: &[Arc<SegmentFile>], message: &str) {
        tracing::error!(error = %message, "Segment sync failed; the requests were not stored.");
        let later = {
            let mut w = self.writer.lock().unwrap_or_else(|p| p.into_inner());
            for f in files.iter().chain(w.current.iter()) {
                if let Err(e) = f.cut_to_synced() {
                    tracing::error!(error = %e, segment = f.id, "Cannot cut a segment back.");
                }
            }
            w.current = None;
            w.pending_bytes = 0;
            std::mem::take(&mut w.pending)
        };
        *self.fault.lock().unwrap_or_else(|p| p.into_inner()) = Some(message.to_string());
        for p in batch.into_iter().chain(later) {
            let _ = p.done.send(Err(message.to_string()));
        }
    }

    /// Up to `max` durable entries with seq greater than `after`, in order.
    pub fn read_after(&self, after: Seq, max: usize) -> Result<Vec<Entry>, BufferError> {
        self.read_after_bounded(after, max, usize::MAX)
    }

    /// Like [`Buffer::read_after`], stopping before the bodies read exceed `max_bytes` (at
    /// least one entry is returned when there is one), so big requests do not pile up in
    /// memory. Bodies come back decompressed, and `max_bytes` counts them so (their size is in
    /// the index, so nothing is decompressed beyond the bound).
    pub fn read_after_bounded(
        &self,
        after: Seq,
        max: usize,
        max_bytes: usize,
    ) -> Result<Vec<Entry>, BufferError> {
        Ok(self.read_where(after, max, max_bytes, |_| true)?.entries)
    }

    /// The trace requests after `after` that name a Coxswain session, for the assembler: the
    /// others are passed over in the index without reading their bodies. Looks at no more than
    /// `max_scan` index entries and reads bodies up to `max_bytes` (decompressed; at least one).
    pub fn read_sessions_after(
        &self,
        after: Seq,
        max_scan: usize,
        max_bytes: usize,
    ) -> Result<Batch, BufferError> {
        self.read_where(after, max_scan, max_bytes, |m| m.session)
    }

    fn read_where(
        &self,
        after: Seq,
        max_scan: usize,
        max_bytes: usize,
        wanted: impl Fn(&Meta) -> bool,
    ) -> Result<Batch, BufferError> {
        let durable = self.durable.load(Ordering::Acquire);
        let mut out = Batch { entries: Vec::new(), through: after };
        if after >= durable {
            return Ok(out);
        }
        let mut bytes = 0usize;
        let range = entry::seq_key(after + 1)..=entry::seq_key(durable);
        for item in self.index.range(range).take(max_scan) {
            let (k, v) = item?;
            let seq = entry::decode_seq(&k);
            let (loc, meta) = entry::decode_index(&v).ok_or(BufferError::Corrupt { seq })?;
            if !wanted(&meta) {
                out.through = seq;
                continue;
            }
            let size = meta.body_len as usize;
            if !out.entries.is_empty() && bytes.saturating_add(size) > max_bytes {
                break;
            }
            out.through = seq;
            match self.read_body(seq, &loc, &meta) {
                Ok(Some(body)) => {
                    bytes += body.len();
                    out.entries.push(Entry {
                        seq,
                        signal: meta.signal,
                        body,
                        received_ms: meta.received_ms,
                    });
                }
                // Removed by retention meanwhile: nothing to read.
                Ok(None) => {}
                // A damaged entry must not stall every consumer behind it: report and skip.
                Err(BufferError::Corrupt { seq }) => {
                    tracing::error!(seq, "Skipping a corrupt buffered request.");
                }
                Err(e) => return Err(e),
            }
        }
        Ok(out)
    }

    fn read_body(
        &self,
        seq: Seq,
        loc: &Location,
        meta: &Meta,
    ) -> Result<Option<Vec<u8>>, BufferError> {
        let frame = self.segments.read(loc).map_err(|source| BufferError::Io {
            action: "read",
            path: self.segments.dir().join(format!("{:020}.seg", loc.segment)),
            source,
        })?;
        let Some(frame) = frame else { return Ok(None) };
        let (fseq, _, stored) = segment::parse(&frame).ok_or(BufferError::Corrupt { seq })?;
        if fseq != seq {
            return Err(BufferError::Corrupt { seq });
        }
        let body = entry::body(meta, stored).ok_or(BufferError::Corrupt { seq })?;
        Ok(Some(body.into_owned()))
    }

    /// When the oldest request after `after` arrived (Unix millis), for lag reporting.
    pub fn received_after(&self, after: Seq) -> Result<Option<u64>, BufferError> {
        match self.index.range(entry::seq_key(after.saturating_add(1))..).next() {
            Some(item) => {
                let (k, v) = item?;
                let seq = entry::decode_seq(&k);
                let (_, meta) = entry::decode_index(&v).ok_or(BufferError::Corrupt { seq })?;
                Ok((seq <= self.durable.load(Ordering::Acquire)).then_some(meta.received_ms))
            }
            None => Ok(None),
        }
    }

    /// The highest durable seq appended so far (0 when empty).
    pub fn last_seq(&self) -> Seq {
        *self.appended.borrow()
    }

    /// A receiver that changes whenever an append completes, for consumers that tail the buffer.
    pub fn subscribe(&self) -> watch::Receiver<Seq> {
        self.appended.subscribe()
    }

    /// The consumer's cursor: the last seq it has fully processed (0 when new).
    pub fn cursor(&self, consumer: &str) -> Result<Seq, BufferError> {
        Ok(self.cursors.get(consumer.as_bytes())?.map(|v| entry::decode_seq(&v)).unwrap_or(0))
    }

    /// Records that `consumer` has processed everything up to and including `seq`.
    pub fn commit_cursor(&self, consumer: &str, seq: Seq) -> Result<(), BufferError> {
        self.cursors.insert(consumer.as_bytes(), &seq.to_be_bytes())?;
        Ok(())
    }

    /// What the buffer holds now.
    pub fn totals(&self) -> Totals {
        self.writer.lock().unwrap_or_else(|p| p.into_inner()).totals
    }

    /// Number of requests held.
    pub fn len(&self) -> usize {
        self.totals().requests as usize
    }

    /// Whether the buffer holds no request.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Bytes on disk: segment files plus the sled database.
    pub fn size_on_disk(&self) -> u64 {
        self.segments.bytes() + self.db.size_on_disk().unwrap_or(0)
    }

    /// Waits for every append in flight, then flushes sled (used at shutdown).
    pub async fn flush(&self) -> Result<(), BufferError> {
        {
            let _leader = self.commit_lock.lock().await;
            self.commit().await?;
        }
        self.db.flush_async().await?;
        Ok(())
    }
}

/// Frames committed together.
struct Group {
    pending: Vec<Pending>,
    files: Vec<Arc<SegmentFile>>,
    /// The segment directory, when it needs a sync too.
    dir: Option<PathBuf>,
}

/// What one read returned: the entries, and the last seq looked at (entries passed over
/// included), which a consumer may commit as its cursor.
#[derive(Debug, Default)]
pub struct Batch {
    /// The entries read, in order.
    pub entries: Vec<Entry>,
    /// The last seq covered by this read.
    pub through: Seq,
}

/// The result behind `done`, when it has arrived.
fn finished(done: &mut oneshot::Receiver<Result<Seq, String>>) -> Option<Result<Seq, BufferError>> {
    match done.try_recv() {
        Ok(r) => Some(r.map_err(BufferError::SyncFailed)),
        Err(oneshot::error::TryRecvError::Empty) => None,
        Err(oneshot::error::TryRecvError::Closed) => {
            Some(Err(BufferError::SyncFailed("the commit was abandoned".into())))
        }
    }
}

/// fdatasyncs `files` (and fsyncs `dir`); the error names the file.
fn sync_files(files: &[Arc<SegmentFile>], dir: Option<&PathBuf>) -> Result<(), String> {
    for f in files {
        f.sync().map_err(|e| format!("cannot sync segment {:020}.seg: {e}", f.id))?;
    }
    if let Some(dir) = dir {
        std::fs::File::open(dir)
            .and_then(|d| d.sync_all())
            .map_err(|e| format!("cannot sync {}: {e}", dir.display()))?;
    }
    Ok(())
}

/// The frame for a body placed after [`VALUE_HEADER_LEN`] reserved bytes, compressed when that
/// pays, with its metadata (the seq and CRC are filled in when it is written).
fn prepare(signal: Signal, received_ms: u64, items: u32, value: Vec<u8>) -> (Vec<u8>, Meta) {
    let body = &value[VALUE_HEADER_LEN..];
    let mut meta = Meta {
        signal,
        received_ms,
        items,
        body_len: body.len().min(u32::MAX as usize) as u32,
        compressed: false,
        session: entry::mentions_session(signal, body),
    };
    let mut frame = match entry::compress(body) {
        Some(stored) => {
            meta.compressed = true;
            let mut f = Vec::with_capacity(VALUE_HEADER_LEN + stored.len());
            f.resize(VALUE_HEADER_LEN, 0);
            f.extend_from_slice(&stored);
            f
        }
        None => value,
    };
    let mut head = Vec::with_capacity(Meta::LEN);
    meta.encode_into(&mut head);
    frame[segment::PREFIX_LEN + 8..VALUE_HEADER_LEN].copy_from_slice(&head);
    (frame, meta)
}

/// A copy of `body` after [`VALUE_HEADER_LEN`] reserved bytes.
fn prepared_copy(body: &[u8]) -> Vec<u8> {
    let mut value = Vec::with_capacity(VALUE_HEADER_LEN + body.len());
    value.resize(VALUE_HEADER_LEN, 0);
    value.extend_from_slice(body);
    value
}

/// Indexes frames the index does not hold yet (written before a crash, or whose index write was
/// lost) from the segments that may hold them; returns the highest seq present.
fn recover_index(index: &sled::Tree, segments: &Segments) -> Result<Seq, BufferError> {
    let last_indexed = match index.last()? {
        Some((k, _)) => entry::decode_seq(&k),
        None => 0,
    };
    let all = segments.all();
    // The segment that may hold `last_indexed + 1` and every later one.
    let start = all.iter().rposition(|s| s.id <= last_indexed + 1).unwrap_or(0);
    let mut last = last_indexed;
    let mut batch = sled::Batch::default();
    let mut recovered = 0u64;
    for seg in &all[start..] {
        let frames = seg.scan().map_err(|source| BufferError::Io {
            action: "scan",
            path: segments.dir().join(format!("{:020}.seg", seg.id)),
            source,
        })?;
        for (seq, loc, meta) in frames {
            if seq > last_indexed {
                batch.insert(&entry::seq_key(seq), entry::encode_index(&loc, &meta));
                recovered += 1;
            }
            last = last.max(seq);
        }
    }
    if recovered > 0 {
        index.apply_batch(batch)?;
        tracing::info!(recovered, "Indexed requests written before the last stop.");
    }
    Ok(last)
}

/// Totals as persisted, plus whatever was indexed after they were last written (a crash can
/// land between the two writes).
fn reconcile_totals(
    index: &sled::Tree,
    meta: &sled::Tree,
    last: Seq,
) -> Result<Totals, BufferError> {
    let persisted = meta
        .get(totals::TOTALS_KEY)?
        .and_then(|v| totals::Persisted::decode(&v))
        .unwrap_or_default();
    let mut t = persisted.totals;
    if last > persisted.through_seq {
        for item in index.range(entry::seq_key(persisted.through_seq + 1)..) {
            let (k, v) = item?;
            let seq = entry::decode_seq(&k);
            let (loc, m) = entry::decode_index(&v).ok_or(BufferError::Corrupt { seq })?;
            t.apply(m.signal, m.items as u64, loc.len as u64, true);
        }
        let p = totals::Persisted { through_seq: last, totals: t };
        meta.insert(totals::TOTALS_KEY, p.encode().to_vec())?;
    }
    Ok(t)
}

/// Reading values of the first layout (tag byte, optional header, body in sled), for migration.
mod old_layout {
    use super::Signal;

    pub fn decode(value: &[u8]) -> Option<(Signal, u64, Vec<u8>)> {
        let (&tag, rest) = value.split_first()?;
        match tag {
            b't' => Some((Signal::Traces, 0, rest.to_vec())),
            b'l' => Some((Signal::Logs, 0, rest.to_vec())),
            _ => {
                let signal = match tag & !0x80 {
                    b'T' => Signal::Traces,
                    b'L' => Signal::Logs,
                    _ => return None,
                };
                let received_ms = u64::from_be_bytes(rest.get(..8)?.try_into().ok()?);
                let stored = rest.get(12..)?;
                if tag & 0x80 == 0 {
                    return Some((signal, received_ms, stored.to_vec()));
                }
                let (size, block) = lz4_flex::block::uncompressed_size(stored).ok()?;
                if size > block.len().saturating_mul(255).saturating_add(16) {
                    return None;
                }
                Some((signal, received_ms, lz4_flex::block::decompress(block, size).ok()?))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Bytes that do not compress (xorshift).
    fn noise(n: usize, seed: u32) -> Vec<u8> {
        let mut x = 0x9E37_79B9_7F4A_7C15u64 ^ u64::from(seed);
        (0..n)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                (x >> 24) as u8
            })
            .collect()
    }

    fn segment_files(dir: &Path) -> Vec<PathBuf> {
        // Spares (zero-filled files made ahead of need) are not segments yet.
        let mut v: Vec<PathBuf> = std::fs::read_dir(dir.join(SEGMENTS_DIR))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "seg"))
            .collect();
        v.sort();
        v
    }

    #[tokio::test]
    async fn readers_get_the_original_body_back() {
        let dir = tempfile::tempdir().unwrap();
        let buf = Buffer::open(dir.path(), 1 << 20).unwrap();
        let body = b"resource scope span attributes ".repeat(3000);
        buf.append_counted(Signal::Traces, &body, 1).await.unwrap();
        let mut prepared = vec![0u8; VALUE_HEADER_LEN];
        prepared.extend_from_slice(&body);
        buf.append_prepared(Signal::Logs, prepared, 1).await.unwrap();
        let plain = noise(200_000, 1);
        buf.append_counted(Signal::Traces, &plain, 1).await.unwrap();
        let read = buf.read_after(0, 10).unwrap();
        assert_eq!(read.len(), 3);
        assert!(read[..2].iter().all(|e| e.body == body));
        assert_eq!(read[2].body, plain);
        // Held bytes are the stored ones: the repetitive bodies compressed.
        assert!(buf.totals().bytes < (plain.len() + body.len()) as u64);
    }

    #[tokio::test]
    async fn every_acknowledged_append_was_synced_and_concurrent_ones_share_syncs() {
        let dir = tempfile::tempdir().unwrap();
        let buf = Arc::new(Buffer::open(dir.path(), 1 << 20).unwrap());
        let tasks: Vec<_> = (0..64u32)
            .map(|i| {
                let buf = buf.clone();
                tokio::spawn(async move {
                    let seq = buf.append_counted(Signal::Traces, &noise(3000, i), 1).await.unwrap();
                    // Acknowledged means: the frame lies within what its segment has synced.
                    let v = buf.index.get(entry::seq_key(seq)).unwrap().unwrap();
                    let (loc, _) = entry::decode_index(&v).unwrap();
                    let seg = buf.segments.all().into_iter().find(|s| s.id == loc.segment).unwrap();
                    assert!(seg.synced.load(Ordering::Acquire) >= loc.offset + loc.len as u64);
                    seq
                })
            })
            .collect();
        let mut seqs = Vec::new();
        for t in tasks {
            seqs.push(t.await.unwrap());
        }
        seqs.sort();
        seqs.dedup();
        assert_eq!(seqs.len(), 64);
        assert_eq!(buf.read_after(0, 100).unwrap().len(), 64);
    }

    #[tokio::test]
    async fn a_torn_tail_is_cut_and_frames_missing_from_the_index_come_back() {
        let dir = tempfile::tempdir().unwrap();
        {
            let buf = Buffer::open(dir.path(), 1 << 20).unwrap();
            for i in 0..5 {
                buf.append_counted(Signal::Logs, &noise(1000, i), 2).await.unwrap();
            }
            // The index loses its last two entries (as a power loss can do to sled's log).
            buf.index.remove(entry::seq_key(4)).unwrap();
            buf.index.remove(entry::seq_key(5)).unwrap();
            buf.flush().await.unwrap();
        }
        // Half a frame at the tail, as a crash in the middle of a write leaves it.
        let seg = segment_files(dir.path()).pop().unwrap();
        let len = std::fs::metadata(&seg).unwrap().len();
        let mut f = std::fs::OpenOptions::new().append(true).open(&seg).unwrap();
        f.write_all(&[200, 0, 0, 0, 1, 2, 3, 4, 5]).unwrap();
        drop(f);
        let buf = Buffer::open(dir.path(), 1 << 20).unwrap();
        assert_eq!(std::fs::metadata(&seg).unwrap().len(), len, "the torn tail is cut");
        let read = buf.read_after(0, 10).unwrap();
        assert_eq!(read.iter().map(|e| e.seq).collect::<Vec<_>>(), vec![1, 2, 3, 4, 5]);
        assert_eq!(buf.totals().requests, 5);
        assert_eq!(buf.totals().log_records, 10);
        assert_eq!(buf.append_counted(Signal::Logs, b"x", 1).await.unwrap(), 6);
    }

    #[tokio::test]
    async fn a_damaged_frame_is_skipped_not_stalled_on() {
        let dir = tempfile::tempdir().unwrap();
        let buf = Buffer::open(dir.path(), 1 << 20).unwrap();
        for i in 0..3 {
            buf.append_counted(Signal::Traces, &noise(1000, i), 1).await.unwrap();
        }
        let v = buf.index.get(entry::seq_key(2)).unwrap().unwrap();
        let (loc, _) = entry::decode_index(&v).unwrap();
        let seg = segment_files(dir.path()).pop().unwrap();
        let f = std::fs::OpenOptions::new().write(true).open(&seg).unwrap();
        use std::os::unix::fs::FileExt;
        f.write_all_at(b"garbage", loc.offset + 40).unwrap();
        let read = buf.read_after(0, 10).unwrap();
        assert_eq!(read.iter().map(|e| e.seq).collect::<Vec<_>>(), vec![1, 3]);
    }

    #[tokio::test]
    async fn segments_roll_at_their_size_and_retention_deletes_whole_files() {
        let dir = tempfile::tempdir().unwrap();
        let opts = BufferOptions { segment_bytes: 10_000, ..Default::default() };
        let buf = Buffer::open_with(dir.path(), opts).unwrap();
        for i in 0..20 {
            buf.append_counted(Signal::Traces, &noise(4000, i), 1).await.unwrap();
        }
        let before = segment_files(dir.path()).len();
        assert!(before >= 8, "{before} segments");
        buf.commit_cursor("a", 20).unwrap();
        let policy = RetentionPolicy { max_age: None, max_bytes: 1, consumers: vec!["a".into()] };
        assert_eq!(buf.prune(&policy).unwrap().removed, 20);
        assert_eq!(segment_files(dir.path()).len(), 1, "only the segment being written stays");
        assert_eq!(buf.totals(), Totals::default());
    }

    #[tokio::test]
    async fn segments_come_from_spares_and_one_whose_rename_was_lost_is_named_again() {
        let dir = tempfile::tempdir().unwrap();
        let opts =
            BufferOptions { segment_bytes: 10_000, spare_segments: true, ..Default::default() };
        let bodies: Vec<Vec<u8>> = (0..30).map(|i| noise(3000, i)).collect();
        {
            let buf = Buffer::open_with(dir.path(), opts.clone()).unwrap();
            for b in &bodies {
                buf.append_counted(Signal::Traces, b, 1).await.unwrap();
                // Give the spare's thread time to have the next segment ready.
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
        }
        let segs = segment_files(dir.path());
        // A segment taken from a spare is zero-filled to the segment size...
        let full = segs.iter().filter(|p| std::fs::metadata(p).unwrap().len() == 10_000).count();
        assert!(full >= 2, "{full} of {} segments came from spares", segs.len());
        // ...and if a power loss took its rename, it is found under its spare name again.
        let last = segs.last().unwrap();
        std::fs::rename(last, dir.path().join(SEGMENTS_DIR).join("1-9.spare")).unwrap();
        let buf = Buffer::open_with(dir.path(), opts).unwrap();
        let read: Vec<Vec<u8>> =
            buf.read_after(0, 100).unwrap().into_iter().map(|e| e.body).collect();
        assert_eq!(read, bodies);
        assert!(segment_files(dir.path()).contains(last));
    }

    #[tokio::test]
    async fn too_little_free_space_refuses_appends_with_the_reason() {
        let dir = tempfile::tempdir().unwrap();
        let opts = BufferOptions { min_free_bytes: u64::MAX / 4, ..Default::default() };
        let buf = Buffer::open_with(dir.path(), opts).unwrap();
        let e = buf.append_counted(Signal::Traces, b"abc", 1).await.unwrap_err();
        assert!(matches!(e, BufferError::DiskFull { .. }), "{e}");
        assert!(buf.fault().unwrap().contains("disk nearly full"), "{:?}", buf.fault());
        assert!(buf.is_empty());
    }

    #[tokio::test]
    async fn requests_of_the_first_layout_move_to_segments_with_their_seqs() {
        let dir = tempfile::tempdir().unwrap();
        let compressed = lz4_flex::block::compress_prepend_size(&b"span ".repeat(500));
        {
            let db = sled::open(dir.path()).unwrap();
            let old = db.open_tree(OLD_REQUESTS_TREE).unwrap();
            old.insert(entry::seq_key(3), [&[b't'][..], b"plain"].concat()).unwrap();
            let mut v = vec![b'L' | 0x80];
            v.extend_from_slice(&7u64.to_be_bytes());
            v.extend_from_slice(&1u32.to_be_bytes());
            v.extend_from_slice(&compressed);
            old.insert(entry::seq_key(4), v).unwrap();
            let p = totals::Persisted {
                through_seq: 4,
                totals: Totals { requests: 2, spans: 0, log_records: 1, bytes: 99 },
            };
            db.open_tree(META_TREE)
                .unwrap()
                .insert(totals::TOTALS_KEY, p.encode().to_vec())
                .unwrap();
            db.flush().unwrap();
        }
        let buf = Buffer::open(dir.path(), 1 << 20).unwrap();
        let read = buf.read_after(0, 10).unwrap();
        assert_eq!(read.iter().map(|e| e.seq).collect::<Vec<_>>(), vec![3, 4]);
        assert_eq!(read[0].body, b"plain");
        assert_eq!(read[1].body, b"span ".repeat(500));
        assert_eq!(buf.totals().requests, 2);
        assert_eq!(buf.append_counted(Signal::Logs, b"x", 1).await.unwrap(), 5);
    }

    #[tokio::test]
    async fn the_assembler_read_passes_over_requests_without_a_session() {
        let dir = tempfile::tempdir().unwrap();
        let buf = Buffer::open(dir.path(), 1 << 20).unwrap();
        buf.append_counted(Signal::Traces, b"no session here", 1).await.unwrap();
        let mut with = b"..gen_ai.conversation.id..".to_vec();
        with.extend_from_slice(&noise(100, 0));
        buf.append_counted(Signal::Traces, &with, 1).await.unwrap();
        buf.append_counted(Signal::Logs, b"gen_ai.conversation.id", 1).await.unwrap();
        // Logs holding a harness's native events are read; metrics never are.
        buf.append_counted(Signal::Logs, b"..claude_code.user_prompt..", 1).await.unwrap();
        buf.append_counted(Signal::Metrics, b"claude_code.token.usage", 1).await.unwrap();
        let b = buf.read_sessions_after(0, 100, 1 << 20).unwrap();
        assert_eq!(b.entries.iter().map(|e| e.seq).collect::<Vec<_>>(), vec![2, 4]);
        assert_eq!(b.through, 5);
        // The byte bound counts decompressed bodies, and one entry always comes back.
        let b = buf.read_sessions_after(0, 100, 1).unwrap();
        assert_eq!((b.entries.len(), b.through), (1, 3));
    }
}
