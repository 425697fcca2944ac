//! Assembly: turns buffered spans into per-session and per-prompt records in sled trees of their
//! own. (Skeleton — filled in by the analytics work.)

use std::path::PathBuf;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::buffer::Buffer;

/// Analytics settings (`[analytics]` in the collector's TOML config).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct AnalyticsConfig {
    /// Seconds without a span after which a session counts as closed.
    pub idle_close_secs: u64,
    /// Groups with fewer distinct users than this are suppressed in every output.
    pub min_group_users: usize,
}

impl Default for AnalyticsConfig {
    fn default() -> Self {
        Self { idle_close_secs: 3600, min_group_users: 5 }
    }
}

/// `coxswain rebuild`.
#[derive(Debug, clap::Args)]
pub struct RebuildArgs {
    /// Data directory of a stopped collector.
    #[arg(long, default_value = "coxswain-data")]
    pub data_dir: PathBuf,
}

/// Starts the assembler tailing the buffer; it stops when `shutdown` fires.
pub fn spawn(
    _buffer: Arc<Buffer>,
    _config: AnalyticsConfig,
    _shutdown: tokio::sync::watch::Receiver<bool>,
) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async {})
}

/// Runs `coxswain rebuild`.
pub fn rebuild(_args: RebuildArgs) -> anyhow::Result<()> {
    anyhow::bail!("rebuild is not built yet")
}
