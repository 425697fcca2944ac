//! The collector's configuration: a TOML file (`--config`), overridden by flags and `COXSWAIN_*`
//! variables. Every table refuses unknown keys, so a typo fails at start-up with its name.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::assembler::AnalyticsConfig;
use crate::auth::Role;
use crate::clickhouse::ClickHouseConfig;

/// What can be wrong with a configuration.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The file could not be read.
    #[error("cannot read config file {path}: {source}")]
    Read {
        /// Which file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The file is not valid TOML for this schema (unknown keys are named here).
    #[error("invalid config file {path}: {message}")]
    Parse {
        /// Which file.
        path: PathBuf,
        /// The parser's message, naming the key.
        message: String,
    },
    /// The values parse but make no sense together.
    #[error("invalid configuration: {0}")]
    Invalid(String),
}

/// The whole configuration of `coxswain serve`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CollectorConfig {
    /// Where the sled database lives.
    pub data_dir: PathBuf,
    /// OTLP/gRPC listen address (port 0 picks a free port).
    pub grpc_addr: SocketAddr,
    /// OTLP/HTTP listen address (port 0 picks a free port).
    pub http_addr: SocketAddr,
    /// Largest request accepted, in bytes (after decompression).
    pub max_request_bytes: usize,
    /// The durable buffer.
    pub buffer: BufferConfig,
    /// Downstream OTLP endpoints; every acknowledged request goes to each.
    pub forward: Vec<ForwardConfig>,
    /// Client authentication.
    pub auth: AuthConfig,
    /// Analytics settings.
    pub analytics: AnalyticsConfig,
    /// `[tls]`: when set, both listeners speak TLS only.
    pub tls: Option<TlsConfig>,
    /// `[limits]`: what one client may hold or send (connections, streams, read timeouts, span
    /// times) and how many queries run at once.
    pub limits: LimitsConfig,
    /// `[metrics]`: the report's measures as gauges on `/metrics`.
    pub metrics: MetricsConfig,
    /// `[clickhouse]`: when set, span facts are written there and queries answer from there.
    pub clickhouse: Option<ClickHouseConfig>,
}

impl Default for CollectorConfig {
    fn default() -> Self {
        Self {
            data_dir: PathBuf::from("coxswain-data"),
            grpc_addr: SocketAddr::from(([127, 0, 0, 1], 4317)),
            http_addr: SocketAddr::from(([127, 0, 0, 1], 4318)),
            max_request_bytes: 16 * 1024 * 1024,
            buffer: BufferConfig::default(),
            forward: Vec::new(),
            auth: AuthConfig::default(),
            analytics: AnalyticsConfig::default(),
            tls: None,
            limits: LimitsConfig::default(),
            metrics: MetricsConfig::default(),
            clickhouse: None,
        }
    }
}

/// Default of `limits.span_max_future_secs` (also how far ahead of its arrival a native log
/// event's time may lie).
pub const DEFAULT_SPAN_MAX_FUTURE_SECS: u64 = 3600;

/// `[limits]`: bounds that keep a hostile or broken client from holding the collector.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct LimitsConfig {
    /// Open connections per port (gRPC and HTTP each); further connections are closed at once.
    pub max_connections: usize,
    /// Concurrent HTTP/2 streams (gRPC calls) per connection.
    pub max_concurrent_streams: u32,
    /// How long a client may take from connecting (or finishing a request) to sending a
    /// request's headers; idle and slowloris connections are closed after it.
    pub header_read_timeout_secs: u64,
    /// How long a client may take to send a request body once its headers arrived.
    pub body_read_timeout_secs: u64,
    /// Spans that started or ended longer ago than this are rejected (partial success).
    /// Unset: `buffer.max_age_secs`; 0: no bound in the past (backfills of old data).
    pub span_max_age_secs: Option<u64>,
    /// Spans that start or end further than this in the future are rejected (partial success),
    /// so a bad clock or a hostile client cannot move the collector's "newest time".
    pub span_max_future_secs: u64,
    /// Queries (report, sessions) run at once; further ones wait their turn.
    pub max_concurrent_queries: usize,
}

