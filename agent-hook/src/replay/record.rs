//! Replayed payloads through the recorder: one recorder (fresh in-memory state) per harness met,
//! so replaying twice gives identical spans. The `replay` CLI and the tests share it.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

use crate::claude_code;
use crate::recorder::span::SpanRecord;
use crate::recorder::{MemorySink, RecordError, Recorder, RecorderSettings};
use crate::state::MemoryStore;

use super::{ReplayError, ReplaySummary};

/// What a recorded replay did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Recorded {
    /// What the replay read and produced.
    pub summary: ReplaySummary,
    /// Payloads the recorder could not record (logged).
    pub failed_events: usize,
}

/// Why a recorded replay stopped.
#[derive(Debug, thiserror::Error)]
pub enum RecordReplayError {
    /// A path could not be read.
    #[error(transparent)]
    Replay(#[from] ReplayError),
    /// State or spans could not be kept.
    #[error(transparent)]
    Record(#[from] RecordError),
}

/// Replays `paths` (see [`super::collect`]) into span records, handed to `on_spans` as they
/// finish. `settings` gives each harness's recorder settings (source `replay`).
pub fn record(
    paths: &[PathBuf],
    progress: bool,
    settings: &dyn Fn(&str) -> RecorderSettings,
    on_spans: &mut dyn FnMut(Vec<SpanRecord>),
) -> Result<Recorded, RecordReplayError> {
    let memory = Arc::new(MemorySink::default());
    let mut recorders: BTreeMap<String, Recorder> = BTreeMap::new();
    let mut failed_events = 0usize;
    // Replayed events carry their own time; `now` only stands in for one without.
    let now = crate::clock::now_ns();
    let summary = super::collect(paths, progress, &mut |event| {
        let harness = claude_code::harness_of(&event).to_owned();
        let recorder = recorders.entry(harness).or_insert_with_key(|harness| {
            Recorder::new(
                settings(harness),
                Box::new(MemoryStore::default()),
                Box::new(memory.clone()),
            )
        });
        if let Err(e) = claude_code::handle(recorder, &event, now) {
            failed_events += 1;
            tracing::warn!(error = %e, "Replayed event not recorded.");
        }
        on_spans(memory.take());
    })?;
    for recorder in recorders.values() {
        recorder.close_open_prompts()?;
    }
    on_spans(memory.take());
    Ok(Recorded { summary, failed_events })
}
