//! Writes a planned session as Claude Code would have left it: the hook payloads in the order the
//! hooks fire (`hooks/<id>.jsonl`, one stdin payload per line), the transcript
//! (`transcripts/<id>.jsonl`, subagents under `transcripts/<id>/subagents/`), and for each payload
//! how many transcript lines existed when it fired (`hooks/<id>.marks`), so a driver can grow the
//! transcript as the live session did.

use std::io::Write;
use std::path::Path;

use serde_json::{Value, json};

use crate::clauses::AGENT_CORRECTION;
use crate::clock::iso;
use crate::plan::{End, Session, Step};
use crate::rng::Rng;
use crate::tools::{Action, Outcome};

const VERSION: &str = "2.1.201";

/// Words the agent writes (no lexicon phrase can form from them, in any order).
const WORDS: &[&str] = &[
    "The",
    "loader",
    "reads",
    "each",
    "header",
    "and",
    "keeps",
    "the",
    "budget",
    "in",
    "one",
    "place.",
    "I",
    "updated",
    "function",
    "so",
    "it",
    "handles",
    "empty",
    "input",
    "from",
    "file",
    "lines.",
    "Now",
    "value",
    "map",
    "config",
    "step",
    "edited",
    "output",
    "matches",
    "shape",
    "along",
    "path.",
    "This",
    "builds",
    "structure",
    "for",
    "later",
    "use.",
    "pass",
    "run",
    "clean",
    "diff",
    "adds",
    "two",
    "fields,",
    "helper",
    "code",
    "flow",
    "stays",
    "simple.",
    "Callers",
    "get",
    "clear",
    "message",
    "when",
    "limit",
    "is",
    "hit.",
    "Here",
    "summary",
    "of",
    "changes:",
    "moved",
    "logic",
    "into",
    "module",
    "with",
    "small",
    "tidy",
    "functions.",
];

/// `n` words of agent text starting at a random point of the vocabulary.
pub fn agent_text(rng: &mut Rng, n: usize) -> String {
    let mut out = String::with_capacity(n * 7);
    let mut i = rng.range(0, WORDS.len() - 1);
    for k in 0..n {
        if k > 0 {
            out.push(' ');
        }
        out.push_str(WORDS[i]);
        i = (i + 1) % WORDS.len();
    }
    out
}

struct Transcript<'a> {
    sid: &'a str,
    cwd: &'a str,
    model: &'a str,
    lines: Vec<String>,
    parent: Option<String>,
    now: i64,
    sidechain: Option<String>,
}

impl Transcript<'_> {
    fn push(&mut self, rng: &mut Rng, mut v: Value) -> String {
        let uuid = rng.uuid();
        self.now += rng.range(200, 20_000) as i64;
        let o = v.as_object_mut().expect("object");
        o.insert("parentUuid".into(), json!(self.parent));
        o.insert("isSidechain".into(), json!(self.sidechain.is_some()));
        if let Some(agent) = &self.sidechain {
            o.insert("agentId".into(), json!(agent));
        }
        o.insert("userType".into(), json!("external"));
        o.insert("entrypoint".into(), json!("cli"));
        o.insert("cwd".into(), json!(self.cwd));
        o.insert("sessionId".into(), json!(self.sid));
        o.insert("version".into(), json!(VERSION));
        o.insert("gitBranch".into(), json!("main"));
        o.insert("uuid".into(), json!(uuid));
        o.insert("timestamp".into(), json!(iso(self.now)));
        self.lines.push(v.to_string());
        self.parent = Some(uuid.clone());
        uuid
    }

    fn assistant(&mut self, rng: &mut Rng, block: Value, out_tokens: usize) -> String {
        let msg = json!({
            "model": self.model, "id": format!("msg_01{}", rng.base62(22)), "type": "message",
            "role": "assistant", "content": [block], "stop_reason": null, "stop_sequence": null,
            "usage": {"input_tokens": 3, "cache_creation_input_tokens": 0, "cache_read_input_tokens": 1200,
                      "output_tokens": out_tokens, "service_tier": "standard"},
        });
        let request = format!("req_01{}", rng.base62(22));
        self.push(rng, json!({"type": "assistant", "message": msg, "requestId": request}))
    }

    fn user_prompt(&mut self, rng: &mut Rng, text: &str, prompt_id: &str) {
        self.push(
            rng,
            json!({"type": "user", "promptId": prompt_id, "permissionMode": "default",
            "message": {"role": "user", "content": text}}),
        );
    }

    fn tool_use(&mut self, rng: &mut Rng, a: &Action) -> String {
        self.assistant(
            rng,
            json!({"type": "tool_use", "id": a.tool_use_id, "name": a.tool, "input": a.input}),
            40,
        )
    }

    fn tool_result(&mut self, rng: &mut Rng, a: &Action, assistant_uuid: &str, prompt_id: &str) {
        let (content, is_error, result) = match &a.outcome {
            Outcome::Ok { response, text } => (text.clone(), false, response.clone()),
            Outcome::Failed { error } => (error.clone(), true, json!(format!("Error: {error}"))),
        };
        self.push(rng, json!({"type": "user", "promptId": prompt_id,
            "message": {"role": "user", "content": [{"tool_use_id": a.tool_use_id, "type": "tool_result", "content": content, "is_error": is_error}]},
            "toolUseResult": result, "sourceToolAssistantUUID": assistant_uuid}));
    }
}

