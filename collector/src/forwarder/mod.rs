//! Forwarding: every acknowledged request to each downstream OTLP endpoint, in order, at least
//! once, from the buffer. Each endpoint has its own cursor (`forward:<name>`), so a restart
//! resumes where it left off and a slow endpoint holds back nobody else. Final refusals are
//! dead-lettered (counted, logged with the answer), retries wait as long as the downstream
//! asks, and a backlog over its bound loses its oldest requests rather than stopping ingest.

pub(crate) mod backoff;
mod client;
pub mod raw;

use std::sync::Arc;
use std::time::{Duration, Instant};

use tokio::sync::watch;
use tokio::task::JoinHandle;

pub use backoff::Backoff;
pub use client::{Downstream, SendError};

use crate::buffer::{BacklogBound, Buffer};
use crate::config::ForwardConfig;
use crate::observe::{Metrics, add};

/// Requests read from the buffer at a time, and the bytes that may take.
const READ_BATCH: usize = 64;
const READ_BYTES: usize = 8 * 1024 * 1024;

/// Starts one forwarder per endpoint; each stops when `shutdown` turns true.
pub fn spawn_all(
    buffer: Arc<Buffer>,
    configs: &[ForwardConfig],
    metrics: Arc<Metrics>,
    shutdown: watch::Receiver<bool>,
) -> Result<Vec<JoinHandle<()>>, String> {
    let mut handles = Vec::new();
    for cfg in configs {
        let downstream =
            Downstream::new(cfg).map_err(|e| format!("forward {:?}: {e}", cfg.name))?;
        let task = run(buffer.clone(), cfg.clone(), downstream, metrics.clone(), shutdown.clone());
        handles.push(tokio::spawn(task));
    }
    Ok(handles)
}

/// How often a forwarder flushes its cursor (with whatever else is pending) to disk, so a
/// crash re-sends at most this much.
const CURSOR_FLUSH_EVERY: Duration = Duration::from_secs(1);

/// One endpoint's loop: keep the backlog within its bounds, read after the cursor, send in
/// order, advance the cursor, wait.
async fn run(
    buffer: Arc<Buffer>,
    cfg: ForwardConfig,
    mut downstream: Downstream,
    metrics: Arc<Metrics>,
    mut shutdown: watch::Receiver<bool>,
) {
    let consumer = cfg.consumer_name();
    let bound = BacklogBound {
        max_bytes: cfg.max_backlog_bytes,
        max_age: cfg.max_backlog_age_secs.map(Duration::from_secs),
    };
    let bounded = bound != BacklogBound::default();
    let mut appended = buffer.subscribe();
    let mut backoff =
        Backoff::new(Duration::from_millis(100), Duration::from_secs(cfg.max_backoff_secs.max(1)));
    let mut cursor = Cursor { buffer: &buffer, name: &consumer, flushed: Instant::now() };
    tracing::info!(endpoint = %cfg.endpoint, name = %cfg.name, "Forwarder started.");
    'read: loop {
        if *shutdown.borrow() {
            return;
        }
        if bounded {
            enforce_bound(&buffer, &cfg, &consumer, bound, &metrics);
        }
        let batch = match buffer
            .cursor(&consumer)
            .and_then(|c| buffer.read_after_bounded(c, READ_BATCH, READ_BYTES))
        {
            Ok(b) => b,
            Err(e) => {
                tracing::error!(name = %cfg.name, error = %e, "Forwarder cannot read the buffer.");
                if sleep_or_shutdown(backoff.next_delay(), &mut shutdown).await {
                    return;
                }
                continue;
            }
        };
        if batch.is_empty() {
            cursor.flush().await;
            tokio::select! {
                _ = appended.changed() => {}
                _ = shutdown.changed() => {}
            }
            continue;
        }
        for entry in batch {
            if !cfg.signals.iter().any(|s| s.is(entry.signal)) {
                cursor.commit(entry.seq).await;
                continue;
            }
            loop {
                let result = tokio::select! {
                    r = downstream.send(&entry) => r,
                    _ = shutdown.changed() => return,
                };
                match result {
                    Ok(()) => {
                        add(&metrics.forward_sent, 1);
                        if backoff.failures() > 0 {
                            tracing::info!(name = %cfg.name, "Downstream is back.");
                        }
                        backoff.reset();
                        break;
                    }
                    Err(SendError::Permanent(m)) => {
                        add(&metrics.forward_dead_lettered, 1);
                        tracing::warn!(name = %cfg.name, seq = entry.seq, answer = %m,
                            "Downstream refused a request for good; dead-lettered, not retried.");
                        break;
                    }
                    Err(SendError::Retryable { message, retry_after }) => {
                        add(&metrics.forward_failed, 1);
                        if backoff.failures() == 0 {
                            tracing::warn!(name = %cfg.name, error = %message,
                                "Downstream unavailable; retrying with backoff.");
                        }
                        let delay = backoff.next_delay();
                        let delay = retry_after.unwrap_or(delay);
                        if sleep_or_shutdown(delay, &mut shutdown).await {
                            return;
                        }
                        // While the downstream is away the backlog grows: past its bound the
                        // oldest requests (this one among them) are skipped.
                        if bounded && enforce_bound(&buffer, &cfg, &consumer, bound, &metrics) {
                            continue 'read;
                        }
                    }
                }
            }
            cursor.commit(entry.seq).await;
        }
    }
}

/// A forwarder's cursor: committed after every request, flushed every [`CURSOR_FLUSH_EVERY`].
struct Cursor<'a> {
    buffer: &'a Buffer,
    name: &'a str,
    flushed: Instant,
}

impl Cursor<'_> {
    async fn commit(&mut self, seq: u64) {
        if let Err(e) = self.buffer.commit_cursor(self.name, seq) {
            tracing::error!(consumer = %self.name, error = %e, "Cannot store the forward cursor.");
        }
        if self.flushed.elapsed() >= CURSOR_FLUSH_EVERY {
            self.flush().await;
        }
    }

    async fn flush(&mut self) {
        self.flushed = Instant::now();
        if let Err(e) = self.buffer.flush().await {
            tracing::error!(consumer = %self.name, error = %e, "Cannot flush the forward cursor.");
        }
    }
}

/// Skips the oldest requests past the forward's backlog bound; true when it skipped any.
fn enforce_bound(
    buffer: &Buffer,
    cfg: &ForwardConfig,
    consumer: &str,
    bound: BacklogBound,
    metrics: &Metrics,
) -> bool {
    let skip = buffer.cursor(consumer).and_then(|c| Ok((c, buffer.backlog_skip(c, bound)?)));
    match skip {
        Ok((from, Some(through))) => {
            if let Err(e) = buffer.commit_cursor(consumer, through) {
                tracing::error!(name = %cfg.name, error = %e, "Cannot store the forward cursor.");
                return false;
            }
            add(&metrics.forward_skipped, through - from);
            tracing::warn!(name = %cfg.name, skipped = through - from, first = from + 1, through,
                max_backlog_bytes = ?cfg.max_backlog_bytes,
                max_backlog_age_secs = ?cfg.max_backlog_age_secs,
                "Forward backlog over its bound; oldest requests skipped (not sent).");
            true
        }
        Ok((_, None)) => false,
        Err(e) => {
            tracing::error!(name = %cfg.name, error = %e, "Cannot check the forward backlog.");
            false
        }
    }
}

/// Sleeps; true when shutdown came first.
async fn sleep_or_shutdown(d: Duration, shutdown: &mut watch::Receiver<bool>) -> bool {
    tokio::select! {
        _ = tokio::time::sleep(d) => false,
        _ = shutdown.changed() => true,
    }
}
