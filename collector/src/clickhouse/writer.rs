//! The ClickHouse writer: tails the sled buffer with its own cursor (`clickhouse`), turns each
//! buffered request the assembler reads (trace requests naming a Coxswain session, logs requests
//! holding native events) into facts with the assembler's own decoder ([`visit_entry`], so
//! never raw text, and native users under the same pseudonym key) and
//! inserts them in batches bounded in rows and bytes. The cursor moves only past requests whose
//! facts are all inserted, so a crash re-sends a little (at-least-once) and the table's
//! `(session_id, span_id)` key counts it once. Acks never wait for this: it only reads.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use tokio::sync::watch;

use super::schema::{self, SchemaOptions};
use super::{CONSUMER, ClickHouseClient, ClickHouseConfig, ClickHouseError, facts};
use crate::assembler::visit_entry;
use crate::buffer::{Buffer, BufferError, Seq};
use crate::forwarder::backoff::Backoff;

/// Buffer entries read per step.
const STEP_ENTRIES: usize = 8192;

/// Why a step failed (it is retried from the cursor).
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    /// The buffer failed.
    #[error(transparent)]
    Buffer(#[from] BufferError),
    /// ClickHouse failed.
    #[error(transparent)]
    ClickHouse(#[from] ClickHouseError),
    /// The blocking part of a step panicked.
    #[error("ClickHouse writer step failed: {0}")]
    Task(String),
}

/// Batch bounds.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Most facts per INSERT.
    pub rows: usize,
    /// Most bytes per INSERT (a single fact over it still goes, alone).
    pub bytes: usize,
}

impl From<&ClickHouseConfig> for Limits {
    fn from(c: &ClickHouseConfig) -> Self {
        Limits { rows: c.max_batch_rows, bytes: c.max_batch_bytes }
    }
}

/// What the writer has done, for logs and benchmarks.
#[derive(Debug, Default)]
pub struct WriterStats {
    /// Facts inserted (duplicates included).
    pub facts_written: AtomicU64,
    /// INSERTs that succeeded.
    pub inserts: AtomicU64,
    /// Failed attempts (retried).
    pub failures: AtomicU64,
}

/// One INSERT's rows and the cursor it completes.
struct Chunk {
    rows: Vec<u8>,
    count: u64,
    /// After this chunk, every fact of the entries up to this seq is in.
    commit: Option<Seq>,
}

/// Splits entries' facts into bounded chunks (CPU only; runs on a blocking thread); the last
/// chunk completes the cursor `through` (entries passed over in the index included).
fn chunk_entries(
    entries: &[crate::buffer::Entry],
    through: Seq,
    native_key: &[u8],
    limits: Limits,
) -> Vec<Chunk> {
    let mut out = Vec::new();
    let mut cur = Chunk { rows: Vec::new(), count: 0, commit: None };
    let mut undecodable = 0usize;
    for e in entries {
        let mut facts = Vec::new();
        // As in the assembler: a request that cannot be read (or trips a bug) is skipped, never
        // retried forever behind the cursor; its facts so far are dropped, not half-written.
        let visited = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            visit_entry(e, native_key, |f| facts.push(f))
        }));
        if !matches!(visited, Ok(Ok(()))) {
            undecodable += 1;
            facts.clear();
        }
        for f in &facts {
            if cur.count > 0
                && (cur.count as usize >= limits.rows || cur.rows.len() >= limits.bytes)
            {
                out.push(std::mem::replace(
                    &mut cur,
                    Chunk { rows: Vec::new(), count: 0, commit: None },
                ));
            }
            let before = cur.rows.len();
            match facts::encode_row(f, &mut cur.rows) {
                Ok(()) => cur.count += 1,
                Err(error) => {
                    // Cannot happen for the types the columns come from; never half a row.
                    cur.rows.truncate(before);
                    tracing::error!(%error, "A span fact could not be encoded; skipped.");
                }
            }
        }
        cur.commit = Some(e.seq);
    }
    if undecodable > 0 {
        tracing::warn!(undecodable, "ClickHouse writer skipped undecodable buffered requests.");
    }
    cur.commit = Some(through);
    out.push(cur);
    out
}

/// One read of buffer entries turned into INSERT bodies.
struct Prepared {
    /// Entries passed (read or passed over in the index).
    entries: usize,
    /// The last entry read (the next read starts after it).
    through: Seq,
    chunks: Vec<Chunk>,
}

