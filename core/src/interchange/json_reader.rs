//! A small JSON reader feeding serde: how the team pages read saved data, a team's packs and
//! colleagues' backup files (every other page reads with the browser's `JSON.parse` and
//! serde-wasm-bindgen, `storage::browser_json`).
//!
//! Why: serde-wasm-bindgen asks the browser for every field, one call across to JavaScript
//! each (about thirty a student), after the browser has parsed the text. A team of 12,000
//! students took about 180 ms to parse and read so at CPU 4×, and its opening missed its
//! 500 ms target. Read here, the same team opens in about 365 ms (docs/performance.md).
//! serde_json reads as fast, but adds 27 KB gzip to the team page, which has 2 KB to spare;
//! this reader adds under 1 KB. What it leaves out is what makes serde_json large: a float
//! parser of its own (a number with a fraction or an exponent is read by [`Floats`]: the
//! browser's `parseFloat` on a page, Rust's here, both exact), and positions in its errors.
//!
//! It reads what the browser's `JSON.parse` reads, as serde-wasm-bindgen then reads the
//! browser's values, so a team page reads saved data exactly as every other page does: a
//! number that is a safe integer reads as an integer (JSON's `1.0` is the browser's `1`), any
//! other only as a float; `null` is `None`; an enum is a string, or an object of one key; keys
//! a type does not know are skipped; a `\u` escape of half a surrogate pair reads as U+FFFD, as
//! the browser's encoder makes it. (One difference: a key written twice in one object is
//! refused, where the browser keeps the last. The app never writes one.)

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, DeserializeOwned, DeserializeSeed, Deserializer, Visitor};

use super::envelope::{check_head, decode_with, finish, DataSource, Decoded, Head, Parsed, Unreadable};
use crate::model::Scenarios;

/// How deep arrays and objects may nest (as serde_json allows): deeper is refused, never a
/// stack overflow.
pub const MAX_DEPTH: usize = 128;
/// The largest integer a double holds exactly, with every smaller one (`Number.MAX_SAFE_INTEGER`).
const MAX_SAFE_INTEGER: f64 = 9_007_199_254_740_991.0;

/// Why a text could not be read: serde's words for a value of the wrong type or a missing
/// field, or that it is not JSON. Boxed, so that every `Result` the reader passes is a word
/// wide (as serde_json's is): the code serde generates for each type then moves words, not
/// strings, and the team page is 11.6 KB smaller than with the string itself (measured).
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::box_collection)] // one word (a `Box<str>` is two): the point of the box
pub struct JsonError(Box<String>);

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for JsonError {}

impl de::Error for JsonError {
    fn custom<T: fmt::Display>(message: T) -> Self {
        JsonError(Box::new(message.to_string()))
    }
}

type Result<T> = std::result::Result<T, JsonError>;

fn bad() -> JsonError {
    JsonError(Box::new("it is not JSON".into()))
}

/// How a number with a fraction or an exponent is read, exactly: Rust's parser natively, the
/// browser's on a page (Rust's brings 10.8 KB of tables the pages otherwise do without).
/// `None` where it is not a number.
pub trait Floats {
    fn parse(text: &str) -> Option<f64>;
}

/// Rust's own float parser.
pub struct RustFloats;

impl Floats for RustFloats {
    fn parse(text: &str) -> Option<f64> {
        text.parse().ok()
    }
}

/// Reads a value of type `T` from all of `text`.
pub fn from_json<T: DeserializeOwned>(text: &str) -> Result<T> {
    from_json_with::<T>(text, RustFloats::parse)
}

/// [`from_json`], reading floats with `floats`.
pub fn from_json_with<T: DeserializeOwned>(text: &str, floats: fn(&str) -> Option<f64>) -> Result<T> {
    let mut r = Reader { s: text.as_bytes(), at: 0, depth: 0, floats };
    let value = T::deserialize(&mut r)?;
    r.ws();
    if r.at != r.s.len() {
        return Err(bad());
    }
    Ok(value)
}

struct Reader<'de> {
    s: &'de [u8],
    at: usize,
    depth: usize,
    floats: fn(&str) -> Option<f64>,
}

