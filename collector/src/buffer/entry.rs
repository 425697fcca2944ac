//! How one buffered request is laid out in sled: a small header (signal, arrival time, item
//! count) before the protobuf body, so totals and retention need no decoding. Bodies are stored
//! lz4-compressed when that makes them smaller, which keeps values small enough to stay inline
//! in sled's log instead of going to separate blob files.

use std::borrow::Cow;

use super::{Seq, Signal};

/// Header length of the current layout: tag, millis since the epoch, item count.
pub(crate) const HEADER_LEN: usize = 1 + 8 + 4;

/// Set in the tag byte when the body is an lz4 block with its size prepended.
const LZ4_FLAG: u8 = 0x80;

/// Bytes of the little-endian uncompressed size before an lz4 block.
const SIZE_LEN: usize = 4;

/// lz4 cannot expand data by more than about 255:1; a larger claimed size means corruption
/// (checked before allocating, so a damaged size prefix cannot ask for gigabytes).
const MAX_LZ4_RATIO: usize = 255;

/// The parsed header of a stored value.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Header {
    pub signal: Signal,
    /// Unix millis when the request was accepted (0 for the first layout, which had no time).
    pub received_ms: u64,
    /// Spans or log records in the body (`None` for the first layout).
    pub items: Option<u32>,
    /// Whether the stored body is lz4-compressed (see [`body`]).
    pub compressed: bool,
}

/// Builds the stored value (compressed when that makes it smaller).
pub(crate) fn encode(signal: Signal, received_ms: u64, items: u32, body: &[u8]) -> Vec<u8> {
    let (mut value, compressed) = match compress(body) {
        Some(v) => (v, true),
        None => {
            let mut value = Vec::with_capacity(HEADER_LEN + body.len());
            value.resize(HEADER_LEN, 0);
            value.extend_from_slice(body);
            (value, false)
        }
    };
    write_header(&mut value[..HEADER_LEN], signal, received_ms, items, compressed);
    value
}

/// Builds the stored value from a body already placed after [`HEADER_LEN`] reserved bytes:
/// compressing yields a new buffer; when it does not pay, the given one is used as is.
pub(crate) fn encode_prepared(
    signal: Signal,
    received_ms: u64,
    items: u32,
    mut value: Vec<u8>,
) -> Vec<u8> {
    let (mut value, compressed) = match compress(&value[HEADER_LEN..]) {
        Some(v) => (v, true),
        None => {
            value[..HEADER_LEN].fill(0);
            (value, false)
        }
    };
    write_header(&mut value[..HEADER_LEN], signal, received_ms, items, compressed);
    value
}

/// `body` as an lz4 block with its size prepended, after [`HEADER_LEN`] reserved bytes; `None`
/// when that would not be smaller than the body itself.
fn compress(body: &[u8]) -> Option<Vec<u8>> {
    let size = u32::try_from(body.len()).ok()?;
    let start = HEADER_LEN + SIZE_LEN;
    let mut value = vec![0u8; start + lz4_flex::block::get_maximum_output_size(body.len())];
    value[HEADER_LEN..start].copy_from_slice(&size.to_le_bytes());
    let n = lz4_flex::block::compress_into(body, &mut value[start..]).ok()?;
    if SIZE_LEN + n >= body.len() {
        return None;
    }
    value.truncate(start + n);
    Some(value)
}

/// Writes the header into the first [`HEADER_LEN`] bytes of a value.
fn write_header(dst: &mut [u8], signal: Signal, received_ms: u64, items: u32, compressed: bool) {
    let tag = match signal {
        Signal::Traces => b'T',
        Signal::Logs => b'L',
    };
    dst[0] = if compressed { tag | LZ4_FLAG } else { tag };
    dst[1..9].copy_from_slice(&received_ms.to_be_bytes());
    dst[9..13].copy_from_slice(&items.to_be_bytes());
}

/// Splits a stored value into header and stored body (still compressed when
/// [`Header::compressed`]; see [`body`]); `None` when it is corrupt.
pub(crate) fn decode(value: &[u8]) -> Option<(Header, &[u8])> {
    let (&tag, rest) = value.split_first()?;
    match tag {
        // First layout: tag + body only.
        b't' | b'l' => Some((
            Header {
                signal: if tag == b't' { Signal::Traces } else { Signal::Logs },
                received_ms: 0,
                items: None,
                compressed: false,
            },
            rest,
        )),
        _ => {
            let compressed = tag & LZ4_FLAG != 0;
            let signal = match tag & !LZ4_FLAG {
                b'T' => Signal::Traces,
                b'L' => Signal::Logs,
                _ => return None,
            };
            if rest.len() < HEADER_LEN - 1 {
                return None;
            }
            let received_ms = u64::from_be_bytes(rest[..8].try_into().ok()?);
            let items = u32::from_be_bytes(rest[8..12].try_into().ok()?);
            let header = Header { signal, received_ms, items: Some(items), compressed };
            Some((header, &rest[12..]))
        }
    }
}