/// Reads and encodes the entries after `after` on a blocking thread: only those the index
/// flags as holding facts (as the assembler reads them); the others are passed over unread.
async fn prepare(
    buffer: Arc<Buffer>,
    after: Seq,
    native_key: Arc<[u8]>,
    limits: Limits,
) -> Result<Prepared, WriteError> {
    tokio::task::spawn_blocking(move || -> Result<_, BufferError> {
        let batch = buffer.read_sessions_after(after, STEP_ENTRIES, limits.bytes)?;
        let passed = (batch.through - after) as usize;
        Ok(Prepared {
            entries: passed,
            through: batch.through,
            chunks: if passed == 0 {
                Vec::new()
            } else {
                chunk_entries(&batch.entries, batch.through, &native_key, limits)
            },
        })
    })
    .await
    .map_err(|e| WriteError::Task(e.to_string()))?
    .map_err(WriteError::from)
}

/// Inserts prepared chunks in order, moving the cursor after each.
async fn insert(
    p: Prepared,
    buffer: &Buffer,
    client: &ClickHouseClient,
    stats: &WriterStats,
) -> Result<(), WriteError> {
    for c in p.chunks {
        if c.count > 0 {
            client.insert_row_binary(facts::TABLE, facts::insert_columns(), c.rows.into()).await?;
            stats.facts_written.fetch_add(c.count, Ordering::Relaxed);
            stats.inserts.fetch_add(1, Ordering::Relaxed);
        }
        if let Some(seq) = c.commit {
            buffer.commit_cursor(CONSUMER, seq)?;
        }
    }
    Ok(())
}

/// Copies buffer entries after the cursor until caught up (or [`MAX_READS_PER_STEP`] reads);
/// returns how many entries it passed. `native_key` keys native users' pseudonyms (the
/// assembler's key, see `analytics.native_user_key_file`). Reading and encoding the next batch overlaps the INSERT
/// of the current one (at most two batches in memory).
pub async fn step(
    buffer: &Arc<Buffer>,
    client: &ClickHouseClient,
    native_key: &Arc<[u8]>,
    limits: Limits,
    stats: &WriterStats,
) -> Result<usize, WriteError> {
    let mut current =
        prepare(buffer.clone(), buffer.cursor(CONSUMER)?, native_key.clone(), limits).await?;
    let mut total = 0;
    for _ in 0..MAX_READS_PER_STEP {
        if current.entries == 0 {
            break;
        }
        let next =
            tokio::spawn(prepare(buffer.clone(), current.through, native_key.clone(), limits));
        total += current.entries;
        if let Err(e) = insert(current, buffer, client, stats).await {
            next.abort();
            return Err(e);
        }
        current = next.await.map_err(|e| WriteError::Task(e.to_string()))??;
    }
    Ok(total)
}

/// Reads per [`step`] (so the writer looks at its shutdown signal now and then).
const MAX_READS_PER_STEP: usize = 64;

/// Starts the writer; it stops when `shutdown` fires.
pub fn spawn(
    buffer: Arc<Buffer>,
    client: ClickHouseClient,
    cfg: &ClickHouseConfig,
    native_key: Arc<[u8]>,
    mut init: Option<SchemaOptions>,
    stats: Arc<WriterStats>,
    mut shutdown: watch::Receiver<bool>,
) -> tokio::task::JoinHandle<()> {
    let limits = Limits::from(cfg);
    let mut backoff =
        Backoff::new(Duration::from_millis(200), Duration::from_secs(cfg.max_backoff_secs.max(1)));
    tokio::spawn(async move {
        let mut appended = buffer.subscribe();
        loop {
            if *shutdown.borrow() {
                return;
            }
            if let Some(o) = &init {
                match schema::init(&client, o).await {
                    Ok(outcome) => {
                        tracing::info!(
                            from = outcome.from,
                            to = outcome.to,
                            "ClickHouse schema ready."
                        );
                        init = None;
                    }
                    Err(error) => {
                        let delay = backoff.next_delay();
                        tracing::warn!(%error, ?delay, "ClickHouse schema init failed; retrying.");
                        tokio::select! {
                            _ = tokio::time::sleep(delay) => {}
                            _ = shutdown.changed() => {}
                        }
                    }
                }
                continue;
            }
            match step(&buffer, &client, &native_key, limits, &stats).await {
                Ok(n) if n > 0 => backoff.reset(),
                Ok(_) => {
                    tokio::select! {
                        changed = appended.changed() => if changed.is_err() { return },
                        _ = shutdown.changed() => {}
                    }
                }
                Err(error) => {
                    stats.failures.fetch_add(1, Ordering::Relaxed);
                    let delay = backoff.next_delay();
                    tracing::warn!(%error, ?delay, failures = backoff.failures(),
                        "ClickHouse write failed; retrying from the cursor.");
                    tokio::select! {
                        _ = tokio::time::sleep(delay) => {}
                        _ = shutdown.changed() => {}
                    }
                }
            }
        }
    })
}
