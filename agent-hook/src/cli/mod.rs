//! Command-line parsing and dispatch; one file per subcommand family.

mod hook;
mod install;
mod replay;
mod send;

use agent_hook::config::Overrides;
use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

/// The Coxswain hook: harness events in, OTLP spans out, never in the agent's way.
#[derive(Parser)]
#[command(name = "agent-hook", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// The Claude Code hook: one event JSON on stdin; always exits 0 and prints nothing.
    ClaudeCode(Target),
    /// The Codex CLI hook (`hooks.json`): one event JSON on stdin; exits 0, prints nothing.
    Codex(Target),
    /// The Gemini CLI hook: one event JSON on stdin; exits 0 and prints exactly `{}`.
    GeminiCli(Target),
    /// Ship the spool (the hook starts `send --background` itself).
    Send(send::SendArgs),
    /// Send the spool now; exit 0 once the collector acknowledged all of it.
    Flush(send::FlushArgs),
    /// Spool size, oldest unsent record, endpoint, last error (JSON on stdout).
    Status,
    /// Backfill from Claude Code transcripts (files, project folders, ~/.claude/projects).
    Replay(replay::ReplayArgs),
    /// Add the hook to a harness's settings (claude-code, codex, gemini-cli).
    Install(install::InstallArgs),
    /// Remove exactly what `install` added.
    Uninstall(install::UninstallArgs),
}

/// Where spans go, when not the config file's endpoint.
#[derive(Args, Clone, Debug, Default)]
struct Target {
    /// OTLP/gRPC endpoint, e.g. http://127.0.0.1:4317 (default: config file, then that).
    #[arg(long)]
    endpoint: Option<String>,
    /// gRPC metadata KEY=VALUE (repeatable), e.g. authorization=Bearer\ xyz.
    #[arg(long = "header", value_name = "KEY=VALUE")]
    headers: Vec<String>,
    /// PEM CA file trusted for an https:// endpoint (default: config file, then system roots).
    #[arg(long, value_name = "PATH")]
    ca_file: Option<PathBuf>,
    /// PEM client certificate for mutual TLS (with --client-key).
    #[arg(long, value_name = "PATH")]
    client_cert: Option<PathBuf>,
    /// PEM private key of --client-cert.
    #[arg(long, value_name = "PATH")]
    client_key: Option<PathBuf>,
}

impl Target {
    fn overrides(&self) -> Overrides {
        Overrides {
            endpoint: self.endpoint.clone(),
            headers: self.headers.clone(),
            ca_file: self.ca_file.clone(),
            client_cert_file: self.client_cert.clone(),
            client_key_file: self.client_key.clone(),
        }
    }
}

/// Parses the command line and runs it. The hook path (`agent-hook <harness>`) never fails and
/// prints only its harness's reply; for it, even a bad command line ends in exit 0.
pub fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    if let Some(harness) = args.get(1).and_then(|name| agent_hook::harness::by_name(name)) {
        hook::run_guarded(harness, &args);
        return ExitCode::SUCCESS;
    }
    let cli = Cli::parse();
    if !matches!(cli.command, Command::Install(_) | Command::Uninstall(_)) {
        // State, spool, log and locks are the user's alone (install keeps settings.json's mode).
        // SAFETY: umask only changes this process's file-creation mask.
        unsafe { libc::umask(0o077) };
    }
    let result = match cli.command {
        Command::ClaudeCode(_) | Command::Codex(_) | Command::GeminiCli(_) => Ok(ExitCode::SUCCESS),
        Command::Send(args) => send::send(args),
        Command::Flush(args) => send::flush(args),
        Command::Status => send::status(),
        Command::Replay(args) => replay::run(args),
        Command::Install(args) => install::install(args),
        Command::Uninstall(args) => install::uninstall(args),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("agent-hook: {e:#}");
            ExitCode::FAILURE
        }
    }
}
