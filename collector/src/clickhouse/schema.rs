//! Schema management (`coxswain clickhouse init`): numbered migrations recorded in
//! `schema_migrations`, every statement idempotent (`IF NOT EXISTS`), so init runs any number of
//! times, from several collectors at once, and brings an older schema up to date. After the
//! migrations, columns for facts the running version knows but the table lacks are added, and
//! the retention TTL is set where the server supports it (19.6 and later).

use super::facts::{self, ColumnKind};
use super::sessions;
use super::{ClickHouseClient, ClickHouseError};

/// What a schema is being created for.
#[derive(Debug, Clone, Default)]
pub struct SchemaOptions {
    /// Database name.
    pub database: String,
    /// `--cluster NAME`: Replicated tables on every node behind Distributed tables.
    pub cluster: Option<String>,
    /// Facts older than this many days expire (0: never).
    pub retention_days: u32,
}

/// What init did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InitOutcome {
    /// Schema version before.
    pub from: u32,
    /// Schema version after.
    pub to: u32,
    /// Fact columns added to an existing table.
    pub added_columns: Vec<String>,
    /// Whether a retention TTL is in place.
    pub ttl: bool,
}

/// One schema version.
struct Migration {
    version: u32,
    description: &'static str,
    statements: fn(&SchemaOptions) -> Vec<String>,
}

/// Every migration, oldest first. Never edit a released one: add the next version.
const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        description: "span facts, deduplicated by (session_id, span_id)",
        statements: v1_span_facts,
    },
    Migration {
        version: 2,
        description: "derived sessions with their prompts, the newest version per session",
        statements: v2_sessions,
    },
];

/// The schema version this build writes.
pub fn latest_version() -> u32 {
    MIGRATIONS.last().map(|m| m.version).unwrap_or(0)
}

fn on_cluster(o: &SchemaOptions) -> String {
    o.cluster.as_ref().map(|c| format!(" ON CLUSTER {c}")).unwrap_or_default()
}

/// The table that holds rows: `NAME` on one server, `NAME_local` on each node of a cluster.
fn storage_table(o: &SchemaOptions, name: &str) -> String {
    match o.cluster {
        Some(_) => format!("{name}_local"),
        None => name.to_string(),
    }
}

/// `ReplacingMergeTree`, or its replicated form on a cluster.
fn replacing_engine(o: &SchemaOptions, name: &str) -> String {
    replacing_engine_by(o, name, None)
}

/// `ReplacingMergeTree(version)` (the row with the largest `version` wins; without one, the last
/// inserted), or its replicated form on a cluster.
fn replacing_engine_by(o: &SchemaOptions, name: &str, version: Option<&str>) -> String {
    match &o.cluster {
        None => match version {
            None => "ReplacingMergeTree".to_string(),
            Some(v) => format!("ReplacingMergeTree({v})"),
        },
        Some(_) => format!(
            "ReplicatedReplacingMergeTree('/clickhouse/tables/{{shard}}/{}/{name}', '{{replica}}'{})",
            o.database,
            version.map(|v| format!(", {v}")).unwrap_or_default()
        ),
    }
}

/// On a cluster: the Distributed table `NAME` over `NAME_local`, sharded by session so one
/// session's facts (and their duplicates) meet on one shard.
fn distributed(o: &SchemaOptions, name: &str, sharding: &str) -> Vec<String> {
    match &o.cluster {
        None => Vec::new(),
        Some(c) => vec![format!(
            "CREATE TABLE IF NOT EXISTS {db}.{name}{oc} AS {db}.{name}_local \
             ENGINE = Distributed({c}, {db}, {name}_local, {sharding})",
            db = o.database,
            oc = on_cluster(o),
        )],
    }
}

fn migrations_table(o: &SchemaOptions) -> Vec<String> {
    let mut out = vec![format!(
        "CREATE TABLE IF NOT EXISTS {db}.{t}{oc} (version UInt32, description String, \
         applied_at DateTime DEFAULT now()) ENGINE = {e} ORDER BY version",
        db = o.database,
        t = storage_table(o, "schema_migrations"),
        oc = on_cluster(o),
        e = replacing_engine(o, "schema_migrations"),
    )];
    out.extend(distributed(o, "schema_migrations", "version"));
    out
}

fn column_ddl(name: &str, kind: ColumnKind) -> String {
    format!("`{name}` {}", kind.sql_type())
}

fn v1_span_facts(o: &SchemaOptions) -> Vec<String> {
    let mut cols = vec!["`session_id` String".to_string(), "`span_id` String".to_string()];
    cols.extend(facts::fact_columns().iter().map(|(n, k)| column_ddl(n, *k)));
    cols.push("`day` Date".into());
    let mut out = vec![format!(
        "CREATE TABLE IF NOT EXISTS {db}.{t}{oc} ({cols}) ENGINE = {e} \
         PARTITION BY toYYYYMM(`day`) ORDER BY (`session_id`, `span_id`)",
        db = o.database,
        t = storage_table(o, facts::TABLE),
        oc = on_cluster(o),
        cols = cols.join(", "),
        e = replacing_engine(o, facts::TABLE),
    )];
    out.extend(distributed(o, facts::TABLE, "cityHash64(`session_id`)"));
    out
}

/// Derived sessions: one row per session and version, `FINAL` keeps the newest. Not
/// partitioned by time: a session's start can move earlier when an earlier prompt arrives late,
/// and ReplacingMergeTree only collapses rows within one partition.
fn v2_sessions(o: &SchemaOptions) -> Vec<String> {
    let t = sessions::TABLE;
    let mut out = vec![format!(
        "CREATE TABLE IF NOT EXISTS {db}.{st}{oc} ({cols}) ENGINE = {e} ORDER BY `session_id`",
        db = o.database,
        st = storage_table(o, t),
        oc = on_cluster(o),
        cols = sessions::COLUMNS,
        e = replacing_engine_by(o, t, Some("`version`")),
    )];
    out.extend(distributed(o, t, "cityHash64(`session_id`)"));
    out
}

