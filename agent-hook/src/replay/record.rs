//! Recording a replay: the typed events go straight into one recorder per harness (fresh in-memory state, so a replay is idempotent), and open windows are closed
//! at the end. The CLI spools the spans; `coxswain validate` assembles them in memory.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

use crate::recorder::span::SpanRecord;
use crate::recorder::{MemorySink, RecordError, Recorder, RecorderSettings};
use crate::state::MemoryStore;

use super::{ReplayError, ReplaySummary};

/// What a recorded replay did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Recorded {
    /// What the replay read and produced.
    pub summary: ReplaySummary,
    /// Payloads the recorder refused (logged; the rest of the replay goes on).
    pub failed_events: usize,
}

/// Replays `paths` into the recorders; `settings` gives each harness met its
/// recorder's settings. `on_spans` receives finished spans as they are made (after every event,
/// and once more after the open windows are closed).
pub fn record(
    paths: &[PathBuf],
    progress: bool,
    settings: &dyn Fn(&str) -> RecorderSettings,
    on_spans: &mut dyn FnMut(Vec<SpanRecord>),
) -> Result<Recorded, RecordedError> {
    let memory = Arc::new(MemorySink::default());
    let mut recorders: BTreeMap<String, Recorder> = BTreeMap::new();
    let mut failed_events = 0usize;
    // Replayed payloads carry their own time; this one is used only when a line has none.
    let now = crate::clock::now_ns();
    let summary = super::collect(paths, progress, &mut |event| {
        let harness = event.harness.name.to_owned();
        let recorder = recorders.entry(harness).or_insert_with_key(|harness| {
            Recorder::new(
                settings(harness),
                Box::new(MemoryStore::default()),
                Box::new(memory.clone()),
            )
        });
        if let Err(e) = event.record(recorder, now) {
            failed_events += 1;
            tracing::warn!(error = %e, "Replayed event not recorded.");
        }
        let spans = memory.take();
        if !spans.is_empty() {
            on_spans(spans);
        }
    })?;
    for recorder in recorders.values() {
        recorder.close_open_prompts()?;
    }
    on_spans(memory.take());
    Ok(Recorded { summary, failed_events })
}

/// Everything [`record`] collects into memory, for callers that want the whole set.
pub fn record_all(
    paths: &[PathBuf],
    settings: &dyn Fn(&str) -> RecorderSettings,
) -> Result<(Recorded, Vec<SpanRecord>), RecordedError> {
    let mut all = Vec::new();
    let recorded = record(paths, false, settings, &mut |mut spans| all.append(&mut spans))?;
    Ok((recorded, all))
}

/// Why a recorded replay stopped.
#[derive(Debug, thiserror::Error)]
pub enum RecordedError {
    /// The paths could not be read.
    #[error(transparent)]
    Replay(#[from] ReplayError),
    /// Closing the open windows failed.
    #[error(transparent)]
    Record(#[from] RecordError),
}
