//! Reads one OTLP span into [`SpanFacts`]: the few attributes of `proto/TELEMETRY.md` the
//! analytics need, nothing else (no raw text is ever kept).

use coxswain_proto::telemetry::{action, common, gen_ai, prompt, resource, span};
use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;
use opentelemetry_proto::tonic::common::v1::{KeyValue, any_value::Value};
use opentelemetry_proto::tonic::trace::v1::Span;
use prost::Message;
use serde::{Deserialize, Serialize};

use super::attr::{boolean, count, int, str_attr, string};
use super::compact::{Reader, Writer};

pub use super::attr::{AttrValue, kv};

/// What a Coxswain span is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SpanKind {
    /// `invoke_agent …`: one prompt.
    Prompt,
    /// `execute_tool …`: one action.
    Action,
    /// `coxswain.session.start`.
    SessionStart,
    /// `coxswain.session.end`.
    SessionEnd,
}

/// The analytics' view of one span. Absent attributes read as zero / false / empty.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SpanFacts {
    /// `gen_ai.conversation.id`.
    #[serde(skip)]
    pub session_id: String,
    /// The span id (8 bytes).
    #[serde(skip)]
    pub span_id: [u8; 8],
    /// Kind (always set on decoded spans).
    pub kind: Option<SpanKind>,
    /// The trace id (16 bytes) as hex.
    pub trace: String,
    /// Start, Unix nanoseconds.
    pub start: u64,
    /// End, Unix nanoseconds.
    pub end: u64,
    /// `enduser.pseudo.id`.
    pub user: String,
    /// `coxswain.harness` (span, else resource).
    pub harness: String,
    /// `coxswain.team`.
    pub team: String,
    /// `coxswain.prompt.index`, when present.
    pub prompt_index: Option<u64>,
    /// Prompt features (prompt spans).
    pub words: u64,
    pub file_refs: u64,
    pub identifier_refs: u64,
    pub constraints: u64,
    pub acceptance_criteria: u64,
    pub steps: u64,
    pub verification_asks: u64,
    pub vague_terms: u64,
    pub user_corrects_agent: bool,
    pub confirms: bool,
    pub reports_failure: bool,
    pub agent_corrects_user: bool,
    pub user_planning_decisions: u64,
    pub user_execution_decisions: u64,
    pub output_words: u64,
    pub end_reason: String,
    pub intent: String,
    /// Action facts (action spans).
    pub category: String,
    pub command_kind: String,
    pub test_outcome: String,
    pub commit: bool,
    pub failed: bool,
    pub retry: bool,
    pub subagent: bool,
    pub file_extension: String,
    pub lines_added: u64,
    pub lines_removed: u64,
    /// Prompt spans: the main agent's tokens `[input, output, cache read, cache creation]`
    /// (`gen_ai.usage.*`); `None` when the hook sent none (missing, never zero).
    pub tokens: Option<[u64; 4]>,
    /// Prompt spans: `gen_ai.response.model`.
    pub model: String,
}

impl SpanFacts {
    /// The span's time for idle closing: its end, or its start when it has no end.
    pub fn time(&self) -> u64 {
        self.end.max(self.start)
    }

    /// Compact binary form for the spans tree (session and span id live in the key).
    pub fn encode(&self) -> Vec<u8> {
        let mut w = Writer::with_capacity(96);
        w.byte(2); // format version (1: without tokens and model)
        w.byte(match self.kind {
            None => 0,
            Some(SpanKind::Prompt) => 1,
            Some(SpanKind::Action) => 2,
            Some(SpanKind::SessionStart) => 3,
            Some(SpanKind::SessionEnd) => 4,
        });
        for s in
            [&self.trace, &self.user, &self.harness, &self.team, &self.end_reason, &self.intent]
        {
            w.str(s);
        }
        for s in [&self.category, &self.command_kind, &self.test_outcome, &self.file_extension] {
            w.str(s);
        }
        w.int(self.prompt_index.map(|i| i.saturating_add(1)).unwrap_or(0));
        for v in self.counts() {
            w.int(v);
        }
        let flags = [
            self.user_corrects_agent,
            self.confirms,
            self.reports_failure,
            self.agent_corrects_user,
            self.commit,
            self.failed,
            self.retry,
            self.subagent,
        ];
        w.byte(flags.iter().enumerate().fold(0u8, |acc, (i, f)| acc | (u8::from(*f) << i)));
        w.str(&self.model);
        w.byte(u8::from(self.tokens.is_some()));
        for v in self.tokens.unwrap_or_default() {
            w.int(v);
        }
        w.into_bytes()
    }

