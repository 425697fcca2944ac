//! A zero-allocation walk over the protobuf bytes of an `ExportTraceServiceRequest` that counts
//! spans and checks their ids and times, so a fully valid request can be stored as received without the
//! thousands of small allocations a full decode costs. It accepts exactly what prost's decode
//! accepts (opentelemetry-proto 0.33's schema: wire types, UTF-8 of every string, every nested
//! message, prost's recursion limit); anything it refuses goes to the full decode, which words
//! the answer.

/// What a scan found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SpanScan {
    /// Spans in the request.
    pub spans: u64,
    /// Whether every span has a valid trace id (16 bytes, not all zero), span id (8 bytes,
    /// not all zero), and start and end times within the accepted [`TimeBounds`].
    pub all_valid: bool,
}

pub use super::validate::TimeBounds;

/// Why the bytes are not a valid request (the full decode says it in prost's words).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ScanError {
    /// The bytes end inside a field.
    #[error("truncated protobuf")]
    Truncated,
    /// A varint is longer than 10 bytes or overflows 64 bits.
    #[error("invalid varint")]
    Varint,
    /// A key beyond 32 bits, naming field 0 or a wire type that does not exist.
    #[error("invalid key")]
    Key,
    /// An end-group key without its matching start.
    #[error("unexpected end group")]
    EndGroup,
    /// A known field carries an unexpected wire type.
    #[error("field {0} has wire type {1}")]
    WireType(u32, u8),
    /// A `string` field holds bytes that are not UTF-8.
    #[error("field {0} is not UTF-8")]
    Utf8(u32),
    /// Messages (or groups) nest deeper than prost's recursion limit.
    #[error("recursion limit reached")]
    RecursionLimit,
}

const VARINT: u8 = 0;
const I64: u8 = 1;
const LEN: u8 = 2;
const START_GROUP: u8 = 3;
const END_GROUP: u8 = 4;
const I32: u8 = 5;

/// prost's `RECURSION_LIMIT`: how many nested message (or group) levels a decode enters.
const RECURSION_LIMIT: u32 = 100;

/// Counts the spans of a protobuf `ExportTraceServiceRequest` and checks their ids and times.
pub fn scan_traces(bytes: &[u8], times: TimeBounds) -> Result<SpanScan, ScanError> {
    let mut scan = SpanScan { spans: 0, all_valid: true };
    let mut walker = Walker { scan: &mut scan, times };
    walker.walk(Msg::Request, bytes, RECURSION_LIMIT)?;
    Ok(scan)
}

/// The scan's state: what it found so far and the time bounds spans must keep.
struct Walker<'s> {
    scan: &'s mut SpanScan,
    times: TimeBounds,
}

/// The messages an `ExportTraceServiceRequest` holds (opentelemetry-proto 0.33).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Msg {
    Request,
    ResourceSpans,
    Resource,
    EntityRef,
    ScopeSpans,
    Scope,
    Span,
    Event,
    Link,
    Status,
    KeyValue,
    AnyValue,
    ArrayValue,
    KeyValueList,
}

/// How a known field is encoded and checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Integers, bools and enums (prost accepts any value).
    Varint,
    /// fixed64, double.
    Fixed64,
    /// fixed32.
    Fixed32,
    Bytes,
    /// Must be UTF-8.
    Str,
    Message(Msg),
}

impl Kind {
    fn wire(self) -> u8 {
        match self {
            Kind::Varint => VARINT,
            Kind::Fixed64 => I64,
            Kind::Fixed32 => I32,
            Kind::Bytes | Kind::Str | Kind::Message(_) => LEN,
        }
    }
}

