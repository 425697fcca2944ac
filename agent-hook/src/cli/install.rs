//! `install` / `uninstall`: wiring the hook into a harness's settings (the work is done by
//! [`agent_hook::install`]).

use agent_hook::install::{self, Scope};
use clap::Args;
use std::process::ExitCode;

/// `agent-hook install HARNESS`.
#[derive(Args)]
pub struct InstallArgs {
    /// Which harness (`claude-code`, `codex`, `gemini-cli`).
    harness: String,
    /// Which settings file.
    #[arg(long, value_enum, default_value = "user")]
    scope: Scope,
    /// Endpoint written into the hook command.
    #[arg(long)]
    endpoint: Option<String>,
    /// Show the change without writing it.
    #[arg(long)]
    dry_run: bool,
}

/// `agent-hook uninstall HARNESS`.
#[derive(Args)]
pub struct UninstallArgs {
    /// Which harness (`claude-code`, `codex`, `gemini-cli`).
    harness: String,
    /// Which settings file.
    #[arg(long, value_enum, default_value = "user")]
    scope: Scope,
    /// Show the change without writing it.
    #[arg(long)]
    dry_run: bool,
}

/// Runs `install`.
pub fn install(args: InstallArgs) -> anyhow::Result<ExitCode> {
    let change =
        install::install(&args.harness, args.scope, args.endpoint.as_deref(), args.dry_run)?;
    println!("{change}");
    let note = agent_hook::harness::by_name(&args.harness).and_then(|h| h.after_install);
    if let (Some(note), false) = (note, args.dry_run) {
        println!("{note}");
    }
    Ok(ExitCode::SUCCESS)
}

/// Runs `uninstall`.
pub fn uninstall(args: UninstallArgs) -> anyhow::Result<ExitCode> {
    let change = install::uninstall(&args.harness, args.scope, args.dry_run)?;
    println!("{change}");
    Ok(ExitCode::SUCCESS)
}
