//! Coxswain's contract between the hook and the collector: span names and attribute keys
//! ([`telemetry`], documented in `proto/TELEMETRY.md`), deterministic ids ([`ids`]), and the
//! collector's query API ([`query`], generated from `proto/coxswain/query/v1/query.proto`).

pub mod ids;
pub mod telemetry;

/// The query API: report, session list, one session (gRPC; the same is served as JSON over HTTP).
pub mod query {
    tonic::include_proto!("coxswain.query.v1");
}
