//! The user's pseudonym: HMAC-SHA-256 of `user@host` under the installation's (or the
//! organisation's) key, hex of the first 16 bytes. Never a name or an email.

use hmac::{Hmac, Mac};
use sha2::Sha256;

/// `enduser.pseudo.id` for `identity` (`user@host`) under `key`.
pub fn pseudonym(key: &[u8], identity: &str) -> String {
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(key) else {
        return String::new();
    };
    mac.update(identity.as_bytes());
    hex::encode(&mac.finalize().into_bytes()[..16])
}

/// The installation's key: `pseudonym.key` in `dir`, created (random, owner-only) on first use.
/// Concurrent first uses agree: only one creates the file, the others read it.
pub fn installation_key(path: &std::path::Path) -> Vec<u8> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    if let Ok(key) = std::fs::read_to_string(path)
        && key.trim().len() >= 32
    {
        return key.trim().as_bytes().to_vec();
    }
    let key = hex::encode(rand::random::<[u8; 32]>());
    let tmp = path.with_extension(format!("{}.tmp", std::process::id()));
    let written = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(&tmp)
        .and_then(|mut f| f.write_all(key.as_bytes()).and_then(|()| f.sync_all()));
    // hard_link fails if another process won the race; then its key is the key.
    let linked = written.is_ok() && std::fs::hard_link(&tmp, path).is_ok();
    let _ = std::fs::remove_file(&tmp);
    if linked {
        return key.into_bytes();
    }
    match std::fs::read_to_string(path) {
        Ok(existing) if existing.trim().len() >= 32 => existing.trim().as_bytes().to_vec(),
        // Unwritable state: a key for this process only (the pseudonym is then not stable).
        _ => key.into_bytes(),
    }
}

/// `user@host` of the running process, from the environment and the kernel's hostname.
pub fn local_identity() -> String {
    let user = ["USER", "LOGNAME", "USERNAME"]
        .iter()
        .find_map(|k| std::env::var(k).ok().filter(|v| !v.is_empty()))
        .unwrap_or_else(|| "unknown".to_owned());
    let host = std::fs::read_to_string("/proc/sys/kernel/hostname")
        .or_else(|_| std::fs::read_to_string("/etc/hostname"))
        .ok()
        .map(|h| h.trim().to_owned())
        .filter(|h| !h.is_empty())
        .or_else(|| std::env::var("HOSTNAME").ok())
        .unwrap_or_else(|| "localhost".to_owned());
    format!("{user}@{host}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pseudonyms_are_stable_per_key_and_hide_the_identity() {
        let a = pseudonym(b"k1", "ann@box");
        assert_eq!(a, pseudonym(b"k1", "ann@box"));
        assert_ne!(a, pseudonym(b"k2", "ann@box"));
        assert_eq!(a.len(), 32);
        assert!(!a.contains("ann"));
    }
}
