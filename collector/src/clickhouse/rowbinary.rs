//! ClickHouse's `RowBinary` input format (present in 18.16 and every later release), written
//! straight from a serde struct into a reused buffer: no intermediate JSON. Each field is encoded
//! as the column type it is stored in ([`ColumnKind`]), so the same struct can be stored in a
//! column whose type differs from its Rust type (an `Option<enum>` as `String`, an
//! `Option<[u64; 4]>` as `Array(UInt64)`).

use serde::ser::{self, Impossible, Serialize};

use super::facts::ColumnKind;

/// A value serde cannot put in the column it is meant for.
#[derive(Debug, thiserror::Error)]
#[error("RowBinary: {0}")]
pub struct EncodeError(String);

impl ser::Error for EncodeError {
    fn custom<T: std::fmt::Display>(msg: T) -> Self {
        EncodeError(msg.to_string())
    }
}

/// Appends a string (LEB128 length, then the bytes).
pub fn put_str(out: &mut Vec<u8>, s: &str) {
    put_len(out, s.len());
    out.extend_from_slice(s.as_bytes());
}

/// Appends a LEB128 length (strings, arrays).
pub fn put_len(out: &mut Vec<u8>, mut n: usize) {
    loop {
        let b = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

/// Appends a `UInt64`.
pub fn put_u64(out: &mut Vec<u8>, v: u64) {
    out.extend_from_slice(&v.to_le_bytes());
}

/// Appends a `Date` (days since 1970-01-01 as `UInt16`).
pub fn put_date(out: &mut Vec<u8>, days: u16) {
    out.extend_from_slice(&days.to_le_bytes());
}

/// Appends the fields of `row` (a struct) in order, field `i` as `kinds[i]`.
pub fn put_struct<T: Serialize>(
    out: &mut Vec<u8>,
    row: &T,
    kinds: &[ColumnKind],
) -> Result<(), EncodeError> {
    row.serialize(Row { out, kinds, next: 0, names: None })
}

/// The field names of a struct, in the order serde writes them (the order of a row).
pub fn field_names<T: Serialize>(row: &T) -> Vec<&'static str> {
    let mut names = Vec::new();
    let mut sink = Vec::new();
    let _ = row.serialize(Row { out: &mut sink, kinds: &[], next: 0, names: Some(&mut names) });
    names
}

/// The struct: walks its fields.
struct Row<'a> {
    out: &'a mut Vec<u8>,
    kinds: &'a [ColumnKind],
    next: usize,
    /// When set, only collects the field names.
    names: Option<&'a mut Vec<&'static str>>,
}

/// One value as a column of `kind`.
struct Value<'a> {
    out: &'a mut Vec<u8>,
    kind: ColumnKind,
}

fn mismatch(kind: ColumnKind, what: &str) -> EncodeError {
    EncodeError(format!("cannot store {what} as {}", kind.sql_type()))
}

impl<'a> ser::SerializeStruct for Row<'a> {
    type Ok = ();
    type Error = EncodeError;
    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), EncodeError> {
        if let Some(names) = self.names.as_mut() {
            names.push(key);
            return Ok(());
        }
        let kind = *self
            .kinds
            .get(self.next)
            .ok_or_else(|| EncodeError(format!("no column for field {key}")))?;
        self.next += 1;
        value.serialize(Value { out: self.out, kind })
    }
    fn end(self) -> Result<(), EncodeError> {
        Ok(())
    }
}

macro_rules! only_struct {
    ($($f:ident($($t:ty),*)),*) => {
        $(fn $f(self, $(_: $t),*) -> Result<(), EncodeError> {
            Err(EncodeError("a row must be a struct".into()))
        })*
    };
}

