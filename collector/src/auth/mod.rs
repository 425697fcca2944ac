//! Who may do what, for both ports: bearer tokens with a role (`ingest`, `read`, `admin`) and an
//! optional team, classified requests ([`Operation`]), and one policy table ([`permits`]). The
//! gRPC edge and the HTTP router each run [`Keyring::decide`] (through [`Gate`]) before any
//! handler, so no handler checks access itself; handlers read the caller's [`Principal`] (its team scope) from
//! the request's extensions.

mod layer;

use std::path::Path;
use std::sync::Arc;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use crate::config::{AuthConfig, ConfigError};
pub use layer::{Gate, http_guard};

/// What a token may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// OTLP export only (the hook's token).
    Ingest,
    /// The aggregate report and `/metrics`.
    Read,
    /// Everything, per-session data included.
    Admin,
}

impl Role {
    /// The config spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Ingest => "ingest",
            Role::Read => "read",
            Role::Admin => "admin",
        }
    }
}

/// What a request asks to do; every HTTP route and gRPC method maps to one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Operation {
    /// `GET /healthz`: open to anyone.
    Health,
    /// `GET /` and the dashboard's static assets: open to anyone (they hold no data; every data
    /// call the page makes carries its own token).
    Dashboard,
    /// OTLP export (gRPC `Export`, HTTP `POST /v1/traces`, `/v1/logs`, `/v1/metrics`).
    Export,
    /// The aggregate report (`GET /v1/report`, gRPC `GetReport`): groups of at least k users.
    Report,
    /// `GET /metrics`: the collector's own counters.
    Metrics,
    /// Per-session data (`/v1/sessions`, `/v1/sessions/{id}`, `ListSessions`, `GetSession`).
    Sessions,
    /// `GET /v1/stats`: buffer internals and cursors.
    Stats,
    /// Any other path: the caller must still authenticate, then gets 404 / UNIMPLEMENTED.
    Other,
}

impl Operation {
    /// The operation of an HTTP request.
    pub fn of_http(method: &http::Method, path: &str) -> Operation {
        let get = method == http::Method::GET || method == http::Method::HEAD;
        match path {
            "/healthz" if get => Operation::Health,
            p if get && crate::dashboard::is_asset_path(p) => Operation::Dashboard,
            "/v1/traces" | "/v1/logs" | "/v1/metrics" => Operation::Export,
            "/v1/report" => Operation::Report,
            "/metrics" => Operation::Metrics,
            "/v1/stats" => Operation::Stats,
            "/v1/sessions" => Operation::Sessions,
            p if p.starts_with("/v1/sessions/") => Operation::Sessions,
            _ => Operation::Other,
        }
    }

    /// The operation of a gRPC call (`/package.Service/Method`).
    pub fn of_grpc(path: &str) -> Operation {
        match path {
            "/opentelemetry.proto.collector.trace.v1.TraceService/Export"
            | "/opentelemetry.proto.collector.logs.v1.LogsService/Export"
            | "/opentelemetry.proto.collector.metrics.v1.MetricsService/Export" => {
                Operation::Export
            }
            "/coxswain.query.v1.QueryService/GetReport" => Operation::Report,
            "/coxswain.query.v1.QueryService/ListSessions"
            | "/coxswain.query.v1.QueryService/GetSession" => Operation::Sessions,
            _ => Operation::Other,
        }
    }
}

/// The policy table: whether `role` may perform `op`. The README's "Security model" states the
/// same table in words.
pub fn permits(role: Role, op: Operation) -> bool {
    use Operation::*;
    match role {
        Role::Admin => true,
        Role::Ingest => matches!(op, Health | Dashboard | Export | Other),
        Role::Read => matches!(op, Health | Dashboard | Report | Metrics | Other),
    }
}

/// Who is calling: a role and, for team-scoped tokens, the team.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Principal {
    /// The token's role.
    pub role: Role,
    /// The team the token is scoped to: its exports are stamped with it and its queries see
    /// only that team's sessions.
    pub team: Option<Arc<str>>,
}

impl Principal {
    /// The caller of a collector with no token configured (loopback or explicitly allowed).
    pub fn unauthenticated_admin() -> Principal {
        Principal { role: Role::Admin, team: None }
    }

