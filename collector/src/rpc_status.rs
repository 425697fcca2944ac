//! `google.rpc.Status` and `google.rpc.RetryInfo`: the error details OTLP refusals carry, in one
//! place for the receivers (which send them) and the forwarder (which reads them). Hand-written:
//! four small messages do not justify another crate.

use std::time::Duration;

/// `google.rpc.Status`: the body of an OTLP/HTTP refusal, and gRPC's `grpc-status-details-bin`.
#[derive(Clone, PartialEq, prost::Message)]
pub struct RpcStatus {
    /// The gRPC code.
    #[prost(int32, tag = "1")]
    pub code: i32,
    /// What went wrong.
    #[prost(string, tag = "2")]
    pub message: String,
    /// Typed details, e.g. a [`RetryInfo`].
    #[prost(message, repeated, tag = "3")]
    pub details: Vec<Any>,
}

/// `google.protobuf.Any`.
#[derive(Clone, PartialEq, prost::Message)]
pub struct Any {
    /// `type.googleapis.com/<full message name>`.
    #[prost(string, tag = "1")]
    pub type_url: String,
    /// The encoded message.
    #[prost(bytes = "vec", tag = "2")]
    pub value: Vec<u8>,
}

/// `google.rpc.RetryInfo`: how long the client should wait before retrying.
#[derive(Clone, PartialEq, prost::Message)]
pub struct RetryInfo {
    /// The wait.
    #[prost(message, optional, tag = "1")]
    pub retry_delay: Option<ProtoDuration>,
}

/// `google.protobuf.Duration`.
#[derive(Clone, PartialEq, prost::Message)]
pub struct ProtoDuration {
    /// Whole seconds.
    #[prost(int64, tag = "1")]
    pub seconds: i64,
    /// Nanoseconds beyond them.
    #[prost(int32, tag = "2")]
    pub nanos: i32,
}

/// The URL naming [`RetryInfo`] in an [`Any`].
pub const RETRY_INFO_TYPE: &str = "type.googleapis.com/google.rpc.RetryInfo";

/// The delay of the first `RetryInfo` in an encoded `google.rpc.Status`.
pub fn retry_delay(status: &[u8]) -> Option<Duration> {
    use prost::Message;
    let status = RpcStatus::decode(status).ok()?;
    let info = status
        .details
        .iter()
        .find(|a| a.type_url.ends_with("google.rpc.RetryInfo"))
        .and_then(|a| RetryInfo::decode(a.value.as_slice()).ok())?;
    let d = info.retry_delay?;
    Some(Duration::new(d.seconds.max(0) as u64, d.nanos.clamp(0, 999_999_999) as u32))
}
