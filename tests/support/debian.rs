//! Debian packages the tests need (chromium, prometheus, clickhouse-server, zookeeper), installed
//! with apt when missing: once, under one lock shared by every test process, so parallel tests
//! neither race apt nor install twice.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The first of `candidates` that exists, installing Debian package `package` with apt when none
/// does. `None` (after a "SKIP:" line) when it cannot be installed here.
pub fn installed(candidates: &[&str], package: &str) -> Option<PathBuf> {
    let find = || candidates.iter().map(PathBuf::from).find(|p| p.exists());
    if let Some(p) = find() {
        return Some(p);
    }
    let _lock = crate::InstallLock::take("coxswain-apt.lock");
    if let Some(p) = find() {
        return Some(p);
    }
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } != 0 || !Path::new("/usr/bin/apt-get").exists() {
        eprintln!("SKIP: {package} is missing and cannot be installed here (needs root and apt)");
        return None;
    }
    eprintln!("installing Debian's {package} with apt-get (once) …");
    let install = || apt(&["install", "-y", "--no-install-recommends", package]);
    if !install() {
        let _ = apt(&["update"]);
        if !install() {
            eprintln!("SKIP: apt-get install {package} failed");
            return None;
        }
    }
    let found = find();
    if found.is_none() {
        eprintln!("SKIP: {package} installed but none of {candidates:?} found");
    }
    found
}

/// The path of executable `bin`, from package `package` (see [`installed`]).
pub fn tool(bin: &str, package: &str) -> Option<PathBuf> {
    let paths: Vec<String> = ["/usr/bin", "/usr/local/bin", "/bin", "/usr/sbin"]
        .iter()
        .map(|d| format!("{d}/{bin}"))
        .collect();
    installed(&paths.iter().map(String::as_str).collect::<Vec<_>>(), package)
}

fn apt(args: &[&str]) -> bool {
    Command::new("apt-get")
        .args(["-o", "DPkg::Lock::Timeout=600"])
        .args(args)
        .env("DEBIAN_FRONTEND", "noninteractive")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}
