//! `coxswain inspect`: what a stopped collector's data directory holds, as JSON.

use std::path::PathBuf;

use anyhow::Context;

use crate::buffer::{ASSEMBLER_CONSUMER, Buffer};

/// `coxswain inspect`.
#[derive(Debug, clap::Args)]
pub struct InspectArgs {
    /// Data directory of a stopped collector.
    #[arg(long, env = "COXSWAIN_DATA_DIR", default_value = "coxswain-data")]
    pub data_dir: PathBuf,
}

/// Runs `coxswain inspect`: prints `requests`, `spans`, `log_records` held and every cursor.
pub fn run(args: InspectArgs) -> anyhow::Result<()> {
    if !args.data_dir.is_dir() {
        anyhow::bail!("{} is not a coxswain data directory", args.data_dir.display());
    }
    let buffer = Buffer::open(&args.data_dir, 16 * 1024 * 1024).with_context(|| {
        format!("cannot open {} (is a collector still running on it?)", args.data_dir.display())
    })?;
    let mut consumers: Vec<String> = buffer
        .db()
        .open_tree("buffer.cursors")?
        .iter()
        .keys()
        .filter_map(|k| k.ok().map(|k| String::from_utf8_lossy(&k).to_string()))
        .collect();
    if !consumers.iter().any(|c| c == ASSEMBLER_CONSUMER) {
        consumers.push(ASSEMBLER_CONSUMER.to_string());
    }
    let stats = crate::observe::stats(&buffer, &consumers)?;
    println!("{}", serde_json::to_string_pretty(&stats)?);
    Ok(())
}
