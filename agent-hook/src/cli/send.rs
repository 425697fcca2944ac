//! `send --background`, `flush` and `status`: shipping and showing the spool.

use super::Target;
use agent_hook::config::{Dirs, HookConfig, Overrides};
use agent_hook::deferred::Deferred;
use agent_hook::sender::{self, SendOptions, SenderStatus};
use agent_hook::spool::Spool;
use anyhow::Context;
use clap::Args;
use std::process::ExitCode;
use std::time::{Duration, Instant};

/// `agent-hook send`.
#[derive(Args)]
pub struct SendArgs {
    /// Detached mode (started by the hook): quiet, bounded retries, then exit.
    #[arg(long)]
    background: bool,
}

/// `agent-hook flush`.
#[derive(Args)]
pub struct FlushArgs {
    /// Give up after this many seconds.
    #[arg(long, default_value_t = 30.0)]
    timeout: f64,
    #[command(flatten)]
    target: Target,
}

fn options(config: &HookConfig, overrides: &Overrides, force: bool) -> anyhow::Result<SendOptions> {
    let default_target = Overrides::default().resolve(config)?;
    let force_target = if force { overrides.explicit_target(config)? } else { None };
    Ok(SendOptions {
        default_target,
        force_target,
        attempt_timeout: Duration::from_secs(5),
        max_failures: 3,
        deadline: None,
    })
}

/// Ships the spool until it is empty or the collector keeps failing.
pub fn send(args: SendArgs) -> anyhow::Result<ExitCode> {
    let dirs = Dirs::from_env()?;
    agent_hook::logfile::init(dirs.log_file(), tracing::Level::WARN);
    let config = HookConfig::load(&dirs)?;
    let opts = options(&config, &Overrides::default(), false)?;
    let spool = Spool::new(dirs.spool());
    loop {
        let Some(lock) = sender::try_lock(&dirs) else {
            return Ok(ExitCode::SUCCESS);
        };
        record_deferred(&dirs, &config);
        let mut result = sender::send_all(&dirs, &opts, &lock);
        // Linger a little: the next hook events of a busy turn find a sender running and need
        // not start one (process start is the hook's biggest cost after its own).
        while args.background && result.is_ok() && linger(&dirs, &spool) {
            result = sender::send_all(&dirs, &opts, &lock);
        }
        drop(lock);
        match result {
            // Batches written while the lock was being released are picked up here; any
            // written later find the lock free and start a new sender.
            Ok(_) if !spool.is_empty() => continue,
            Ok(_) => return Ok(ExitCode::SUCCESS),
            Err(e) if args.background => {
                tracing::warn!(error = %e, "Background sender gives up for now.");
                return Ok(ExitCode::SUCCESS);
            }
            Err(e) => return Err(e.into()),
        }
    }
}

/// Records events the hook deferred (their session's lock was busy) into the spool, so a
/// session whose last event was deferred is complete without waiting for another event.
fn record_deferred(dirs: &Dirs, config: &HookConfig) {
    let deferred = Deferred::new(dirs.deferred());
    if deferred.is_empty() {
        return;
    }
    let recorder_for = |harness: &agent_hook::harness::Harness| {
        let settings = agent_hook::setup::settings(dirs, config, harness.name, "live");
        agent_hook::setup::spool_recorder(dirs, settings, None)
    };
    if !deferred.record_all(&recorder_for) {
        tracing::info!("Some deferred events still wait for their session's lock.");
    }
}

/// How long an idle background sender waits for new batches before exiting.
const LINGER: Duration = Duration::from_secs(2);

/// Waits up to [`LINGER`] for a new batch; `false` when none came or a flush wants the lock.
fn linger(dirs: &Dirs, spool: &Spool) -> bool {
    let until = Instant::now() + LINGER;
    while Instant::now() < until {
        if dirs.flush_wanted().exists() {
            return false;
        }
        if !spool.is_empty() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(25));
    }
    false
}

/// Sends everything now, waiting for a running sender first.
pub fn flush(args: FlushArgs) -> anyhow::Result<ExitCode> {
    let dirs = Dirs::from_env()?;
    let config = HookConfig::load(&dirs)?;
    let deadline = Instant::now() + Duration::from_secs_f64(args.timeout.max(0.0));
    let mut opts = options(&config, &args.target.overrides(), true)?;
    opts.deadline = Some(deadline);
    opts.max_failures = u32::MAX;
    opts.attempt_timeout = Duration::from_secs(5)
        .min(deadline.saturating_duration_since(Instant::now()).max(Duration::from_millis(100)));
    let lock = wait_for_lock(&dirs, deadline).ok_or_else(|| {
        anyhow::anyhow!("another sender is still running after {}s", args.timeout)
    })?;
    record_deferred(&dirs, &config);
    let report =
        sender::send_all(&dirs, &opts, &lock).context("flush failed; the spool keeps the spans")?;
    let left = Spool::new(dirs.spool()).stats();
    if left.batches > 0 {
        anyhow::bail!("{} batches still in the spool", left.batches);
    }
    eprintln!("agent-hook: flushed {} spans in {} batches", report.spans, report.batches);
    Ok(ExitCode::SUCCESS)
}

/// Takes the sender lock, asking a lingering background sender to step aside.
pub fn wait_for_lock(dirs: &Dirs, deadline: Instant) -> Option<std::fs::File> {
    let flag = dirs.flush_wanted();
    let _ = std::fs::write(&flag, b"");
    let lock = loop {
        if let Some(lock) = sender::try_lock(dirs) {
            break Some(lock);
        }
        if Instant::now() >= deadline {
            break None;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let _ = std::fs::remove_file(&flag);
    lock
}

/// Prints the spool's state as one JSON object.
pub fn status() -> anyhow::Result<ExitCode> {
    let dirs = Dirs::from_env()?;
    agent_hook::logfile::init(dirs.log_file(), tracing::Level::WARN);
    let config = HookConfig::load(&dirs)?;
    let spool = Spool::new(dirs.spool());
    let stats = spool.stats();
    let mut spans = 0;
    let mut spool_endpoints = std::collections::BTreeSet::new();
    let target = Overrides::default().resolve(&config)?;
    let mut warnings: std::collections::BTreeSet<String> =
        target.cleartext_credentials().into_iter().collect();
    for path in spool.list() {
        if let Ok(batch) = spool.read(&path) {
            spans += batch.spans.len();
            if let Some(t) = batch.target {
                warnings.extend(t.cleartext_credentials());
                spool_endpoints.insert(t.endpoint);
            }
        }
    }
    let last = SenderStatus::load(&dirs);
    for w in &warnings {
        eprintln!("agent-hook: warning: {w}");
        tracing::warn!("{w}");
    }
    let out = serde_json::json!({
        "state_dir": dirs.state,
        "endpoint": target.endpoint,
        "warnings": warnings,
        "spool_endpoints": spool_endpoints,
        "spool": { "batches": stats.batches, "spans": spans, "bytes": stats.bytes, "oldest_age_secs": stats.oldest_age_secs },
        "deferred_events": Deferred::new(dirs.deferred()).len(),
        "sender_running": sender::is_running(&dirs),
        "last_attempt": last.last_attempt,
        "last_success": last.last_success,
        "last_error": last.last_error,
    });
    println!("{}", serde_json::to_string_pretty(&out)?);
    Ok(ExitCode::SUCCESS)
}