/// The number as an integer, if it is a safe integer (as `Number.isSafeInteger` says: -0 is).
fn whole(n: f64) -> Option<i64> {
    (n.fract() == 0.0 && n.abs() <= MAX_SAFE_INTEGER).then_some(n as i64)
}

// The lexing steps are kept out of line: serde's code for every type calls them, and inlined
// into each they made the team page several KB larger.
impl<'de> Reader<'de> {
    #[inline(never)]
    fn ws(&mut self) {
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = self.s.get(self.at) {
            self.at += 1;
        }
    }

    #[inline(never)]
    fn peek(&mut self) -> Result<u8> {
        self.ws();
        self.s.get(self.at).copied().ok_or_else(bad)
    }

    #[inline(never)]
    fn eat(&mut self, b: u8) -> Result<()> {
        if self.peek()? != b {
            return Err(bad());
        }
        self.at += 1;
        Ok(())
    }

    #[inline(never)]
    fn literal(&mut self, word: &[u8]) -> Result<()> {
        if self.s.get(self.at..self.at + word.len()) != Some(word) {
            return Err(bad());
        }
        self.at += word.len();
        Ok(())
    }

    fn enter(&mut self) -> Result<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(JsonError(Box::new("it nests too deeply".into())));
        }
        Ok(())
    }

    fn hex4(&mut self) -> Result<u32> {
        let digits = self.s.get(self.at..self.at + 4).ok_or_else(bad)?;
        // Four hex digits (`from_str_radix` alone would take a sign as well).
        if !digits.iter().all(u8::is_ascii_hexdigit) {
            return Err(bad());
        }
        let text = std::str::from_utf8(digits).map_err(|_| bad())?;
        let n = u32::from_str_radix(text, 16).map_err(|_| bad())?;
        self.at += 4;
        Ok(n)
    }

    /// A string, the opening quote next.
    #[inline(never)]
    fn string(&mut self) -> Result<Cow<'de, str>> {
        self.eat(b'"')?;
        let start = self.at;
        loop {
            match self.s.get(self.at).copied().ok_or_else(bad)? {
                b'"' => {
                    let text = std::str::from_utf8(&self.s[start..self.at]).map_err(|_| bad())?;
                    self.at += 1;
                    return Ok(Cow::Borrowed(text));
                }
                b'\\' => break,
                c if c < 0x20 => return Err(bad()),
                _ => self.at += 1,
            }
        }
        let mut out = std::str::from_utf8(&self.s[start..self.at]).map_err(|_| bad())?.to_string();
        loop {
            match self.s.get(self.at).copied().ok_or_else(bad)? {
                b'"' => {
                    self.at += 1;
                    return Ok(Cow::Owned(out));
                }
                b'\\' => {
                    self.at += 1;
                    let e = self.s.get(self.at).copied().ok_or_else(bad)?;
                    self.at += 1;
                    match e {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => {
                            let first = self.hex4()?;
                            let c = if (0xD800..0xDC00).contains(&first)
                                && self.s.get(self.at..self.at + 2) == Some(b"\\u")
                            {
                                let save = self.at;
                                self.at += 2;
                                let second = self.hex4()?;
                                if (0xDC00..0xE000).contains(&second) {
                                    char::from_u32(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))
                                } else {
                                    self.at = save;
                                    None
                                }
                            } else {
                                char::from_u32(first)
                            };
                            // A lone surrogate becomes U+FFFD, as the browser's encoder makes it.
                            out.push(c.unwrap_or('\u{fffd}'));
                        }
                        _ => return Err(bad()),
                    }
                }
                c if c < 0x20 => return Err(bad()),
                _ => {
                    let start = self.at;
                    while let Some(&c) = self.s.get(self.at) {
                        if c == b'"' || c == b'\\' || c < 0x20 {
                            break;
                        }
                        self.at += 1;
                    }
                    out.push_str(std::str::from_utf8(&self.s[start..self.at]).map_err(|_| bad())?);
                }
            }
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.at;
        while let Some(b'0'..=b'9') = self.s.get(self.at) {
            self.at += 1;
        }
        self.at - start
    }

    /// A number, as the browser holds it.
    #[inline(never)]
    fn number(&mut self) -> Result<f64> {
        self.ws();
        let start = self.at;
        if self.s.get(self.at) == Some(&b'-') {
            self.at += 1;
        }
        match self.s.get(self.at) {
            Some(b'0') => self.at += 1,
            Some(b'1'..=b'9') => {
                self.digits();
            }
            _ => return Err(bad()),
        }
        if self.s.get(self.at) == Some(&b'.') {
            self.at += 1;
            if self.digits() == 0 {
                return Err(bad());
            }
        }
        if let Some(b'e' | b'E') = self.s.get(self.at) {
            self.at += 1;
            if let Some(b'+' | b'-') = self.s.get(self.at) {
                self.at += 1;
            }
            if self.digits() == 0 {
                return Err(bad());
            }
        }
        let digits = &self.s[start..self.at];
        // Whole numbers of up to 15 digits, nearly all of them, need no float parsing.
        let (negative, magnitude) = match digits.split_first() {
            Some((b'-', rest)) => (true, rest),
            _ => (false, digits),
        };
        if magnitude.len() <= 15 && magnitude.iter().all(u8::is_ascii_digit) {
            let n = magnitude.iter().fold(0i64, |n, d| n * 10 + i64::from(d - b'0')) as f64;
            return Ok(if negative { -n } else { n });
        }
        let text = std::str::from_utf8(digits).map_err(|_| bad())?;
        (self.floats)(text).ok_or_else(bad)
    }

    #[inline(never)]
    fn skip(&mut self) -> Result<()> {
        match self.peek()? {
            b'n' => self.literal(b"null"),
            b't' => self.literal(b"true"),
            b'f' => self.literal(b"false"),
            b'"' => self.string().map(drop),
            b'[' => {
                self.at += 1;
                self.enter()?;
                let mut first = true;
                while self.more(b']', &mut first)? {
                    self.skip()?;
                }
                self.depth -= 1;
                Ok(())
            }
            b'{' => {
                self.at += 1;
                self.enter()?;
                let mut first = true;
                while self.more(b'}', &mut first)? {
                    self.string()?;
                    self.eat(b':')?;
                    self.skip()?;
                }
                self.depth -= 1;
                Ok(())
            }
            _ => self.number().map(drop),
        }
    }

    /// Whether another item follows in an array or object (`close` ends it).
    #[inline(never)]
    fn more(&mut self, close: u8, first: &mut bool) -> Result<bool> {
        let b = self.peek()?;
        if b == close {
            self.at += 1;
            return Ok(false);
        }
        if !*first {
            self.eat(b',')?;
        }
        *first = false;
        Ok(true)
    }

    #[inline(never)]
    fn unexpected(&mut self) -> de::Unexpected<'static> {
        match self.peek() {
            Ok(b'n') => de::Unexpected::Unit,
            Ok(b't') => de::Unexpected::Bool(true),
            Ok(b'f') => de::Unexpected::Bool(false),
            Ok(b'"') => de::Unexpected::Other("a string"),
            Ok(b'[') => de::Unexpected::Seq,
            Ok(b'{') => de::Unexpected::Map,
            _ => de::Unexpected::Other("a number"),
        }
    }

    #[inline(never)]
    fn invalid_type(&mut self, expected: &dyn de::Expected) -> JsonError {
        de::Error::invalid_type(self.unexpected(), expected)
    }
}