/// The original protobuf body of a stored body; `None` when it does not decompress.
pub(crate) fn body<'a>(header: &Header, stored: &'a [u8]) -> Option<Cow<'a, [u8]>> {
    if !header.compressed {
        return Some(Cow::Borrowed(stored));
    }
    let (size, block) = lz4_flex::block::uncompressed_size(stored).ok()?;
    if size > block.len().saturating_mul(MAX_LZ4_RATIO).saturating_add(16) {
        return None;
    }
    let out = lz4_flex::block::decompress(block, size).ok()?;
    (out.len() == size).then_some(Cow::Owned(out))
}

/// Counts spans or log records in a protobuf body (for values without a count in the header).
pub(crate) fn count_items(signal: Signal, body: &[u8]) -> u64 {
    use opentelemetry_proto::tonic::collector::logs::v1::ExportLogsServiceRequest;
    use opentelemetry_proto::tonic::collector::trace::v1::ExportTraceServiceRequest;
    use prost::Message;
    match signal {
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

/// Items of a stored value, from its header or by decoding (only the first layout, which is
/// never compressed, lacks the count).
pub(crate) fn items_of(header: &Header, body: &[u8]) -> u64 {
    header.items.map(u64::from).unwrap_or_else(|| count_items(header.signal, body))
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

    fn roundtrip(value: &[u8]) -> (Header, Vec<u8>) {
        let (h, stored) = decode(value).unwrap();
        (h, body(&h, stored).unwrap().into_owned())
    }

    #[test]
    fn repetitive_bodies_are_stored_compressed_and_read_back_unchanged() {
        let body: Vec<u8> = (0..80_000u32).map(|i| (i % 97) as u8).collect();
        let value = encode(Signal::Logs, 7, 3, &body);
        assert!(value.len() < body.len() / 4);
        let (h, back) = roundtrip(&value);
        assert!(h.compressed);
        assert_eq!((h.signal, h.received_ms, h.items), (Signal::Logs, 7, Some(3)));
        assert_eq!(back, body);
    }

    #[test]
    fn prepared_values_compress_like_copied_ones() {
        let body = b"span span span span span span span span span span span span".repeat(50);
        let mut prepared = vec![0u8; HEADER_LEN];
        prepared.extend_from_slice(&body);
        let value = encode_prepared(Signal::Traces, 1, 2, prepared);
        assert_eq!(value, encode(Signal::Traces, 1, 2, &body));
        assert_eq!(roundtrip(&value).1, body);
    }

    #[test]
    fn bodies_that_do_not_shrink_are_stored_plain() {
        for body in [Vec::new(), vec![42u8], (0..=255u8).collect::<Vec<u8>>()] {
            let value = encode(Signal::Traces, 0, 0, &body);
            assert_eq!(value.len(), HEADER_LEN + body.len());
            let (h, back) = roundtrip(&value);
            assert!(!h.compressed);
            assert_eq!(back, body);
        }
    }

    #[test]
    fn damaged_compressed_bodies_are_reported_not_panicked_on() {
        let value = encode(Signal::Traces, 0, 1, &b"abcdefgh".repeat(1000));
        let (h, stored) = decode(&value).unwrap();
        assert!(h.compressed);
        // Truncated block, garbage block, understated size, absurd size, no size at all.
        assert!(body(&h, &stored[..stored.len() / 2]).is_none());
        assert!(body(&h, &[0x10, 0, 0, 0, 0xff, 0xff, 0xff, 0xff]).is_none());
        let mut small = stored.to_vec();
        small[..4].copy_from_slice(&10u32.to_le_bytes());
        assert!(body(&h, &small).is_none());
        let mut huge = stored.to_vec();
        huge[..4].copy_from_slice(&u32::MAX.to_le_bytes());
        assert!(body(&h, &huge).is_none());
        assert!(body(&h, &[1, 2]).is_none());
    }

    #[test]
    fn unknown_tags_are_corrupt() {
        assert!(decode(&[b't' | LZ4_FLAG, 1, 2]).is_none());
        assert!(decode(&[b'X'; HEADER_LEN]).is_none());
    }
}
