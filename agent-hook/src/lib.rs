//! The Coxswain hook: turns harness events into the spans of `proto/TELEMETRY.md`, keeps them in
//! a local spool, and ships them over OTLP/gRPC in the background.
//!
//! - [`recorder::Recorder`] is the library API (session → prompt → action → outcome); each
//!   harness in the registry ([`harness`]) maps its hook payloads onto it.
//! - [`spool`] keeps finished spans durably; [`sender`] ships them; [`state`] keeps what spans
//!   across hook processes; [`signals`] turns raw text into features that may leave the machine.

pub mod clock;
pub mod config;
pub mod deferred;
pub mod harness;
pub use harness::claude_code;
pub mod install;
pub mod logfile;
pub mod payload;
pub mod recorder;
pub mod replay;
pub mod sender;
pub mod setup;
pub mod signals;
pub mod spool;
pub mod state;
pub mod transcript;
