//! The hook's own log: problems go to `hook.log` in the state dir (never stdout, never the
//! agent's terminal), capped in size by rotating to `hook.log.1`.

use std::fs::OpenOptions;
use std::io::Write;
use std::path::PathBuf;

/// Rotate once the log passes this size.
const MAX_LOG_BYTES: u64 = 1024 * 1024;

/// A `tracing` writer that appends to the log file, opening it only when something is logged.
#[derive(Clone)]
pub struct LogFile {
    path: PathBuf,
}

impl LogFile {
    /// The log at `path`.
    pub fn new(path: PathBuf) -> LogFile {
        LogFile { path }
    }

    /// Appends one line (used before tracing is set up, e.g. from the panic hook).
    pub fn append(&self, line: &str) {
        let mut w = self.open();
        let _ = writeln!(w, "{line}");
    }

    fn open(&self) -> Box<dyn Write> {
        if self.path.metadata().map(|m| m.len() > MAX_LOG_BYTES).unwrap_or(false) {
            let _ = std::fs::rename(&self.path, self.path.with_extension("log.1"));
        }
        use std::os::unix::fs::OpenOptionsExt;
        // Owner-only: the log can name paths and endpoints.
        match OpenOptions::new().create(true).append(true).mode(0o600).open(&self.path) {
            Ok(f) => Box::new(f),
            Err(_) => Box::new(std::io::sink()),
        }
    }
}

impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for LogFile {
    type Writer = Box<dyn Write>;

    fn make_writer(&'a self) -> Self::Writer {
        self.open()
    }
}

/// Sends `tracing` events at `level` and above to `path`; `AGENT_HOOK_LOG` (an env-filter
/// directive such as `debug`) overrides the level.
pub fn init(path: PathBuf, level: tracing::Level) {
    let builder = tracing_subscriber::fmt().with_writer(LogFile::new(path)).with_ansi(false);
    let _ = match std::env::var("AGENT_HOOK_LOG")
        .ok()
        .and_then(|s| tracing_subscriber::EnvFilter::try_new(s).ok())
    {
        Some(filter) => builder.with_env_filter(filter).try_init(),
        None => builder.with_max_level(level).try_init(),
    };
}
