//! OTLP/gRPC: TraceService/Export, LogsService/Export and MetricsService/Export over [`Ingest`]. Hand-written rather
//! than opentelemetry-proto's generated servers so the handler gets the request bytes as
//! received: when every item is valid they are stored as is (no re-encoding, one copy less),
//! and so that a message's declared length is never allocated before its bytes arrive.

use std::convert::Infallible;
use std::marker::PhantomData;
use std::sync::Arc;

use bytes::Buf;
use http_body_util::BodyExt;
use opentelemetry_proto::tonic::collector::logs::v1::ExportLogsServiceRequest;
use opentelemetry_proto::tonic::collector::metrics::v1::ExportMetricsServiceRequest;
use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;
use prost::Message;
use tonic::codegen::{BoxFuture, Context, Poll, Service, StdError};
use tonic::server::NamedService;

use super::{ExportRequest, Ingest, IngestError, VALUE_HEADER_LEN};
use crate::auth::Principal;

/// One OTLP signal's gRPC method.
pub trait OtlpMethod: Send + Sync + 'static {
    /// The gRPC service name.
    const SERVICE: &'static str;
    /// The full method path.
    const PATH: &'static str;
    /// Decodes, ingests and answers with the encoded response; `team` (a team-scoped token's)
    /// is stamped on every item before it is stored (see [`super::team`]).
    fn handle(
        ingest: Arc<Ingest>,
        value: Vec<u8>,
        team: Option<Arc<str>>,
    ) -> BoxFuture<Vec<u8>, tonic::Status>;
}

/// `opentelemetry.proto.collector.trace.v1.TraceService`.
pub struct Traces;
/// `opentelemetry.proto.collector.logs.v1.LogsService`.
pub struct Logs;
/// `opentelemetry.proto.collector.metrics.v1.MetricsService`.
pub struct Metrics;

impl OtlpMethod for Traces {
    const SERVICE: &'static str = "opentelemetry.proto.collector.trace.v1.TraceService";
    const PATH: &'static str = "/opentelemetry.proto.collector.trace.v1.TraceService/Export";
    fn handle(
        ingest: Arc<Ingest>,
        value: Vec<u8>,
        team: Option<Arc<str>>,
    ) -> BoxFuture<Vec<u8>, tonic::Status> {
        Box::pin(async move {
            // The common case, every span valid and no team to stamp, needs no decode: the
            // bytes are stored as is. Anything else takes the full decode, which words errors
            // and partial success.
            let times = ingest.span_window.bounds_now();
            if team.is_none()
                && let Ok(scan) = super::scan::scan_traces(&value[VALUE_HEADER_LEN..], times)
                && scan.all_valid
            {
                let resp = ingest.traces_scanned(value, scan.spans).await.map_err(|e| {
                    ingest.count_refusal_grpc(&e);
                    e.to_status()
                })?;
                return Ok(resp.encode_to_vec());
            }
            let mut req =
                ExportTraceServiceRequest::decode(&value[VALUE_HEADER_LEN..]).map_err(|e| {
                    crate::observe::add(&ingest.metrics.requests_invalid, 1);
                    tonic::Status::invalid_argument(format!(
                        "body is not a protobuf ExportTraceServiceRequest: {e}"
                    ))
                })?;
            let raw = match &team {
                Some(team) => {
                    super::team::stamp_traces(&mut req, team);
                    None
                }
                None => Some(value),
            };
            let resp = ingest.traces(req, raw).await.map_err(|e| {
                ingest.count_refusal_grpc(&e);
                e.to_status()
            })?;
            Ok(resp.encode_to_vec())
        })
    }
}

impl OtlpMethod for Logs {
    const SERVICE: &'static str = "opentelemetry.proto.collector.logs.v1.LogsService";
    const PATH: &'static str = "/opentelemetry.proto.collector.logs.v1.LogsService/Export";
    fn handle(
        ingest: Arc<Ingest>,
        value: Vec<u8>,
        team: Option<Arc<str>>,
    ) -> BoxFuture<Vec<u8>, tonic::Status> {
        export::<ExportLogsServiceRequest>(ingest, value, team)
    }
}

impl OtlpMethod for Metrics {
    const SERVICE: &'static str = "opentelemetry.proto.collector.metrics.v1.MetricsService";
    const PATH: &'static str = "/opentelemetry.proto.collector.metrics.v1.MetricsService/Export";
    fn handle(
        ingest: Arc<Ingest>,
        value: Vec<u8>,
        team: Option<Arc<str>>,
    ) -> BoxFuture<Vec<u8>, tonic::Status> {
        export::<ExportMetricsServiceRequest>(ingest, value, team)
    }
}