struct Items<'r, 'de> {
    r: &'r mut Reader<'de>,
    first: bool,
    close: u8,
}

impl<'de> de::SeqAccess<'de> for Items<'_, 'de> {
    type Error = JsonError;
    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>> {
        if !self.r.more(self.close, &mut self.first)? {
            self.close = 0;
            return Ok(None);
        }
        seed.deserialize(&mut *self.r).map(Some)
    }
}

impl<'de> de::MapAccess<'de> for Items<'_, 'de> {
    type Error = JsonError;
    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>> {
        if !self.r.more(self.close, &mut self.first)? {
            self.close = 0;
            return Ok(None);
        }
        let key = self.r.string()?;
        self.r.eat(b':')?;
        seed.deserialize(de::value::StrDeserializer::<JsonError>::new(&key)).map(Some)
    }
    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value> {
        seed.deserialize(&mut *self.r)
    }
}

impl<'de> Reader<'de> {
    /// Past what is left of an array or object a visitor did not read.
    #[inline(never)]
    fn finish(&mut self, items: (bool, u8), object: bool) -> Result<()> {
        let (mut first, close) = items;
        if close != 0 {
            while self.more(close, &mut first)? {
                if object {
                    self.string()?;
                    self.eat(b':')?;
                }
                self.skip()?;
            }
        }
        self.depth -= 1;
        Ok(())
    }
}

