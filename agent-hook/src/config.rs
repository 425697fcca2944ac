//! Configuration that reaches the hook: directories (XDG), the config file
//! (`$XDG_CONFIG_HOME/coxswain/hook.toml`), `OTEL_EXPORTER_OTLP_*` when present, and the command
//! line, resolved into where spans go ([`Target`]).

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The collector the hook sends to when nothing else says.
pub const DEFAULT_ENDPOINT: &str = "http://127.0.0.1:4317";

/// Where the hook keeps its config and its state (spool, per-session state, log).
#[derive(Clone, Debug)]
pub struct Dirs {
    /// `$XDG_CONFIG_HOME/coxswain` (or `~/.config/coxswain`).
    pub config: PathBuf,
    /// `$XDG_STATE_HOME/coxswain` (or `~/.local/state/coxswain`), or a fallback under the temp
    /// dir when that cannot be written.
    pub state: PathBuf,
}

/// Why no state directory can be used: the hook then records nothing (and says why on stderr).
#[derive(Debug, thiserror::Error)]
#[error("no usable state directory: {xdg} ({xdg_error}); fallback {fallback}: {fallback_error}")]
pub struct StateDirError {
    /// The XDG state directory.
    pub xdg: PathBuf,
    /// Why it could not be used.
    pub xdg_error: String,
    /// The fallback under the temp dir.
    pub fallback: PathBuf,
    /// Why it could not be used either.
    pub fallback_error: String,
}

impl Dirs {
    /// Directories from the environment; the state dir (`0700`) is created, or replaced by a
    /// per-user fallback under `$TMPDIR` when it cannot be. A fallback that exists but belongs
    /// to another user, is group/world-writable or is a symlink is never used: another user
    /// could read or plant session state there.
    pub fn from_env() -> Result<Dirs, StateDirError> {
        let home = std::env::var_os("HOME").map(PathBuf::from).unwrap_or_else(std::env::temp_dir);
        let xdg = |var: &str, default: &str| {
            std::env::var_os(var)
                .map(PathBuf::from)
                .filter(|p| p.is_absolute())
                .unwrap_or_else(|| home.join(default))
                .join("coxswain")
        };
        let mut dirs = Dirs {
            config: xdg("XDG_CONFIG_HOME", ".config"),
            state: xdg("XDG_STATE_HOME", ".local/state"),
        };
        let xdg_error = match private_dir(&dirs.state, Placement::Own)
            .and_then(|()| private_dir(&dirs.spool(), Placement::Own))
        {
            Ok(()) => return Ok(dirs),
            Err(e) => e,
        };
        // SAFETY: getuid has no preconditions.
        let uid = unsafe { libc::getuid() };
        let fallback = std::env::temp_dir().join(format!("coxswain-state-{uid}"));
        match private_dir(&fallback, Placement::Shared)
            .and_then(|()| private_dir(&fallback.join("spool"), Placement::Own))
        {
            Ok(()) => {
                dirs.state = fallback;
                Ok(dirs)
            }
            Err(e) => Err(StateDirError {
                xdg: dirs.state,
                xdg_error: xdg_error.to_string(),
                fallback,
                fallback_error: e.to_string(),
            }),
        }
    }

    /// Explicit directories (tests, embedding harnesses).
    pub fn at(config: &Path, state: &Path) -> Dirs {
        let dirs = Dirs { config: config.to_path_buf(), state: state.to_path_buf() };
        let _ = private_dir(&dirs.spool(), Placement::Own);
        dirs
    }

