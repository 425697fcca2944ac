//! The sender: ships spooled batches with opentelemetry-otlp's gRPC `SpanExporter` (the
//! deterministic ids and exact times go in as `SpanData`), removes only what the collector
//! acknowledged, retries a bounded number of times, and records its last outcome. At most one
//! runs at a time (an exclusive lock); the hook starts one in the background when none runs.

pub mod convert;
mod tls;

use crate::config::{Dirs, Target};
use crate::recorder::span::{ResourceRecord, SpanRecord};
use crate::spool::Spool;
use opentelemetry_otlp::{WithExportConfig, WithTonicConfig};
use opentelemetry_sdk::trace::SpanExporter as _;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fs::{File, OpenOptions};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Spans per export call.
const MAX_SPANS_PER_EXPORT: usize = 512;

/// How a send run behaves.
#[derive(Clone, Debug)]
pub struct SendOptions {
    /// Used for batches that recorded no target.
    pub default_target: Target,
    /// Overrides every batch's target (`flush --endpoint`).
    pub force_target: Option<Target>,
    /// One export call's timeout.
    pub attempt_timeout: Duration,
    /// Give up after this many failed attempts in a row.
    pub max_failures: u32,
    /// Give up at this instant.
    pub deadline: Option<Instant>,
}

/// Why a send run stopped with spans left in the spool.
#[derive(Debug, thiserror::Error)]
pub enum SendError {
    /// The collector could not be reached or refused the export.
    #[error("export to {endpoint} failed: {message}")]
    Export {
        /// Where.
        endpoint: String,
        /// The exporter's error.
        message: String,
    },
    /// The exporter could not be built (bad endpoint, ...).
    #[error("cannot export to {endpoint}: {message}")]
    Setup {
        /// Where.
        endpoint: String,
        /// Why.
        message: String,
    },
    /// The tokio runtime could not start.
    #[error("runtime: {0}")]
    Runtime(#[from] std::io::Error),
}

/// What a send run did.
#[derive(Clone, Debug, Default, Serialize)]
pub struct SendReport {
    /// Spans acknowledged.
    pub spans: usize,
    /// Batch files removed.
    pub batches: usize,
}

/// The sender's last outcome, kept for `status`.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct SenderStatus {
    /// Unix seconds of the last export attempt.
    pub last_attempt: Option<u64>,
    /// Unix seconds of the last acknowledged export.
    pub last_success: Option<u64>,
    /// The last error, cleared by a success.
    pub last_error: Option<String>,
    /// Endpoint of the last attempt.
    pub endpoint: Option<String>,
}

impl SenderStatus {
    /// Reads the status file (default when missing).
    pub fn load(dirs: &Dirs) -> SenderStatus {
        std::fs::read(dirs.sender_status())
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_default()
    }

    fn save(&self, dirs: &Dirs) {
        let tmp = dirs.state.join(format!(".sender-status.{}.tmp", std::process::id()));
        if std::fs::write(&tmp, serde_json::to_vec(self).unwrap_or_default()).is_ok() {
            let _ = std::fs::rename(&tmp, dirs.sender_status());
        }
    }
}

/// Takes the sender lock without waiting; `None` when another sender holds it.
pub fn try_lock(dirs: &Dirs) -> Option<File> {
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(dirs.sender_lock())
        .ok()?;
    file.try_lock().ok().map(|()| file)
}

/// Whether a sender runs now.
pub fn is_running(dirs: &Dirs) -> bool {
    try_lock(dirs).is_none()
}

