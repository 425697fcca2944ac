//! `coxswain clickhouse init`, and the `--clickhouse URL` source of `coxswain report`,
//! `sessions` and `session` (answers from ClickHouse without a running collector).

use std::path::PathBuf;

use super::schema::{self, SchemaOptions};
use super::{ClickHouseClient, ClickHouseConfig};
use crate::config::CollectorConfig;

/// `coxswain clickhouse …`.
#[derive(Debug, clap::Args)]
pub struct ClickHouseArgs {
    #[command(subcommand)]
    command: ClickHouseCommand,
}

#[derive(Debug, clap::Subcommand)]
enum ClickHouseCommand {
    /// Create or migrate Coxswain's tables (idempotent; safe from several collectors at once).
    Init(InitArgs),
}

/// Where ClickHouse is, for the CLI: flags, or a collector config's `[clickhouse]` table.
#[derive(Debug, Clone, clap::Args)]
pub struct Connection {
    /// The ClickHouse HTTP interface, `http://HOST:8123` or `https://HOST:8443`.
    #[arg(long = "clickhouse", value_name = "URL", env = "COXSWAIN_CLICKHOUSE_URL")]
    pub url: Option<String>,
    /// Database of Coxswain's tables.
    #[arg(long = "clickhouse-database", value_name = "NAME", default_value = "coxswain")]
    pub database: String,
    /// ClickHouse user.
    #[arg(long = "clickhouse-user", value_name = "USER", env = "COXSWAIN_CLICKHOUSE_USER")]
    pub user: Option<String>,
    /// File holding the ClickHouse password.
    #[arg(long = "clickhouse-password-file", value_name = "PATH")]
    pub password_file: Option<PathBuf>,
}

impl Connection {
    /// The `[clickhouse]` settings these flags stand for (`None` without `--clickhouse`).
    pub fn config(&self) -> Option<ClickHouseConfig> {
        self.url.as_ref().map(|url| ClickHouseConfig {
            url: url.clone(),
            database: self.database.clone(),
            user: self.user.clone().unwrap_or_default(),
            password_file: self.password_file.clone(),
            ..ClickHouseConfig::default()
        })
    }
}

/// `coxswain clickhouse init`.
#[derive(Debug, clap::Args)]
pub struct InitArgs {
    /// A collector config whose `[clickhouse]` table says where (instead of --clickhouse …).
    #[arg(long, env = "COXSWAIN_CONFIG")]
    pub config: Option<PathBuf>,
    #[command(flatten)]
    pub connection: Connection,
    /// Create Replicated tables on every node of this cluster, with Distributed tables over
    /// them (needs the cluster in `remote_servers` and ZooKeeper/Keeper).
    #[arg(long, value_name = "NAME")]
    pub cluster: Option<String>,
    /// Print the statements of a fresh schema instead of running them.
    #[arg(long)]
    pub print: bool,
}

/// Runs `coxswain clickhouse …`.
pub fn run(args: ClickHouseArgs) -> anyhow::Result<()> {
    match args.command {
        ClickHouseCommand::Init(a) => init(a),
    }
}

fn init(args: InitArgs) -> anyhow::Result<()> {
    let cfg = match (&args.config, args.connection.config()) {
        (_, Some(c)) => c,
        (Some(path), None) => CollectorConfig::from_file(path)?
            .clickhouse
            .ok_or_else(|| anyhow::anyhow!("{} has no [clickhouse] table", path.display()))?,
        (None, None) => anyhow::bail!("say where ClickHouse is: --clickhouse URL or --config FILE"),
    };
    cfg.validate().map_err(anyhow::Error::msg)?;
    if let Some(c) = &args.cluster
        && (c.is_empty() || !c.chars().all(|ch| ch.is_ascii_alphanumeric() || ch == '_'))
    {
        anyhow::bail!("--cluster {c:?} must be letters, digits and underscores");
    }
    let o: SchemaOptions = cfg.schema_options(args.cluster.clone());
    if args.print {
        for s in schema::fresh_statements(&o) {
            println!("{s};");
        }
        return Ok(());
    }
    let client = ClickHouseClient::new(&cfg)?;
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    let outcome = runtime.block_on(schema::init(&client, &o))?;
    println!(
        "clickhouse schema of {} at {}: version {} (was {}){}{}",
        o.database,
        client.url(),
        outcome.to,
        outcome.from,
        if outcome.added_columns.is_empty() {
            String::new()
        } else {
            format!(", added columns {}", outcome.added_columns.join(", "))
        },
        if outcome.ttl { format!(", TTL {} days", o.retention_days) } else { String::new() }
    );
    Ok(())
}

/// A deriver for the CLI's `--clickhouse` source: the default classifiers (the collector's),
/// no verdict cache.
pub fn deriver_for_cli(
    cfg: &ClickHouseConfig,
    idle_close_secs: u64,
) -> anyhow::Result<super::sessions::Deriver> {
    Ok(super::sessions::Deriver {
        client: ClickHouseClient::new(cfg)?,
        classifiers: crate::classifier::Classifiers::default(),
        idle_close_secs,
        cache: None,
        // Only derives from ClickHouse's facts; it never reads a buffer's native events.
        native_key: std::sync::Arc::from(Vec::new()),
    })
}
