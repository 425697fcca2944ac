//! `agent-hook`: the CLI for hook-based harnesses. `claude-code` is the hook itself (always
//! exits 0, prints nothing); `send`, `flush` and `status` ship and show the spool; `replay`
//! backfills from transcripts; `install` / `uninstall` wire the hook into Claude Code.
//!
//! The C `main` is ours (`no_main`): Rust's start-up asks glibc for the main thread's stack
//! bounds to guard it, which reads and parses `/proc/self/maps` — a tenth of the instructions
//! of a whole hook event. std still gets the arguments and environment from glibc; what the
//! start-up does that the hook needs (standard fds present, SIGPIPE ignored, a panic becomes
//! exit code 101, stdout flushed at the end) is done here.

// The test harness brings its own `main`.
#![cfg_attr(not(test), no_main)]

#[cfg_attr(test, allow(dead_code))]
mod cli;

/// Called by the C runtime.
#[cfg(not(test))]
#[unsafe(no_mangle)]
pub extern "C" fn main(_argc: libc::c_int, _argv: *const *const libc::c_char) -> libc::c_int {
    // SAFETY: plain fd and signal syscalls before any other code of this process runs.
    unsafe {
        // A closed standard fd would be reused by the next file opened (then silenced, or
        // written as output); point it at /dev/null as std's start-up does.
        for fd in 0..3 {
            if libc::fcntl(fd, libc::F_GETFD) == -1 {
                libc::open(c"/dev/null".as_ptr(), libc::O_RDWR);
            }
        }
        // A reader gone away is an error to handle, not a reason to die.
        libc::signal(libc::SIGPIPE, libc::SIG_IGN);
    }
    let code = match std::panic::catch_unwind(cli::main) {
        Ok(code) if code == std::process::ExitCode::SUCCESS => 0,
        Ok(_) => 1,
        Err(_) => 101,
    };
    // `exit` runs std's clean-up (flushing a buffered stdout) as returning from `main` would.
    std::process::exit(code)
}
