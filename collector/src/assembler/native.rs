//! Reads the harnesses' own telemetry (OTLP log events of Claude Code, Codex CLI and Gemini CLI,
//! named in `coxswain_proto::telemetry::native`) into [`SpanFacts`] marked `native`: a prompt per
//! `user_prompt`, an action per tool result, a model call per API request or error. Only counts,
//! names, ids and flags are read; prompt text, tool input and output never are, and users are
//! keyed by a pseudonym of their account id (an email is never read).

use coxswain_proto::ids;
use coxswain_proto::telemetry::native::{self, claude_code as cc, codex, gemini_cli as gem};
use coxswain_proto::telemetry::{common, tools};
use hmac::{Hmac, Mac};
use opentelemetry_proto::tonic::common::v1::KeyValue;
use opentelemetry_proto::tonic::common::v1::any_value::Value;
use opentelemetry_proto::tonic::logs::v1::LogRecord;
use opentelemetry_proto::tonic::resource::v1::Resource;
use prost::Message;
use sha2::Sha256;

use super::attr::{boolean, count, str_attr, string};
use super::span::{DecodeError, each_field};
use crate::model::{SpanFacts, SpanKind};

/// Whether a logs body may hold native events: their names sit in it as plain bytes.
pub fn mentions_native(body: &[u8]) -> bool {
    native::PREFIXES.iter().any(|p| memchr::memmem::find(body, p.as_bytes()).is_some())
}

/// The sled tree and key of the collector's pseudonym key for native users.
const KEY_TREE: &str = "native_pseudonym";
const KEY_NAME: &[u8] = b"key";

/// The collector's key for native users' pseudonyms: random, created on first use, kept in the
/// data directory's database (a rebuild keeps it, so pseudonyms stay stable).
pub fn pseudonym_key(db: &sled::Db) -> Result<Vec<u8>, sled::Error> {
    let tree = db.open_tree(KEY_TREE)?;
    if let Some(k) = tree.get(KEY_NAME)? {
        return Ok(k.to_vec());
    }
    let fresh = rand::random::<[u8; 32]>().to_vec();
    // Concurrent first uses agree on whichever key was stored first.
    match tree.compare_and_swap(KEY_NAME, None as Option<&[u8]>, Some(fresh.clone()))? {
        Ok(()) => {
            tree.flush()?;
            Ok(fresh)
        }
        Err(e) => Ok(e.current.map(|c| c.to_vec()).unwrap_or(fresh)),
    }
}

/// `enduser.pseudo.id` of a native user: HMAC-SHA-256 of `attribute=value` under `key`, the
/// same construction the hook uses (with the collector's key, so it differs from the hook's).
fn pseudonym(key: &[u8], attribute: &str, id: &str) -> String {
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(key) else {
        return String::new();
    };
    mac.update(attribute.as_bytes());
    mac.update(b"=");
    mac.update(id.as_bytes());
    hex::encode(&mac.finalize().into_bytes()[..16])
}

/// Calls `f` with the fact of each native event in one buffered `ExportLogsServiceRequest`;
/// other log records are skipped. Walked one record at a time, like trace requests. Times after
/// `latest` (Unix ns) are read as `latest`.
pub fn visit_request(
    body: &[u8],
    key: &[u8],
    latest: u64,
    mut f: impl FnMut(SpanFacts),
) -> Result<(), DecodeError> {
    if !mentions_native(body) {
        return Ok(());
    }
    // ExportLogsServiceRequest.resource_logs = 1; ResourceLogs.resource = 1, .scope_logs = 2;
    // ScopeLogs.log_records = 2.
    each_field(body, 1, |rl| {
        let mut resource = Resource::default();
        each_field(rl, 1, |r| Ok(resource.merge(r)?))?;
        each_field(rl, 2, |sl| {
            each_field(sl, 2, |bytes| {
                if let Some(mut facts) = from_record(&LogRecord::decode(bytes)?, &resource, key) {
                    facts.start = facts.start.min(latest);
                    facts.end = facts.end.min(latest);
                    f(facts);
                }
                Ok(())
            })
        })
    })
}

/// What one native event is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Event {
    Prompt,
    ToolResult,
    /// Tokens (and the model) of one response.
    Usage,
    /// A failed model call.
    ApiError,
    /// Codex `api_request`: failed only when it names an error.
    CodexRequest,
}

/// Every native event the collector reads: its name, harness and what it is.
const EVENTS: &[(&str, &str, Event)] = {
    use native::harness::{CLAUDE_CODE, CODEX, GEMINI_CLI};
    &[
        (cc::USER_PROMPT, CLAUDE_CODE, Event::Prompt),
        (cc::TOOL_RESULT, CLAUDE_CODE, Event::ToolResult),
        (cc::API_REQUEST, CLAUDE_CODE, Event::Usage),
        (cc::API_ERROR, CLAUDE_CODE, Event::ApiError),
        (codex::USER_PROMPT, CODEX, Event::Prompt),
        (codex::TOOL_RESULT, CODEX, Event::ToolResult),
        (codex::SSE_EVENT, CODEX, Event::Usage),
        (codex::API_REQUEST, CODEX, Event::CodexRequest),
        (gem::USER_PROMPT, GEMINI_CLI, Event::Prompt),
        (gem::TOOL_CALL, GEMINI_CLI, Event::ToolResult),
        (gem::API_RESPONSE, GEMINI_CLI, Event::Usage),
        (gem::API_ERROR, GEMINI_CLI, Event::ApiError),
    ]
};

