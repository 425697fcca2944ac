//! `coxswain`: the collector binary. Each subcommand lives with the stage it drives.

use clap::{Parser, Subcommand};
use coxswain_collector::{assembler, clickhouse, inspect, report, serve, validate};

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Coxswain measures how people steer coding agents: an on-prem OTLP collector that buffers
/// durably, forwards, and computes the study's figures.
#[derive(Parser)]
#[command(name = "coxswain", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the collector: OTLP/gRPC on 4317, OTLP/HTTP on 4318, data in ./coxswain-data.
    Serve(serve::ServeArgs),
    /// Print what a stopped collector's data directory holds, as JSON.
    Inspect(inspect::InspectArgs),
    /// Rebuild sessions and prompts from the buffered requests.
    Rebuild(assembler::RebuildArgs),
    /// The study's figures for this organisation's sessions.
    Report(report::cli::ReportArgs),
    /// List sessions.
    Sessions(report::cli::SessionsArgs),
    /// One session: its prompts, evidence and classification.
    Session(report::cli::SessionArgs),
    /// ClickHouse schema management (`init`).
    Clickhouse(clickhouse::cli::ClickHouseArgs),
    /// Drive hand-labelled sessions through the hook and assembly; agreement with the labels.
    Validate(validate::ValidateArgs),
}

fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    if !matches!(cli.command, Command::Serve(_)) {
        print_until_the_reader_leaves();
    }
    match cli.command {
        Command::Serve(args) => serve::run(args),
        Command::Inspect(args) => inspect::run(args),
        Command::Rebuild(args) => assembler::rebuild(args),
        Command::Report(args) => report::cli::report(args),
        Command::Sessions(args) => report::cli::sessions(args),
        Command::Session(args) => report::cli::session(args),
        Command::Clickhouse(args) => clickhouse::cli::run(args),
        Command::Validate(args) => validate::run(args),
    }
}

/// A printing subcommand piped into `head` ends quietly when the reader leaves, as Unix tools
/// do, instead of panicking on the broken pipe. `serve` keeps Rust's ignored SIGPIPE, so a client
/// that hangs up is an error on its own connection, never the collector's end.
fn print_until_the_reader_leaves() {
    // SAFETY: restores the default disposition of one signal before any thread is started.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}