/// Decodes a logs or metrics export, stamps a team token's team, ingests and answers.
fn export<R: ExportRequest>(
    ingest: Arc<Ingest>,
    value: Vec<u8>,
    team: Option<Arc<str>>,
) -> BoxFuture<Vec<u8>, tonic::Status> {
    Box::pin(async move {
        let mut req = R::decode(&value[VALUE_HEADER_LEN..]).map_err(|e| {
            crate::observe::add(&ingest.metrics.requests_invalid, 1);
            tonic::Status::invalid_argument(format!("body is not a protobuf {}: {e}", R::NAME))
        })?;
        let raw = match &team {
            Some(team) => {
                req.stamp(team);
                None
            }
            None => Some(value),
        };
        let resp = req.ingest(&ingest, raw).await.map_err(|e| {
            ingest.count_refusal_grpc(&e);
            e.to_status()
        })?;
        Ok(resp.encode_to_vec())
    })
}

/// The tonic service for one OTLP method.
pub struct OtlpGrpc<M> {
    ingest: Arc<Ingest>,
    _method: PhantomData<M>,
}

impl<M> Clone for OtlpGrpc<M> {
    fn clone(&self) -> Self {
        Self { ingest: self.ingest.clone(), _method: PhantomData }
    }
}

impl<M: OtlpMethod> NamedService for OtlpGrpc<M> {
    const NAME: &'static str = M::SERVICE;
}

impl<M, B> Service<http::Request<B>> for OtlpGrpc<M>
where
    M: OtlpMethod,
    B: tonic::codegen::Body<Data = bytes::Bytes> + Send + 'static,
    B::Error: Into<StdError> + Send + 'static,
{
    type Response = http::Response<tonic::body::Body>;
    type Error = Infallible;
    type Future = BoxFuture<Self::Response, Infallible>;

    fn poll_ready(&mut self, _cx: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, req: http::Request<B>) -> Self::Future {
        if req.uri().path() != M::PATH {
            return Box::pin(async {
                Ok(tonic::Status::unimplemented("no such method").into_http())
            });
        }
        let ingest = self.ingest.clone();
        let team = req.extensions().get::<Principal>().and_then(|p| p.team.clone());
        Box::pin(async move {
            let value = match read_message(&ingest, req).await {
                Ok(value) => value,
                Err(status) => return Ok(status.into_http()),
            };
            Ok(match M::handle(ingest, value, team).await {
                Ok(msg) => ok_response(msg),
                Err(status) => status.into_http(),
            })
        })
    }
}

/// gRPC's length prefix: a compressed flag and a big-endian u32.
const PREFIX_LEN: usize = 5;

/// Reads the one message of a unary call, after [`VALUE_HEADER_LEN`] reserved bytes, within
/// `max_request_bytes` and the body read timeout. Unlike tonic's decoder this never reserves
/// the declared length up front: memory grows only with the bytes that actually arrive, so a
/// client declaring 16 MiB and sending a few bytes costs a few bytes (until the timeout).
async fn read_message<B>(ingest: &Ingest, req: http::Request<B>) -> Result<Vec<u8>, tonic::Status>
where
    B: tonic::codegen::Body<Data = bytes::Bytes> + Send + 'static,
    B::Error: Into<StdError> + Send + 'static,
{
    let gzip = match req.headers().get("grpc-encoding").map(|v| v.to_str().unwrap_or("?")) {
        None | Some("identity") => false,
        Some("gzip") => true,
        Some(other) => {
            ingest.count_refusal(&IngestError::Invalid(String::new()));
            return Err(tonic::Status::unimplemented(format!(
                "grpc-encoding {other:?} is not supported: use gzip or none"
            )));
        }
    };
    let limit = ingest.max_request_bytes;
    let timeout = ingest.body_read_timeout;
    let read = collect_frame(req.into_body(), limit);
    let (compressed, mut value) = match tokio::time::timeout(timeout, read).await {
        Ok(Ok(frame)) => frame,
        Ok(Err(e)) => {
            ingest.count_refusal(&e);
            return Err(e.to_status());
        }
        Err(_) => {
            crate::observe::add(&ingest.metrics.requests_timed_out, 1);
            return Err(tonic::Status::deadline_exceeded(format!(
                "request body not received within {timeout:?} (limits.body_read_timeout_secs)"
            )));
        }
    };
    if compressed {
        if !gzip {
            let e = IngestError::Invalid("compressed message without grpc-encoding".into());
            ingest.count_refusal(&e);
            return Err(e.to_status());
        }
        value = super::http::gunzip(&value[VALUE_HEADER_LEN..], limit)
            .map(|body| super::prepared_from(&body))
            .inspect_err(|e| ingest.count_refusal(e))
            .map_err(|e| e.to_status())?;
    }
    Ok(value)
}