impl Default for LimitsConfig {
    fn default() -> Self {
        Self {
            max_connections: 1024,
            max_concurrent_streams: 100,
            header_read_timeout_secs: 10,
            body_read_timeout_secs: 30,
            span_max_age_secs: None,
            span_max_future_secs: DEFAULT_SPAN_MAX_FUTURE_SECS,
            max_concurrent_queries: 4,
        }
    }
}

/// `[metrics]`: the report's main measures on `/metrics` (k-anonymity applied: a suppressed
/// group has no series).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct MetricsConfig {
    /// How often the report gauges are recomputed (a report scans every session summary, so
    /// not on every scrape); 0 turns the report gauges off.
    pub report_interval_secs: u64,
}

impl Default for MetricsConfig {
    fn default() -> Self {
        Self { report_interval_secs: 60 }
    }
}

/// `[buffer]`: segment files, sled cache, durability and retention.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct BufferConfig {
    /// sled page cache (index, cursors, analytics), in MiB (sled's own default of 1 GiB shows
    /// up as RSS).
    pub cache_mib: u64,
    /// Size of one segment file of request bodies, in MiB (retention deletes whole files).
    pub segment_mib: u64,
    /// Exports are refused (retryable UNAVAILABLE / 503) while less than this many MiB are free
    /// on the data directory's disk, so the database always has room to work.
    pub min_free_mib: u64,
    /// fdatasync before acknowledging. `false` survives a crash of the collector but not of the
    /// machine: for measuring what the sync costs, never for production.
    pub fsync: bool,
    /// Take new segments from spare files zero-filled ahead of need, so a commit's fdatasync
    /// writes data only, not the file's size through the journal (see the README). Off by
    /// default: it doubles the bytes written, and the end-to-end tail did not measurably improve.
    pub spare_segments: bool,
    /// Processed requests older than this are removed (0 keeps them forever).
    pub max_age_secs: u64,
    /// Bound on the bytes of requests held. Processed requests are removed to stay under it;
    /// when unprocessed ones fill it, new requests are refused with UNAVAILABLE / 503.
    pub max_bytes: u64,
    /// How often retention runs.
    pub retention_interval_secs: u64,
}

impl Default for BufferConfig {
    fn default() -> Self {
        Self {
            cache_mib: 64,
            segment_mib: 64,
            min_free_mib: 64,
            fsync: true,
            spare_segments: false,
            max_age_secs: 7 * 24 * 3600,
            max_bytes: 10 * 1024 * 1024 * 1024,
            retention_interval_secs: 10,
        }
    }
}

/// Which OTLP transport a downstream speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum ForwardProtocol {
    /// OTLP/gRPC; the endpoint is `http://host:port` or `https://host:port`.
    #[default]
    Grpc,
    /// OTLP/HTTP protobuf; the endpoint is `http(s)://host:port` (paths `/v1/traces`,
    /// `/v1/logs`, `/v1/metrics`).
    Http,
}

/// An OTLP signal a forward sends (`signals = ["traces", "logs", "metrics"]`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ForwardSignal {
    /// Trace exports.
    Traces,
    /// Log exports.
    Logs,
    /// Metric exports.
    Metrics,
}

impl ForwardSignal {
    /// Whether this names the buffer's `signal`.
    pub fn is(self, signal: crate::buffer::Signal) -> bool {
        use crate::buffer::Signal;
        matches!(
            (self, signal),
            (ForwardSignal::Traces, Signal::Traces)
                | (ForwardSignal::Logs, Signal::Logs)
                | (ForwardSignal::Metrics, Signal::Metrics)
        )
    }
}

fn default_forward_signals() -> Vec<ForwardSignal> {
    vec![ForwardSignal::Traces, ForwardSignal::Logs, ForwardSignal::Metrics]
}