    /// Finished span batches waiting to be sent.
    pub fn spool(&self) -> PathBuf {
        self.state.join("spool")
    }
    /// Per-session state files and their locks.
    pub fn sessions(&self) -> PathBuf {
        self.state.join("sessions")
    }
    /// Events waiting for their session's lock (see [`crate::deferred`]).
    pub fn deferred(&self) -> PathBuf {
        self.state.join("deferred")
    }
    /// The hook's own log.
    pub fn log_file(&self) -> PathBuf {
        self.state.join("hook.log")
    }
    /// Held by the one running sender.
    pub fn sender_lock(&self) -> PathBuf {
        self.state.join("sender.lock")
    }
    /// Present while `flush` waits for the sender lock (a lingering sender then exits).
    pub fn flush_wanted(&self) -> PathBuf {
        self.state.join("flush-wanted")
    }
    /// The sender's last outcome (for `status`).
    pub fn sender_status(&self) -> PathBuf {
        self.state.join("sender-status.json")
    }
    /// One empty marker per (harness, unknown event) already logged, so each is logged once.
    pub fn unknown_events(&self) -> PathBuf {
        self.state.join("unknown-events")
    }
    /// The installation's pseudonym key.
    pub fn pseudonym_key(&self) -> PathBuf {
        self.state.join("pseudonym.key")
    }
    /// The config file.
    pub fn config_file(&self) -> PathBuf {
        self.config.join("hook.toml")
    }
}

/// Where a private directory is made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Placement {
    /// Under the user's own tree: missing parents are created, loose modes tightened.
    Own,
    /// Directly in a directory others can write (`$TMPDIR`): an existing directory that others
    /// could have prepared is refused, never adopted.
    Shared,
}

/// Makes `dir` a directory only this user can use: created `0700`, or, when it exists, checked
/// to be a real directory (not a symlink) owned by this user. One of ours that others can read
/// or write is tightened to `0700` when [`Placement::Own`], refused when
/// [`Placement::Shared`] (session state can hold opted-in prompt text until its window closes).
pub fn private_dir(dir: &Path, placement: Placement) -> std::io::Result<()> {
    use std::os::unix::fs::{DirBuilderExt, MetadataExt, PermissionsExt};
    let refuse = |why: String| Err(std::io::Error::new(std::io::ErrorKind::PermissionDenied, why));
    let parents = placement == Placement::Own;
    match std::fs::DirBuilder::new().recursive(parents).mode(0o700).create(dir) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
        Err(e) => return Err(e),
    }
    let meta = std::fs::symlink_metadata(dir)?;
    // SAFETY: getuid has no preconditions.
    let uid = unsafe { libc::getuid() };
    if !meta.is_dir() {
        return refuse(format!("{} is not a directory (or is a symlink)", dir.display()));
    }
    if meta.uid() != uid {
        return refuse(format!(
            "{} belongs to uid {}, not to uid {uid}",
            dir.display(),
            meta.uid()
        ));
    }
    if placement == Placement::Shared && meta.mode() & 0o022 != 0 {
        return refuse(format!(
            "{} is group- or world-writable (mode {:o})",
            dir.display(),
            meta.mode() & 0o777
        ));
    }
    if meta.mode() & 0o077 != 0 {
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
    }
    Ok(())
}

/// The config file, `hook.toml`. Every field is optional.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HookConfig {
    /// OTLP/gRPC endpoint, e.g. `http://collector.internal:4317`.
    pub endpoint: Option<String>,
    /// Extra gRPC metadata (auth), e.g. `{ authorization = "Bearer ..." }`.
    #[serde(default)]
    pub headers: BTreeMap<String, String>,
    /// Opt-in: send prompt text and tool arguments (secrets redacted). Default off.
    #[serde(default)]
    pub capture_content: bool,
    /// Organisation-wide pseudonym key, so a user keeps one pseudonym across machines.
    pub pseudonym_key: Option<String>,
    /// Operator grouping sent as `coxswain.team`.
    pub team: Option<String>,
    /// Whether the hook starts a background sender (default true). With `false` the spool is
    /// only shipped by `agent-hook flush` (cron, tests).
    pub background_sender: Option<bool>,
    /// PEM CA certificate(s) trusted for an `https://` endpoint (default: the system's roots).
    /// A relative path is relative to the config directory.
    pub ca_file: Option<PathBuf>,
    /// PEM client certificate for mutual TLS (with `client_key_file`).
    pub client_cert_file: Option<PathBuf>,
    /// PEM private key of `client_cert_file`.
    pub client_key_file: Option<PathBuf>,
}