/// Starts `exe send --background` detached (own session, no stdio) so it outlives the hook.
pub fn spawn_background(exe: &Path) -> std::io::Result<()> {
    use std::os::unix::process::CommandExt;
    use std::process::{Command, Stdio};
    let mut cmd = Command::new(exe);
    cmd.args(["send", "--background"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    // SAFETY: setsid is async-signal-safe and touches no memory of the parent.
    unsafe {
        cmd.pre_exec(|| {
            libc::setsid();
            Ok(())
        });
    }
    cmd.spawn().map(|_| ())
}

/// Sends the whole spool, holding `_lock` (the sender lock). Stops when the spool is empty,
/// after `max_failures` failures in a row, or at the deadline.
pub fn send_all(dirs: &Dirs, opts: &SendOptions, _lock: &File) -> Result<SendReport, SendError> {
    let spool = Spool::new(dirs.spool());
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    let mut exporters: BTreeMap<Target, opentelemetry_otlp::SpanExporter> = BTreeMap::new();
    let mut report = SendReport::default();
    let mut failures = 0u32;
    let mut status = SenderStatus::load(dirs);
    loop {
        let groups = next_groups(&spool, opts);
        if groups.is_empty() {
            return Ok(report);
        }
        for group in groups {
            let target = group.target.clone();
            status.last_attempt = Some(crate::clock::now_ns() / 1_000_000_000);
            status.endpoint = Some(target.endpoint.clone());
            let result = export(&rt, &mut exporters, &group, opts.attempt_timeout);
            match result {
                Ok(()) => {
                    for f in &group.files {
                        spool.remove(f);
                    }
                    report.spans += group.spans.len();
                    report.batches += group.files.len();
                    failures = 0;
                    status.last_success = status.last_attempt;
                    status.last_error = None;
                    status.save(dirs);
                }
                Err(e) => {
                    failures += 1;
                    status.last_error = Some(e.to_string());
                    status.save(dirs);
                    tracing::warn!(error = %e, failures, "Export failed; spans stay in the spool.");
                    // A rebuilt exporter reconnects from scratch next time.
                    exporters.remove(&target);
                    let out_of_time = opts.deadline.is_some_and(|d| Instant::now() >= d);
                    // A `flush` waiting for the lock takes over rather than wait out our backoff.
                    let flush_waits = dirs.flush_wanted().exists();
                    if failures >= opts.max_failures || out_of_time || flush_waits {
                        return Err(e);
                    }
                    let backoff = Duration::from_millis(250 * (1 << failures.min(5)));
                    let backoff = match opts.deadline {
                        Some(d) => backoff.min(d.saturating_duration_since(Instant::now())),
                        None => backoff,
                    };
                    std::thread::sleep(backoff);
                    break;
                }
            }
        }
    }
}

/// Spans of one export call: same target, same resource.
struct Group {
    target: Target,
    resource: ResourceRecord,
    files: Vec<PathBuf>,
    spans: Vec<SpanRecord>,
}

/// The next export calls: spool files grouped by target and resource, in spool order.
fn next_groups(spool: &Spool, opts: &SendOptions) -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
    for path in spool.list().into_iter().take(4096) {
        let batch = match spool.read(&path) {
            Ok(b) => b,
            Err(e) => {
                // A batch may be mid-rename by nothing (renames are atomic), so this is damage.
                tracing::error!(error = %e, "Unreadable spool batch moved aside.");
                spool.quarantine(&path);
                continue;
            }
        };
        let target = opts
            .force_target
            .clone()
            .or(batch.target)
            .unwrap_or_else(|| opts.default_target.clone());
        // One file's spans share one resource in practice; split otherwise.
        let mut by_resource: BTreeMap<ResourceRecord, Vec<SpanRecord>> = BTreeMap::new();
        for span in batch.spans {
            by_resource.entry(span.resource.clone()).or_default().push(span);
        }
        if by_resource.len() > 1 {
            // Mixed resources in one file: send it alone per resource; removing needs all acked,
            // so only the last group carries the file.
            let n = by_resource.len();
            for (i, (resource, spans)) in by_resource.into_iter().enumerate() {
                let files = if i + 1 == n { vec![path.clone()] } else { Vec::new() };
                groups.push(Group { target: target.clone(), resource, files, spans });
            }
            continue;
        }
        let Some((resource, spans)) = by_resource.into_iter().next() else {
            spool.remove(&path);
            continue;
        };
        match groups.iter_mut().find(|g| {
            g.target == target
                && g.resource == resource
                && g.spans.len() + spans.len() <= MAX_SPANS_PER_EXPORT
        }) {
            Some(g) => {
                g.files.push(path);
                g.spans.extend(spans);
            }
            None => groups.push(Group { target, resource, files: vec![path], spans }),
        }
    }
    groups
}

fn export(
    rt: &tokio::runtime::Runtime,
    exporters: &mut BTreeMap<Target, opentelemetry_otlp::SpanExporter>,
    group: &Group,
    timeout: Duration,
) -> Result<(), SendError> {
    let endpoint = group.target.endpoint.clone();
    if !exporters.contains_key(&group.target) {
        let _guard = rt.enter();
        let exporter = build_exporter(&group.target, timeout)?;
        exporters.insert(group.target.clone(), exporter);
    }
    let Some(exporter) = exporters.get_mut(&group.target) else {
        return Err(SendError::Setup { endpoint, message: "exporter missing".to_owned() });
    };
    exporter.set_resource(&convert::resource(&group.resource));
    let data = group.spans.iter().filter_map(convert::span_data).collect();
    // The exporter's own timeout bounds the call; this one guards a stuck connect.
    rt.block_on(async {
        tokio::time::timeout(timeout + Duration::from_secs(1), exporter.export(data)).await
    })
    .map_err(|_| SendError::Export { endpoint: endpoint.clone(), message: "timed out".to_owned() })?
    .map_err(|e| SendError::Export { endpoint, message: e.to_string() })
}

fn build_exporter(
    target: &Target,
    timeout: Duration,
) -> Result<opentelemetry_otlp::SpanExporter, SendError> {
    let setup = |message: String| SendError::Setup { endpoint: target.endpoint.clone(), message };
    if let Some(warning) = target.cleartext_credentials() {
        tracing::warn!("{warning}");
    }
    let mut metadata = tonic::metadata::MetadataMap::new();
    for (k, v) in &target.headers {
        let key = tonic::metadata::MetadataKey::from_bytes(k.as_bytes())
            .map_err(|e| setup(format!("header {k}: {e}")))?;
        let value = v.parse().map_err(|e| setup(format!("header {k}: {e}")))?;
        metadata.insert(key, value);
    }
    let mut builder = opentelemetry_otlp::SpanExporter::builder()
        .with_tonic()
        .with_endpoint(target.endpoint.clone())
        .with_timeout(timeout)
        .with_retry_policy(opentelemetry_otlp::RetryPolicy::disabled())
        .with_metadata(metadata);
    if let Some(tls) = tls::client_config(target).map_err(setup)? {
        builder = builder.with_tls_config(tls);
    }
    builder.build().map_err(|e| setup(e.to_string()))
}