/// One `[[forward]]` entry.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ForwardConfig {
    /// A short name; the cursor is stored as `forward:<name>`, so keep it stable.
    pub name: String,
    /// `http://host:port` or `https://host:port` of the downstream.
    pub endpoint: String,
    /// PEM CA certificate(s) trusted for an `https://` endpoint (a private CA); without it the
    /// system's roots are trusted.
    #[serde(default)]
    pub ca_file: Option<PathBuf>,
    /// `grpc` (default) or `http`.
    #[serde(default)]
    pub protocol: ForwardProtocol,
    /// Extra headers (gRPC metadata) sent with every request, e.g. an API key.
    #[serde(default)]
    pub headers: BTreeMap<String, String>,
    /// Per-request timeout in seconds.
    #[serde(default = "default_forward_timeout")]
    pub timeout_secs: u64,
    /// Longest wait between retries while the downstream is away (backoff doubles up to it).
    #[serde(default = "default_max_backoff")]
    pub max_backoff_secs: u64,
    /// When the requests not yet sent take more than this many (stored) bytes, the oldest are
    /// skipped (counted and logged), so a dead downstream cannot fill the buffer and stop ingest.
    #[serde(default)]
    pub max_backlog_bytes: Option<u64>,
    /// Requests waiting longer than this are skipped (counted and logged).
    #[serde(default)]
    pub max_backlog_age_secs: Option<u64>,
    /// The signals sent downstream (default: all three); leave `metrics` out for a target that
    /// does not accept them. Requests of other signals pass this forward by.
    #[serde(default = "default_forward_signals")]
    pub signals: Vec<ForwardSignal>,
}

fn default_max_backoff() -> u64 {
    30
}

fn default_forward_timeout() -> u64 {
    10
}

/// `[tls]`: the listeners' certificate and key, and optionally the CA that client
/// certificates must be signed by (mutual TLS).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TlsConfig {
    /// PEM certificate chain, leaf first.
    pub cert_file: PathBuf,
    /// PEM private key (PKCS#8, PKCS#1 or SEC1).
    pub key_file: PathBuf,
    /// PEM CA certificate(s); when set, every client must present a certificate it signed.
    #[serde(default)]
    pub client_ca_file: Option<PathBuf>,
}

/// `[auth]`: who may export, read the report, and read per-session data. As soon as any token
/// is configured, every request but `GET /healthz` must carry `authorization: Bearer <token>`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct AuthConfig {
    /// Tokens of role `ingest` without a team (the original form; `[[auth.tokens]]` is richer).
    pub bearer_tokens: Vec<String>,
    /// `[[auth.tokens]]`: tokens with a role and an optional team.
    pub tokens: Vec<TokenConfig>,
    /// Without any token, the collector listens only on loopback addresses unless this is set
    /// (everyone who can reach it is then an admin).
    pub allow_unauthenticated: bool,
}

/// One `[[auth.tokens]]` entry.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TokenConfig {
    /// The token itself (or use `token_file`).
    #[serde(default)]
    pub token: Option<String>,
    /// A file holding the token (surrounding whitespace ignored), read at start-up.
    #[serde(default)]
    pub token_file: Option<PathBuf>,
    /// `ingest`, `read` or `admin`.
    pub role: Role,
    /// Scopes the token to one team: its exports are stored with this `coxswain.team`, and its
    /// queries see only this team's sessions.
    #[serde(default)]
    pub team: Option<String>,
}

impl TokenConfig {
    /// An inline token.
    pub fn inline(token: &str, role: Role, team: Option<&str>) -> TokenConfig {
        TokenConfig {
            token: Some(token.to_string()),
            token_file: None,
            role,
            team: team.map(str::to_string),
        }
    }
}

impl AuthConfig {
    /// Whether any token is configured.
    pub fn any_token(&self) -> bool {
        !self.bearer_tokens.is_empty() || !self.tokens.is_empty()
    }

