//! The Coxswain collector. Data flows top to bottom:
//!
//! receiver (OTLP gRPC + HTTP) → buffer (sled, durable before ack) → forwarder (downstream OTLP)
//!                                                                  → clickhouse (span facts, optional)
//!                                                                  → assembler (sessions, prompts)
//!                                                                  → classifier (expertise, mode,
//!                                                                    success) → report / query API
//!
//! `validate` drives hand-labelled sessions through the hook library and the assembler and
//! compares the records with the labels.

pub mod assembler;
pub mod auth;
pub mod buffer;
pub mod classifier;
pub mod clickhouse;
pub mod config;
pub mod dashboard;
pub mod data_dir;
pub mod forwarder;
pub mod fuzz;
pub mod inspect;
pub mod model;
pub mod observe;
pub mod query;
pub mod receiver;
pub mod report;
pub mod rpc_status;
pub mod serve;
pub mod synthetic;
pub mod tls;
pub mod validate;