/// The statements of a fresh init at the latest version (for docs and `--print`).
pub fn fresh_statements(o: &SchemaOptions) -> Vec<String> {
    let mut out = vec![format!("CREATE DATABASE IF NOT EXISTS {}{}", o.database, on_cluster(o))];
    out.extend(migrations_table(o));
    for m in MIGRATIONS {
        out.extend((m.statements)(o));
    }
    out
}

/// Creates or migrates the schema. Safe to run again and from several collectors at once.
pub async fn init(
    client: &ClickHouseClient,
    o: &SchemaOptions,
) -> Result<InitOutcome, ClickHouseError> {
    let db = &o.database;
    client.execute(&format!("CREATE DATABASE IF NOT EXISTS {db}{}", on_cluster(o))).await?;
    for s in migrations_table(o) {
        client.execute(&s).await?;
    }
    let from = client
        .execute(&format!("SELECT max(version) FROM {db}.schema_migrations"))
        .await?
        .trim()
        .parse::<u32>()
        .unwrap_or(0);
    for m in MIGRATIONS.iter().filter(|m| m.version > from) {
        for s in (m.statements)(o) {
            client.execute(&s).await?;
        }
        client
            .execute(&format!(
                "INSERT INTO {db}.schema_migrations (version, description) VALUES ({}, '{}')",
                m.version,
                m.description.replace('\'', "")
            ))
            .await?;
        tracing::info!(version = m.version, description = m.description, "ClickHouse migrated.");
    }
    let added_columns = add_missing_columns(client, o).await?;
    let ttl = set_retention(client, o).await?;
    Ok(InitOutcome { from, to: latest_version().max(from), added_columns, ttl })
}

/// Adds a column for every fact this build knows and the table lacks (older schema, newer
/// collector), on the storage table and, on a cluster, the Distributed one.
async fn add_missing_columns(
    client: &ClickHouseClient,
    o: &SchemaOptions,
) -> Result<Vec<String>, ClickHouseError> {
    let table = storage_table(o, facts::TABLE);
    let have = client
        .execute(&format!(
            "SELECT name FROM system.columns WHERE database = '{}' AND table = '{table}'",
            o.database
        ))
        .await?;
    let have: std::collections::HashSet<&str> = have.lines().collect();
    let mut added = Vec::new();
    for (name, kind) in facts::fact_columns() {
        if have.contains(name.as_str()) {
            continue;
        }
        let mut tables = vec![table.clone()];
        if o.cluster.is_some() {
            tables.push(facts::TABLE.to_string());
        }
        for t in tables {
            client
                .execute(&format!(
                    "ALTER TABLE {}.{t}{} ADD COLUMN {}",
                    o.database,
                    on_cluster(o),
                    column_ddl(name, *kind)
                ))
                .await?;
        }
        added.push(name.clone());
    }
    Ok(added)
}

/// `TTL day + INTERVAL N DAY` from `retention_days`, where the server has table TTLs (19.6+).
async fn set_retention(
    client: &ClickHouseClient,
    o: &SchemaOptions,
) -> Result<bool, ClickHouseError> {
    if o.retention_days == 0 {
        return Ok(false);
    }
    let (major, minor) = client.version().await?;
    if (major, minor) < (19, 6) {
        tracing::warn!(
            major,
            minor,
            "This ClickHouse has no table TTL (19.6+); clickhouse.retention_days is not applied."
        );
        return Ok(false);
    }
    for table in [facts::TABLE, sessions::TABLE] {
        client
            .execute(&format!(
                "ALTER TABLE {}.{}{} MODIFY TTL `day` + INTERVAL {} DAY",
                o.database,
                storage_table(o, table),
                on_cluster(o),
                o.retention_days
            ))
            .await?;
    }
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cluster_schema_is_replicated_tables_behind_distributed_ones() {
        let o = SchemaOptions {
            database: "cx".into(),
            cluster: Some("prod".into()),
            retention_days: 0,
        };
        let sql = fresh_statements(&o).join(";\n");
        assert!(sql.contains("CREATE DATABASE IF NOT EXISTS cx ON CLUSTER prod"), "{sql}");
        assert!(sql.contains("CREATE TABLE IF NOT EXISTS cx.span_facts_local ON CLUSTER prod"));
        assert!(sql.contains(
            "ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/cx/span_facts', '{replica}')"
        ));
        assert!(sql.contains(
            "ENGINE = Distributed(prod, cx, span_facts_local, cityHash64(`session_id`))"
        ));
        assert!(sql.contains(
            "ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/cx/sessions', '{replica}', `version`)"
        ));
    }

    #[test]
    fn single_server_schema_uses_no_type_missing_from_clickhouse_18() {
        let o = SchemaOptions { database: "coxswain".into(), ..SchemaOptions::default() };
        let sql = fresh_statements(&o).join(";\n");
        for banned in ["DateTime64", "Map(", "LowCardinality", "ON CLUSTER", "TTL"] {
            assert!(!sql.contains(banned), "{banned} in {sql}");
        }
        assert!(sql.contains("ENGINE = ReplacingMergeTree PARTITION BY toYYYYMM(`day`)"));
        assert!(sql.contains("ENGINE = ReplacingMergeTree(`version`) ORDER BY `session_id`"));
    }
}
