//! TLS for both listeners and for https:// downstreams: loads and checks the PEM files named in
//! `[tls]` / `[[forward]] ca_file` once, at start-up, so a bad file fails loudly with its name.
//! ring-based rustls only (aws-lc would need cmake and a long C build).

mod listener;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use tokio_rustls::rustls;
use tokio_rustls::rustls::pki_types::pem::PemObject;
use tokio_rustls::rustls::pki_types::{CertificateDer, PrivateKeyDer};

pub use listener::TlsListener;

use crate::config::TlsConfig;

/// How long a client may take to finish its TLS handshake.
pub const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(10);

/// What can be wrong with the TLS files.
#[derive(Debug, thiserror::Error)]
pub enum TlsError {
    /// A file could not be read.
    #[error("cannot read TLS {what} {path}: {source}")]
    Read {
        /// Which setting (`cert_file`, `key_file`, `client_ca_file`, `ca_file`).
        what: &'static str,
        /// Which file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// A file was read but holds no usable PEM item of the expected kind.
    #[error("TLS {what} {path}: {message}")]
    Pem {
        /// Which setting.
        what: &'static str,
        /// Which file.
        path: PathBuf,
        /// What was wrong.
        message: String,
    },
    /// The pieces parse but rustls refuses them together (e.g. key does not match the cert).
    #[error("TLS cert_file {cert} with key_file {key}: {message}")]
    Mismatch {
        /// The certificate file.
        cert: PathBuf,
        /// The key file.
        key: PathBuf,
        /// rustls's reason.
        message: String,
    },
}

/// The loaded server side of `[tls]`: one config for tonic (gRPC) and one for the HTTP acceptor.
#[derive(Clone)]
pub struct ServerTls {
    /// For `tonic::transport::Server::tls_config`.
    pub grpc: tonic::transport::ServerTlsConfig,
    /// For the HTTP listener (ALPN h2 and http/1.1).
    pub http: Arc<rustls::ServerConfig>,
    /// Whether clients must present a certificate signed by `client_ca_file`.
    pub mutual: bool,
}

impl ServerTls {
    /// Reads and checks every file named in `[tls]`.
    pub fn load(cfg: &TlsConfig) -> Result<Self, TlsError> {
        let cert_pem = read("cert_file", &cfg.cert_file)?;
        let key_pem = read("key_file", &cfg.key_file)?;
        let certs = certs("cert_file", &cfg.cert_file, &cert_pem)?;
        let key = PrivateKeyDer::from_pem_slice(&key_pem).map_err(|e| TlsError::Pem {
            what: "key_file",
            path: cfg.key_file.clone(),
            message: format!("no usable private key (PKCS#8, PKCS#1 or SEC1 PEM): {e}"),
        })?;
        let mut grpc = tonic::transport::ServerTlsConfig::new()
            .identity(tonic::transport::Identity::from_pem(&cert_pem, &key_pem))
            .timeout(HANDSHAKE_TIMEOUT);
        let builder = rustls::ServerConfig::builder_with_provider(provider())
            .with_safe_default_protocol_versions()
            .map_err(|e| mismatch(cfg, e))?;
        let builder = match &cfg.client_ca_file {
            Some(path) => {
                let ca_pem = read("client_ca_file", path)?;
                let roots = roots("client_ca_file", path, &ca_pem)?;
                grpc = grpc.client_ca_root(tonic::transport::Certificate::from_pem(&ca_pem));
                let verifier = rustls::server::WebPkiClientVerifier::builder_with_provider(
                    Arc::new(roots),
                    provider(),
                )
                .build()
                .map_err(|e| TlsError::Pem {
                    what: "client_ca_file",
                    path: path.clone(),
                    message: e.to_string(),
                })?;
                builder.with_client_cert_verifier(verifier)
            }
            None => builder.with_no_client_auth(),
        };
        let mut http = builder.with_single_cert(certs, key).map_err(|e| mismatch(cfg, e))?;
        http.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
        Ok(Self { grpc, http: Arc::new(http), mutual: cfg.client_ca_file.is_some() })
    }
}

/// A client config trusting only the CAs in `ca_file`; with none it trusts nothing
/// (for plain http:// endpoints, where it is never used).
pub fn client_config(ca_file: Option<&Path>) -> Result<rustls::ClientConfig, TlsError> {
    let roots = match ca_file {
        Some(path) => roots("ca_file", path, &read("ca_file", path)?)?,
        None => rustls::RootCertStore::empty(),
    };
    // No ALPN here: hyper-rustls sets it from the HTTP versions it enables.
    let c = rustls::ClientConfig::builder_with_provider(provider())
        .with_safe_default_protocol_versions()
        .map_err(|e| TlsError::Pem {
            what: "ca_file",
            path: ca_file.map(Path::to_path_buf).unwrap_or_default(),
            message: e.to_string(),
        })?
        .with_root_certificates(roots)
        .with_no_client_auth();
    Ok(c)
}

/// The HTTP/1 connector every http(s):// client of the collector uses (forwarders, ClickHouse):
/// a private CA when `ca_file` is set, the system's roots for https without one (loaded only
/// then), plain http otherwise.
pub fn https_connector(
    ca_file: Option<&Path>,
    https: bool,
) -> Result<hyper_rustls::HttpsConnector<hyper_util::client::legacy::connect::HttpConnector>, String>
{
    let builder = hyper_rustls::HttpsConnectorBuilder::new();
    let connector = match (ca_file, https) {
        (None, true) => builder
            .with_provider_and_native_roots(provider())
            .map_err(|e| format!("no usable system CA certificates: {e}"))?,
        (ca_file, _) => builder.with_tls_config(client_config(ca_file).map_err(|e| e.to_string())?),
    };
    Ok(connector.https_or_http().enable_http1().build())
}

/// Reads a CA file for a client (checking it parses), naming the setting on failure.
pub fn read_ca(what: &'static str, path: &Path) -> Result<Vec<u8>, TlsError> {
    let pem = read(what, path)?;
    roots(what, path, &pem)?;
    Ok(pem)
}

/// The ring provider; passed explicitly so no process-wide default has to be installed.
pub fn provider() -> Arc<rustls::crypto::CryptoProvider> {
    Arc::new(rustls::crypto::ring::default_provider())
}

fn read(what: &'static str, path: &Path) -> Result<Vec<u8>, TlsError> {
    std::fs::read(path).map_err(|source| TlsError::Read { what, path: path.to_path_buf(), source })
}

fn certs(
    what: &'static str,
    path: &Path,
    pem: &[u8],
) -> Result<Vec<CertificateDer<'static>>, TlsError> {
    let certs: Vec<_> =
        CertificateDer::pem_slice_iter(pem).collect::<Result<_, _>>().map_err(|e| {
            TlsError::Pem { what, path: path.to_path_buf(), message: format!("bad PEM: {e}") }
        })?;
    if certs.is_empty() {
        return Err(TlsError::Pem {
            what,
            path: path.to_path_buf(),
            message: "no PEM certificate (-----BEGIN CERTIFICATE-----) found".into(),
        });
    }
    Ok(certs)
}

fn roots(what: &'static str, path: &Path, pem: &[u8]) -> Result<rustls::RootCertStore, TlsError> {
    let mut roots = rustls::RootCertStore::empty();
    for cert in certs(what, path, pem)? {
        roots.add(cert).map_err(|e| TlsError::Pem {
            what,
            path: path.to_path_buf(),
            message: format!("not a usable CA certificate: {e}"),
        })?;
    }
    Ok(roots)
}

fn mismatch(cfg: &TlsConfig, e: rustls::Error) -> TlsError {
    TlsError::Mismatch {
        cert: cfg.cert_file.clone(),
        key: cfg.key_file.clone(),
        message: e.to_string(),
    }
}
