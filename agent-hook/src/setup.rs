//! Assembling a recorder from the config and directories: the live hook, replays and embedding
//! harnesses all start here.

use crate::config::{Dirs, HookConfig, Target};
use crate::recorder::{Recorder, RecorderSettings, SpanSink, SpoolSink};
use crate::signals::pseudonym;
use crate::spool::Spool;
use crate::state::{FileStore, StateStore};

/// Settings for `harness` from the config: pseudonym (the operator's key, else the
/// installation's), team, content capture.
pub fn settings(dirs: &Dirs, config: &HookConfig, harness: &str, source: &str) -> RecorderSettings {
    let key = match &config.pseudonym_key {
        Some(k) if !k.is_empty() => k.as_bytes().to_vec(),
        _ => pseudonym::installation_key(&dirs.pseudonym_key()),
    };
    let provider = crate::harness::by_name(harness).map_or("unknown", |h| h.provider);
    RecorderSettings {
        harness: harness.to_owned(),
        harness_version: None,
        agent_name: harness.to_owned(),
        provider: provider.to_owned(),
        source: source.to_owned(),
        pseudonym: pseudonym::pseudonym(&key, &pseudonym::local_identity()),
        team: config.team.clone(),
        capture_content: config.capture_content,
    }
}

/// A live recorder: state in the state dir, spans into the spool (with `target` when explicit).
pub fn spool_recorder(dirs: &Dirs, settings: RecorderSettings, target: Option<Target>) -> Recorder {
    let store: Box<dyn StateStore> = Box::new(FileStore::new(dirs.sessions()));
    let sink: Box<dyn SpanSink> = Box::new(SpoolSink { spool: Spool::new(dirs.spool()), target });
    Recorder::new(settings, store, sink)
}
