//! OTLP receivers: gRPC (TraceService, LogsService, MetricsService) and HTTP (`/v1/traces`,
//! `/v1/logs`, `/v1/metrics`). Both
//! hand requests to [`Ingest`], which drops invalid items, stores the rest durably and only then
//! answers; protobuf trace exports whose spans all pass [`scan`] are stored without a decode.

pub mod auth;
pub mod conn;
pub mod grpc;
pub mod http;
pub mod scan;
pub mod team;
pub mod validate;

pub use validate::{SpanWindow, TimeBounds};

use std::sync::Arc;

use opentelemetry_proto::tonic::collector::logs::v1::{
    ExportLogsPartialSuccess, ExportLogsServiceRequest, ExportLogsServiceResponse,
};
use opentelemetry_proto::tonic::collector::metrics::v1::{
    ExportMetricsPartialSuccess, ExportMetricsServiceRequest, ExportMetricsServiceResponse,
};
use opentelemetry_proto::tonic::collector::trace::v1::{
    ExportTracePartialSuccess, ExportTraceServiceRequest, ExportTraceServiceResponse,
};
use prost::Message;

use crate::buffer::{Buffer, BufferError, Signal, VALUE_HEADER_LEN};
use crate::observe::{Metrics, add};

/// Why a request was refused as a whole.
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    /// The body did not decode (permanent: the client must fix it).
    #[error("{0}")]
    Invalid(String),
    /// The body is over the size limit (permanent).
    #[error("request of {size} bytes is over the limit of {limit} bytes (max_request_bytes)")]
    TooLarge {
        /// Its size, or a lower bound when it was cut off.
        size: usize,
        /// The configured limit.
        limit: usize,
    },
    /// The buffer is full or failing (retryable).
    #[error("{0}")]
    Unavailable(String),
}

impl From<BufferError> for IngestError {
    fn from(e: BufferError) -> Self {
        IngestError::Unavailable(e.to_string())
    }
}

impl IngestError {
    /// The gRPC status for this refusal.
    pub fn to_status(&self) -> tonic::Status {
        match self {
            IngestError::Invalid(m) => tonic::Status::invalid_argument(m.clone()),
            IngestError::TooLarge { .. } => tonic::Status::resource_exhausted(self.to_string()),
            IngestError::Unavailable(m) => tonic::Status::unavailable(m.clone()),
        }
    }
}

/// Stores accepted requests; shared by both receivers.
pub struct Ingest {
    /// Where requests go.
    pub buffer: Arc<Buffer>,
    /// Counters.
    pub metrics: Arc<Metrics>,
    /// Largest request accepted (after decompression).
    pub max_request_bytes: usize,
    /// Span times accepted (others are rejected through partial success).
    pub span_window: SpanWindow,
    /// How long a client may take to send a request body.
    pub body_read_timeout: std::time::Duration,
}

impl Ingest {
    /// Filters, stores and answers one trace export. `raw` is the protobuf body as received,
    /// placed after [`VALUE_HEADER_LEN`] reserved bytes, when the caller has it: stored as is
    /// when every span is valid, which saves re-encoding and a copy.
    pub async fn traces(
        &self,
        mut req: ExportTraceServiceRequest,
        raw: Option<Vec<u8>>,
    ) -> Result<ExportTraceServiceResponse, IngestError> {
        let f = validate::filter_spans(&mut req, self.span_window.bounds_now());
        add(&self.metrics.spans_received, f.accepted + f.rejected);
        add(&self.metrics.spans_rejected, f.rejected);
        if f.accepted > 0 {
            let value = match raw {
                Some(raw) if f.rejected == 0 => raw,
                _ => prepared(&req),
            };
            self.store(Signal::Traces, value, f.accepted).await?;
            add(&self.metrics.spans_accepted, f.accepted);
        }
        let partial_success = (f.rejected > 0).then_some(ExportTracePartialSuccess {
            rejected_spans: f.rejected as i64,
            error_message: f.message,
        });
        Ok(ExportTraceServiceResponse { partial_success })
    }

    /// Stores a trace export whose protobuf body (after [`VALUE_HEADER_LEN`] reserved bytes)
    /// [`scan::scan_traces`] found to hold `spans` spans, all valid: no decode, no filtering.
    pub async fn traces_scanned(
        &self,
        raw: Vec<u8>,
        spans: u64,
    ) -> Result<ExportTraceServiceResponse, IngestError> {
        add(&self.metrics.spans_received, spans);
        if spans > 0 {
            self.store(Signal::Traces, raw, spans).await?;
            add(&self.metrics.spans_accepted, spans);
        }
        Ok(ExportTraceServiceResponse { partial_success: None })
    }

    /// Filters, stores and answers one logs export (see [`Ingest::traces`]).
    pub async fn logs(
        &self,
        mut req: ExportLogsServiceRequest,
        raw: Option<Vec<u8>>,
    ) -> Result<ExportLogsServiceResponse, IngestError> {
        let f = validate::filter_logs(&mut req);
        add(&self.metrics.log_records_received, f.accepted + f.rejected);
        add(&self.metrics.log_records_rejected, f.rejected);
        if f.accepted > 0 {
            let value = match raw {
                Some(raw) if f.rejected == 0 => raw,
                _ => prepared(&req),
            };
            self.store(Signal::Logs, value, f.accepted).await?;
            add(&self.metrics.log_records_accepted, f.accepted);
        }
        let partial_success = (f.rejected > 0).then_some(ExportLogsPartialSuccess {
            rejected_log_records: f.rejected as i64,
            error_message: f.message,
        });
        Ok(ExportLogsServiceResponse { partial_success })
    }

