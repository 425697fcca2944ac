//! How one buffered request is described and stored: [`Meta`] (signal, arrival time, item count,
//! whether its body names a Coxswain session, how the body is stored) sits in the index and in
//! the segment frame, so totals, retention and the assembler's skipping need no body. Bodies are
//! stored lz4-compressed when that saves at least an eighth, judged on a sample first so
//! incompressible traffic costs no full compression attempt.

use std::borrow::Cow;

use coxswain_proto::telemetry::{gen_ai, native};

use super::{Seq, Signal};

/// Set in [`Meta`]'s flags when the body is an lz4 block with its size prepended.
const LZ4: u8 = 1;
/// Set when the body names a Coxswain session or holds a harness's native events (the
/// analytics read it; others are skipped).
const SESSION: u8 = 2;

/// Bytes of the little-endian uncompressed size before an lz4 block.
const SIZE_LEN: usize = 4;

/// lz4 cannot expand data by more than about 255:1; a larger claimed size means corruption
/// (checked before allocating, so a damaged size prefix cannot ask for gigabytes).
const MAX_LZ4_RATIO: usize = 255;

/// Bytes of a body tried first to see whether compressing pays.
const SAMPLE: usize = 16 * 1024;

/// What the index and the segment frame know about one request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Meta {
    pub signal: Signal,
    /// Unix millis when the request was accepted.
    pub received_ms: u64,
    /// Spans, log records or metric data points in the body.
    pub items: u32,
    /// Length of the original (uncompressed) body.
    pub body_len: u32,
    /// Whether the stored body is lz4-compressed (see [`body`]).
    pub compressed: bool,
    /// Whether the body names a Coxswain session ([`mentions_session`]).
    pub session: bool,
}

/// Where a request's frame lies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Location {
    /// The segment (its first seq).
    pub segment: Seq,
    pub offset: u64,
    /// The whole frame's length.
    pub len: u32,
}

impl Meta {
    /// Encoded length.
    pub const LEN: usize = 1 + 1 + 8 + 4 + 4;

    pub fn encode_into(&self, out: &mut Vec<u8>) {
        out.push(match self.signal {
            Signal::Traces => b'T',
            Signal::Logs => b'L',
            Signal::Metrics => b'M',
        });
        out.push(if self.compressed { LZ4 } else { 0 } | if self.session { SESSION } else { 0 });
        out.extend_from_slice(&self.received_ms.to_le_bytes());
        out.extend_from_slice(&self.items.to_le_bytes());
        out.extend_from_slice(&self.body_len.to_le_bytes());
    }

    pub fn decode(b: &[u8]) -> Option<Meta> {
        let signal = match *b.first()? {
            b'T' => Signal::Traces,
            b'L' => Signal::Logs,
            b'M' => Signal::Metrics,
            _ => return None,
        };
        let flags = *b.get(1)?;
        Some(Meta {
            signal,
            compressed: flags & LZ4 != 0,
            session: flags & SESSION != 0,
            received_ms: u64::from_le_bytes(b.get(2..10)?.try_into().ok()?),
            items: u32::from_le_bytes(b.get(10..14)?.try_into().ok()?),
            body_len: u32::from_le_bytes(b.get(14..18)?.try_into().ok()?),
        })
    }
}

/// The index value: location, then metadata.
pub(crate) fn encode_index(loc: &Location, meta: &Meta) -> Vec<u8> {
    let mut out = Vec::with_capacity(20 + Meta::LEN);
    out.extend_from_slice(&loc.segment.to_le_bytes());
    out.extend_from_slice(&loc.offset.to_le_bytes());
    out.extend_from_slice(&loc.len.to_le_bytes());
    meta.encode_into(&mut out);
    out
}

pub(crate) fn decode_index(b: &[u8]) -> Option<(Location, Meta)> {
    let loc = Location {
        segment: u64::from_le_bytes(b.get(..8)?.try_into().ok()?),
        offset: u64::from_le_bytes(b.get(8..16)?.try_into().ok()?),
        len: u32::from_le_bytes(b.get(16..20)?.try_into().ok()?),
    };
    Some((loc, Meta::decode(b.get(20..)?)?))
}

/// Whether the analytics read a body: attribute keys and event names sit in the protobuf as
/// plain bytes, so a trace request that never names the session key holds no Coxswain span,
/// and a logs request that names no harness's event prefix holds no native event.
pub(crate) fn mentions_session(signal: Signal, body: &[u8]) -> bool {
    let find = |needle: &str| memchr::memmem::find(body, needle.as_bytes()).is_some();
    match signal {
        Signal::Traces => find(gen_ai::CONVERSATION_ID),
        Signal::Logs => native::PREFIXES.iter().any(|p| find(p)),
        Signal::Metrics => false,
    }
}

