//! The collector's own telemetry: counters, `/metrics`, `/v1/stats`. (Skeleton.)