impl<'a> ser::Serializer for Row<'a> {
    type Ok = ();
    type Error = EncodeError;
    type SerializeSeq = Impossible<(), EncodeError>;
    type SerializeTuple = Impossible<(), EncodeError>;
    type SerializeTupleStruct = Impossible<(), EncodeError>;
    type SerializeTupleVariant = Impossible<(), EncodeError>;
    type SerializeMap = Impossible<(), EncodeError>;
    type SerializeStruct = Self;
    type SerializeStructVariant = Impossible<(), EncodeError>;

    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self, EncodeError> {
        Ok(self)
    }
    only_struct!(
        serialize_bool(bool),
        serialize_i8(i8),
        serialize_i16(i16),
        serialize_i32(i32),
        serialize_i64(i64),
        serialize_u8(u8),
        serialize_u16(u16),
        serialize_u32(u32),
        serialize_u64(u64),
        serialize_f32(f32),
        serialize_f64(f64),
        serialize_char(char),
        serialize_str(&str),
        serialize_bytes(&[u8]),
        serialize_none(),
        serialize_unit(),
        serialize_unit_struct(&'static str),
        serialize_unit_variant(&'static str, u32, &'static str)
    );
    fn serialize_some<T: ?Sized + Serialize>(self, _: &T) -> Result<(), EncodeError> {
        Err(EncodeError("a row must be a struct".into()))
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: &T,
    ) -> Result<(), EncodeError> {
        Err(EncodeError("a row must be a struct".into()))
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), EncodeError> {
        Err(EncodeError("a row must be a struct".into()))
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, EncodeError> {
        Err(EncodeError("a row must be a struct".into()))
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, EncodeError> {
        Err(EncodeError("a row must be a struct".into()))
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, EncodeError> {
        Err(EncodeError("a row must be a struct".into()))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, EncodeError> {
        Err(EncodeError("a row must be a struct".into()))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, EncodeError> {
        Err(EncodeError("a row must be a struct".into()))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, EncodeError> {
        Err(EncodeError("a row must be a struct".into()))
    }
}

/// The elements of an `Array(UInt64)` (a sequence or fixed array of counts).
struct Counts<'a> {
    out: &'a mut Vec<u8>,
}

impl<'a> Counts<'a> {
    fn element<T: ?Sized + Serialize>(&mut self, v: &T) -> Result<(), EncodeError> {
        v.serialize(Value { out: self.out, kind: ColumnKind::Count })
    }
}

impl<'a> ser::SerializeSeq for Counts<'a> {
    type Ok = ();
    type Error = EncodeError;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, v: &T) -> Result<(), EncodeError> {
        self.element(v)
    }
    fn end(self) -> Result<(), EncodeError> {
        Ok(())
    }
}

impl<'a> ser::SerializeTuple for Counts<'a> {
    type Ok = ();
    type Error = EncodeError;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, v: &T) -> Result<(), EncodeError> {
        self.element(v)
    }
    fn end(self) -> Result<(), EncodeError> {
        Ok(())
    }
}

impl<'a> Value<'a> {
    fn count(self, v: u64) -> Result<(), EncodeError> {
        match self.kind {
            ColumnKind::Count => put_u64(self.out, v),
            ColumnKind::Flag if v <= 1 => self.out.push(v as u8),
            ColumnKind::OptionalCount => {
                self.out.push(0);
                put_u64(self.out, v);
            }
            k => return Err(mismatch(k, "an integer")),
        }
        Ok(())
    }

    fn counts(self, len: Option<usize>) -> Result<Counts<'a>, EncodeError> {
        match (self.kind, len) {
            (ColumnKind::Counts, Some(n)) => {
                put_len(self.out, n);
                Ok(Counts { out: self.out })
            }
            (k, _) => Err(mismatch(k, "a sequence of unknown length")),
        }
    }
}

impl<'a> ser::Serializer for Value<'a> {
    type Ok = ();
    type Error = EncodeError;
    type SerializeSeq = Counts<'a>;
    type SerializeTuple = Counts<'a>;
    type SerializeTupleStruct = Impossible<(), EncodeError>;
    type SerializeTupleVariant = Impossible<(), EncodeError>;
    type SerializeMap = Impossible<(), EncodeError>;
    type SerializeStruct = Impossible<(), EncodeError>;
    type SerializeStructVariant = Impossible<(), EncodeError>;

    fn serialize_bool(self, v: bool) -> Result<(), EncodeError> {
        match self.kind {
            ColumnKind::Flag => {
                self.out.push(u8::from(v));
                Ok(())
            }
            k => Err(mismatch(k, "a bool")),
        }
    }
    fn serialize_u8(self, v: u8) -> Result<(), EncodeError> {
        self.count(v.into())
    }
    fn serialize_u16(self, v: u16) -> Result<(), EncodeError> {
        self.count(v.into())
    }
    fn serialize_u32(self, v: u32) -> Result<(), EncodeError> {
        self.count(v.into())
    }
    fn serialize_u64(self, v: u64) -> Result<(), EncodeError> {
        self.count(v)
    }
    fn serialize_i8(self, v: i8) -> Result<(), EncodeError> {
        self.serialize_i64(v.into())
    }
    fn serialize_i16(self, v: i16) -> Result<(), EncodeError> {
        self.serialize_i64(v.into())
    }
    fn serialize_i32(self, v: i32) -> Result<(), EncodeError> {
        self.serialize_i64(v.into())
    }
    fn serialize_i64(self, v: i64) -> Result<(), EncodeError> {
        let kind = self.kind;
        self.count(u64::try_from(v).map_err(|_| mismatch(kind, "a negative integer"))?)
    }
    fn serialize_f32(self, v: f32) -> Result<(), EncodeError> {
        self.serialize_f64(v.into())
    }
    fn serialize_f64(self, v: f64) -> Result<(), EncodeError> {
        match self.kind {
            ColumnKind::Real => {
                self.out.extend_from_slice(&v.to_le_bytes());
                Ok(())
            }
            k => Err(mismatch(k, "a float")),
        }
    }
    fn serialize_char(self, v: char) -> Result<(), EncodeError> {
        self.serialize_str(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_str(self, v: &str) -> Result<(), EncodeError> {
        match self.kind {
            ColumnKind::Text => {
                put_str(self.out, v);
                Ok(())
            }
            k => Err(mismatch(k, "a string")),
        }
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), EncodeError> {
        match self.kind {
            ColumnKind::Text => {
                put_len(self.out, v.len());
                self.out.extend_from_slice(v);
                Ok(())
            }
            k => Err(mismatch(k, "bytes")),
        }
    }
    fn serialize_none(self) -> Result<(), EncodeError> {
        match self.kind {
            // ClickHouse has no Nullable(Array) nor a use for a NULL name: empty stands for none.
            ColumnKind::Text | ColumnKind::Counts => self.out.push(0),
            ColumnKind::OptionalCount => self.out.push(1),
            k => return Err(mismatch(k, "None")),
        }
        Ok(())
    }
    fn serialize_some<T: ?Sized + Serialize>(self, v: &T) -> Result<(), EncodeError> {
        v.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), EncodeError> {
        self.serialize_none()
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), EncodeError> {
        self.serialize_none()
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), EncodeError> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        v: &T,
    ) -> Result<(), EncodeError> {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), EncodeError> {
        Err(mismatch(self.kind, "an enum with data"))
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<Counts<'a>, EncodeError> {
        self.counts(len)
    }
    fn serialize_tuple(self, len: usize) -> Result<Counts<'a>, EncodeError> {
        self.counts(Some(len))
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, EncodeError> {
        Err(mismatch(self.kind, "a tuple struct"))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, EncodeError> {
        Err(mismatch(self.kind, "an enum with data"))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, EncodeError> {
        Err(mismatch(self.kind, "a map"))
    }
    fn serialize_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStruct, EncodeError> {
        Err(mismatch(self.kind, "a struct"))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, EncodeError> {
        Err(mismatch(self.kind, "an enum with data"))
    }
}
