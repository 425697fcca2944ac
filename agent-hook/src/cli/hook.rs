//! `agent-hook <harness>` (`claude-code`, `codex`, `gemini-cli`): the hook on the agent's hot
//! path. Reads one payload, records it into the spool, starts the background sender when none
//! runs, and returns. Exit 0 always; stdout is pointed at /dev/null first so nothing (not even a
//! panic) can reach it, and the harness's reply (`{}` for Gemini CLI) is written last, whatever
//! happened.

use agent_hook::config::{Dirs, HookConfig, Overrides};
use agent_hook::deferred::Deferred;
use agent_hook::harness::Harness;
use agent_hook::logfile::LogFile;
use agent_hook::recorder::RecordError;
use agent_hook::state::StateError;
use agent_hook::{payload, sender, setup, spool::Spool};

/// Runs the hook with every failure (bad arguments, I/O, panics) contained and logged.
pub fn run_guarded(harness: &'static Harness, args: &[String]) {
    let stdout = silence_stdout();
    // Everything the hook creates (state, spool, log, locks) is the user's alone.
    // SAFETY: umask only changes this process's file-creation mask.
    unsafe { libc::umask(0o077) };
    let dirs = match Dirs::from_env() {
        Ok(dirs) => dirs,
        Err(e) => {
            // No private place to keep the event or a log: record nothing, say why where the
            // harness shows hook diagnostics, and still exit 0.
            eprintln!("agent-hook: not recording this event: {e}");
            // Take the payload anyway: a harness writing it must not meet a closed pipe.
            let _ = payload::read_bounded(std::io::stdin().lock());
            reply(stdout, harness.reply);
            return;
        }
    };
    let log = LogFile::new(dirs.log_file());
    let panic_log = log.clone();
    let name = harness.name;
    std::panic::set_hook(Box::new(move |info| {
        panic_log.append(&format!("agent-hook {name} panicked: {info}"));
    }));
    let outcome = std::panic::catch_unwind(|| run(harness, args, &dirs));
    if let Ok(Err(e)) = outcome {
        log.append(&format!("agent-hook {name}: {e:#}"));
    }
    reply(stdout, harness.reply);
}

fn run(harness: &Harness, args: &[String], dirs: &Dirs) -> anyhow::Result<()> {
    agent_hook::logfile::init(dirs.log_file(), tracing::Level::WARN);
    let overrides = parse_args(args.get(2..).unwrap_or_default());
    let bytes = payload::read_bounded(std::io::stdin().lock())?;
    let event = payload::parse(&bytes);
    drop(bytes);
    let event = event?;
    let config = HookConfig::load(dirs).unwrap_or_else(|e| {
        tracing::warn!(error = %e, "Config unusable; using defaults.");
        HookConfig::default()
    });
    let target = overrides.explicit_target(&config).unwrap_or_else(|e| {
        tracing::warn!(error = %e, "Bad endpoint/header arguments; using the config's.");
        None
    });
    let settings = setup::settings(dirs, &config, harness.name, "live");
    let recorder = setup::spool_recorder(dirs, settings, target);
    let at = agent_hook::clock::now_ns();
    let deferred = Deferred::new(dirs.deferred());
    // Older deferred events of this session go first; while any is left, this one waits too.
    let session = payload::str_field(&event, "session_id").unwrap_or_default();
    let clear = deferred.drain_session(session, &mut |e| e.record(&recorder));
    let outcome = if clear { harness.handle(&recorder, &event, at) } else { Err(busy()) };
    match outcome {
        Err(RecordError::State(StateError::Busy { .. })) => {
            deferred.push(session, harness.name, at, &event)?;
            tracing::info!(session, "Session state busy; event deferred.");
        }
        Ok(Some(unknown)) => log_unknown_once(dirs, harness, unknown),
        other => {
            other?;
        }
    }
    drop(event);
    if config.background_sender.unwrap_or(true) {
        start_sender_if_idle(dirs);
    }
    Ok(())
}