/// Why the config could not be used.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The file exists but cannot be read.
    #[error("cannot read {path}: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The file is not valid `hook.toml`.
    #[error("invalid {path}: {source}")]
    Parse {
        /// The file.
        path: PathBuf,
        /// Why.
        source: toml::de::Error,
    },
    /// A `--header` is not `KEY=VALUE`.
    #[error("invalid header {0:?}: expected KEY=VALUE")]
    Header(String),
}

impl HookConfig {
    /// Loads `hook.toml`; a missing file is the default config.
    pub fn load(dirs: &Dirs) -> Result<HookConfig, ConfigError> {
        let path = dirs.config_file();
        match std::fs::read_to_string(&path) {
            Ok(text) => {
                let mut config: HookConfig =
                    toml::from_str(&text).map_err(|source| ConfigError::Parse { path, source })?;
                // Relative TLS paths name files beside hook.toml, wherever the hook runs from.
                for file in
                    [&mut config.ca_file, &mut config.client_cert_file, &mut config.client_key_file]
                        .into_iter()
                        .flatten()
                {
                    if file.is_relative() {
                        *file = dirs.config.join(&*file);
                    }
                }
                Ok(config)
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(HookConfig::default()),
            Err(source) => Err(ConfigError::Read { path, source }),
        }
    }
}

/// Where spans go: an OTLP/gRPC endpoint, its metadata and, for `https://`, its TLS files
/// (paths only: the sender reads them when it connects, never the hook).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Target {
    /// `http://host:port` or `https://host:port`.
    pub endpoint: String,
    /// gRPC metadata, sorted by key.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub headers: Vec<(String, String)>,
    /// PEM CA file trusted for `https://` (none: the system's roots).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ca_file: Option<PathBuf>,
    /// PEM client certificate for mutual TLS.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_cert_file: Option<PathBuf>,
    /// PEM key of `client_cert_file`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_key_file: Option<PathBuf>,
}

impl Target {
    /// A warning when this target sends credentials in clear text: an `authorization` (or
    /// other credential-named) header over plain `http://` to a host that is not loopback,
    /// where anyone on the path can read and replay it.
    pub fn cleartext_credentials(&self) -> Option<String> {
        let uri: http::Uri = self.endpoint.parse().ok()?;
        if uri.scheme_str() != Some("http") {
            return None;
        }
        let host = uri.host()?.trim_start_matches('[').trim_end_matches(']');
        let loopback = host.eq_ignore_ascii_case("localhost")
            || host.to_ascii_lowercase().ends_with(".localhost")
            || host.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback());
        if loopback {
            return None;
        }
        let credential = |k: &str| {
            let k = k.to_ascii_lowercase();
            ["authorization", "token", "api-key", "apikey", "secret", "password"]
                .iter()
                .any(|c| k.contains(c))
        };
        let names: Vec<&str> =
            self.headers.iter().map(|(k, _)| k.as_str()).filter(|k| credential(k)).collect();
        (!names.is_empty()).then(|| {
            format!(
                "the {} header is sent in clear text over http:// to {host}, which is not \
                 loopback: use an https:// endpoint",
                names.join(", ")
            )
        })
    }
}

/// Endpoint, headers and TLS files given explicitly (command line, or `OTEL_*` when present),
/// which win over the config file and travel with spooled spans.
#[derive(Clone, Debug, Default)]
pub struct Overrides {
    /// `--endpoint`.
    pub endpoint: Option<String>,
    /// `--header KEY=VALUE`, in order.
    pub headers: Vec<String>,
    /// `--ca-file`.
    pub ca_file: Option<PathBuf>,
    /// `--client-cert`.
    pub client_cert_file: Option<PathBuf>,
    /// `--client-key`.
    pub client_key_file: Option<PathBuf>,
}

