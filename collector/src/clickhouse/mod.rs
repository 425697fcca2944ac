//! The optional ClickHouse store (`[clickhouse]`): a writer that copies the span facts the
//! collector assembles from its sled buffer into ClickHouse, the schema and its migrations, and
//! the read side that derives session records from every collector's facts (CLICKHOUSE.md).

pub mod cli;
pub mod client;
pub mod facts;
pub mod read;
pub mod report;
pub mod rowbinary;
pub mod schema;
pub mod sessions;
pub mod writer;

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

pub use client::{ClickHouseClient, ClickHouseError};

/// The writer's cursor name in the buffer (retention waits for it like for a forwarder).
pub const CONSUMER: &str = "clickhouse";

/// `[clickhouse]` in the collector's config.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ClickHouseConfig {
    /// `http://host:8123` or `https://host:8443` (the HTTP interface).
    pub url: String,
    /// Database holding Coxswain's tables.
    pub database: String,
    /// User (ClickHouse's `default` when empty).
    pub user: String,
    /// Password, inline.
    pub password: Option<String>,
    /// Password read from this file (trailing newline trimmed); exclusive with `password`.
    pub password_file: Option<PathBuf>,
    /// PEM CA certificate(s) trusted for an `https://` url (default: the system's roots).
    pub ca_file: Option<PathBuf>,
    /// Run `coxswain clickhouse init` at start-up.
    pub auto_init: bool,
    /// Facts older than this many days are removed by a table TTL (0 keeps them forever; needs
    /// ClickHouse 19.6 or later, older servers keep everything).
    pub retention_days: u32,
    /// Most span facts in one INSERT.
    pub max_batch_rows: usize,
    /// Most bytes (JSON rows) in one INSERT.
    pub max_batch_bytes: usize,
    /// Per-request timeout in seconds.
    pub timeout_secs: u64,
    /// Longest wait between retries while ClickHouse is away.
    pub max_backoff_secs: u64,
}

impl Default for ClickHouseConfig {
    fn default() -> Self {
        Self {
            url: "http://127.0.0.1:8123".into(),
            database: "coxswain".into(),
            user: String::new(),
            password: None,
            password_file: None,
            ca_file: None,
            auto_init: false,
            retention_days: 0,
            max_batch_rows: 50_000,
            max_batch_bytes: 16 * 1024 * 1024,
            timeout_secs: 30,
            max_backoff_secs: 30,
        }
    }
}

/// Builds the client and starts the facts writer (which first runs `init` when `auto_init` is
/// set, retrying while ClickHouse is away: the collector takes spans whatever ClickHouse's state)
/// and the session deriver behind it. The deriver derives with the assembler's classifiers and
/// idle close, so records from ClickHouse and from sled agree.
pub fn start(
    cfg: &ClickHouseConfig,
    analytics: &crate::assembler::AnalyticsConfig,
    buffer: std::sync::Arc<crate::buffer::Buffer>,
    shutdown: tokio::sync::watch::Receiver<bool>,
) -> Result<(sessions::Deriver, tokio::task::JoinHandle<()>), ClickHouseError> {
    let client = ClickHouseClient::new(cfg)?;
    let init = cfg.auto_init.then(|| cfg.schema_options(None));
    let stats = std::sync::Arc::new(writer::WriterStats::default());
    let native_key: std::sync::Arc<[u8]> =
        crate::assembler::native::user_key(buffer.db(), analytics.native_user_key_file.as_deref())
            .map_err(|e| ClickHouseError::Config(e.to_string()))?
            .into();
    let writer = writer::spawn(
        buffer.clone(),
        client.clone(),
        cfg,
        native_key.clone(),
        init,
        stats,
        shutdown.clone(),
    );
    let classifiers = crate::classifier::Classifiers::default();
    let cache = match classifiers.any_memoised() {
        true => {
            Some(std::sync::Arc::new(crate::assembler::verdicts::VerdictCache::open(buffer.db())?))
        }
        false => None,
    };
    let deriver = sessions::Deriver {
        client,
        classifiers,
        idle_close_secs: analytics.idle_close_secs,
        cache,
        native_key,
    };
    let derive = deriver.clone().spawn(
        buffer,
        std::time::Duration::from_secs(IDLE_SWEEP_SECS),
        std::time::Duration::from_secs(cfg.max_backoff_secs.max(1)),
        shutdown,
    );
    let both = tokio::spawn(async move {
        let _ = writer.await;
        let _ = derive.await;
    });
    Ok((deriver, both))
}

/// How often each collector sweeps ClickHouse for sessions idled out (queries sweep first too).
const IDLE_SWEEP_SECS: u64 = 30;

impl ClickHouseConfig {
    /// Schema options for this database (`cluster` from `init --cluster`).
    pub fn schema_options(&self, cluster: Option<String>) -> schema::SchemaOptions {
        schema::SchemaOptions {
            database: self.database.clone(),
            cluster,
            retention_days: self.retention_days,
        }
    }

    /// Checks values that parse but cannot work.
    pub fn validate(&self) -> Result<(), String> {
        let https = self.url.starts_with("https://");
        if !https && !self.url.starts_with("http://") {
            return Err(format!(
                "clickhouse.url {:?} must start with http:// or https://",
                self.url
            ));
        }
        if self.ca_file.is_some() && !https {
            return Err(format!(
                "clickhouse.ca_file is set but url {:?} is not https://",
                self.url
            ));
        }
        if self.password.is_some() && self.password_file.is_some() {
            return Err("clickhouse: set password or password_file, not both".into());
        }
        let ident =
            |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        if !ident(&self.database) {
            return Err(format!(
                "clickhouse.database {:?} must be letters, digits and underscores",
                self.database
            ));
        }
        if self.max_batch_rows == 0 || self.max_batch_bytes == 0 {
            return Err("clickhouse.max_batch_rows and max_batch_bytes must be above 0".into());
        }
        Ok(())
    }
}
