//! `replay PATH...`: transcripts → the payloads the live hook would have seen → the same spans
//! (fresh in-memory state per run, so replaying twice gives identical ids) → spool → sent.

use super::Target;
use agent_hook::config::{Dirs, HookConfig};
use agent_hook::recorder::{RecordError, SpanSink, SpoolSink};
use agent_hook::sender::{self, SendOptions};
use agent_hook::spool::Spool;
use agent_hook::{replay, setup};
use clap::Args;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

/// Spans per spool batch written by a replay.
const SPANS_PER_BATCH: usize = 512;

/// `agent-hook replay`.
#[derive(Args)]
pub struct ReplayArgs {
    /// Transcript files, project folders, or ~/.claude/projects.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    #[command(flatten)]
    target: Target,
    /// Seconds to wait for the collector to acknowledge everything.
    #[arg(long, default_value_t = 60.0)]
    timeout: f64,
}

/// Runs a replay and sends its spans.
pub fn run(args: ReplayArgs) -> anyhow::Result<ExitCode> {
    let dirs = Dirs::from_env()?;
    agent_hook::logfile::init(dirs.log_file(), tracing::Level::WARN);
    let config = HookConfig::load(&dirs)?;
    let overrides = args.target.overrides();
    let target = overrides.explicit_target(&config)?;
    let spool_sink = SpoolSink { spool: Spool::new(dirs.spool()), target: target.clone() };
    let mut spooled = 0usize;
    let mut pending = Vec::new();
    let mut spill = |pending: &mut Vec<_>, all: bool| -> Result<(), RecordError> {
        while pending.len() >= SPANS_PER_BATCH || (all && !pending.is_empty()) {
            let n = pending.len().min(SPANS_PER_BATCH);
            let chunk: Vec<_> = pending.drain(..n).collect();
            spooled += chunk.len();
            spool_sink.emit(chunk)?;
        }
        Ok(())
    };
    let settings = |harness: &str| setup::settings(&dirs, &config, harness, "replay");
    let recorded = replay::record(
        &args.paths,
        std::io::stderr().is_terminal(),
        &settings,
        &mut |mut spans| {
            pending.append(&mut spans);
            if pending.len() >= SPANS_PER_BATCH
                && let Err(e) = spill(&mut pending, false)
            {
                tracing::error!(error = %e, "Could not spool replayed spans.");
            }
        },
    )?;
    spill(&mut pending, true)?;
    let (summary, failed_events) = (recorded.summary, recorded.failed_events);
    eprintln!(
        "agent-hook replay: {} files, {} lines ({} bad), {} sessions, {} prompts, {} events, {} spans spooled{}",
        summary.files,
        summary.lines,
        summary.bad_lines,
        summary.sessions,
        summary.prompts,
        summary.events,
        spooled,
        if failed_events > 0 {
            format!(", {failed_events} events not recorded")
        } else {
            String::new()
        },
    );
    let deadline = Instant::now() + Duration::from_secs_f64(args.timeout.max(0.0));
    let opts = SendOptions {
        default_target: agent_hook::config::Overrides::default().resolve(&config)?,
        force_target: None,
        attempt_timeout: Duration::from_secs(5),
        max_failures: u32::MAX,
        deadline: Some(deadline),
    };
    let Some(lock) = super::send::wait_for_lock(&dirs, deadline) else {
        anyhow::bail!(
            "spans are spooled, but another sender is still running; run `agent-hook flush`"
        );
    };
    match sender::send_all(&dirs, &opts, &lock) {
        Ok(report) => {
            eprintln!("agent-hook replay: sent {} spans", report.spans);
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => {
            eprintln!(
                "agent-hook replay: spans stay in the spool ({e}); run `agent-hook flush` later"
            );
            Ok(ExitCode::FAILURE)
        }
    }
}