/// The standard OTLP variables naming TLS files: (traces-specific, general) pairs for the CA,
/// the client certificate and its key.
const TLS_ENV: [[&str; 2]; 3] = [
    ["OTEL_EXPORTER_OTLP_TRACES_CERTIFICATE", "OTEL_EXPORTER_OTLP_CERTIFICATE"],
    ["OTEL_EXPORTER_OTLP_TRACES_CLIENT_CERTIFICATE", "OTEL_EXPORTER_OTLP_CLIENT_CERTIFICATE"],
    ["OTEL_EXPORTER_OTLP_TRACES_CLIENT_KEY", "OTEL_EXPORTER_OTLP_CLIENT_KEY"],
];

/// A TLS file from the environment (traces-specific first); made absolute so a batch spooled
/// with it can be sent from any directory.
fn env_file(vars: [&str; 2]) -> Option<PathBuf> {
    vars.iter()
        .find_map(|v| std::env::var_os(v).filter(|p| !p.is_empty()))
        .map(|p| absolute(PathBuf::from(p)))
}

/// `path` made absolute against the working directory (unchanged when that fails).
pub fn absolute(path: PathBuf) -> PathBuf {
    std::path::absolute(&path).unwrap_or(path)
}

impl Overrides {
    /// The explicit target, when the command line or the environment names one; `None` means
    /// "whatever the config says when sending".
    pub fn explicit_target(&self, config: &HookConfig) -> Result<Option<Target>, ConfigError> {
        let env_endpoint = std::env::var("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT")
            .ok()
            .or_else(|| std::env::var("OTEL_EXPORTER_OTLP_ENDPOINT").ok())
            .filter(|e| !e.is_empty());
        let env_headers =
            std::env::var("OTEL_EXPORTER_OTLP_HEADERS").ok().filter(|h| !h.is_empty());
        let env_tls = TLS_ENV.iter().any(|vars| env_file(*vars).is_some());
        if self.endpoint.is_none()
            && self.headers.is_empty()
            && self.ca_file.is_none()
            && self.client_cert_file.is_none()
            && self.client_key_file.is_none()
            && env_endpoint.is_none()
            && env_headers.is_none()
            && !env_tls
        {
            return Ok(None);
        }
        self.resolve(config).map(Some)
    }

    /// The full target: command line, then `OTEL_EXPORTER_OTLP_*`, then the config file, then
    /// the default endpoint. Headers merge in the same order (later wins per key). TLS files
    /// follow the same order, each on its own.
    pub fn resolve(&self, config: &HookConfig) -> Result<Target, ConfigError> {
        let endpoint = self
            .endpoint
            .clone()
            .or_else(|| std::env::var("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT").ok())
            .or_else(|| std::env::var("OTEL_EXPORTER_OTLP_ENDPOINT").ok())
            .filter(|e| !e.is_empty())
            .or_else(|| config.endpoint.clone())
            .unwrap_or_else(|| DEFAULT_ENDPOINT.to_owned());
        let mut headers: BTreeMap<String, String> = config.headers.clone();
        if let Ok(env) = std::env::var("OTEL_EXPORTER_OTLP_HEADERS") {
            for pair in env.split(',').filter(|p| !p.trim().is_empty()) {
                let (k, v) =
                    pair.split_once('=').ok_or_else(|| ConfigError::Header(pair.to_owned()))?;
                headers.insert(k.trim().to_lowercase(), percent_decode(v.trim()));
            }
        }
        for h in &self.headers {
            let (k, v) = h.split_once('=').ok_or_else(|| ConfigError::Header(h.clone()))?;
            headers.insert(k.trim().to_lowercase(), v.trim().to_owned());
        }
        let file = |cli: &Option<PathBuf>, vars: [&str; 2], config: &Option<PathBuf>| {
            cli.clone().map(absolute).or_else(|| env_file(vars)).or_else(|| config.clone())
        };
        Ok(Target {
            endpoint: normalise_endpoint(&endpoint),
            headers: headers.into_iter().collect(),
            ca_file: file(&self.ca_file, TLS_ENV[0], &config.ca_file),
            client_cert_file: file(&self.client_cert_file, TLS_ENV[1], &config.client_cert_file),
            client_key_file: file(&self.client_key_file, TLS_ENV[2], &config.client_key_file),
        })
    }
}

