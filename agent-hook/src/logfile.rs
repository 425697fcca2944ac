//! The hook's own log: problems go to `hook.log` in the state dir (never stdout, never the
//! agent's terminal), capped in size by rotating to `hook.log.1`.

use std::fmt::Write as _;
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
    let Some(filter) = std::env::var("AGENT_HOOK_LOG")
        .ok()
        .and_then(|s| tracing_subscriber::EnvFilter::try_new(s).ok())
    else {
        let _ = tracing::subscriber::set_global_default(Lines { log: LogFile::new(path), level });
        return;
    };
    let _ = tracing_subscriber::fmt()
        .with_writer(LogFile::new(path))
        .with_ansi(false)
        .with_env_filter(filter)
        .try_init();
}

/// Events as lines (`unix-seconds LEVEL target: message key=value`), spans ignored: the hook
/// opens none, and `tracing_subscriber`'s registry, made for spans, costs every hook process
/// more start-up work than reading its session state does.
struct Lines {
    log: LogFile,
    level: tracing::Level,
}

impl tracing::Subscriber for Lines {
    fn enabled(&self, metadata: &tracing::Metadata<'_>) -> bool {
        *metadata.level() <= self.level
    }

    fn max_level_hint(&self) -> Option<tracing::level_filters::LevelFilter> {
        Some(self.level.into())
    }

    fn new_span(&self, _: &tracing::span::Attributes<'_>) -> tracing::span::Id {
        tracing::span::Id::from_u64(1)
    }

    fn record(&self, _: &tracing::span::Id, _: &tracing::span::Record<'_>) {}

    fn record_follows_from(&self, _: &tracing::span::Id, _: &tracing::span::Id) {}

    fn event(&self, event: &tracing::Event<'_>) {
        let ns = crate::clock::now_ns();
        let meta = event.metadata();
        let mut line = format!(
            "{}.{:03} {:>5} {}: ",
            ns / 1_000_000_000,
            ns / 1_000_000 % 1000,
            meta.level(),
            meta.target()
        );
        event.record(&mut Fields(&mut line));
        self.log.append(&line);
    }

    fn enter(&self, _: &tracing::span::Id) {}

    fn exit(&self, _: &tracing::span::Id) {}
}

/// Writes an event's message, then its other fields as `key=value`.
struct Fields<'a>(&'a mut String);

impl tracing::field::Visit for Fields<'_> {
    fn record_str(&mut self, field: &tracing::field::Field, value: &str) {
        if field.name() == "message" {
            self.0.push_str(value);
        } else {
            let _ = write!(self.0, " {}={value}", field.name());
        }
    }

    fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
        if field.name() == "message" {
            let _ = write!(self.0, "{value:?}");
        } else {
            let _ = write!(self.0, " {}={value:?}", field.name());
        }
    }
}