    /// The team scope, if any.
    pub fn team(&self) -> Option<&str> {
        self.team.as_deref()
    }
}

/// Why a request was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Denied {
    /// No token, or one that is not configured (HTTP 401, gRPC UNAUTHENTICATED).
    #[error("missing or unknown bearer token (authorization: Bearer <token>)")]
    Unauthenticated,
    /// A valid token whose role does not allow this (HTTP 403, gRPC PERMISSION_DENIED).
    #[error("a token with role {role:?} may not do this ({op:?}); ask for a {needed} token")]
    Forbidden {
        /// The caller's role.
        role: &'static str,
        /// What was asked.
        op: Operation,
        /// The least role that may.
        needed: &'static str,
    },
}

/// The configured tokens, kept as SHA-256 digests so a presented token is compared in
/// constant time and no token sits in memory in the clear after start-up.
pub struct Keyring {
    entries: Vec<([u8; 32], Principal)>,
}

fn digest(token: &str) -> [u8; 32] {
    Sha256::digest(token.as_bytes()).into()
}

impl Keyring {
    /// No token: every caller is an unscoped admin (allowed on loopback, or when the operator
    /// set `auth.allow_unauthenticated`).
    pub fn open() -> Keyring {
        Keyring { entries: Vec::new() }
    }

    /// The tokens of `[auth]`, reading `token_file`s. An empty token, an unreadable file or a
    /// token listed twice stops start-up.
    pub fn from_config(auth: &AuthConfig) -> Result<Keyring, ConfigError> {
        let mut entries: Vec<([u8; 32], Principal)> = Vec::new();
        let mut add = |token: &str, principal: Principal, what: String| {
            if token.is_empty() {
                return Err(ConfigError::Invalid(format!("{what} is empty")));
            }
            let d = digest(token);
            if entries.iter().any(|(e, _)| *e == d) {
                return Err(ConfigError::Invalid(format!(
                    "{what} repeats a token listed before it; each token must be unique"
                )));
            }
            entries.push((d, principal));
            Ok(())
        };
        for (i, t) in auth.bearer_tokens.iter().enumerate() {
            let p = Principal { role: Role::Ingest, team: None };
            add(t.trim(), p, format!("auth.bearer_tokens[{i}]"))?;
        }
        for (i, t) in auth.tokens.iter().enumerate() {
            let token = match (&t.token, &t.token_file) {
                (Some(v), None) => v.trim().to_string(),
                (None, Some(path)) => read_token_file(path)?,
                _ => {
                    return Err(ConfigError::Invalid(format!(
                        "auth.tokens[{i}]: set exactly one of token and token_file"
                    )));
                }
            };
            let p = Principal { role: t.role, team: t.team.as_deref().map(Arc::from) };
            add(&token, p, format!("auth.tokens[{i}] (role {})", t.role.as_str()))?;
        }
        Ok(Keyring { entries })
    }

    /// Whether no token is configured (every caller is admin).
    pub fn is_open(&self) -> bool {
        self.entries.is_empty()
    }

    /// The caller behind an `authorization` header value.
    pub fn authenticate(&self, authorization: Option<&str>) -> Result<Principal, Denied> {
        if self.is_open() {
            return Ok(Principal::unauthenticated_admin());
        }
        let token = authorization
            .and_then(|v| v.strip_prefix("Bearer ").or_else(|| v.strip_prefix("bearer ")))
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .ok_or(Denied::Unauthenticated)?;
        let presented = digest(token);
        // Every entry is compared, so the time taken does not say which one matched.
        let mut found = None;
        for (d, p) in &self.entries {
            if bool::from(d.ct_eq(&presented)) {
                found = Some(p);
            }
        }
        found.cloned().ok_or(Denied::Unauthenticated)
    }

    /// Authenticates and applies the policy table.
    pub fn decide(&self, authorization: Option<&str>, op: Operation) -> Result<Principal, Denied> {
        if matches!(op, Operation::Health | Operation::Dashboard) {
            return Ok(Principal::unauthenticated_admin());
        }
        let p = self.authenticate(authorization)?;
        if permits(p.role, op) {
            return Ok(p);
        }
        let needed = [Role::Ingest, Role::Read, Role::Admin]
            .into_iter()
            .find(|r| permits(*r, op))
            .unwrap_or(Role::Admin);
        Err(Denied::Forbidden { role: p.role.as_str(), op, needed: needed.as_str() })
    }
}

