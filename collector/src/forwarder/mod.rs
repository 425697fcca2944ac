//! Forwarding: every acknowledged request to each downstream OTLP endpoint, in order, at least
//! once, from the buffer. Each endpoint has its own cursor (`forward:<name>`), so a restart
//! resumes where it left off and a slow endpoint holds back nobody else.

pub(crate) mod backoff;
mod client;
pub mod raw;

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::watch;
use tokio::task::JoinHandle;

pub use backoff::Backoff;
pub use client::{Downstream, SendError};

use crate::buffer::Buffer;
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

/// One endpoint's loop: read after the cursor, send in order, advance the cursor, wait.
async fn run(
    buffer: Arc<Buffer>,
    cfg: ForwardConfig,
    mut downstream: Downstream,
    metrics: Arc<Metrics>,
    mut shutdown: watch::Receiver<bool>,
) {
    let consumer = cfg.consumer_name();
    let mut appended = buffer.subscribe();
    let mut backoff =
        Backoff::new(Duration::from_millis(100), Duration::from_secs(cfg.max_backoff_secs.max(1)));
    tracing::info!(endpoint = %cfg.endpoint, name = %cfg.name, "Forwarder started.");
    loop {
        if *shutdown.borrow() {
            return;
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
            tokio::select! {
                _ = appended.changed() => {}
                _ = shutdown.changed() => {}
            }
            continue;
        }
        for entry in batch {
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
                        add(&metrics.forward_dropped, 1);
                        tracing::warn!(name = %cfg.name, seq = entry.seq, error = %m,
                            "Downstream refused a request for good; skipping it.");
                        break;
                    }
                    Err(SendError::Retryable(m)) => {
                        add(&metrics.forward_failed, 1);
                        if backoff.failures() == 0 {
                            tracing::warn!(name = %cfg.name, error = %m,
                                "Downstream unavailable; retrying with backoff.");
                        }
                        if sleep_or_shutdown(backoff.next_delay(), &mut shutdown).await {
                            return;
                        }
                    }
                }
            }
            if let Err(e) = buffer.commit_cursor(&consumer, entry.seq) {
                tracing::error!(name = %cfg.name, error = %e, "Cannot store the forward cursor.");
            }
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