/// Collects one length-prefixed message from the body: whether it is compressed, and its bytes
/// after [`VALUE_HEADER_LEN`] reserved ones.
pub async fn collect_frame<B>(body: B, limit: usize) -> Result<(bool, Vec<u8>), IngestError>
where
    B: tonic::codegen::Body<Data = bytes::Bytes> + Send + 'static,
    B::Error: Into<StdError> + Send + 'static,
{
    let mut body = std::pin::pin!(body);
    let mut prefix = [0u8; PREFIX_LEN];
    let mut have_prefix = 0usize;
    let mut declared: Option<(bool, usize)> = None;
    let mut value = vec![0u8; VALUE_HEADER_LEN];
    while let Some(frame) = body.frame().await {
        let frame = frame.map_err(|e| {
            IngestError::Invalid(format!("could not read the request body: {}", e.into()))
        })?;
        let Ok(mut data) = frame.into_data() else { continue };
        if declared.is_none() {
            let n = (PREFIX_LEN - have_prefix).min(data.len());
            prefix[have_prefix..have_prefix + n].copy_from_slice(&data[..n]);
            have_prefix += n;
            data.advance(n);
            if have_prefix < PREFIX_LEN {
                continue;
            }
            let len = u32::from_be_bytes([prefix[1], prefix[2], prefix[3], prefix[4]]) as usize;
            if len > limit {
                return Err(IngestError::TooLarge { size: len, limit });
            }
            if prefix[0] > 1 {
                return Err(IngestError::Invalid(format!(
                    "invalid gRPC compression flag {}",
                    prefix[0]
                )));
            }
            declared = Some((prefix[0] == 1, len));
        }
        let Some((_, len)) = declared else { continue };
        if value.len() - VALUE_HEADER_LEN + data.len() > len {
            return Err(IngestError::Invalid("more than one message in a unary call".into()));
        }
        // Grows with what arrived (doubling, capped at the declared length), never by what
        // was declared.
        let received = value.len() - VALUE_HEADER_LEN;
        if value.capacity() - value.len() < data.len() {
            value.reserve_exact((len - received).min(received.max(data.len())));
        }
        value.extend_from_slice(&data);
    }
    match declared {
        Some((compressed, len)) if value.len() - VALUE_HEADER_LEN == len => Ok((compressed, value)),
        Some((_, len)) => Err(IngestError::Invalid(format!(
            "request body ended after {} of the {len} bytes its message declared",
            value.len() - VALUE_HEADER_LEN
        ))),
        None => Err(IngestError::Invalid("request has no message".into())),
    }
}

/// A successful unary response: the length-prefixed message, then `grpc-status: 0`.
fn ok_response(msg: Vec<u8>) -> http::Response<tonic::body::Body> {
    let mut framed = Vec::with_capacity(PREFIX_LEN + msg.len());
    framed.push(0);
    framed.extend_from_slice(&(msg.len() as u32).to_be_bytes());
    framed.extend_from_slice(&msg);
    let mut trailers = http::HeaderMap::new();
    trailers.insert("grpc-status", http::HeaderValue::from_static("0"));
    let body = http_body_util::Full::new(bytes::Bytes::from(framed))
        .with_trailers(async move { Some(Ok(trailers)) });
    let mut resp = http::Response::new(tonic::body::Body::new(body));
    resp.headers_mut()
        .insert(http::header::CONTENT_TYPE, http::HeaderValue::from_static("application/grpc"));
    resp
}

/// The three OTLP gRPC services, accepting gzip and messages up to the configured limit.
pub fn services(ingest: Arc<Ingest>) -> (OtlpGrpc<Traces>, OtlpGrpc<Logs>, OtlpGrpc<Metrics>) {
    (
        OtlpGrpc { ingest: ingest.clone(), _method: PhantomData },
        OtlpGrpc { ingest: ingest.clone(), _method: PhantomData },
        OtlpGrpc { ingest, _method: PhantomData },
    )
}