/// The event's name, harness and kind: from the record's body (Claude Code), else `event.name`
/// as is (Codex, Gemini CLI) or with Claude Code's prefix (Claude Code puts the short name
/// there).
fn name_of(r: &LogRecord) -> Option<(&'static str, &'static str, Event)> {
    let body = match r.body.as_ref().and_then(|b| b.value.as_ref()) {
        Some(Value::StringValue(s)) => s.as_str(),
        _ => "",
    };
    let attr = str_attr(&r.attributes, native::EVENT_NAME);
    let prefixed = format!("{}{attr}", cc::PREFIX);
    [body, attr.as_str(), prefixed.as_str()]
        .iter()
        .find_map(|c| EVENTS.iter().find(|(n, _, _)| n == c).copied())
}

/// The value of `key` on the record, else on its resource.
fn lookup<'a>(r: &'a LogRecord, resource: &'a Resource, key: &str) -> Option<&'a Value> {
    let find = |attrs: &'a [KeyValue]| {
        attrs.iter().rev().find(|a| a.key == key).and_then(|a| a.value.as_ref()?.value.as_ref())
    };
    find(&r.attributes).or_else(|| find(&resource.attributes))
}

/// One native event's fact, when the collector reads the event and it names its session.
fn from_record(r: &LogRecord, resource: &Resource, key: &[u8]) -> Option<SpanFacts> {
    let (name, harness, event) = name_of(r)?;
    let text = |k: &str| lookup(r, resource, k).map(string).unwrap_or_default();
    let num = |k: &str| lookup(r, resource, k).map(count);
    let flag = |k: &str| lookup(r, resource, k).map(boolean);
    let session_key =
        if harness == native::harness::CODEX { codex::CONVERSATION_ID } else { cc::SESSION_ID };
    let session_id = text(session_key);
    if session_id.is_empty() {
        return None;
    }
    let time = match r.time_unix_nano {
        0 => r.observed_time_unix_nano,
        t => t,
    };
    let prompt_id = match harness {
        native::harness::CLAUDE_CODE => text(cc::PROMPT_ID),
        native::harness::GEMINI_CLI => text(gem::PROMPT_ID),
        _ => String::new(),
    };
    let user = native::USER_IDS
        .iter()
        .find_map(|k| Some((k, text(k))).filter(|(_, v)| !v.is_empty()))
        .map(|(k, v)| pseudonym(key, k, &v))
        .unwrap_or_default();
    let mut f = SpanFacts {
        session_id,
        native: true,
        harness: harness.to_string(),
        team: text(common::TEAM),
        user,
        start: time,
        end: time,
        trace: format!("native:{prompt_id}"),
        prompt_id,
        ..SpanFacts::default()
    };
    let call_id;
    match event {
        Event::Prompt => {
            f.kind = Some(SpanKind::Prompt);
            call_id = String::new();
        }
        Event::ToolResult => {
            let (tool_key, id_key) = match harness {
                native::harness::CODEX => (codex::TOOL_NAME, codex::CALL_ID),
                native::harness::GEMINI_CLI => (gem::FUNCTION_NAME, ""),
                _ => (cc::TOOL_NAME, cc::TOOL_USE_ID),
            };
            f.kind = Some(SpanKind::Action);
            f.category = tools::category(&text(tool_key)).to_string();
            // Absent `success` is read as success: only an explicit failure is trouble.
            f.failed = flag(cc::SUCCESS) == Some(false);
            let decision = text(cc::DECISION_TYPE) + &text(gem::DECISION);
            f.failed |= decision == "reject";
            call_id = if id_key.is_empty() { String::new() } else { text(id_key) };
        }
        Event::Usage => {
            if harness == native::harness::CODEX && text(codex::EVENT_KIND) != codex::COMPLETED {
                return None;
            }
            f.kind = Some(SpanKind::ModelCall);
            f.model = text(cc::MODEL);
            f.tokens = Some(match harness {
                native::harness::CODEX => openai_style(
                    num(codex::INPUT_TOKEN_COUNT),
                    num(codex::OUTPUT_TOKEN_COUNT),
                    num(codex::CACHED_TOKEN_COUNT),
                ),
                native::harness::GEMINI_CLI => openai_style(
                    num(gem::INPUT_TOKEN_COUNT),
                    num(gem::OUTPUT_TOKEN_COUNT),
                    num(gem::CACHED_CONTENT_TOKEN_COUNT),
                ),
                _ => [
                    num(cc::INPUT_TOKENS).unwrap_or(0),
                    num(cc::OUTPUT_TOKENS).unwrap_or(0),
                    num(cc::CACHE_READ_TOKENS).unwrap_or(0),
                    num(cc::CACHE_CREATION_TOKENS).unwrap_or(0),
                ],
            });
            // Subagents' and auxiliary calls are not the main agent's (the hook's rule).
            f.subagent = cc::NOT_MAIN.contains(&text(cc::QUERY_SOURCE).as_str());
            call_id = text("request_id");
        }
        Event::ApiError => {
            f.kind = Some(SpanKind::ModelCall);
            f.model = text(cc::MODEL);
            f.failed = true;
            call_id = String::new();
        }
        Event::CodexRequest => {
            if text(codex::ERROR_MESSAGE).is_empty() {
                return None;
            }
            f.kind = Some(SpanKind::ModelCall);
            f.model = text(codex::MODEL);
            f.failed = true;
            call_id = String::new();
        }
    }
    let sequence = text(cc::EVENT_SEQUENCE);
    let unique = format!("{sequence}/{time}/{call_id}");
    f.span_id = ids::native_event_span_id(&f.session_id, name, &unique);
    Some(f)
}

/// Anthropic-style `[input, output, cache read, cache creation]` from OpenAI-style counts,
/// whose input includes the cached part.
fn openai_style(input: Option<u64>, output: Option<u64>, cached: Option<u64>) -> [u64; 4] {
    let cached = cached.unwrap_or(0);
    [input.unwrap_or(0).saturating_sub(cached), output.unwrap_or(0), cached, 0]
}
