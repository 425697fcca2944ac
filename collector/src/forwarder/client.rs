//! Sends one buffered request to a downstream OTLP endpoint over gRPC or HTTP/protobuf.

use std::time::Duration;

use bytes::Bytes;
use http_body_util::Full;
use hyper_rustls::HttpsConnector;
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;
use tonic::transport::{Certificate, Channel, ClientTlsConfig};

use crate::buffer::{Entry, Signal};
use crate::config::{ForwardConfig, ForwardProtocol};

/// Why a send failed.
#[derive(Debug, thiserror::Error)]
pub enum SendError {
    /// The downstream is away or overloaded: retry later.
    #[error("{0}")]
    Retryable(String),
    /// The downstream refused this request for good: retrying cannot help.
    #[error("{0}")]
    Permanent(String),
}

/// A connection to one downstream.
pub enum Downstream {
    /// OTLP/gRPC; the stored bytes are sent as they are (no decode and re-encode).
    Grpc {
        /// The channel (HTTP/2, lazily connected).
        channel: Channel,
        /// Metadata for every call.
        headers: Vec<(tonic::metadata::AsciiMetadataKey, tonic::metadata::AsciiMetadataValue)>,
    },
    /// OTLP/HTTP with protobuf bodies.
    Http {
        /// The HTTP client (plain or TLS, by the endpoint's scheme); boxed, it is large.
        client: Box<Client<HttpsConnector<HttpConnector>, Full<Bytes>>>,
        /// `http(s)://host:port` without a trailing slash.
        base: String,
        /// Headers for every call.
        headers: Vec<(http::HeaderName, http::HeaderValue)>,
        /// Per-request timeout.
        timeout: Duration,
    },
}

impl Downstream {
    /// Builds the client (connects lazily, so a downstream that is away is not an error here).
    pub fn new(cfg: &ForwardConfig) -> Result<Self, String> {
        let timeout = Duration::from_secs(cfg.timeout_secs.max(1));
        let https = cfg.endpoint.starts_with("https://");
        match cfg.protocol {
            ForwardProtocol::Grpc => {
                let mut endpoint = Channel::from_shared(cfg.endpoint.clone())
                    .map_err(|e| format!("bad endpoint {:?}: {e}", cfg.endpoint))?;
                if https {
                    let tls = match &cfg.ca_file {
                        Some(path) => ClientTlsConfig::new().ca_certificate(Certificate::from_pem(
                            crate::tls::read_ca("ca_file", path).map_err(|e| e.to_string())?,
                        )),
                        None => ClientTlsConfig::new().with_native_roots(),
                    };
                    endpoint = endpoint.tls_config(tls).map_err(|e| format!("TLS: {e}"))?;
                }
                let channel = endpoint.timeout(timeout).connect_timeout(timeout).connect_lazy();
                let mut headers = Vec::new();
                for (k, v) in &cfg.headers {
                    let key =
                        k.to_ascii_lowercase().parse().map_err(|_| format!("bad header {k:?}"))?;
                    let value = v.parse().map_err(|_| format!("bad value for header {k:?}"))?;
                    headers.push((key, value));
                }
                Ok(Downstream::Grpc { channel, headers })
            }
            ForwardProtocol::Http => {
                let mut headers = Vec::new();
                for (k, v) in &cfg.headers {
                    let key = http::HeaderName::try_from(k.as_str())
                        .map_err(|_| format!("bad header {k:?}"))?;
                    let value = http::HeaderValue::try_from(v.as_str())
                        .map_err(|_| format!("bad value for header {k:?}"))?;
                    headers.push((key, value));
                }
                let builder = hyper_rustls::HttpsConnectorBuilder::new();
                let connector = match (&cfg.ca_file, https) {
                    // The system's roots are only loaded for https without a private CA.
                    (None, true) => builder
                        .with_provider_and_native_roots(crate::tls::provider())
                        .map_err(|e| format!("no usable system CA certificates: {e}"))?,
                    (ca_file, _) => builder.with_tls_config(
                        crate::tls::client_config(ca_file.as_deref()).map_err(|e| e.to_string())?,
                    ),
                };
                let connector = connector.https_or_http().enable_http1().build();
                Ok(Downstream::Http {
                    client: Box::new(Client::builder(TokioExecutor::new()).build(connector)),
                    base: cfg.endpoint.trim_end_matches('/').to_string(),
                    headers,
                    timeout,
                })
            }
        }
    }

    /// Sends one buffered request.
    pub async fn send(&mut self, entry: &Entry) -> Result<(), SendError> {
        match self {
            Downstream::Grpc { channel, headers } => {
                let path = match entry.signal {
                    Signal::Traces => super::raw::TRACES_PATH,
                    Signal::Logs => super::raw::LOGS_PATH,
                };
                let mut grpc = tonic::client::Grpc::new(channel.clone());
                grpc.ready().await.map_err(|e| SendError::Retryable(format!("not ready: {e}")))?;
                let mut req = tonic::Request::new(Bytes::copy_from_slice(&entry.body));
                for (k, v) in headers.iter() {
                    req.metadata_mut().insert(k.clone(), v.clone());
                }
                let path = http::uri::PathAndQuery::from_static(path);
                grpc.unary(req, path, super::raw::RawCodec)
                    .await
                    .map(|_| ())
                    .map_err(classify_status)
            }
            Downstream::Http { client, base, headers, timeout } => {
                let path = match entry.signal {
                    Signal::Traces => "/v1/traces",
                    Signal::Logs => "/v1/logs",
                };
                let mut req = http::Request::post(format!("{base}{path}"))
                    .header(http::header::CONTENT_TYPE, "application/x-protobuf");
                for (k, v) in headers.iter() {
                    req = req.header(k, v);
                }
                let req = req
                    .body(Full::new(Bytes::copy_from_slice(&entry.body)))
                    .map_err(|e| SendError::Permanent(e.to_string()))?;
                let resp = tokio::time::timeout(*timeout, client.request(req))
                    .await
                    .map_err(|_| SendError::Retryable(format!("timed out after {timeout:?}")))?
                    .map_err(|e| SendError::Retryable(format!("{e:?}")))?;
                let code = resp.status();
                if code.is_success() {
                    Ok(())
                } else if matches!(code.as_u16(), 400 | 413 | 415) {
                    Err(SendError::Permanent(format!("downstream answered HTTP {code}")))
                } else {
                    Err(SendError::Retryable(format!("downstream answered HTTP {code}")))
                }
            }
        }
    }
}

fn classify_status(s: tonic::Status) -> SendError {
    use tonic::Code::*;
    let msg = format!("downstream answered {:?}: {}", s.code(), s.message());
    match s.code() {
        InvalidArgument | OutOfRange | Unimplemented | FailedPrecondition => {
            SendError::Permanent(msg)
        }
        ResourceExhausted if s.message().contains("too large") || s.message().contains("limit") => {
            SendError::Permanent(msg)
        }
        _ => SendError::Retryable(msg),
    }
}
