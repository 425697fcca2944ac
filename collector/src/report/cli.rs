//! `coxswain report`, `coxswain sessions`, `coxswain session ID`: against a running collector
//! (`--endpoint`) or a stopped one's data directory (`--data-dir`).

use std::path::PathBuf;
use std::sync::Arc;

use anyhow::Context;

use super::format;
use super::groups::GroupBy;
use crate::assembler::{self, AnalyticsConfig, Assembler};
use crate::clickhouse::ClickHouseConfig;
use crate::clickhouse::cli::{Connection, deriver_for_cli};
use crate::query::clickhouse::ClickHouseSessions;
use crate::query::client::{self, Call};
use crate::query::ops;

/// Output formats of `coxswain report`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// An aligned table with the study's figures.
    Table,
    /// The JSON document of `/v1/report`.
    Json,
    /// One CSV line per group.
    Csv,
}

/// Output formats of `coxswain sessions` / `session`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SessionFormat {
    /// A table.
    Table,
    /// JSON.
    Json,
}

/// Where the data comes from.
#[derive(Debug, clap::Args)]
pub struct Source {
    /// A running collector's query API: `http://HOST:4318` (HTTP JSON) or `grpc://HOST:4317`;
    /// `https://` and `grpcs://` for a collector serving TLS.
    #[arg(long, default_value = "http://127.0.0.1:4318", env = "COXSWAIN_ENDPOINT")]
    pub endpoint: String,
    /// Bearer token for a collector with `[auth]` tokens: `read` for the report, `admin` for
    /// sessions (prefer the variable: a flag shows in the process list).
    #[arg(long, env = "COXSWAIN_TOKEN", hide_env_values = true)]
    pub token: Option<String>,
    /// PEM CA certificate(s) trusted for https:// and grpcs:// (default: the system's roots).
    #[arg(long, value_name = "PATH")]
    pub ca_file: Option<PathBuf>,
    /// PEM client certificate for a collector that requires mutual TLS (with --client-key).
    #[arg(long, value_name = "PATH")]
    pub client_cert: Option<PathBuf>,
    /// PEM private key of --client-cert.
    #[arg(long, value_name = "PATH")]
    pub client_key: Option<PathBuf>,
    /// Read a stopped collector's data directory instead (buffered requests not yet assembled
    /// are assembled first).
    #[arg(long)]
    pub data_dir: Option<PathBuf>,
    /// With --data-dir or --clickhouse: idle time (seconds) after which a session counts as
    /// closed.
    #[arg(long, default_value_t = AnalyticsConfig::default().idle_close_secs)]
    pub idle_close_secs: u64,
    /// Read the sessions of every collector from ClickHouse instead (no collector needed).
    #[command(flatten)]
    pub clickhouse: Connection,
}

/// `coxswain report`.
#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    /// Output format.
    #[arg(long, value_enum, default_value = "table")]
    pub format: Format,
    /// Group rows by level, band, mode, month, harness or team (default: one `all` row).
    #[arg(long, value_enum)]
    pub by: Option<GroupBy>,
    /// Sessions whose first prompt starts at or after this (RFC 3339 or YYYY-MM-DD).
    #[arg(long)]
    pub since: Option<String>,
    /// … and before this (exclusive).
    #[arg(long)]
    pub until: Option<String>,
    /// Suppress groups with fewer distinct users (a running collector only lets you raise its k).
    #[arg(long)]
    pub min_group_users: Option<usize>,
    /// With `--data-dir`: the collector config whose `[analytics.prices]` give estimated costs
    /// (a running collector uses its own).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    #[command(flatten)]
    pub source: Source,
}

/// `coxswain sessions`.
#[derive(Debug, clap::Args)]
pub struct SessionsArgs {
    /// Output format.
    #[arg(long, value_enum, default_value = "table")]
    pub format: SessionFormat,
    /// Sessions whose first prompt starts at or after this (RFC 3339 or YYYY-MM-DD).
    #[arg(long)]
    pub since: Option<String>,
    /// … and before this (exclusive).
    #[arg(long)]
    pub until: Option<String>,
    /// At most this many, newest first.
    #[arg(long, default_value_t = ops::DEFAULT_LIMIT)]
    pub limit: usize,
    #[command(flatten)]
    pub source: Source,
}

/// `coxswain session ID`.
#[derive(Debug, clap::Args)]
pub struct SessionArgs {
    /// The session id.
    pub id: String,
    /// Output format.
    #[arg(long, value_enum, default_value = "table")]
    pub format: SessionFormat,
    #[command(flatten)]
    pub source: Source,
}