    fn validate(&self, listen: &[SocketAddr]) -> Result<(), ConfigError> {
        for (i, t) in self.bearer_tokens.iter().enumerate() {
            if t.trim().is_empty() {
                return Err(ConfigError::Invalid(format!("auth.bearer_tokens[{i}] is empty")));
            }
        }
        for (i, t) in self.tokens.iter().enumerate() {
            match (&t.token, &t.token_file) {
                (Some(v), None) if v.trim().is_empty() => {
                    return Err(ConfigError::Invalid(format!("auth.tokens[{i}]: token is empty")));
                }
                (Some(_), None) | (None, Some(_)) => {}
                _ => {
                    return Err(ConfigError::Invalid(format!(
                        "auth.tokens[{i}]: set exactly one of token and token_file"
                    )));
                }
            }
            if t.team.as_deref().is_some_and(|team| team.trim().is_empty()) {
                return Err(ConfigError::Invalid(format!(
                    "auth.tokens[{i}]: team is empty (leave it out for an unscoped token)"
                )));
            }
        }
        if !self.any_token()
            && !self.allow_unauthenticated
            && let Some(addr) = listen.iter().find(|a| !a.ip().is_loopback())
        {
            return Err(ConfigError::Invalid(format!(
                "refusing to listen on {addr} without authentication: with no token \
                     configured, anyone who can reach it could read every session and write \
                     any team's data. Configure [[auth.tokens]] (see examples/collector.toml), \
                     or set auth.allow_unauthenticated = true (--allow-unauthenticated) on a \
                     network you trust"
            )));
        }
        Ok(())
    }
}

impl CollectorConfig {
    /// Reads a TOML file.
    pub fn from_file(path: &Path) -> Result<Self, ConfigError> {
        let text = std::fs::read_to_string(path)
            .map_err(|source| ConfigError::Read { path: path.to_path_buf(), source })?;
        Self::from_toml(&text)
            .map_err(|message| ConfigError::Parse { path: path.to_path_buf(), message })
    }

    /// Parses TOML text; the error message names the offending key.
    pub fn from_toml(text: &str) -> Result<Self, String> {
        toml::from_str(text).map_err(|e| e.to_string())
    }

    /// Checks values that parse but cannot work.
    pub fn validate(&self) -> Result<(), ConfigError> {
        if self.max_request_bytes == 0 {
            return Err(ConfigError::Invalid("max_request_bytes must be above 0".into()));
        }
        if self.buffer.max_bytes == 0 {
            return Err(ConfigError::Invalid("buffer.max_bytes must be above 0".into()));
        }
        if self.buffer.segment_mib == 0 || self.buffer.segment_mib > 1024 {
            return Err(ConfigError::Invalid(format!(
                "buffer.segment_mib must be between 1 and 1024 (got {})",
                self.buffer.segment_mib
            )));
        }
        if self.analytics.step_mib == 0 {
            return Err(ConfigError::Invalid("analytics.step_mib must be above 0".into()));
        }
        let l = &self.limits;
        if l.max_connections == 0 || l.max_concurrent_streams == 0 || l.max_concurrent_queries == 0
        {
            return Err(ConfigError::Invalid(
                "limits.max_connections, max_concurrent_streams and max_concurrent_queries must \
                 be above 0"
                    .into(),
            ));
        }
        if l.header_read_timeout_secs == 0 || l.body_read_timeout_secs == 0 {
            return Err(ConfigError::Invalid(
                "limits.header_read_timeout_secs and body_read_timeout_secs must be above 0".into(),
            ));
        }
        self.analytics.prices.validate().map_err(ConfigError::Invalid)?;
        if let Some(path) = &self.analytics.native_user_key_file {
            crate::assembler::native::read_key_file(path)
                .map_err(|e| ConfigError::Invalid(e.to_string()))?;
        }
        self.auth.validate(&[self.grpc_addr, self.http_addr])?;
        let mut names = std::collections::BTreeSet::new();
        for f in &self.forward {
            if f.name.is_empty() || !names.insert(f.name.as_str()) {
                return Err(ConfigError::Invalid(format!(
                    "forward names must be non-empty and unique (got {:?})",
                    f.name
                )));
            }
            let https = f.endpoint.starts_with("https://");
            if !https && !f.endpoint.starts_with("http://") {
                return Err(ConfigError::Invalid(format!(
                    "forward {:?}: endpoint {:?} must start with http:// or https://",
                    f.name, f.endpoint
                )));
            }
            if f.max_backlog_bytes == Some(0) || f.max_backlog_age_secs == Some(0) {
                return Err(ConfigError::Invalid(format!(
                    "forward {:?}: max_backlog_bytes and max_backlog_age_secs must be above 0 \
                     (leave them out for no bound)",
                    f.name
                )));
            }
            if f.ca_file.is_some() && !https {
                return Err(ConfigError::Invalid(format!(
                    "forward {:?}: ca_file is set but endpoint {:?} is not https://",
                    f.name, f.endpoint
                )));
            }
        }
        if let Some(ch) = &self.clickhouse {
            ch.validate().map_err(ConfigError::Invalid)?;
        }
        Ok(())
    }

