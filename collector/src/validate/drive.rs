//! Driving labelled sessions through the real code: the hook library (`claude_code::handle`
//! over a `Recorder` with in-memory state) for written sessions, the hook's replay for real
//! transcripts, then the OTLP encoding the sender ships and the collector's own decode and
//! assembly in a temporary data directory. Reusable by tests that want a session's record.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use agent_hook::claude_code;
use agent_hook::recorder::span::SpanRecord;
use agent_hook::recorder::{MemorySink, Recorder, RecorderSettings};
use agent_hook::sender::convert;
use agent_hook::state::MemoryStore;
use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;
use opentelemetry_proto::transform::common::tonic::ResourceAttributesWithSchema;
use opentelemetry_proto::transform::trace::tonic::group_spans_by_resource_and_scope;
use prost::Message;
use serde_json::Value;

use super::labels::{Input, LabelledSession};
use crate::assembler::session::SessionRecord;
use crate::assembler::{AnalyticsConfig, AssembleError, Assembler, span};
use crate::buffer::{Buffer, BufferError};

/// The pseudonym every driven session records under (validation has no users to tell apart).
const PSEUDONYM: &str = "00000000000000000000000000000000";

/// Why a labelled session could not be driven.
#[derive(Debug, thiserror::Error)]
pub enum DriveError {
    /// A session's file cannot be read.
    #[error("cannot read {path}: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// A line of `hooks.jsonl` is not what the format says.
    #[error("{path} line {line}: {reason}")]
    BadHookLine {
        /// The file.
        path: PathBuf,
        /// 1-based.
        line: usize,
        /// What is wrong.
        reason: String,
    },
    /// The temporary transcript or data directory failed.
    #[error("temporary files: {0}")]
    Temp(std::io::Error),
    /// The replay could not run.
    #[error(transparent)]
    Replay(#[from] agent_hook::replay::RecordedError),
    /// The temporary buffer failed.
    #[error(transparent)]
    Buffer(#[from] BufferError),
    /// Assembly failed.
    #[error(transparent)]
    Assemble(#[from] AssembleError),
    /// The collector could not read what the hook's encoding made (a bug worth seeing).
    #[error(transparent)]
    Decode(#[from] span::DecodeError),
}

/// What became of one labelled session.
#[derive(Debug, Clone)]
pub enum Outcome {
    /// Its record as the collector derived it.
    Record(Box<SessionRecord>),
    /// Driven, but the collector holds no record for the session.
    NoRecord,
    /// Not driven: its real transcript is not on this machine.
    TranscriptAbsent(String),
}

/// A labelled session and what the collector made of it.
#[derive(Debug, Clone)]
pub struct Driven {
    /// The labelled session.
    pub session: LabelledSession,
    /// Its record (or why there is none).
    pub outcome: Outcome,
    /// Hook events the recorder refused (0 normally).
    pub failed_events: usize,
}

/// The collector's assembly in a temporary data directory: spans in, session records out.
/// Tests that want a record from hook events or span records use it directly.
pub struct Scratch {
    assembler: Assembler,
    idle_ns: u64,
    // Dropped last: the sled database lives here.
    _data: tempfile::TempDir,
}

impl Scratch {
    /// An empty data directory with the default analytics settings.
    pub fn new() -> Result<Scratch, DriveError> {
        let data = tempfile::tempdir().map_err(DriveError::Temp)?;
        let buffer = Arc::new(Buffer::open(data.path(), 64 << 20)?);
        let config = AnalyticsConfig::default();
        let idle_ns = config.idle_close_secs.saturating_mul(1_000_000_000);
        let assembler = Assembler::new(buffer, config)?;
        Ok(Scratch { assembler, idle_ns, _data: data })
    }

    /// Encodes `spans` as the hook's sender ships them (OTLP protobuf) and assembles what the
    /// collector decodes from that.
    pub fn ingest(&self, spans: Vec<SpanRecord>) -> Result<(), DriveError> {
        let body = export_request(spans).encode_to_vec();
        self.assembler.ingest(span::decode_request(&body)?)?;
        Ok(())
    }

    /// Closes every session: those without an end span by the idle rule, as if the collector's
    /// clock moved one idle period past the newest span.
    pub fn close_all(&self) -> Result<(), DriveError> {
        let newest = self.assembler.store().newest_seen().map_err(AssembleError::from)?;
        self.assembler.advance_clock(newest.saturating_add(self.idle_ns))?;
        Ok(())
    }

    /// A session's record, if the collector made one.
    pub fn record(&self, session_id: &str) -> Result<Option<SessionRecord>, DriveError> {
        Ok(self.assembler.store().session(session_id).map_err(AssembleError::from)?)
    }
}

/// Drives every session and returns each one's record, in the order given.
pub fn drive_all(sessions: &[LabelledSession]) -> Result<Vec<Driven>, DriveError> {
    let scratch = Scratch::new()?;
    // A transcript holding several labelled sessions is replayed once.
    let mut replayed: BTreeMap<PathBuf, usize> = BTreeMap::new();
    let mut plans = Vec::with_capacity(sessions.len());
    for s in sessions {
        let (session_id, failed_events) = match &s.input {
            Input::Hooks { hooks, transcript } => {
                let (ids, spans, failed) = drive_hooks(hooks, transcript)?;
                scratch.ingest(spans)?;
                (ids.into_iter().next(), failed)
            }
            Input::Replay { transcript: Some(path), session_id, .. } => {
                let failed = match replayed.get(path) {
                    Some(failed) => *failed,
                    None => {
                        let (recorded, spans) = agent_hook::replay::record_all(
                            std::slice::from_ref(path),
                            &|harness| settings(harness, "replay"),
                        )?;
                        scratch.ingest(spans)?;
                        replayed.insert(path.clone(), recorded.failed_events);
                        recorded.failed_events
                    }
                };
                (Some(session_id.clone()), failed)
            }
            Input::Replay { transcript: None, .. } => (None, 0),
        };
        plans.push((session_id, failed_events));
    }
    scratch.close_all()?;
    let mut out = Vec::with_capacity(sessions.len());
    for (s, (session_id, failed_events)) in sessions.iter().zip(plans) {
        let outcome = match (&s.input, session_id) {
            (Input::Replay { transcript: None, named, .. }, _) => {
                Outcome::TranscriptAbsent(named.clone())
            }
            (_, None) => Outcome::NoRecord,
            (_, Some(id)) => match scratch.record(&id)? {
                Some(record) => Outcome::Record(Box::new(record)),
                None => Outcome::NoRecord,
            },
        };
        out.push(Driven { session: s.clone(), outcome, failed_events });
    }
    Ok(out)
}

/// The recorder settings of a driven session (also `examples/label_features.rs`'s).
pub fn settings(harness: &str, source: &str) -> RecorderSettings {
    RecorderSettings {
        harness: harness.to_owned(),
        harness_version: None,
        agent_name: harness.to_owned(),
        provider: if harness == "codex" { "openai" } else { "anthropic" }.to_owned(),
        source: source.to_owned(),
        pseudonym: PSEUDONYM.to_owned(),
        team: None,
        capture_content: false,
    }
}

/// Runs a written session's hook events through the hook library as Claude Code would fire
/// them: before each event the transcript holds exactly the lines `transcript_lines` says (no
/// file at all for 0), `transcript_path` points at it, and the hook's clock is `at`. Returns
/// the session ids met (in order), the spans, and the events the recorder refused.
pub fn drive_hooks(
    hooks: &Path,
    transcript: &Path,
) -> Result<(Vec<String>, Vec<SpanRecord>, usize), DriveError> {
    let read = |path: &Path| {
        std::fs::read(path).map_err(|source| DriveError::Read { path: path.to_path_buf(), source })
    };
    let full = read(transcript)?;
    let lines: Vec<&[u8]> = full.split_inclusive(|b| *b == b'\n').collect();
    let dir = tempfile::tempdir().map_err(DriveError::Temp)?;
    let live_path = dir.path().join("transcript.jsonl");
    let live_name = live_path.to_string_lossy().into_owned();
    let mut live: Option<std::fs::File> = None;
    let mut written = 0usize;

    let sink = Arc::new(MemorySink::default());
    let recorder = Recorder::new(
        settings("claude-code", "live"),
        Box::new(MemoryStore::default()),
        Box::new(sink.clone()),
    );
    let mut ids: Vec<String> = Vec::new();
    let mut seen = BTreeSet::new();
    let mut failed = 0usize;
    let file = std::fs::File::open(hooks)
        .map_err(|source| DriveError::Read { path: hooks.to_path_buf(), source })?;
    for (n, line) in BufReader::new(file).lines().enumerate() {
        let bad = |reason: String| DriveError::BadHookLine {
            path: hooks.to_path_buf(),
            line: n + 1,
            reason,
        };
        let line = line.map_err(|source| DriveError::Read { path: hooks.to_path_buf(), source })?;
        if line.trim().is_empty() {
            continue;
        }
        let event: Value = serde_json::from_str(&line).map_err(|e| bad(e.to_string()))?;
        let at = event
            .get("at")
            .and_then(Value::as_str)
            .and_then(agent_hook::clock::parse_rfc3339)
            .ok_or_else(|| bad("`at` is not an RFC 3339 time".into()))?;
        let want = event
            .get("transcript_lines")
            .and_then(Value::as_u64)
            .ok_or_else(|| bad("`transcript_lines` is not a count".into()))?
            as usize;
        if want < written || want > lines.len() {
            return Err(bad(format!(
                "transcript_lines {want} (the transcript has {} lines, {written} already written)",
                lines.len()
            )));
        }
        if want > written || (want > 0 && live.is_none()) {
            let f = match live.as_mut() {
                Some(f) => f,
                None => live.insert(std::fs::File::create(&live_path).map_err(DriveError::Temp)?),
            };
            for l in &lines[written..want] {
                f.write_all(l).map_err(DriveError::Temp)?;
            }
            f.flush().map_err(DriveError::Temp)?;
            written = want;
        }
        let Some(Value::Object(mut payload)) = event.get("payload").cloned() else {
            return Err(bad("`payload` is not an object".into()));
        };
        if let Some(id) = payload.get("session_id").and_then(Value::as_str)
            && seen.insert(id.to_owned())
        {
            ids.push(id.to_owned());
        }
        payload.insert("transcript_path".into(), Value::String(live_name.clone()));
        if let Err(e) = claude_code::handle(&recorder, &Value::Object(payload), at) {
            failed += 1;
            tracing::warn!(error = %e, hooks = %hooks.display(), line = n + 1, "Hook event not recorded.");
        }
    }
    Ok((ids, sink.take(), failed))
}

/// The OTLP export request the hook's sender would make of `spans`.
pub fn export_request(spans: Vec<SpanRecord>) -> ExportTraceServiceRequest {
    let mut by_resource: BTreeMap<_, Vec<_>> = BTreeMap::new();
    for s in &spans {
        if let Some(data) = convert::span_data(s) {
            by_resource.entry(s.resource.clone()).or_default().push(data);
        }
    }
    let resource_spans = by_resource
        .into_iter()
        .flat_map(|(r, data)| {
            let resource = ResourceAttributesWithSchema::from(&convert::resource(&r));
            group_spans_by_resource_and_scope(data, &resource)
        })
        .collect();
    ExportTraceServiceRequest { resource_spans }
}