/// Opens a stopped data dir and assembles whatever is pending.
fn local(source: &Source, dir: &std::path::Path) -> anyhow::Result<Assembler> {
    let buffer = Arc::new(assembler::open_stopped(dir)?);
    let config = AnalyticsConfig { idle_close_secs: source.idle_close_secs, ..Default::default() };
    let a = Assembler::new(buffer, config)?;
    a.catch_up().context("assembling pending buffered requests")?;
    a.store().flush()?;
    Ok(a)
}

impl Source {
    /// The TLS files for an https:// or grpcs:// endpoint.
    fn tls(&self) -> client::ClientTls {
        client::ClientTls {
            ca_file: self.ca_file.clone(),
            client_cert: self.client_cert.clone(),
            client_key: self.client_key.clone(),
        }
    }
}

fn parse(json: &str) -> anyhow::Result<serde_json::Value> {
    serde_json::from_str(json).context("the collector answered with invalid JSON")
}

/// Runs `coxswain report`.
pub fn report(args: ReportArgs) -> anyhow::Result<()> {
    let by = args.by.unwrap_or(GroupBy::All).as_str();
    let since = args.since.as_deref().unwrap_or("");
    let until = args.until.as_deref().unwrap_or("");
    let k = args.min_group_users.unwrap_or(AnalyticsConfig::default().min_group_users);
    let mut q = ops::report_query(Some(by), Some(since), Some(until), None, 0)?;
    q.min_group_users = k;
    if let Some(path) = &args.config {
        let config = crate::config::CollectorConfig::from_file(path)?;
        config.validate()?;
        q.prices = config.analytics.prices;
    }
    let json = match (&args.source.data_dir, args.source.clickhouse.config()) {
        (_, Some(ch)) => {
            let (_runtime, source) = clickhouse_source(&ch, args.source.idle_close_secs)?;
            ops::report_json(&source, &q)?
        }
        (Some(dir), None) => ops::report_json(local(&args.source, dir)?.store(), &q)?,
        (None, None) => client::fetch(
            &args.source.endpoint,
            &args.source.tls(),
            args.source.token.as_deref(),
            Call::Report { by, since, until, min_group_users: args.min_group_users },
        )?,
    };
    match args.format {
        Format::Json => println!("{json}"),
        Format::Table => print!("{}", format::report_table(&parse(&json)?)),
        Format::Csv => print!("{}", format::report_csv(&parse(&json)?)),
    }
    Ok(())
}

/// Runs `coxswain sessions`.
pub fn sessions(args: SessionsArgs) -> anyhow::Result<()> {
    let since = args.since.as_deref().unwrap_or("");
    let until = args.until.as_deref().unwrap_or("");
    let json = match (&args.source.data_dir, args.source.clickhouse.config()) {
        (_, Some(ch)) => {
            let (_runtime, source) = clickhouse_source(&ch, args.source.idle_close_secs)?;
            ops::sessions_json(&source, Some(since), Some(until), args.limit, None)?
        }
        (Some(dir), None) => ops::sessions_json(
            local(&args.source, dir)?.store(),
            Some(since),
            Some(until),
            args.limit,
            None,
        )?,
        (None, None) => client::fetch(
            &args.source.endpoint,
            &args.source.tls(),
            args.source.token.as_deref(),
            Call::Sessions { since, until, limit: args.limit },
        )?,
    };
    match args.format {
        SessionFormat::Json => println!("{json}"),
        SessionFormat::Table => print!("{}", format::sessions_table(&parse(&json)?)),
    }
    Ok(())
}

/// ClickHouse as the CLI's source, with the runtime its client runs on (keep it alive while
/// the source is used; a multi-thread runtime, whose handle can drive its I/O).
fn clickhouse_source(
    cfg: &ClickHouseConfig,
    idle_close_secs: u64,
) -> anyhow::Result<(tokio::runtime::Runtime, ClickHouseSessions)> {
    let runtime =
        tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build()?;
    let deriver = {
        let _entered = runtime.enter();
        deriver_for_cli(cfg, idle_close_secs)?
    };
    let source = ClickHouseSessions { deriver, runtime: runtime.handle().clone() };
    Ok((runtime, source))
}

/// Runs `coxswain session`.
pub fn session(args: SessionArgs) -> anyhow::Result<()> {
    let json = match (&args.source.data_dir, args.source.clickhouse.config()) {
        (_, Some(ch)) => {
            let (_runtime, source) = clickhouse_source(&ch, args.source.idle_close_secs)?;
            ops::session_json(&source, &args.id, None)?
        }
        (Some(dir), None) => ops::session_json(local(&args.source, dir)?.store(), &args.id, None)?,
        (None, None) => client::fetch(
            &args.source.endpoint,
            &args.source.tls(),
            args.source.token.as_deref(),
            Call::Session { id: &args.id },
        )?,
    };
    match args.format {
        SessionFormat::Json => println!("{json}"),
        SessionFormat::Table => print!("{}", format::session_table(&parse(&json)?)),
    }
    Ok(())
}
