//! TLS clients for the collector's TLS tests: tonic for gRPC, hyper-rustls for HTTPS. The test
//! CA and certificates, and the TLS collector, come from `coxswain_test_support::pki`.

use std::sync::Arc;

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use opentelemetry_proto::tonic::collector::trace::v1::trace_service_client::TraceServiceClient;
use tokio_rustls::rustls;
use tokio_rustls::rustls::pki_types::pem::PemObject;
use tonic::transport::{Certificate, Channel, ClientTlsConfig, Identity};

use super::Collector;
#[allow(unused_imports)]
pub use coxswain_test_support::pki::{
    Pki, grpc_https, http_https, pki, start_tls_with_config, tls_toml,
};

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
