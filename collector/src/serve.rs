//! `coxswain serve`: wires receiver → buffer → forwarder/assembler and runs until a signal.
//! (Skeleton.)

/// `coxswain serve`.
#[derive(Debug, clap::Args)]
pub struct ServeArgs {}

/// Runs `coxswain serve`.
pub fn run(_args: ServeArgs) -> anyhow::Result<()> {
    anyhow::bail!("serve is not built yet")
}