/// A token file's content without surrounding whitespace (a trailing newline is usual).
fn read_token_file(path: &Path) -> Result<String, ConfigError> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        ConfigError::Invalid(format!("cannot read token_file {}: {e}", path.display()))
    })?;
    let token = text.trim();
    if token.is_empty() {
        return Err(ConfigError::Invalid(format!("token_file {} is empty", path.display())));
    }
    Ok(token.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::TokenConfig;

    fn ring() -> Keyring {
        let auth = AuthConfig {
            bearer_tokens: vec!["hook".into()],
            tokens: vec![
                TokenConfig::inline("r", Role::Read, None),
                TokenConfig::inline("a", Role::Admin, Some("payments")),
            ],
            allow_unauthenticated: false,
        };
        Keyring::from_config(&auth).unwrap()
    }

    #[test]
    fn roles_reach_exactly_their_operations() {
        use Operation::*;
        let k = ring();
        let bearer = |t: &str| Some(format!("Bearer {t}"));
        let code = |t: Option<String>, op| match k.decide(t.as_deref(), op) {
            Ok(_) => 200,
            Err(Denied::Unauthenticated) => 401,
            Err(Denied::Forbidden { .. }) => 403,
        };
        for op in [Export, Report, Metrics, Sessions, Stats] {
            assert_eq!(code(None, op), 401, "{op:?}");
            assert_eq!(code(bearer("wrong"), op), 401, "{op:?}");
        }
        assert_eq!(code(None, Health), 200);
        assert_eq!(code(None, Dashboard), 200);
        assert_eq!(code(bearer("wrong"), Dashboard), 200);
        assert_eq!(code(bearer("hook"), Export), 200);
        for op in [Report, Metrics, Sessions, Stats] {
            assert_eq!(code(bearer("hook"), op), 403, "{op:?}");
        }
        for op in [Report, Metrics] {
            assert_eq!(code(bearer("r"), op), 200, "{op:?}");
        }
        for op in [Export, Sessions, Stats] {
            assert_eq!(code(bearer("r"), op), 403, "{op:?}");
        }
        for op in [Export, Report, Metrics, Sessions, Stats] {
            assert_eq!(code(bearer("a"), op), 200, "{op:?}");
        }
        assert_eq!(k.authenticate(bearer("a").as_deref()).unwrap().team(), Some("payments"));
    }

    #[test]
    fn empty_and_repeated_tokens_are_refused() {
        let empty = AuthConfig { bearer_tokens: vec![" ".into()], ..Default::default() };
        let e = Keyring::from_config(&empty).err().unwrap().to_string();
        assert!(e.contains("bearer_tokens[0] is empty"), "{e}");
        let twice = AuthConfig {
            tokens: vec![
                TokenConfig::inline("x", Role::Read, None),
                TokenConfig::inline("x", Role::Admin, None),
            ],
            ..Default::default()
        };
        let e = Keyring::from_config(&twice).err().unwrap().to_string();
        assert!(e.contains("auth.tokens[1]") && !e.contains("\"x\""), "{e}");
    }

    #[test]
    fn token_files_are_read_and_trimmed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("reader.token");
        std::fs::write(&path, "s3cret\n").unwrap();
        let auth = AuthConfig {
            tokens: vec![TokenConfig {
                token: None,
                token_file: Some(path.clone()),
                role: Role::Read,
                team: None,
            }],
            ..Default::default()
        };
        let k = Keyring::from_config(&auth).unwrap();
        assert_eq!(k.authenticate(Some("Bearer s3cret")).unwrap().role, Role::Read);
        std::fs::write(&path, "\n").unwrap();
        let e = Keyring::from_config(&auth).err().unwrap().to_string();
        assert!(e.contains("is empty"), "{e}");
    }

    #[test]
    fn without_tokens_everyone_is_an_unscoped_admin() {
        let k = Keyring::open();
        assert_eq!(k.decide(None, Operation::Sessions), Ok(Principal::unauthenticated_admin()));
    }
}
