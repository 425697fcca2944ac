//! State shared by all files of one replay run: counts, the subagent-file pool, the sink.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

use crate::transcript::entry::text_field;

use super::discover::SubagentFile;
use super::event::ReplayEvent;
use super::payload::{Agent, Context};
use super::{ReplaySummary, read_lines, subagent};

/// State shared by all files of one replay run.
pub struct Run<'a> {
    /// Counts so far.
    pub summary: ReplaySummary,
    /// Subagent files by agent id; removed once replayed.
    pub subagents: BTreeMap<String, SubagentFile>,
    sessions: HashSet<String>,
    /// Prompts seen per session so far (indexes continue across a session's files).
    prompts: HashMap<String, u64>,
    /// Tool-use ids replayed so far: a resumed session's file copies an earlier file's calls,
    /// which count once.
    pub announced: HashSet<String>,
    /// Human prompt lines replayed so far, by (session id, line uuid), for the same reason.
    prompt_lines: HashSet<(String, String)>,
    sink: &'a mut dyn FnMut(ReplayEvent),
}

impl<'a> Run<'a> {
    /// A run that passes events to `sink`.
    pub fn new(
        subagents: BTreeMap<String, SubagentFile>,
        sink: &'a mut dyn FnMut(ReplayEvent),
    ) -> Run<'a> {
        Run {
            summary: ReplaySummary::default(),
            subagents,
            sessions: HashSet::new(),
            prompts: HashMap::new(),
            announced: HashSet::new(),
            prompt_lines: HashSet::new(),
            sink,
        }
    }

    /// Passes one event on.
    pub fn emit(&mut self, event: ReplayEvent) {
        self.summary.events += 1;
        (self.sink)(event);
    }

    /// Counts a session id once per run; true the first time.
    pub fn see_session(&mut self, id: &str) -> bool {
        let new = self.sessions.insert(id.to_owned());
        if new {
            self.summary.sessions += 1;
        }
        new
    }

    /// Counts a human prompt line once per run; false when it was replayed already.
    pub fn see_prompt_line(&mut self, session_id: &str, uuid: &str) -> bool {
        self.prompt_lines.insert((session_id.to_owned(), uuid.to_owned()))
    }

    /// The index of the session's next prompt in this run (and counts the prompt).
    pub fn next_prompt_index(&mut self, session_id: &str) -> u64 {
        let n = self.prompts.entry(session_id.to_owned()).or_insert(0);
        *n += 1;
        *n - 1
    }
}

/// Replays a subagent file that no parent claimed, in its own lines' session.
pub fn replay_orphan(run: &mut Run<'_>, id: &str, file: &SubagentFile) {
    let session_id = read_lines_first_session(&file.path).unwrap_or_else(|| "unknown".to_owned());
    run.see_session(&session_id);
    let ctx = Context {
        session_id,
        transcript_path: file.path.display().to_string(),
        agent: Some(Agent { id: id.to_owned(), kind: file.agent_type.clone() }),
        ..Context::default()
    };
    let mut announced = std::mem::take(&mut run.announced);
    subagent::replay(run, &file.path, &ctx, &mut announced);
    run.announced = announced;
}

fn read_lines_first_session(path: &Path) -> Option<String> {
    let mut scratch = ReplaySummary::default();
    read_lines(path, &mut scratch)
        .into_iter()
        .flatten()
        .find_map(|l| text_field(&l, "sessionId").map(str::to_owned))
}
