//! The optional ClickHouse store (`[clickhouse]`): a writer that copies the span facts the
//! collector assembles from its sled buffer into ClickHouse, the schema and its migrations, and
//! the read side that derives session records from every collector's facts (CLICKHOUSE.md).

pub mod cli;
pub mod client;
pub mod facts;
pub mod read;
pub mod schema;
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

/// Builds the client and starts the writer (which first runs `init` when `auto_init` is set,
/// retrying while ClickHouse is away: the collector takes spans whatever ClickHouse's state).
pub fn start(
    cfg: &ClickHouseConfig,
    buffer: std::sync::Arc<crate::buffer::Buffer>,
    shutdown: tokio::sync::watch::Receiver<bool>,
) -> Result<(ClickHouseClient, tokio::task::JoinHandle<()>), ClickHouseError> {
    let client = ClickHouseClient::new(cfg)?;
    let init = cfg.auto_init.then(|| cfg.schema_options(None));
    let stats = std::sync::Arc::new(writer::WriterStats::default());
    let handle = writer::spawn(buffer, client.clone(), cfg, init, stats, shutdown);
    Ok((client, handle))
}

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