impl Msg {
    /// The kind of field `n`, or `None` for a field the schema does not have (skipped).
    fn field(self, n: u32) -> Option<Kind> {
        use Kind::{Bytes, Fixed32, Fixed64, Message as M, Str, Varint};
        Some(match (self, n) {
            (Msg::Request, 1) => M(Msg::ResourceSpans),
            (Msg::ResourceSpans, 1) => M(Msg::Resource),
            (Msg::ResourceSpans, 2) => M(Msg::ScopeSpans),
            (Msg::ResourceSpans | Msg::ScopeSpans, 3) => Str,
            (Msg::Resource, 1) | (Msg::Scope, 3) => M(Msg::KeyValue),
            (Msg::Resource, 2) | (Msg::Scope, 4) => Varint,
            (Msg::Resource, 3) => M(Msg::EntityRef),
            // schema_url, type, id_keys (repeated), description_keys (repeated).
            (Msg::EntityRef, 1..=4) => Str,
            (Msg::ScopeSpans, 1) => M(Msg::Scope),
            (Msg::ScopeSpans, 2) => M(Msg::Span),
            (Msg::Scope, 1 | 2) => Str,
            // trace_id, span_id, parent_span_id.
            (Msg::Span, 1 | 2 | 4) => Bytes,
            // trace_state, name.
            (Msg::Span, 3 | 5) => Str,
            // kind, dropped attributes / events / links counts.
            (Msg::Span, 6 | 10 | 12 | 14) => Varint,
            (Msg::Span, 7 | 8) => Fixed64,
            (Msg::Span, 9) => M(Msg::KeyValue),
            (Msg::Span, 11) => M(Msg::Event),
            (Msg::Span, 13) => M(Msg::Link),
            (Msg::Span, 15) => M(Msg::Status),
            (Msg::Span, 16) => Fixed32,
            (Msg::Event, 1) => Fixed64,
            (Msg::Event, 2) => Str,
            (Msg::Event, 3) => M(Msg::KeyValue),
            (Msg::Event, 4) => Varint,
            (Msg::Link, 1 | 2) => Bytes,
            (Msg::Link, 3) => Str,
            (Msg::Link, 4) => M(Msg::KeyValue),
            (Msg::Link, 5) => Varint,
            (Msg::Link, 6) => Fixed32,
            // Field 1 is reserved (unknown).
            (Msg::Status, 2) => Str,
            (Msg::Status, 3) => Varint,
            (Msg::KeyValue, 1) => Str,
            (Msg::KeyValue, 2) => M(Msg::AnyValue),
            (Msg::KeyValue, 3) => Varint,
            // The `value` oneof: string, bool, int, double, array, kvlist, bytes, strindex.
            (Msg::AnyValue, 1) => Str,
            (Msg::AnyValue, 2 | 3 | 8) => Varint,
            (Msg::AnyValue, 4) => Fixed64,
            (Msg::AnyValue, 5) => M(Msg::ArrayValue),
            (Msg::AnyValue, 6) => M(Msg::KeyValueList),
            (Msg::AnyValue, 7) => Bytes,
            (Msg::ArrayValue, 1) => M(Msg::AnyValue),
            (Msg::KeyValueList, 1) => M(Msg::KeyValue),
            _ => return None,
        })
    }
}