struct Hooks {
    base: Value,
    lines: Vec<String>,
    marks: Vec<usize>,
}

impl Hooks {
    fn push(&mut self, event: &str, fields: Value, mark: usize) {
        let mut v = self.base.clone();
        let o = v.as_object_mut().expect("object");
        o.insert("hook_event_name".into(), json!(event));
        if let Value::Object(extra) = fields {
            o.extend(extra);
        }
        self.lines.push(v.to_string());
        self.marks.push(mark);
    }

    fn tool(&mut self, a: &Action, mark_pre: usize, mark_post: usize) {
        let mut pre =
            json!({"tool_name": a.tool, "tool_input": a.input, "tool_use_id": a.tool_use_id});
        let mut post = pre.clone();
        if let Some((id, ty)) = &a.agent {
            for v in [&mut pre, &mut post] {
                v["agent_id"] = json!(id);
                v["agent_type"] = json!(ty);
            }
        }
        self.push("PreToolUse", pre, mark_pre);
        post["duration_ms"] = json!(a.duration_ms);
        match &a.outcome {
            Outcome::Ok { response, .. } => {
                post["tool_response"] = response.clone();
                self.push("PostToolUse", post, mark_post);
            }
            Outcome::Failed { error } => {
                post["error"] = json!(error);
                post["is_interrupt"] = json!(false);
                self.push("PostToolUseFailure", post, mark_post);
            }
        }
    }
}

/// Writes one session's files under `out`.
pub fn write(rng: &mut Rng, s: &Session, out: &Path) -> std::io::Result<()> {
    let transcript_path = out.join("transcripts").join(format!("{}.jsonl", s.id));
    let sub_dir = out.join("transcripts").join(&s.id).join("subagents");
    let cwd = crate::tools::Project::of(s.mode).root;
    let mut t = Transcript {
        sid: &s.id,
        cwd,
        model: s.model,
        lines: Vec::new(),
        parent: None,
        now: s.start_ms,
        sidechain: None,
    };
    let mut h = Hooks {
        base: json!({"session_id": s.id, "transcript_path": transcript_path.to_string_lossy(), "cwd": cwd, "permission_mode": "default"}),
        lines: Vec::new(),
        marks: Vec::new(),
    };
    h.push("SessionStart", json!({"source": "startup", "model": s.model}), 0);
    for p in &s.prompts {
        h.base["prompt_id"] = json!(p.id);
        h.push("UserPromptSubmit", json!({"prompt": p.text}), t.lines.len());
        t.user_prompt(rng, &p.text, &p.id);
        if p.thinking > 0 {
            let thought = agent_text(rng, p.thinking);
            let signature = rng.base62(40);
            t.assistant(
                rng,
                json!({"type": "thinking", "thinking": thought, "signature": signature}),
                10,
            );
        }
        let mut last_text = String::new();
        let mut first_block = true;
        for step in &p.steps {
            match step {
                Step::Text(n) => {
                    let text = if first_block && p.agent_corrects {
                        let lead_words = AGENT_CORRECTION.split_whitespace().count();
                        format!("{AGENT_CORRECTION} {}", agent_text(rng, n - lead_words))
                    } else {
                        agent_text(rng, *n)
                    };
                    first_block = false;
                    t.assistant(rng, json!({"type": "text", "text": text}), n * 4 / 3);
                    last_text = text;
                }
                Step::Act(a) => {
                    let au = t.tool_use(rng, a);
                    let pre_mark = t.lines.len();
                    if a.children.is_empty() {
                        h.tool(a, pre_mark, t.lines.len());
                    } else {
                        subagent(rng, &mut h, &mut t, a, p.id.as_str(), &sub_dir, pre_mark)?;
                    }
                    t.tool_result(rng, a, &au, &p.id);
                }
            }
        }
        match &p.end {
            End::Stop => h.push("Stop", json!({"stop_hook_active": false, "last_assistant_message": last_text}), t.lines.len()),
            End::StopFailure(error) => h.push(
                "StopFailure",
                json!({"error": error, "error_details": format!("API Error: {error}"), "last_assistant_message": last_text}),
                t.lines.len(),
            ),
            End::Interrupt => {
                t.push(rng, json!({"type": "user", "promptId": p.id,
                    "message": {"role": "user", "content": [{"type": "text", "text": "[Request interrupted by user]"}]}}));
            }
        }
    }
    if s.closed {
        h.push("SessionEnd", json!({"reason": s.end_reason}), t.lines.len());
    }
    write_lines(&out.join("hooks").join(format!("{}.jsonl", s.id)), &h.lines)?;
    let marks: Vec<String> = h.marks.iter().map(|m| m.to_string()).collect();
    write_lines(&out.join("hooks").join(format!("{}.marks", s.id)), &marks)?;
    write_lines(&transcript_path, &t.lines)
}

