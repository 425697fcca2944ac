//! OTLP/gRPC: TraceService/Export and LogsService/Export over [`Ingest`]. Hand-written rather
//! than opentelemetry-proto's generated servers so the handler gets the request bytes as
//! received: when every item is valid they are stored as is (no re-encoding, one copy less).

use std::convert::Infallible;
use std::marker::PhantomData;
use std::sync::Arc;

use bytes::{Buf, BufMut};
use opentelemetry_proto::tonic::collector::logs::v1::ExportLogsServiceRequest;
use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;
use prost::Message;
use tonic::codec::{Codec, CompressionEncoding, DecodeBuf, Decoder, EncodeBuf, Encoder};
use tonic::codegen::{BoxFuture, Context, Poll, Service, StdError};
use tonic::server::{NamedService, UnaryService};

use super::{Ingest, VALUE_HEADER_LEN};
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
            if team.is_none()
                && let Ok(scan) = super::scan::scan_traces(&value[VALUE_HEADER_LEN..])
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
        Box::pin(async move {
            let mut req =
                ExportLogsServiceRequest::decode(&value[VALUE_HEADER_LEN..]).map_err(|e| {
                    crate::observe::add(&ingest.metrics.requests_invalid, 1);
                    tonic::Status::invalid_argument(format!(
                        "body is not a protobuf ExportLogsServiceRequest: {e}"
                    ))
                })?;
            let raw = match &team {
                Some(team) => {
                    super::team::stamp_logs(&mut req, team);
                    None
                }
                None => Some(value),
            };
            let resp = ingest.logs(req, raw).await.map_err(|e| {
                ingest.count_refusal_grpc(&e);
                e.to_status()
            })?;
            Ok(resp.encode_to_vec())
        })
    }
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
        Box::pin(async move {
            let limit = ingest.max_request_bytes;
            let mut grpc = tonic::server::Grpc::new(RawCodec)
                .accept_compressed(CompressionEncoding::Gzip)
                .max_decoding_message_size(limit);
            let method = Method::<M> { ingest, _method: PhantomData };
            Ok(grpc.unary(method, req).await)
        })
    }
}

struct Method<M> {
    ingest: Arc<Ingest>,
    _method: PhantomData<M>,
}

impl<M: OtlpMethod> UnaryService<Vec<u8>> for Method<M> {
    type Response = Vec<u8>;
    type Future = BoxFuture<tonic::Response<Vec<u8>>, tonic::Status>;

    fn call(&mut self, request: tonic::Request<Vec<u8>>) -> Self::Future {
        let team = request.extensions().get::<Principal>().and_then(|p| p.team.clone());
        let fut = M::handle(self.ingest.clone(), request.into_inner(), team);
        Box::pin(async move { fut.await.map(tonic::Response::new) })
    }
}

/// Requests as bytes (after a reserved header, ready for the buffer); responses pre-encoded.
#[derive(Clone, Copy, Default)]
struct RawCodec;
struct RawEncoder;
struct RawDecoder;

impl Encoder for RawEncoder {
    type Item = Vec<u8>;
    type Error = tonic::Status;
    fn encode(&mut self, item: Vec<u8>, dst: &mut EncodeBuf<'_>) -> Result<(), tonic::Status> {
        dst.put_slice(&item);
        Ok(())
    }
}

impl Decoder for RawDecoder {
    type Item = Vec<u8>;
    type Error = tonic::Status;
    fn decode(&mut self, src: &mut DecodeBuf<'_>) -> Result<Option<Vec<u8>>, tonic::Status> {
        let mut value = Vec::with_capacity(VALUE_HEADER_LEN + src.remaining());
        value.resize(VALUE_HEADER_LEN, 0);
        while src.has_remaining() {
            let chunk = src.chunk();
            let n = chunk.len();
            value.extend_from_slice(chunk);
            src.advance(n);
        }
        Ok(Some(value))
    }
}

impl Codec for RawCodec {
    type Encode = Vec<u8>;
    type Decode = Vec<u8>;
    type Encoder = RawEncoder;
    type Decoder = RawDecoder;
    fn encoder(&mut self) -> RawEncoder {
        RawEncoder
    }
    fn decoder(&mut self) -> RawDecoder {
        RawDecoder
    }
}

/// The two OTLP gRPC services, accepting gzip and messages up to the configured limit.
pub fn services(ingest: Arc<Ingest>) -> (OtlpGrpc<Traces>, OtlpGrpc<Logs>) {
    (
        OtlpGrpc { ingest: ingest.clone(), _method: PhantomData },
        OtlpGrpc { ingest, _method: PhantomData },
    )
}