impl Walker<'_> {
    /// Checks one message's bytes as prost decodes them; `depth` is prost's recursion budget for
    /// its fields. Counts the spans inside; for a `Span` returns whether its ids and times are
    /// valid.
    fn walk(&mut self, msg: Msg, bytes: &[u8], depth: u32) -> Result<bool, ScanError> {
        // A repeated singular field: the last occurrence wins, as in prost.
        let (mut trace_id, mut span_id): (&[u8], &[u8]) = (&[], &[]);
        let (mut start, mut end) = (0u64, 0u64);
        let mut r = Reader(bytes);
        while let Some((field, wire)) = r.key()? {
            let Some(kind) = msg.field(field) else {
                r.skip(field, wire, depth)?;
                continue;
            };
            if wire != kind.wire() {
                return Err(ScanError::WireType(field, wire));
            }
            match kind {
                Kind::Varint => {
                    r.varint()?;
                }
                Kind::Fixed64 => {
                    let v = r.take(8)?;
                    if msg == Msg::Span {
                        let v = u64::from_le_bytes(v.try_into().map_err(|_| ScanError::Truncated)?);
                        match field {
                            7 => start = v,
                            8 => end = v,
                            _ => {}
                        }
                    }
                }
                Kind::Fixed32 => {
                    r.take(4)?;
                }
                Kind::Bytes => {
                    let payload = r.payload()?;
                    match (msg, field) {
                        (Msg::Span, 1) => trace_id = payload,
                        (Msg::Span, 2) => span_id = payload,
                        _ => {}
                    }
                }
                Kind::Str => {
                    std::str::from_utf8(r.payload()?).map_err(|_| ScanError::Utf8(field))?;
                }
                Kind::Message(inner) => {
                    if depth == 0 {
                        return Err(ScanError::RecursionLimit);
                    }
                    let valid = self.walk(inner, r.payload()?, depth - 1)?;
                    if inner == Msg::Span {
                        self.scan.spans += 1;
                        self.scan.all_valid &= valid;
                    }
                }
            }
        }
        Ok(msg != Msg::Span
            || (valid_id(trace_id, 16)
                && valid_id(span_id, 8)
                && self.times.contains(start)
                && self.times.contains(end)))
    }
}

fn valid_id(id: &[u8], len: usize) -> bool {
    id.len() == len && id.iter().any(|&b| b != 0)
}

/// A cursor over protobuf bytes; every read checks bounds.
struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn varint(&mut self) -> Result<u64, ScanError> {
        let mut value = 0u64;
        for i in 0..10 {
            let Some((&b, rest)) = self.0.split_first() else {
                return Err(ScanError::Truncated);
            };
            self.0 = rest;
            // The tenth byte may only carry the top bit of a u64.
            if i == 9 && b > 1 {
                return Err(ScanError::Varint);
            }
            value |= u64::from(b & 0x7f) << (7 * i);
            if b < 0x80 {
                return Ok(value);
            }
        }
        Err(ScanError::Varint)
    }

    /// The next field's number and wire type, or `None` at the end.
    fn key(&mut self) -> Result<Option<(u32, u8)>, ScanError> {
        if self.0.is_empty() {
            return Ok(None);
        }
        let key = u32::try_from(self.varint()?).map_err(|_| ScanError::Key)?;
        let (field, wire) = (key >> 3, (key & 7) as u8);
        if field == 0 || wire > I32 {
            return Err(ScanError::Key);
        }
        Ok(Some((field, wire)))
    }

    fn take(&mut self, n: u64) -> Result<&'a [u8], ScanError> {
        let n = usize::try_from(n).map_err(|_| ScanError::Truncated)?;
        if n > self.0.len() {
            return Err(ScanError::Truncated);
        }
        let (head, rest) = self.0.split_at(n);
        self.0 = rest;
        Ok(head)
    }

    /// The payload of a length-delimited field.
    fn payload(&mut self) -> Result<&'a [u8], ScanError> {
        let n = self.varint()?;
        self.take(n)
    }

    /// Skips an unknown field as prost does: groups are walked to their matching end, and
    /// each level spends recursion budget.
    fn skip(&mut self, field: u32, wire: u8, depth: u32) -> Result<(), ScanError> {
        if depth == 0 {
            return Err(ScanError::RecursionLimit);
        }
        match wire {
            VARINT => {
                self.varint()?;
            }
            I64 => {
                self.take(8)?;
            }
            LEN => {
                self.payload()?;
            }
            I32 => {
                self.take(4)?;
            }
            START_GROUP => loop {
                let (inner, inner_wire) = self.key()?.ok_or(ScanError::Truncated)?;
                if inner_wire == END_GROUP {
                    if inner != field {
                        return Err(ScanError::EndGroup);
                    }
                    break;
                }
                self.skip(inner, inner_wire, depth - 1)?;
            },
            _ => return Err(ScanError::EndGroup),
        }
        Ok(())
    }
}

#[cfg(test)]
#[path = "scan_tests.rs"]
mod tests;
