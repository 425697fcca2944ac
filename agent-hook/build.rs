//! Links the `agent-hook` binary as a position-dependent executable on Linux: a PIE of this size
//! makes the dynamic loader apply ~24,000 relocations and copy ~100 pages at every start —
//! more than half of the instructions of a whole hook event, which runs once per harness event
//! (see `examples/hook_bench.rs`). Shared libraries stay randomised; the hook's own code is
//! memory-safe Rust reading its harness's payloads.

fn main() {
    let linux = std::env::var("CARGO_CFG_TARGET_OS").is_ok_and(|os| os == "linux");
    let gnu = std::env::var("CARGO_CFG_TARGET_ENV").is_ok_and(|env| env == "gnu");
    // `AGENT_HOOK_PIE=1` at build time keeps the default PIE, for installations whose hardening
    // policy requires it (about 0.4 ms more per event, measured by `examples/hook_bench.rs`).
    let pie = std::env::var("AGENT_HOOK_PIE").is_ok_and(|v| v == "1");
    println!("cargo:rerun-if-env-changed=AGENT_HOOK_PIE");
    if linux && gnu && !pie {
        // After rustc's own `-pie`: the C compiler driver takes the last of the two.
        println!("cargo:rustc-link-arg-bin=agent-hook=-no-pie");
    }
    println!("cargo:rerun-if-changed=build.rs");
}
