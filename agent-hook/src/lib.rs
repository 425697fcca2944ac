//! The Coxswain hook: turns harness events into the spans of `proto/TELEMETRY.md`. (Skeleton.)