struct Variant<'r, 'de> {
    r: &'r mut Reader<'de>,
    with_data: bool,
}

impl<'r, 'de> de::EnumAccess<'de> for Variant<'r, 'de> {
    type Error = JsonError;
    type Variant = Self;
    fn variant_seed<V: DeserializeSeed<'de>>(self, seed: V) -> Result<(V::Value, Self)> {
        let name = self.r.string()?;
        if self.with_data {
            self.r.eat(b':')?;
        }
        let value = seed.deserialize(de::value::StrDeserializer::<JsonError>::new(&name))?;
        Ok((value, self))
    }
}

impl<'de> de::VariantAccess<'de> for Variant<'_, 'de> {
    type Error = JsonError;
    fn unit_variant(self) -> Result<()> {
        if self.with_data {
            return de::Deserialize::deserialize(&mut *self.r);
        }
        Ok(())
    }
    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value> {
        if !self.with_data {
            return Err(de::Error::invalid_type(de::Unexpected::UnitVariant, &"a variant with data"));
        }
        seed.deserialize(&mut *self.r)
    }
    fn tuple_variant<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value> {
        if !self.with_data {
            return Err(de::Error::invalid_type(de::Unexpected::UnitVariant, &visitor));
        }
        self.r.deserialize_seq(visitor)
    }
    fn struct_variant<V: Visitor<'de>>(self, _fields: &'static [&'static str], visitor: V) -> Result<V::Value> {
        if !self.with_data {
            return Err(de::Error::invalid_type(de::Unexpected::UnitVariant, &visitor));
        }
        self.r.deserialize_map(visitor)
    }
}

