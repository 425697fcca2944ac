//! `agent-hook`: the CLI for hook-based harnesses. `claude-code` is the hook itself (always
//! exits 0, prints nothing); `send`, `flush` and `status` ship and show the spool; `replay`
//! backfills from transcripts; `install` / `uninstall` wire the hook into Claude Code.

mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
