//! The compact binary form of the assembler's tree values: LEB128 integers and length-prefixed
//! UTF-8 strings, shared by span facts and session summaries.

/// Appends integers, strings and bytes to a buffer.
pub(crate) struct Writer(Vec<u8>);

impl Writer {
    /// An empty writer with room for `capacity` bytes.
    pub(crate) fn with_capacity(capacity: usize) -> Writer {
        Writer(Vec::with_capacity(capacity))
    }

    /// One raw byte.
    pub(crate) fn byte(&mut self, b: u8) {
        self.0.push(b);
    }

    /// An unsigned integer, seven bits per byte.
    pub(crate) fn int(&mut self, mut v: u64) {
        loop {
            let b = (v & 0x7f) as u8;
            v >>= 7;
            if v == 0 {
                self.0.push(b);
                return;
            }
            self.0.push(b | 0x80);
        }
    }

    /// A signed integer (zigzag, then as [`Writer::int`]).
    pub(crate) fn sint(&mut self, v: i64) {
        self.int(((v << 1) ^ (v >> 63)) as u64);
    }

    /// A string: its byte length, then its bytes.
    pub(crate) fn str(&mut self, s: &str) {
        self.int(s.len() as u64);
        self.0.extend_from_slice(s.as_bytes());
    }

    /// Raw bytes (the reader must know their length).
    pub(crate) fn bytes(&mut self, b: &[u8]) {
        self.0.extend_from_slice(b);
    }

    /// The bytes written.
    pub(crate) fn into_bytes(self) -> Vec<u8> {
        self.0
    }
}

/// Reads back what [`Writer`] wrote; every read is `None` past the end or on corrupt input.
pub(crate) struct Reader<'a> {
    b: &'a [u8],
    i: usize,
}

impl<'a> Reader<'a> {
    /// A reader at the start of `b`.
    pub(crate) fn new(b: &'a [u8]) -> Reader<'a> {
        Reader { b, i: 0 }
    }

    /// One raw byte.
    pub(crate) fn byte(&mut self) -> Option<u8> {
        let v = *self.b.get(self.i)?;
        self.i += 1;
        Some(v)
    }

    /// An unsigned integer written by [`Writer::int`].
    pub(crate) fn int(&mut self) -> Option<u64> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            v |= ((b & 0x7f) as u64) << shift;
            if b & 0x80 == 0 {
                return Some(v);
            }
        }
        None
    }

    /// A signed integer written by [`Writer::sint`].
    pub(crate) fn sint(&mut self) -> Option<i64> {
        let v = self.int()?;
        Some((v >> 1) as i64 ^ -((v & 1) as i64))
    }

    /// Whether everything has been read.
    pub(crate) fn at_end(&self) -> bool {
        self.i >= self.b.len()
    }

    /// The next `n` raw bytes.
    pub(crate) fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let s = self.b.get(self.i..self.i.checked_add(n)?)?;
        self.i += n;
        Some(s)
    }

    /// The next `N` raw bytes as an array.
    pub(crate) fn array<const N: usize>(&mut self) -> Option<[u8; N]> {
        self.take(N)?.try_into().ok()
    }

    /// A string written by [`Writer::str`].
    pub(crate) fn str(&mut self) -> Option<String> {
        self.str_ref().map(str::to_string)
    }

    /// A string written by [`Writer::str`], borrowed from the input (no allocation).
    pub(crate) fn str_ref(&mut self) -> Option<&'a str> {
        let n = self.int()? as usize;
        let s = self.b.get(self.i..self.i.checked_add(n)?)?;
        self.i += n;
        std::str::from_utf8(s).ok()
    }

    /// A string written by [`Writer::str`], into `out` (reusing its allocation).
    pub(crate) fn str_into(&mut self, out: &mut String) -> Option<()> {
        let s = self.str_ref()?;
        out.clear();
        out.push_str(s);
        Some(())
    }
}