    /// Filters, stores and answers one metrics export (see [`Ingest::traces`]); its items are
    /// data points.
    pub async fn metrics(
        &self,
        mut req: ExportMetricsServiceRequest,
        raw: Option<Vec<u8>>,
    ) -> Result<ExportMetricsServiceResponse, IngestError> {
        let f = validate::filter_metrics(&mut req);
        add(&self.metrics.data_points_received, f.accepted + f.rejected);
        add(&self.metrics.data_points_rejected, f.rejected);
        if f.accepted > 0 {
            let value = match raw {
                Some(raw) if f.rejected == 0 => raw,
                _ => prepared(&req),
            };
            self.store(Signal::Metrics, value, f.accepted).await?;
            add(&self.metrics.data_points_accepted, f.accepted);
        }
        let partial_success = (f.rejected > 0).then_some(ExportMetricsPartialSuccess {
            rejected_data_points: f.rejected as i64,
            error_message: f.message,
        });
        Ok(ExportMetricsServiceResponse { partial_success })
    }

    async fn store(&self, signal: Signal, value: Vec<u8>, items: u64) -> Result<(), IngestError> {
        let items = items.min(u32::MAX as u64) as u32;
        match self.buffer.append_prepared(signal, value, items).await {
            Ok(_) => {
                add(&self.metrics.requests_accepted, 1);
                Ok(())
            }
            Err(e) => {
                add(&self.metrics.requests_unavailable, 1);
                tracing::warn!(error = %e, "Request refused: buffer unavailable.");
                Err(e.into())
            }
        }
    }

    /// Records a gRPC refusal (Unavailable was counted where the buffer refused).
    pub fn count_refusal_grpc(&self, e: &IngestError) {
        if !matches!(e, IngestError::Unavailable(_)) {
            self.count_refusal(e);
        }
    }

    /// Records a refusal made before a request reached [`Ingest`].
    pub fn count_refusal(&self, e: &IngestError) {
        match e {
            IngestError::Invalid(_) => add(&self.metrics.requests_invalid, 1),
            IngestError::TooLarge { .. } => add(&self.metrics.requests_too_large, 1),
            IngestError::Unavailable(_) => add(&self.metrics.requests_unavailable, 1),
        }
    }
}

/// A logs or metrics export as both receivers handle it: decoded, stamped with a team-scoped
/// token's team, then filtered and stored by [`Ingest`] (traces have their own no-decode path).
pub trait ExportRequest:
    Message + Default + serde::de::DeserializeOwned + Send + Sized + 'static
{
    /// The message name, for errors.
    const NAME: &'static str;
    /// The answer.
    type Response: Message + serde::Serialize + Send;
    /// Stamps `team` on every item (see [`team`]).
    fn stamp(&mut self, team: &str);
    /// Filters, stores and answers.
    fn ingest(
        self,
        ingest: &Ingest,
        raw: Option<Vec<u8>>,
    ) -> impl Future<Output = Result<Self::Response, IngestError>> + Send;
}

impl ExportRequest for ExportLogsServiceRequest {
    const NAME: &'static str = "ExportLogsServiceRequest";
    type Response = ExportLogsServiceResponse;
    fn stamp(&mut self, t: &str) {
        team::stamp_logs(self, t)
    }
    fn ingest(
        self,
        ingest: &Ingest,
        raw: Option<Vec<u8>>,
    ) -> impl Future<Output = Result<Self::Response, IngestError>> + Send {
        ingest.logs(self, raw)
    }
}

impl ExportRequest for ExportMetricsServiceRequest {
    const NAME: &'static str = "ExportMetricsServiceRequest";
    type Response = ExportMetricsServiceResponse;
    fn stamp(&mut self, t: &str) {
        team::stamp_metrics(self, t)
    }
    fn ingest(
        self,
        ingest: &Ingest,
        raw: Option<Vec<u8>>,
    ) -> impl Future<Output = Result<Self::Response, IngestError>> + Send {
        ingest.metrics(self, raw)
    }
}

/// Encodes `msg` after [`VALUE_HEADER_LEN`] reserved bytes, ready for the buffer.
pub fn prepared<M: Message>(msg: &M) -> Vec<u8> {
    let mut value = Vec::with_capacity(VALUE_HEADER_LEN + msg.encoded_len());
    value.resize(VALUE_HEADER_LEN, 0);
    // Encoding into a Vec cannot run out of room.
    let _ = msg.encode(&mut value);
    value
}

/// Copies a received body after [`VALUE_HEADER_LEN`] reserved bytes.
pub fn prepared_from(body: &[u8]) -> Vec<u8> {
    let mut value = Vec::with_capacity(VALUE_HEADER_LEN + body.len());
    value.resize(VALUE_HEADER_LEN, 0);
    value.extend_from_slice(body);
    value
}
