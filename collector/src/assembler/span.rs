//! Reads one OTLP span into [`SpanFacts`]: the few attributes of `proto/TELEMETRY.md` the
//! analytics need, nothing else (no raw text is ever kept).

use super::attr::{boolean, count, int, str_attr, string};
use super::compact::{Reader, Writer};
use coxswain_proto::telemetry::{action, common, gen_ai, prompt, resource, span};
use opentelemetry_proto::tonic::common::v1::any_value::Value;
use opentelemetry_proto::tonic::trace::v1::Span;
use prost::Message;

pub use super::attr::{AttrValue, kv};
pub use crate::model::{SpanFacts, SpanKind};

/// Counts in the compact form (formats 1 and 2 stored the first 18).
const COUNTS: usize = 23;

impl SpanFacts {
    /// Compact binary form for the spans tree (session and span id live in the key).
    pub fn encode(&self) -> Vec<u8> {
        let mut w = Writer::with_capacity(96);
        // Format version: 1 without tokens and model, 2 without own words and the v2 prompt
        // features, 3 without the native flag and prompt id, 4 with all.
        w.byte(4);
        w.byte(match self.kind {
            None => 0,
            Some(SpanKind::Prompt) => 1,
            Some(SpanKind::Action) => 2,
            Some(SpanKind::SessionStart) => 3,
            Some(SpanKind::SessionEnd) => 4,
            Some(SpanKind::ModelCall) => 5,
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
        w.int(self.own_words.map(|i| i.saturating_add(1)).unwrap_or(0));
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
        w.byte(u8::from(self.native));
        w.str(&self.prompt_id);
        w.into_bytes()
    }

    /// Reads [`SpanFacts::encode`]'s output (session and span id are left empty).
    pub fn decode(bytes: &[u8]) -> Option<SpanFacts> {
        let mut r = Reader::new(bytes);
        let version = r.byte()?;
        if !(1..=4).contains(&version) {
            return None;
        }
        let kind = match r.byte()? {
            1 => Some(SpanKind::Prompt),
            2 => Some(SpanKind::Action),
            3 => Some(SpanKind::SessionStart),
            4 => Some(SpanKind::SessionEnd),
            5 => Some(SpanKind::ModelCall),
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
        if version >= 3 {
            f.own_words = r.int()?.checked_sub(1);
        }
        let mut c = [0u64; COUNTS];
        let stored = if version < 3 { 18 } else { COUNTS };
        for v in c.iter_mut().take(stored) {
            *v = r.int()?;
        }
        let opens_with_order;
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
            f.listed_items,
            f.contingencies,
            opens_with_order,
            f.named_things,
            f.deliverables,
            f.requirements,
            f.scoped_questions,
            f.learner_asks,
        ] = c;
        f.opens_with_order = opens_with_order != 0;
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
        if version >= 4 {
            f.native = r.byte()? == 1;
            f.prompt_id = r.str()?;
        }
        Some(f)
    }

    fn counts(&self) -> [u64; COUNTS] {
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
            self.listed_items, // reserved before v3 of the classifier (0 in older records)
            self.contingencies, // reserved before v4 (0 in older records)
            u64::from(self.opens_with_order), // reserved (0) before v13
            self.named_things,
            self.deliverables,
            self.requirements,
            self.scoped_questions,
            self.learner_asks,
        ]
    }
}

/// Why a request could not be read.
#[derive(Debug, thiserror::Error)]
pub enum DecodeError {
    /// prost refused a part.
    #[error("undecodable trace request: {0}")]
    Protobuf(#[from] prost::DecodeError),
    /// A length-delimited field runs past the end.
    #[error("undecodable trace request: truncated field")]
    Truncated,
}

/// All Coxswain spans in one buffered `ExportTraceServiceRequest`, in request order (see
/// [`visit_request`]).
pub fn decode_request(body: &[u8]) -> Result<Vec<SpanFacts>, DecodeError> {
    let mut out = Vec::new();
    visit_request(body, |f| out.push(f))?;
    Ok(out)
}

/// Calls `f` with each Coxswain span of one buffered `ExportTraceServiceRequest`, in request
/// order; spans that are not Coxswain's (no conversation id, unknown name) are skipped. The
/// request is walked one span at a time rather than decoded whole, so memory follows what `f`
/// keeps, not the request's size (a small, very compressible request can hold a million spans).
pub fn visit_request(body: &[u8], mut f: impl FnMut(SpanFacts)) -> Result<(), DecodeError> {
    use opentelemetry_proto::tonic::resource::v1::Resource;
    // Attribute keys sit in the protobuf as plain bytes: a request that never names the session
    // key holds no Coxswain span, and skipping its decode keeps the assembler cheap beside heavy
    // foreign traffic (the collector also forwards other services' traces).
    if memchr::memmem::find(body, gen_ai::CONVERSATION_ID.as_bytes()).is_none() {
        return Ok(());
    }
    // ExportTraceServiceRequest.resource_spans = 1; ResourceSpans.resource = 1,
    // .scope_spans = 2; ScopeSpans.spans = 2.
    each_field(body, 1, |rs| {
        let mut resource = Resource::default();
        each_field(rs, 1, |r| Ok(resource.merge(r)?))?;
        let resource_harness = str_attr(&resource.attributes, resource::HARNESS);
        each_field(rs, 2, |ss| {
            each_field(ss, 2, |bytes| {
                if let Some(mut facts) = from_span(&Span::decode(bytes)?) {
                    if facts.harness.is_empty() {
                        facts.harness = resource_harness.clone();
                    }
                    f(facts);
                }
                Ok(())
            })
        })
    })
}

/// Calls `f` with every length-delimited field number `tag` of a protobuf message, in order,
/// skipping the other fields.
pub(super) fn each_field<'a>(
    mut buf: &'a [u8],
    tag: u32,
    mut f: impl FnMut(&'a [u8]) -> Result<(), DecodeError>,
) -> Result<(), DecodeError> {
    use prost::encoding::{DecodeContext, WireType, decode_key, decode_varint, skip_field};
    while !buf.is_empty() {
        let (t, wire) = decode_key(&mut buf)?;
        if t == tag && wire == WireType::LengthDelimited {
            let len =
                usize::try_from(decode_varint(&mut buf)?).map_err(|_| DecodeError::Truncated)?;
            let field = buf.get(..len).ok_or(DecodeError::Truncated)?;
            buf = &buf[len..];
            f(field)?;
        } else {
            skip_field(wire, t, &mut buf, DecodeContext::default())?;
        }
    }
    Ok(())
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
            common::PROMPT_ID => f.prompt_id = string(v),
            prompt::WORDS => f.words = n(),
            prompt::OWN_WORDS => f.own_words = Some(n()),
            prompt::FILE_REFS => f.file_refs = n(),
            prompt::IDENTIFIER_REFS => f.identifier_refs = n(),
            prompt::CONSTRAINTS => f.constraints = n(),
            prompt::ACCEPTANCE_CRITERIA => f.acceptance_criteria = n(),
            prompt::STEPS => f.steps = n(),
            prompt::VERIFICATION_ASKS => f.verification_asks = n(),
            prompt::VAGUE_TERMS => f.vague_terms = n(),
            prompt::NAMED_THINGS => f.named_things = n(),
            prompt::DELIVERABLES => f.deliverables = n(),
            prompt::REQUIREMENTS => f.requirements = n(),
            prompt::LISTED_ITEMS => f.listed_items = n(),
            prompt::CONTINGENCIES => f.contingencies = n(),
            prompt::SCOPED_QUESTIONS => f.scoped_questions = n(),
            prompt::LEARNER_ASKS => f.learner_asks = n(),
            prompt::USER_CORRECTS_AGENT => f.user_corrects_agent = boolean(v),
            prompt::CONFIRMS => f.confirms = boolean(v),
            prompt::REPORTS_FAILURE => f.reports_failure = boolean(v),
            prompt::AGENT_CORRECTS_USER => f.agent_corrects_user = boolean(v),
            prompt::OPENS_WITH_ORDER => f.opens_with_order = boolean(v),
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
            named_things: 7,
            own_words: Some(10),
            learner_asks: 1,
            opens_with_order: true,
            confirms: true,
            subagent: true,
            category: "edit".into(),
            file_extension: "md".into(),
            lines_added: 400,
            output_words: 70_000,
            tokens: Some([3, 900, 120_000, 0]),
            model: "claude-sonnet-4-6".into(),
            native: true,
            prompt_id: "a50257c3".into(),
            ..SpanFacts::default()
        };
        assert_eq!(SpanFacts::decode(&f.encode()), Some(f.clone()));
        let none = SpanFacts { prompt_index: None, ..f };
        assert_eq!(SpanFacts::decode(&none.encode()), Some(none.clone()));
        assert_eq!(SpanFacts::decode(b"\x02junk"), None);
        // Facts stored in format 1 (before tokens, own words and the v2 prompt features) still
        // read, without them.
        let mut w = Writer::with_capacity(64);
        w.byte(1);
        w.byte(1); // a prompt
        for s in ["ab", "u", "codex", "", "stop", "fixing", "", "", "", ""] {
            w.str(s);
        }
        w.int(3); // prompt index 2
        for v in [10, 20, 12, 1, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0] {
            w.int(v);
        }
        w.byte(0b10); // confirms
        let old = SpanFacts::decode(&w.into_bytes()).expect("format 1 reads");
        assert_eq!((old.start, old.end, old.words, old.vague_terms), (10, 20, 12, 2));
        assert_eq!((old.prompt_index, old.own_words, old.tokens), (Some(2), None, None));
        assert!(old.confirms && old.intent == "fixing" && old.named_things == 0);
        assert!(!old.opens_with_order, "the slot was reserved (0) in older records");
    }
}