/// The body as stored: an lz4 block with its size prepended when that is at least an eighth
/// smaller (judged on a sample first), else `None` (store it as is).
pub(crate) fn compress(body: &[u8]) -> Option<Vec<u8>> {
    let size = u32::try_from(body.len()).ok()?;
    if body.len() > 2 * SAMPLE {
        let sample = &body[..SAMPLE];
        let n = lz4_flex::block::compress(sample).len();
        if n > SAMPLE - SAMPLE / 8 {
            return None;
        }
    }
    let mut value = vec![0u8; SIZE_LEN + lz4_flex::block::get_maximum_output_size(body.len())];
    value[..SIZE_LEN].copy_from_slice(&size.to_le_bytes());
    let n = lz4_flex::block::compress_into(body, &mut value[SIZE_LEN..]).ok()?;
    if SIZE_LEN + n > body.len() - body.len() / 8 {
        return None;
    }
    value.truncate(SIZE_LEN + n);
    Some(value)
}

/// The original protobuf body of a stored body; `None` when it does not decompress.
pub(crate) fn body<'a>(meta: &Meta, stored: &'a [u8]) -> Option<Cow<'a, [u8]>> {
    if !meta.compressed {
        return Some(Cow::Borrowed(stored));
    }
    let (size, block) = lz4_flex::block::uncompressed_size(stored).ok()?;
    if size > block.len().saturating_mul(MAX_LZ4_RATIO).saturating_add(16)
        || size != meta.body_len as usize
    {
        return None;
    }
    let out = lz4_flex::block::decompress(block, size).ok()?;
    (out.len() == size).then_some(Cow::Owned(out))
}

/// Counts spans or log records in a protobuf body (for values without a count in the header).
pub(crate) fn count_items(signal: Signal, body: &[u8]) -> u64 {
    use opentelemetry_proto::tonic::collector::logs::v1::ExportLogsServiceRequest;
    use opentelemetry_proto::tonic::collector::metrics::v1::ExportMetricsServiceRequest;
    use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;
    use prost::Message;
    match signal {
        Signal::Metrics => ExportMetricsServiceRequest::decode(body)
            .map(|r| crate::receiver::validate::data_points(&r))
            .unwrap_or(0),
        Signal::Traces => ExportTraceServiceRequest::decode(body)
            .map(|r| {
                r.resource_spans
                    .iter()
                    .flat_map(|rs| &rs.scope_spans)
                    .map(|ss| ss.spans.len() as u64)
                    .sum()
            })
            .unwrap_or(0),
        Signal::Logs => ExportLogsServiceRequest::decode(body)
            .map(|r| {
                r.resource_logs
                    .iter()
                    .flat_map(|rl| &rl.scope_logs)
                    .map(|sl| sl.log_records.len() as u64)
                    .sum()
            })
            .unwrap_or(0),
    }
}

/// Big-endian key of a seq.
pub(crate) fn seq_key(seq: Seq) -> [u8; 8] {
    seq.to_be_bytes()
}

/// The seq of a key (tolerates short keys).
pub(crate) fn decode_seq(bytes: &[u8]) -> Seq {
    let mut b = [0u8; 8];
    let n = bytes.len().min(8);
    b[8 - n..].copy_from_slice(&bytes[..n]);
    u64::from_be_bytes(b)
}

/// Milliseconds since the Unix epoch, now.
pub(crate) fn now_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(body: &[u8], compressed: bool) -> Meta {
        Meta {
            signal: Signal::Logs,
            received_ms: 7,
            items: 3,
            body_len: body.len() as u32,
            compressed,
            session: false,
        }
    }

    #[test]
    fn repetitive_bodies_compress_and_read_back_unchanged() {
        let body: Vec<u8> = (0..80_000u32).map(|i| (i % 97) as u8).collect();
        let stored = compress(&body).unwrap();
        assert!(stored.len() < body.len() / 4);
        assert_eq!(super::body(&meta(&body, true), &stored).unwrap(), body.as_slice());
    }

    #[test]
    fn bodies_that_do_not_shrink_are_stored_plain() {
        let noise: Vec<u8> = (0..100_000).map(|_| rand::random::<u8>()).collect();
        for b in [Vec::new(), vec![42u8], (0..=255u8).collect::<Vec<u8>>(), noise] {
            assert!(compress(&b).is_none());
        }
    }

    #[test]
    fn meta_and_index_values_round_trip() {
        let m = Meta { session: true, compressed: true, ..meta(b"abc", true) };
        let loc = Location { segment: 9, offset: 1234, len: 77 };
        assert_eq!(decode_index(&encode_index(&loc, &m)), Some((loc, m)));
        assert_eq!(Meta::decode(&[b'X'; Meta::LEN]), None);
    }

    #[test]
    fn damaged_compressed_bodies_are_reported_not_panicked_on() {
        let body = b"abcdefgh".repeat(1000);
        let stored = compress(&body).unwrap();
        let m = meta(&body, true);
        // Truncated block, garbage block, understated size, absurd size, no size at all.
        assert!(super::body(&m, &stored[..stored.len() / 2]).is_none());
        assert!(super::body(&m, &[0x10, 0, 0, 0, 0xff, 0xff, 0xff, 0xff]).is_none());
        let mut small = stored.clone();
        small[..4].copy_from_slice(&10u32.to_le_bytes());
        assert!(super::body(&m, &small).is_none());
        let mut huge = stored.clone();
        huge[..4].copy_from_slice(&u32::MAX.to_le_bytes());
        assert!(super::body(&m, &huge).is_none());
        assert!(super::body(&m, &[1, 2]).is_none());
    }
}
