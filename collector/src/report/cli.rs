//! `coxswain report`, `coxswain sessions`, `coxswain session ID`. (Skeleton.)

/// `coxswain report`.
#[derive(Debug, clap::Args)]
pub struct ReportArgs {}

/// `coxswain sessions`.
#[derive(Debug, clap::Args)]
pub struct SessionsArgs {}

/// `coxswain session ID`.
#[derive(Debug, clap::Args)]
pub struct SessionArgs {
    /// The session id.
    pub id: String,
}

/// Runs `coxswain report`.
pub fn report(_args: ReportArgs) -> anyhow::Result<()> {
    anyhow::bail!("report is not built yet")
}

/// Runs `coxswain sessions`.
pub fn sessions(_args: SessionsArgs) -> anyhow::Result<()> {
    anyhow::bail!("sessions is not built yet")
}

/// Runs `coxswain session`.
pub fn session(_args: SessionArgs) -> anyhow::Result<()> {
    anyhow::bail!("session is not built yet")
}
