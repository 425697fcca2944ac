//! A gRPC client that sends arbitrary bytes as an OTLP Export call, for bad-input tests.

use bytes::{Buf, Bytes};
use coxswain_collector::forwarder::raw::{RawEncoder, TRACES_PATH};
use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceResponse;
use prost::Message;
use tonic::codec::{Codec, DecodeBuf, Decoder};

/// Encodes raw bytes (the forwarder's encoder); decodes the OTLP trace response, which the
/// bad-input tests inspect for partial success.
#[derive(Default, Clone)]
pub struct RawCodec;

pub struct ResponseDecoder;

impl Decoder for ResponseDecoder {
    type Item = ExportTraceServiceResponse;
    type Error = tonic::Status;
    fn decode(
        &mut self,
        src: &mut DecodeBuf<'_>,
    ) -> Result<Option<ExportTraceServiceResponse>, tonic::Status> {
        let bytes = src.copy_to_bytes(src.remaining());
        ExportTraceServiceResponse::decode(bytes)
            .map(Some)
            .map_err(|e| tonic::Status::internal(e.to_string()))
    }
}

impl Codec for RawCodec {
    type Encode = Bytes;
    type Decode = ExportTraceServiceResponse;
    type Encoder = RawEncoder;
    type Decoder = ResponseDecoder;
    fn encoder(&mut self) -> RawEncoder {
        RawEncoder
    }
    fn decoder(&mut self) -> ResponseDecoder {
        ResponseDecoder
    }
}

/// Sends `body` as a TraceService/Export call.
pub async fn export_raw(
    grpc_url: String,
    body: Vec<u8>,
) -> Result<ExportTraceServiceResponse, tonic::Status> {
    let channel = tonic::transport::Endpoint::from_shared(grpc_url)
        .expect("endpoint")
        .connect()
        .await
        .expect("connect");
    let mut grpc = tonic::client::Grpc::new(channel);
    grpc.ready().await.expect("ready");
    let path = http::uri::PathAndQuery::from_static(TRACES_PATH);
    grpc.unary(tonic::Request::new(Bytes::from(body)), path, RawCodec).await.map(|r| r.into_inner())
}