/// The hooks and transcript of a subagent launch: Agent PreToolUse, SubagentStart, the
/// subagent's calls (tagged with `agent_id`), SubagentStop, Agent PostToolUse.
fn subagent(
    rng: &mut Rng,
    h: &mut Hooks,
    t: &mut Transcript<'_>,
    a: &Action,
    prompt_id: &str,
    sub_dir: &Path,
    mark: usize,
) -> std::io::Result<()> {
    let (agent_id, agent_type) = a.children[0].agent.clone().expect("subagent call");
    let path = sub_dir.join(format!("agent-{agent_id}.jsonl"));
    let mut st = Transcript {
        sid: t.sid,
        cwd: t.cwd,
        model: "claude-haiku-4-5",
        lines: Vec::new(),
        parent: None,
        now: t.now,
        sidechain: Some(agent_id.clone()),
    };
    st.push(rng, json!({"type": "user", "promptId": prompt_id, "message": {"role": "user", "content": a.input["prompt"]}}));
    h.push(
        "PreToolUse",
        json!({"tool_name": a.tool, "tool_input": a.input, "tool_use_id": a.tool_use_id}),
        mark,
    );
    h.push("SubagentStart", json!({"agent_id": agent_id, "agent_type": agent_type}), mark);
    for c in &a.children {
        let au = st.tool_use(rng, c);
        h.tool(c, mark, mark);
        st.tool_result(rng, c, &au, prompt_id);
    }
    let summary = "The loader is called from two places.";
    st.assistant(rng, json!({"type": "text", "text": summary}), 12);
    t.now = st.now;
    h.push(
        "SubagentStop",
        json!({"agent_id": agent_id, "agent_type": agent_type, "agent_transcript_path": path.to_string_lossy(),
               "last_assistant_message": summary, "stop_hook_active": false}),
        mark,
    );
    let mut post = json!({"tool_name": a.tool, "tool_input": a.input, "tool_use_id": a.tool_use_id, "duration_ms": a.duration_ms});
    if let Outcome::Ok { response, .. } = &a.outcome {
        post["tool_response"] = response.clone();
    }
    h.push("PostToolUse", post, mark);
    std::fs::create_dir_all(sub_dir)?;
    write_lines(&path, &st.lines)?;
    let meta = json!({"agentType": agent_type, "description": a.input["description"]});
    std::fs::write(sub_dir.join(format!("agent-{agent_id}.meta.json")), meta.to_string())
}

fn write_lines(path: &Path, lines: &[String]) -> std::io::Result<()> {
    let mut f = std::io::BufWriter::new(std::fs::File::create(path)?);
    for l in lines {
        f.write_all(l.as_bytes())?;
        f.write_all(b"\n")?;
    }
    f.flush()
}
