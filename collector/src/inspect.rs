//! `coxswain inspect`: what a stopped collector's data directory holds, as JSON. (Skeleton.)

/// `coxswain inspect`.
#[derive(Debug, clap::Args)]
pub struct InspectArgs {}

/// Runs `coxswain inspect`.
pub fn run(_args: InspectArgs) -> anyhow::Result<()> {
    anyhow::bail!("inspect is not built yet")
}
