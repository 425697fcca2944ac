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
            clickhouse: None,
        }
    }
}

/// `[buffer]`: sled cache and retention.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct BufferConfig {
    /// sled page cache, in MiB (sled's own default of 1 GiB shows up as RSS).
    pub cache_mib: u64,
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
    /// OTLP/HTTP protobuf; the endpoint is `http(s)://host:port` (paths `/v1/traces`, `/v1/logs`).
    Http,
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
        if !self.any_token() && !self.allow_unauthenticated {
            if let Some(addr) = listen.iter().find(|a| !a.ip().is_loopback()) {
                return Err(ConfigError::Invalid(format!(
                    "refusing to listen on {addr} without authentication: with no token \
                     configured, anyone who can reach it could read every session and write \
                     any team's data. Configure [[auth.tokens]] (see examples/collector.toml), \
                     or set auth.allow_unauthenticated = true (--allow-unauthenticated) on a \
                     network you trust"
                )));
            }
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
        self.analytics.prices.validate().map_err(ConfigError::Invalid)?;
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

    /// Consumer names whose cursors retention respects: each forwarder and the assembler.
    pub fn consumers(&self) -> Vec<String> {
        let mut out: Vec<String> = self.forward.iter().map(|f| f.consumer_name()).collect();
        out.push(crate::buffer::ASSEMBLER_CONSUMER.to_string());
        if self.clickhouse.is_some() {
            out.push(crate::clickhouse::CONSUMER.to_string());
        }
        out
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