    /// The span time window: spans must start and end within `[now - past, now + future]`.
    pub fn span_window(&self) -> crate::receiver::SpanWindow {
        let past = self.limits.span_max_age_secs.unwrap_or(self.buffer.max_age_secs);
        crate::receiver::SpanWindow {
            past: (past > 0).then(|| std::time::Duration::from_secs(past)),
            future: std::time::Duration::from_secs(self.limits.span_max_future_secs),
        }
    }

    /// Consumer names whose cursors retention respects: each forwarder and the assembler.
    pub fn consumers(&self) -> Vec<String> {
        let mut out: Vec<String> = self.forward.iter().map(|f| f.consumer_name()).collect();
        out.push(crate::buffer::ASSEMBLER_CONSUMER.to_string());
        if self.clickhouse.is_some() {
            out.push(crate::clickhouse::CONSUMER.to_string());
            out.push(crate::clickhouse::sessions::SESSIONS_CONSUMER.to_string());
        }
        out
    }
}

impl BufferConfig {
    /// The buffer's options.
    pub fn options(&self) -> crate::buffer::BufferOptions {
        crate::buffer::BufferOptions {
            cache_bytes: self.cache_mib.saturating_mul(1 << 20),
            segment_bytes: self.segment_mib.saturating_mul(1 << 20),
            min_free_bytes: self.min_free_mib.saturating_mul(1 << 20),
            fsync: self.fsync,
            spare_segments: self.spare_segments,
        }
    }
}

impl ForwardConfig {
    /// The buffer cursor name of this forwarder.
    pub fn consumer_name(&self) -> String {
        format!("forward:{}", self.name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_loopback_otlp_ports() {
        let c = CollectorConfig::from_toml("").unwrap();
        assert_eq!(c.grpc_addr.to_string(), "127.0.0.1:4317");
        assert_eq!(c.http_addr.to_string(), "127.0.0.1:4318");
        assert_eq!(c.max_request_bytes, 16 * 1024 * 1024);
    }

    #[test]
    fn unknown_key_is_named() {
        let e = CollectorConfig::from_toml("[buffer]\ncache_mb = 3\n").unwrap_err();
        assert!(e.contains("cache_mb"), "{e}");
    }

    #[test]
    fn tls_table_parses_and_refuses_unknown_keys() {
        let c = CollectorConfig::from_toml("[tls]\ncert_file = \"c.pem\"\nkey_file = \"k.pem\"\n")
            .unwrap();
        let t = c.tls.unwrap();
        assert_eq!(t.cert_file, PathBuf::from("c.pem"));
        assert!(t.client_ca_file.is_none());
        let e =
            CollectorConfig::from_toml("[tls]\ncert_file = \"c\"\nkey_file = \"k\"\nca = \"x\"\n")
                .unwrap_err();
        assert!(e.contains("ca"), "{e}");
    }

    #[test]
    fn https_forward_endpoints_are_accepted_and_other_schemes_refused() {
        let ok = "[[forward]]\nname = \"a\"\nendpoint = \"https://h:4317\"\nca_file = \"ca.pem\"\n";
        CollectorConfig::from_toml(ok).unwrap().validate().unwrap();
        let bad = "[[forward]]\nname = \"a\"\nendpoint = \"grpcs://h:4317\"\n";
        let e = CollectorConfig::from_toml(bad).unwrap().validate().unwrap_err().to_string();
        assert!(e.contains("grpcs://h:4317"), "{e}");
    }
}
