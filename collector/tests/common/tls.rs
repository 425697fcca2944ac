//! TLS test material made at test time with rcgen (a CA, a server certificate for
//! 127.0.0.1/localhost, a client certificate), and TLS clients: tonic for gRPC, hyper-rustls for
//! HTTPS.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use opentelemetry_proto::tonic::collector::trace::v1::trace_service_client::TraceServiceClient;
use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, Issuer, KeyPair, KeyUsagePurpose};
use tokio_rustls::rustls;
use tokio_rustls::rustls::pki_types::pem::PemObject;
use tonic::transport::{Certificate, Channel, ClientTlsConfig, Identity};

use super::Collector;

/// PEM files in a test directory.
pub struct Pki {
    /// The CA certificate (trusted by clients, and by the server for client certificates).
    pub ca: PathBuf,
    /// The server's certificate (SANs 127.0.0.1 and localhost), signed by the CA.
    pub cert: PathBuf,
    /// The server's key.
    pub key: PathBuf,
    /// A client certificate signed by the CA.
    pub client_cert: PathBuf,
    /// Its key.
    pub client_key: PathBuf,
}

/// Makes a fresh CA, server and client certificate under `dir`.
pub fn pki(dir: &Path) -> Pki {
    std::fs::create_dir_all(dir).unwrap();
    let ca_key = KeyPair::generate().unwrap();
    let mut ca_params = CertificateParams::new(Vec::<String>::new()).unwrap();
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ca_params.distinguished_name.push(DnType::CommonName, "Coxswain test CA");
    ca_params.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
    let ca_cert = ca_params.self_signed(&ca_key).unwrap();
    let issuer = Issuer::new(ca_params, ca_key);
    let leaf = |names: Vec<String>, cn: &str| {
        let key = KeyPair::generate().unwrap();
        let mut params = CertificateParams::new(names).unwrap();
        params.distinguished_name.push(DnType::CommonName, cn);
        let cert = params.signed_by(&key, &issuer).unwrap();
        (cert.pem(), key.serialize_pem())
    };
    let (server_pem, server_key) =
        leaf(vec!["127.0.0.1".into(), "localhost".into()], "coxswain test server");
    let (client_pem, client_key) = leaf(vec!["client.test".into()], "coxswain test client");
    let write = |name: &str, text: &str| {
        let p = dir.join(name);
        std::fs::write(&p, text).unwrap();
        p
    };
    Pki {
        ca: write("ca.pem", &ca_cert.pem()),
        cert: write("server.pem", &server_pem),
        key: write("server.key", &server_key),
        client_cert: write("client.pem", &client_pem),
        client_key: write("client.key", &client_key),
    }
}

/// A `[tls]` table for the server side; `mutual` also requires client certificates.
pub fn tls_toml(p: &Pki, mutual: bool) -> String {
    let mut s = format!(
        "[tls]\ncert_file = {:?}\nkey_file = {:?}\n",
        p.cert.display().to_string(),
        p.key.display().to_string()
    );
    if mutual {
        s.push_str(&format!("client_ca_file = {:?}\n", p.ca.display().to_string()));
    }
    s
}

/// Writes `toml` beside the data dir and starts a TLS collector with `--config` on it.
pub fn start_tls_with_config(data_dir: &Path, toml: &str, extra: &[&str]) -> Collector {
    let cfg = data_dir.with_extension("toml");
    std::fs::write(&cfg, toml).expect("write config");
    let mut args = vec!["--config", cfg.to_str().expect("utf-8 path")];
    args.extend_from_slice(extra);
    Collector::start_tls_on_any_port(data_dir, &args)
}

/// `https://127.0.0.1:PORT` of the gRPC side.
pub fn grpc_https(c: &Collector) -> String {
    format!("https://{}", c.grpc)
}

/// `https://127.0.0.1:PORT` of the HTTP side.
pub fn http_https(c: &Collector) -> String {
    format!("https://{}", c.http)
}

/// A gRPC channel over TLS trusting the test CA; `client_cert` presents the client certificate.
pub async fn tls_channel(c: &Collector, p: &Pki, client_cert: bool) -> Result<Channel, String> {
    let mut tls =
        ClientTlsConfig::new().ca_certificate(Certificate::from_pem(std::fs::read(&p.ca).unwrap()));
    if client_cert {
        tls = tls.identity(Identity::from_pem(
            std::fs::read(&p.client_cert).unwrap(),
            std::fs::read(&p.client_key).unwrap(),
        ));
    }
    Channel::from_shared(grpc_https(c))
        .unwrap()
        .tls_config(tls)
        .map_err(|e| e.to_string())?
        .connect()
        .await
        .map_err(|e| format!("{e:?}"))
}

/// A traces client over TLS.
pub async fn tls_traces_client(
    c: &Collector,
    p: &Pki,
    client_cert: bool,
) -> Result<TraceServiceClient<Channel>, String> {
    Ok(TraceServiceClient::new(tls_channel(c, p, client_cert).await?))
}

/// One HTTPS request to the collector's HTTP side; the status and body, or the client's error.
pub async fn https_request(
    c: &Collector,
    p: &Pki,
    client_cert: bool,
    method: &str,
    path: &str,
    content_type: &str,
    body: Vec<u8>,
) -> Result<(u16, String), String> {
    let mut roots = rustls::RootCertStore::empty();
    for cert in rustls::pki_types::CertificateDer::pem_file_iter(&p.ca).unwrap() {
        roots.add(cert.unwrap()).unwrap();
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let builder = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_root_certificates(roots);
    let config = if client_cert {
        let certs = rustls::pki_types::CertificateDer::pem_file_iter(&p.client_cert)
            .unwrap()
            .collect::<Result<Vec<_>, _>>()
            .unwrap();
        let key = rustls::pki_types::PrivateKeyDer::from_pem_file(&p.client_key).unwrap();
        builder.with_client_auth_cert(certs, key).unwrap()
    } else {
        builder.with_no_client_auth()
    };
    let connector = hyper_rustls::HttpsConnectorBuilder::new()
        .with_tls_config(config)
        .https_only()
        .enable_http1()
        .build();
    let client: Client<_, Full<Bytes>> = Client::builder(TokioExecutor::new()).build(connector);
    let req = http::Request::builder()
        .method(method)
        .uri(format!("{}{path}", http_https(c)))
        .header(http::header::CONTENT_TYPE, content_type)
        .body(Full::new(Bytes::from(body)))
        .unwrap();
    let resp = client.request(req).await.map_err(|e| format!("{e:?}"))?;
    let code = resp.status().as_u16();
    let bytes = resp.into_body().collect().await.map_err(|e| e.to_string())?.to_bytes();
    Ok((code, String::from_utf8_lossy(&bytes).to_string()))
}

/// `GET /v1/stats` over HTTPS as JSON.
pub async fn https_stats(c: &Collector, p: &Pki, client_cert: bool) -> serde_json::Value {
    let (code, body) = https_request(c, p, client_cert, "GET", "/v1/stats", "text/plain", vec![])
        .await
        .expect("GET /v1/stats over HTTPS");
    assert_eq!(code, 200, "{body}");
    serde_json::from_str(&body).expect("stats JSON")
}