impl<'de> Deserializer<'de> for &mut Reader<'de> {
    type Error = JsonError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        match self.peek()? {
            b'n' => self.deserialize_unit(visitor),
            b't' | b'f' => self.deserialize_bool(visitor),
            b'"' => self.deserialize_str(visitor),
            b'[' => self.deserialize_seq(visitor),
            b'{' => self.deserialize_map(visitor),
            _ => {
                let n = self.number()?;
                match whole(n) {
                    Some(n) => visitor.visit_i64(n),
                    None => visitor.visit_f64(n),
                }
            }
        }
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        match self.peek()? {
            b't' => {
                self.literal(b"true")?;
                visitor.visit_bool(true)
            }
            b'f' => {
                self.literal(b"false")?;
                visitor.visit_bool(false)
            }
            _ => Err(self.invalid_type(&visitor)),
        }
    }

    fn deserialize_i64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        match self.peek()? {
            b'-' | b'0'..=b'9' => {
                let n = self.number()?;
                match whole(n) {
                    Some(n) => visitor.visit_i64(n),
                    None => Err(de::Error::invalid_type(de::Unexpected::Float(n), &visitor)),
                }
            }
            _ => Err(self.invalid_type(&visitor)),
        }
    }

    fn deserialize_u64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        match self.peek()? {
            b'-' | b'0'..=b'9' => {
                let n = self.number()?;
                match whole(n) {
                    Some(n) if n >= 0 => visitor.visit_u64(n as u64),
                    _ => Err(de::Error::invalid_type(de::Unexpected::Float(n), &visitor)),
                }
            }
            _ => Err(self.invalid_type(&visitor)),
        }
    }

    fn deserialize_i8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_i64(visitor)
    }
    fn deserialize_i16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_i64(visitor)
    }
    fn deserialize_i32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_i64(visitor)
    }
    fn deserialize_u8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_u64(visitor)
    }
    fn deserialize_u16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_u64(visitor)
    }
    fn deserialize_u32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_u64(visitor)
    }
    fn deserialize_f32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_f64(visitor)
    }

    fn deserialize_f64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        match self.peek()? {
            b'-' | b'0'..=b'9' => visitor.visit_f64(self.number()?),
            _ => Err(self.invalid_type(&visitor)),
        }
    }

    fn deserialize_char<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_str(visitor)
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        if self.peek()? != b'"' {
            return Err(self.invalid_type(&visitor));
        }
        visitor.visit_str(&self.string()?)
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_str(visitor)
    }

    fn deserialize_bytes<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_any(visitor)
    }

    fn deserialize_byte_buf<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_any(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        if self.peek()? == b'n' {
            self.literal(b"null")?;
            return visitor.visit_none();
        }
        visitor.visit_some(self)
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        if self.peek()? != b'n' {
            return Err(self.invalid_type(&visitor));
        }
        self.literal(b"null")?;
        visitor.visit_unit()
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(self, _name: &'static str, visitor: V) -> Result<V::Value> {
        self.deserialize_unit(visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(self, _name: &'static str, visitor: V) -> Result<V::Value> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        if self.peek()? != b'[' {
            return Err(self.invalid_type(&visitor));
        }
        self.at += 1;
        self.enter()?;
        let mut items = Items { r: self, first: true, close: b']' };
        let value = visitor.visit_seq(&mut items)?;
        let left = (items.first, items.close);
        self.finish(left, false)?;
        Ok(value)
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        if self.peek()? != b'{' {
            return Err(self.invalid_type(&visitor));
        }
        self.at += 1;
        self.enter()?;
        let mut items = Items { r: self, first: true, close: b'}' };
        let value = visitor.visit_map(&mut items)?;
        let left = (items.first, items.close);
        self.finish(left, true)?;
        Ok(value)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value> {
        self.deserialize_map(visitor)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value> {
        match self.peek()? {
            b'"' => visitor.visit_enum(Variant { r: self, with_data: false }),
            b'{' => {
                self.at += 1;
                self.enter()?;
                let value = visitor.visit_enum(Variant { r: &mut *self, with_data: true })?;
                self.eat(b'}')?;
                self.depth -= 1;
                Ok(value)
            }
            _ => Err(self.invalid_type(&visitor)),
        }
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_str(visitor)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.skip()?;
        visitor.visit_unit()
    }
}

/// Saved data or a backup file as this reader reads it (see `envelope::Parsed`): checked to be
/// JSON, its head read, its data read when the version says what shape it has.
pub struct Text<'a, F: Floats = RustFloats>(&'a str, std::marker::PhantomData<F>);

#[derive(serde::Deserialize)]
struct HeadIn {
    format: Option<String>,
    version: Option<u32>,
}

#[derive(serde::Deserialize)]
#[serde(bound = "T: DeserializeOwned")]
struct DataIn<T> {
    data: T,
}

impl<'a, F: Floats> Parsed<'a> for Text<'a, F> {
    type Data = Data<'a, F>;
    fn parse(text: &'a str) -> Option<Self> {
        from_json_with::<de::IgnoredAny>(text, F::parse).ok()?;
        Some(Text(text, std::marker::PhantomData))
    }
    fn head(&self) -> std::result::Result<Head, String> {
        match from_json_with::<HeadIn>(self.0, F::parse) {
            Ok(HeadIn { format: Some(format), version: Some(version) }) => Ok(Head { format, version }),
            _ => Err("it has no format and version".into()),
        }
    }
    fn data(&self) -> Data<'a, F> {
        Data(self.0, std::marker::PhantomData)
    }
}

/// The `data` of a [`Text`], read as the type asked for.
pub struct Data<'a, F>(&'a str, std::marker::PhantomData<F>);

impl<F: Floats> DataSource for Data<'_, F> {
    type Error = JsonError;
    fn read<T: DeserializeOwned>(&self) -> Result<T> {
        from_json_with::<DataIn<T>>(self.0, F::parse).map(|read| read.data)
    }
    fn locate(&self, error: &JsonError) -> (String, String) {
        ("data".into(), error.to_string())
    }
}

/// A backup as the app packs it, read in the same pass as the rest of its pack: its head and
/// its data, which every version after the first saves in one shape (`envelope::upgrade`).
#[derive(serde::Deserialize)]
struct PackedBackup {
    format: String,
    version: u32,
    data: Scenarios,
}