/// `host:port` becomes `http://host:port` (the exporter treats a bare address as HTTPS).
pub fn normalise_endpoint(endpoint: &str) -> String {
    let e = endpoint.trim().trim_end_matches('/');
    if e.contains("://") { e.to_owned() } else { format!("http://{e}") }
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && s.is_char_boundary(i + 3)
            && let Ok(b) = u8::from_str_radix(&s[i + 1..i + 3], 16)
        {
            out.push(b);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn command_line_beats_config_and_bare_addresses_get_http() {
        let config = HookConfig {
            endpoint: Some("collector:4317".into()),
            headers: BTreeMap::from([
                ("authorization".into(), "Bearer a".into()),
                ("x-org".into(), "o".into()),
            ]),
            ..HookConfig::default()
        };
        if std::env::var_os("OTEL_EXPORTER_OTLP_ENDPOINT").is_some() {
            return; // The environment would win; nothing to check here.
        }
        let from_config = Overrides::default().resolve(&config).unwrap();
        assert_eq!(from_config.endpoint, "http://collector:4317");
        let cli = Overrides {
            endpoint: Some("http://other:1".into()),
            headers: vec!["Authorization=Bearer b".into()],
            ..Overrides::default()
        };
        let t = cli.resolve(&config).unwrap();
        assert_eq!(t.endpoint, "http://other:1");
        assert_eq!(
            t.headers,
            vec![("authorization".into(), "Bearer b".into()), ("x-org".into(), "o".into())]
        );
        assert!(
            Overrides { headers: vec!["novalue".into()], ..Overrides::default() }
                .resolve(&config)
                .is_err()
        );
        assert_eq!(percent_decode("a%20b%zz"), "a b%zz");
    }

    #[test]
    fn credentials_over_plain_http_are_flagged_only_off_loopback() {
        let target = |endpoint: &str, header: &str| Target {
            endpoint: endpoint.to_owned(),
            headers: vec![(header.to_owned(), "Bearer x".to_owned())],
            ..Target::default()
        };
        let warned = |e: &str, h: &str| target(e, h).cleartext_credentials().is_some();
        assert!(warned("http://collector.internal:4317", "authorization"));
        assert!(warned("http://10.0.0.5:4317", "x-api-key"));
        assert!(!warned("https://collector.internal:4317", "authorization"));
        assert!(!warned("http://127.0.0.1:4317", "authorization"));
        assert!(!warned("http://[::1]:4317", "authorization"));
        assert!(!warned("http://localhost:4317", "authorization"));
        assert!(!warned("http://collector.internal:4317", "x-org"));
    }

    #[test]
    fn tls_files_come_from_the_command_line_first_and_are_made_absolute() {
        if TLS_ENV.iter().any(|vars| env_file(*vars).is_some()) {
            return; // The environment would take part; nothing to check here.
        }
        let config = HookConfig {
            ca_file: Some("/etc/coxswain/ca.pem".into()),
            client_key_file: Some("/etc/coxswain/client.key".into()),
            ..HookConfig::default()
        };
        let t = Overrides::default().resolve(&config).unwrap();
        assert_eq!(t.ca_file, Some(PathBuf::from("/etc/coxswain/ca.pem")));
        assert_eq!(t.client_cert_file, None);
        let cli = Overrides { ca_file: Some("rel/ca.pem".into()), ..Overrides::default() };
        assert!(cli.explicit_target(&config).unwrap().is_some(), "a CA file alone is explicit");
        let t = cli.resolve(&config).unwrap();
        let ca = t.ca_file.unwrap();
        assert!(ca.is_absolute() && ca.ends_with("rel/ca.pem"), "{}", ca.display());
        assert_eq!(t.client_key_file, Some(PathBuf::from("/etc/coxswain/client.key")));
    }
}