    /// Reads [`SpanFacts::encode`]'s output (session and span id are left empty).
    pub fn decode(bytes: &[u8]) -> Option<SpanFacts> {
        let mut r = Reader::new(bytes);
        let version = r.byte()?;
        if !(1..=2).contains(&version) {
            return None;
        }
        let kind = match r.byte()? {
            1 => Some(SpanKind::Prompt),
            2 => Some(SpanKind::Action),
            3 => Some(SpanKind::SessionStart),
            4 => Some(SpanKind::SessionEnd),
            _ => None,
        };
        let mut f = SpanFacts { kind, ..SpanFacts::default() };
        f.trace = r.str()?;
        f.user = r.str()?;
        f.harness = r.str()?;
        f.team = r.str()?;
        f.end_reason = r.str()?;
        f.intent = r.str()?;
        f.category = r.str()?;
        f.command_kind = r.str()?;
        f.test_outcome = r.str()?;
        f.file_extension = r.str()?;
        f.prompt_index = r.int()?.checked_sub(1);
        let mut c = [0u64; 18];
        for v in c.iter_mut() {
            *v = r.int()?;
        }
        [
            f.start,
            f.end,
            f.words,
            f.file_refs,
            f.identifier_refs,
            f.constraints,
            f.acceptance_criteria,
            f.steps,
            f.verification_asks,
            f.vague_terms,
            f.user_planning_decisions,
            f.user_execution_decisions,
            f.output_words,
            f.lines_added,
            f.lines_removed,
            _,
            _,
            _,
        ] = c;
        let b = r.byte()?;
        let bit = |i: u8| b & (1 << i) != 0;
        f.user_corrects_agent = bit(0);
        f.confirms = bit(1);
        f.reports_failure = bit(2);
        f.agent_corrects_user = bit(3);
        f.commit = bit(4);
        f.failed = bit(5);
        f.retry = bit(6);
        f.subagent = bit(7);
        if version >= 2 {
            f.model = r.str()?;
            let present = r.byte()? == 1;
            let tokens = [r.int()?, r.int()?, r.int()?, r.int()?];
            f.tokens = present.then_some(tokens);
        }
        Some(f)
    }

    fn counts(&self) -> [u64; 18] {
        [
            self.start,
            self.end,
            self.words,
            self.file_refs,
            self.identifier_refs,
            self.constraints,
            self.acceptance_criteria,
            self.steps,
            self.verification_asks,
            self.vague_terms,
            self.user_planning_decisions,
            self.user_execution_decisions,
            self.output_words,
            self.lines_added,
            self.lines_removed,
            0, // reserved
            0,
            0,
        ]
    }
}