/// What a hook whose session still has deferred events reports for its own event.
fn busy() -> RecordError {
    RecordError::State(StateError::Busy { path: Default::default(), waited: Default::default() })
}

/// `--endpoint URL` / `--header K=V` / `--ca-file` / `--client-cert` / `--client-key` (also
/// `--x=y`), parsed by hand: clap's setup is a
/// measurable part of a hook that should take a few milliseconds. Anything else is logged and
/// ignored (`agent-hook claude-code --help` documents the flags through clap).
fn parse_args(args: &[String]) -> Overrides {
    let mut o = Overrides::default();
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v.to_owned())),
            _ => (arg.as_str(), None),
        };
        let mut value = || inline.clone().or_else(|| it.next().cloned());
        match flag {
            "--endpoint" => o.endpoint = value(),
            "--header" => o.headers.extend(value()),
            // Paths only: the sender reads and checks the files when it connects.
            "--ca-file" => o.ca_file = value().map(Into::into),
            "--client-cert" => o.client_cert_file = value().map(Into::into),
            "--client-key" => o.client_key_file = value().map(Into::into),
            other => tracing::warn!(arg = other, "Unknown argument to the hook; ignored."),
        }
    }
    o
}

/// Starts `agent-hook send --background` when the spool has batches (or events wait in
/// `deferred`) and no sender runs.
fn start_sender_if_idle(dirs: &Dirs) {
    let idle = Spool::new(dirs.spool()).is_empty() && Deferred::new(dirs.deferred()).is_empty();
    if idle || sender::is_running(dirs) {
        return;
    }
    match std::env::current_exe() {
        Ok(exe) => {
            if let Err(e) = sender::spawn_background(&exe) {
                tracing::warn!(error = %e, "Could not start the background sender.");
            }
        }
        Err(e) => tracing::warn!(error = %e, "Could not find the agent-hook binary."),
    }
}

/// An event this harness version sends that the hook does not know: logged the first time only
/// (a marker file per harness and event), so a newer harness does not fill the log.
fn log_unknown_once(dirs: &Dirs, harness: &Harness, event: &str) {
    let safe: String = event.chars().take(64).filter(char::is_ascii_alphanumeric).collect();
    let marker = dirs.unknown_events().join(format!("{}-{safe}", harness.name));
    if marker.exists() {
        return;
    }
    let _ = std::fs::create_dir_all(dirs.unknown_events());
    let _ = std::fs::File::create(&marker);
    tracing::warn!(harness = harness.name, event = safe, "Unknown hook event; ignored.");
}

/// Writes the harness's reply on the real stdout (`saved`), then closes it.
fn reply(saved: Option<libc::c_int>, text: &str) {
    let Some(fd) = saved else {
        return;
    };
    let mut rest = text.as_bytes();
    // SAFETY: `fd` is the duplicate of stdout this process made and owns.
    unsafe {
        while !rest.is_empty() {
            let n = libc::write(fd, rest.as_ptr().cast(), rest.len());
            if n <= 0 {
                break;
            }
            rest = &rest[n as usize..];
        }
        libc::close(fd);
    }
}

/// Points fd 1 at /dev/null (Claude Code feeds a hook's stdout to the model on some events;
/// Gemini CLI parses it as JSON) and returns a duplicate of the real stdout for [`reply`].
fn silence_stdout() -> Option<libc::c_int> {
    // SAFETY: plain fd syscalls on fds this process owns.
    unsafe {
        // Close-on-exec: the background sender must not hold the harness's pipe open.
        let saved = libc::fcntl(1, libc::F_DUPFD_CLOEXEC, 0);
        let null = libc::open(c"/dev/null".as_ptr(), libc::O_WRONLY);
        if null >= 0 {
            libc::dup2(null, 1);
            libc::close(null);
        } else {
            libc::close(1);
        }
        (saved >= 0).then_some(saved)
    }
}
