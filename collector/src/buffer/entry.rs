//! How one buffered request is laid out in sled: a small header (signal, arrival time, item
//! count) before the protobuf body, so totals and retention need no decoding.

use super::{Seq, Signal};

/// Header length of the current layout: tag, millis since the epoch, item count.
pub(crate) const HEADER_LEN: usize = 1 + 8 + 4;

/// The parsed header of a stored value.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Header {
    pub signal: Signal,
    /// Unix millis when the request was accepted (0 for the first layout, which had no time).
    pub received_ms: u64,
    /// Spans or log records in the body (`None` for the first layout).
    pub items: Option<u32>,
}

/// Builds the stored value.
pub(crate) fn encode(signal: Signal, received_ms: u64, items: u32, body: &[u8]) -> Vec<u8> {
    let mut value = Vec::with_capacity(HEADER_LEN + body.len());
    value.push(match signal {
        Signal::Traces => b'T',
        Signal::Logs => b'L',
    });
    value.extend_from_slice(&received_ms.to_be_bytes());
    value.extend_from_slice(&items.to_be_bytes());
    value.extend_from_slice(body);
    value
}

/// Writes the header into the first [`HEADER_LEN`] bytes of a value.
pub(crate) fn write_header(dst: &mut [u8], signal: Signal, received_ms: u64, items: u32) {
    dst[0] = match signal {
        Signal::Traces => b'T',
        Signal::Logs => b'L',
    };
    dst[1..9].copy_from_slice(&received_ms.to_be_bytes());
    dst[9..13].copy_from_slice(&items.to_be_bytes());
}

/// Splits a stored value into header and body; `None` when it is corrupt.
pub(crate) fn decode(value: &[u8]) -> Option<(Header, &[u8])> {
    let (&tag, rest) = value.split_first()?;
    match tag {
        // First layout: tag + body only.
        b't' | b'l' => Some((
            Header {
                signal: if tag == b't' { Signal::Traces } else { Signal::Logs },
                received_ms: 0,
                items: None,
            },
            rest,
        )),
        b'T' | b'L' => {
            if rest.len() < HEADER_LEN - 1 {
                return None;
            }
            let received_ms = u64::from_be_bytes(rest[..8].try_into().ok()?);
            let items = u32::from_be_bytes(rest[8..12].try_into().ok()?);
            let signal = if tag == b'T' { Signal::Traces } else { Signal::Logs };
            Some((Header { signal, received_ms, items: Some(items) }, &rest[12..]))
        }
        _ => None,
    }
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

/// Items of a stored value, from its header or by decoding.
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
