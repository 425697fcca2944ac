//! `agent-hook`: the CLI for hook-based harnesses. (Skeleton.)

fn main() {}