/// Why a request could not be read.
#[derive(Debug, thiserror::Error)]
#[error("undecodable trace request: {0}")]
pub struct DecodeError(#[from] prost::DecodeError);

/// All Coxswain spans in one buffered `ExportTraceServiceRequest`, in request order. Spans that
/// are not Coxswain's (no conversation id, unknown name) are skipped.
pub fn decode_request(body: &[u8]) -> Result<Vec<SpanFacts>, DecodeError> {
    // Attribute keys sit in the protobuf as plain bytes: a request that never names the session
    // key holds no Coxswain span, and skipping its decode keeps the assembler cheap beside heavy
    // foreign traffic (the collector also forwards other services' traces).
    if memchr::memmem::find(body, gen_ai::CONVERSATION_ID.as_bytes()).is_none() {
        return Ok(Vec::new());
    }
    let request = ExportTraceServiceRequest::decode(body)?;
    let mut out = Vec::new();
    for rs in &request.resource_spans {
        let resource_attrs: &[KeyValue] =
            rs.resource.as_ref().map(|r| r.attributes.as_slice()).unwrap_or(&[]);
        let resource_harness = str_attr(resource_attrs, resource::HARNESS);
        for ss in &rs.scope_spans {
            for s in &ss.spans {
                if let Some(mut facts) = from_span(s) {
                    if facts.harness.is_empty() {
                        facts.harness = resource_harness.clone();
                    }
                    out.push(facts);
                }
            }
        }
    }
    Ok(out)
}

/// One span, when it is Coxswain's.
pub fn from_span(s: &Span) -> Option<SpanFacts> {
    if s.span_id.len() != 8 {
        return None;
    }
    let mut f = SpanFacts::default();
    let mut op = "";
    let mut tokens: [Option<u64>; 4] = [None; 4];
    // One pass over the attributes; a repeated key's last value wins.
    for a in &s.attributes {
        let Some(v) = a.value.as_ref().and_then(|v| v.value.as_ref()) else {
            continue;
        };
        let n = || count(v);
        match a.key.as_str() {
            gen_ai::CONVERSATION_ID => f.session_id = string(v),
            gen_ai::OPERATION_NAME => op = if let Value::StringValue(x) = v { x } else { "" },
            gen_ai::ENDUSER_PSEUDO_ID => f.user = string(v),
            common::HARNESS => f.harness = string(v),
            common::TEAM => f.team = string(v),
            common::PROMPT_INDEX => f.prompt_index = int(v).map(|i| i.max(0) as u64),
            prompt::WORDS => f.words = n(),
            prompt::FILE_REFS => f.file_refs = n(),
            prompt::IDENTIFIER_REFS => f.identifier_refs = n(),
            prompt::CONSTRAINTS => f.constraints = n(),
            prompt::ACCEPTANCE_CRITERIA => f.acceptance_criteria = n(),
            prompt::STEPS => f.steps = n(),
            prompt::VERIFICATION_ASKS => f.verification_asks = n(),
            prompt::VAGUE_TERMS => f.vague_terms = n(),
            prompt::USER_CORRECTS_AGENT => f.user_corrects_agent = boolean(v),
            prompt::CONFIRMS => f.confirms = boolean(v),
            prompt::REPORTS_FAILURE => f.reports_failure = boolean(v),
            prompt::AGENT_CORRECTS_USER => f.agent_corrects_user = boolean(v),
            prompt::USER_PLANNING_DECISIONS => f.user_planning_decisions = n(),
            prompt::USER_EXECUTION_DECISIONS => f.user_execution_decisions = n(),
            prompt::OUTPUT_WORDS => f.output_words = n(),
            prompt::END_REASON => f.end_reason = string(v),
            prompt::INTENT => f.intent = string(v),
            action::CATEGORY => f.category = string(v),
            action::COMMAND_KIND => f.command_kind = string(v),
            action::TEST_OUTCOME => f.test_outcome = string(v),
            action::COMMIT => f.commit = boolean(v),
            action::FAILED => f.failed = boolean(v),
            action::RETRY => f.retry = boolean(v),
            action::SUBAGENT => f.subagent = boolean(v),
            action::FILE_EXTENSION => f.file_extension = string(v).to_ascii_lowercase(),
            action::LINES_ADDED => f.lines_added = n(),
            action::LINES_REMOVED => f.lines_removed = n(),
            gen_ai::USAGE_INPUT_TOKENS => tokens[0] = Some(n()),
            gen_ai::USAGE_OUTPUT_TOKENS => tokens[1] = Some(n()),
            gen_ai::USAGE_CACHE_READ_INPUT_TOKENS => tokens[2] = Some(n()),
            gen_ai::USAGE_CACHE_CREATION_INPUT_TOKENS => tokens[3] = Some(n()),
            gen_ai::RESPONSE_MODEL => f.model = string(v),
            _ => {}
        }
    }
    if tokens.iter().any(Option::is_some) {
        f.tokens = Some(tokens.map(Option::unwrap_or_default));
    }
    if f.session_id.is_empty() {
        return None;
    }
    let kind = if s.name == span::SESSION_START {
        SpanKind::SessionStart
    } else if s.name == span::SESSION_END {
        SpanKind::SessionEnd
    } else if op == gen_ai::OP_INVOKE_AGENT || s.name.starts_with(span::INVOKE_AGENT) {
        SpanKind::Prompt
    } else if op == gen_ai::OP_EXECUTE_TOOL || s.name.starts_with(span::EXECUTE_TOOL) {
        SpanKind::Action
    } else {
        return None;
    };
    f.kind = Some(kind);
    f.span_id.copy_from_slice(&s.span_id);
    f.trace = hex::encode(&s.trace_id);
    f.start = s.start_time_unix_nano;
    f.end = s.end_time_unix_nano;
    Some(f)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn span_facts_survive_the_compact_encoding() {
        let f = SpanFacts {
            kind: Some(SpanKind::Action),
            trace: "ab".repeat(16),
            start: 1_768_471_200_000_000_000,
            end: 1_768_471_201_000_000_000,
            user: "u".into(),
            harness: "codex".into(),
            prompt_index: Some(0),
            words: 12,
            vague_terms: 3,
            confirms: true,
            subagent: true,
            category: "edit".into(),
            file_extension: "md".into(),
            lines_added: 400,
            output_words: 70_000,
            tokens: Some([3, 900, 120_000, 0]),
            model: "claude-sonnet-4-6".into(),
            ..SpanFacts::default()
        };
        assert_eq!(SpanFacts::decode(&f.encode()), Some(f.clone()));
        let none = SpanFacts { prompt_index: None, ..f };
        assert_eq!(SpanFacts::decode(&none.encode()), Some(none.clone()));
        assert_eq!(SpanFacts::decode(b"\x02junk"), None);
        // Facts stored before tokens existed (format 1) still read, without tokens.
        let bare = SpanFacts { tokens: None, model: String::new(), ..none };
        let mut old = bare.encode();
        old[0] = 1;
        old.truncate(old.len() - 6); // empty model, absent flag, four zeros
        assert_eq!(SpanFacts::decode(&old), Some(bare));
    }
}