/// Each backup in a team's pack (`interchange::team`) read as saved data is
/// (`envelope::decode_with`: values out of range repaired, not refused); `None` where the pack
/// is not JSON. A pack as the app writes it, a list of backups of version 2 or later, is read
/// in one pass. Anything else is read one backup at a time: a backup alone (format 6 packed
/// each member so), one of version 1, or one that does not read, which stands beside the
/// others rather than taking them with it.
pub fn decode_pack<F: Floats>(json: &str) -> Option<Vec<std::result::Result<Decoded, Unreadable>>> {
    if let Ok(list) = from_json_with::<Vec<PackedBackup>>(json, F::parse) {
        let current = |b: &PackedBackup| {
            b.version >= 2 && check_head(&Head { format: b.format.clone(), version: b.version }).is_ok()
        };
        if list.iter().all(current) {
            return Some(list.into_iter().map(|b| Ok(finish(b.data, b.version))).collect());
        }
    }
    let backups = items(json, F::parse)?;
    Some(backups.into_iter().map(decode_with::<Text<F>>).collect())
}

/// The texts of the items of a JSON array, or the text itself where it is not an array;
/// `None` where it is not JSON.
pub(super) fn items(json: &str, floats: fn(&str) -> Option<f64>) -> Option<Vec<&str>> {
    let mut r = Reader { s: json.as_bytes(), at: 0, depth: 0, floats };
    if r.peek().ok()? != b'[' {
        from_json_with::<de::IgnoredAny>(json, floats).ok()?;
        return Some(vec![json]);
    }
    r.at += 1;
    let (mut first, mut found) = (true, Vec::new());
    while r.more(b']', &mut first).ok()? {
        r.ws();
        let start = r.at;
        r.skip().ok()?;
        found.push(&json[start..r.at]);
    }
    r.ws();
    (r.at == json.len()).then_some(found)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interchange::envelope;
    use crate::model::{blank_workspace, demonstration, Carried, Discipline, Scenarios, Workspace};

    fn two() -> (Scenarios, Workspace) {
        let [(a, wa), (b, wb)] = demonstration();
        let mut s = Scenarios::single(a, wa.clone());
        s.add(b, wb);
        (s, wa)
    }

    #[test]
    fn saved_data_reads_back_as_it_was_saved() {
        let (s, live) = two();
        let text = envelope::encode(&s, &live).unwrap();
        let read = decode_with::<Text>(&text).unwrap();
        assert_eq!(read.scenarios, s);
        assert_eq!(read, envelope::decode(&text).unwrap());
    }

    #[test]
    fn a_number_reads_as_an_integer_only_when_it_is_a_safe_integer() {
        // JSON's 1.0 is the browser's 1.
        assert_eq!(from_json::<u32>("1.0"), Ok(1));
        assert_eq!(from_json::<u32>("1e2"), Ok(100));
        assert_eq!(from_json::<u32>("4294967295"), Ok(u32::MAX));
        assert!(from_json::<u32>("4294967296").is_err());
        assert!(from_json::<u32>("1.5").is_err());
        assert!(from_json::<u32>("-1").is_err());
        assert_eq!(from_json::<i32>("-1"), Ok(-1));
        assert!(from_json::<u64>("9007199254740993").is_err());
        assert_eq!(from_json::<f64>("7"), Ok(7.0));
        assert_eq!(from_json::<f64>("0.30000000000000004"), Ok(0.1 + 0.2));
        assert_eq!(from_json::<f64>("0.3333333333333333"), Ok(1.0 / 3.0));
        let minus_zero = from_json::<f64>("-0").unwrap();
        assert!(minus_zero == 0.0 && minus_zero.is_sign_negative());
        assert_eq!(from_json::<Carried>("2.5"), Ok(Carried::Number(2.5)));
        for not_json in ["01", "1.", ".5", "+1", "1e", "-", "NaN", "Infinity", "0x10"] {
            assert!(from_json::<f64>(not_json).is_err(), "{not_json}");
        }
    }

    #[test]
    fn strings_read_with_every_escape_and_half_a_pair_as_the_browser_does() {
        let read: Vec<String> =
            from_json(r#"["plain", "é😀", "\"\\\/\b\f\n\r\t", "\u00e9\ud83d\ude00", "\ud83d", "a\udc00b"]"#).unwrap();
        assert_eq!(read, ["plain", "é😀", "\"\\/\u{8}\u{c}\n\r\t", "é😀", "\u{fffd}", "a\u{fffd}b"]);
        for not_json in ["\"a", "\"\\x\"", "\"\\u12\"", "\"\\u+123\"", "\"a\nb\""] {
            assert!(from_json::<String>(not_json).is_err(), "{not_json}");
        }
    }

    #[test]
    fn any_value_is_carried_whole_in_order() {
        let text = r#"{"b":[1,2.5,null,true,false,"x",{"c":"x"}],"a":{}}"#;
        let carried: Carried = from_json(text).unwrap();
        assert_eq!(serde_json::to_string(&carried).unwrap(), text);
    }

    #[test]
    fn fields_a_type_does_not_know_are_skipped_and_missing_ones_named() {
        let mut w = serde_json::to_value(blank_workspace(Discipline::Slp)).unwrap();
        w["from_the_future"] = serde_json::json!({"deep": [1, {"x": "profile"}], "s": "students"});
        assert_eq!(from_json::<Workspace>(&w.to_string()), Ok(blank_workspace(Discipline::Slp)));
        w.as_object_mut().unwrap().remove("profile");
        assert_eq!(from_json::<Workspace>(&w.to_string()).unwrap_err().to_string(), "missing field `profile`");
    }

    #[test]
    fn wrong_types_are_refused_in_serdes_words() {
        assert_eq!(from_json::<u32>("\"7\"").unwrap_err().to_string(), "invalid type: a string, expected u32");
        assert!(from_json::<String>("7").is_err());
        assert!(from_json::<Vec<u32>>("{\"a\": 1}").is_err());
        assert!(from_json::<Discipline>("{\"slp\": null, \"ot\": null}").is_err());
        assert_eq!(from_json::<Discipline>(" \"ot\" "), Ok(Discipline::Ot));
    }

    #[test]
    fn nesting_deeper_than_the_limit_is_refused() {
        let nest = |depth: usize| format!("{}1{}", "[".repeat(depth), "]".repeat(depth));
        assert!(from_json::<Carried>(&nest(MAX_DEPTH)).is_ok());
        assert_eq!(from_json::<Carried>(&nest(MAX_DEPTH + 1)).unwrap_err().to_string(), "it nests too deeply");
        assert!(from_json::<de::IgnoredAny>(&nest(100_000)).is_err());
    }

    #[test]
    fn cut_or_garbled_text_is_refused_never_a_panic() {
        let (s, live) = two();
        let text = envelope::encode(&s, &live).unwrap();
        for end in (0..text.len()).filter(|&i| text.is_char_boundary(i)) {
            assert!(decode_with::<Text>(&text[..end]).is_err());
        }
        assert!(from_json::<u32>("1 2").is_err(), "more after the value");
        assert!(from_json::<Vec<u32>>("[1,]").is_err());
        assert!(from_json::<Vec<u32>>("[,1]").is_err());
    }

    #[test]
    fn a_pack_reads_in_one_pass_or_one_backup_at_a_time() {
        let [(a, wa), (b, wb)] = demonstration();
        let backup = |name: &str, w: &Workspace| {
            let single = Scenarios::single(name, w.clone());
            envelope::encode(&single, &single.list[0].workspace).unwrap()
        };
        let (first, second) = (backup(a, &wa), backup(b, &wb));
        let names = |read: Vec<std::result::Result<Decoded, Unreadable>>| -> Vec<String> {
            read.into_iter().map(|r| r.map_or("unreadable".into(), |d| d.scenarios.list[0].name.clone())).collect()
        };
        assert_eq!(names(decode_pack::<RustFloats>(&format!("[{first},{second}]")).unwrap()), [a, b]);
        // Format 6 packed a member's backup alone.
        assert_eq!(names(decode_pack::<RustFloats>(&first).unwrap()), [a]);
        // One that does not read stands beside the others.
        let damaged = first.replacen("\"workspace\":{", "\"workspace\":{\"profile\":7,", 1);
        assert_eq!(names(decode_pack::<RustFloats>(&format!("[{damaged}, {second}]")).unwrap()), ["unreadable", b]);
        assert!(decode_pack::<RustFloats>("[{").is_none());
    }
}
