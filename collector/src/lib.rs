//! The Coxswain collector. Data flows top to bottom:
//!
//! receiver (OTLP gRPC + HTTP) → buffer (sled, durable before ack) → forwarder (downstream OTLP)
//!                                                                  → assembler (sessions, prompts)
//!                                                                  → classifier (expertise, mode,
//!                                                                    success) → report / query API

pub mod config;
pub mod receiver;
pub mod buffer;
pub mod forwarder;
pub mod observe;
pub mod assembler;
pub mod classifier;
pub mod report;
pub mod query;
pub mod serve;
pub mod tls;
pub mod inspect;
