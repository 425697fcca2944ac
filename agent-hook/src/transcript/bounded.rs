//! Reading a transcript on the hook's hot path without letting it stall or bloat the hook:
//! only regular files are opened (a FIFO or device would block or never end), at most
//! [`MAX_WINDOW_BYTES`] are read per event, and a line longer than [`MAX_LINE_BYTES`] is
//! skipped without being held in memory.

use std::fs::File;
use std::io::{BufRead, Read};
use std::path::Path;

/// Bytes of transcript one event reads at most (a window's text lines come first; a window
/// that grew past this is counted from its start up to here).
pub const MAX_WINDOW_BYTES: u64 = 32 * 1024 * 1024;

/// Longer lines are skipped (they are tool results or pasted blobs, never a prompt's words).
pub const MAX_LINE_BYTES: usize = 2 * 1024 * 1024;

/// Opens `path` for reading when it is a regular file; `None` for anything else (FIFO, socket,
/// device, directory) or when it cannot be opened. The open itself never blocks: it is
/// non-blocking, and only a regular file (where that flag means nothing) is kept.
pub fn open_regular(path: &Path) -> Option<File> {
    use std::os::unix::fs::OpenOptionsExt;
    let file = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK | libc::O_CLOEXEC)
        .open(path)
        .ok()?;
    file.metadata().ok()?.is_file().then_some(file)
}

/// Reads one line (up to and including `\n`) into `line`, which is cleared first. A line longer
/// than `max` is consumed but left empty in `line`. Returns the bytes consumed (0 at the end).
pub fn read_line(
    reader: &mut impl BufRead,
    line: &mut Vec<u8>,
    max: usize,
) -> std::io::Result<usize> {
    line.clear();
    let mut consumed = 0;
    let mut too_long = false;
    loop {
        let chunk = reader.fill_buf()?;
        if chunk.is_empty() {
            break;
        }
        let (take, done) = match memchr::memchr(b'\n', chunk) {
            Some(i) => (i + 1, true),
            None => (chunk.len(), false),
        };
        if !too_long {
            if line.len() + take > max {
                too_long = true;
                line.clear();
            } else {
                line.extend_from_slice(&chunk[..take]);
            }
        }
        reader.consume(take);
        consumed += take;
        if done {
            break;
        }
    }
    Ok(consumed)
}

/// `file` limited to [`MAX_WINDOW_BYTES`] from where it stands.
pub fn window(file: File) -> std::io::Take<File> {
    file.take(MAX_WINDOW_BYTES)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_over_long_line_is_skipped_and_the_next_one_read() {
        let text = format!("{}\nshort\n", "x".repeat(100));
        let mut reader = std::io::BufReader::with_capacity(16, text.as_bytes());
        let mut line = Vec::new();
        assert_eq!(read_line(&mut reader, &mut line, 10).unwrap(), 101);
        assert!(line.is_empty());
        assert_eq!(read_line(&mut reader, &mut line, 10).unwrap(), 6);
        assert_eq!(line, b"short\n");
        assert_eq!(read_line(&mut reader, &mut line, 10).unwrap(), 0);
    }

    #[test]
    fn only_regular_files_are_opened() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("fifo");
        let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
        // SAFETY: a valid C string path.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        assert!(open_regular(&fifo).is_none());
        assert!(open_regular(dir.path()).is_none());
        let file = dir.path().join("t.jsonl");
        std::fs::write(&file, b"{}\n").unwrap();
        assert!(open_regular(&file).is_some());
    }
}
