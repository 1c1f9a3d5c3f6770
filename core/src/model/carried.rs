//! A part of the saved data that a page does not use, kept exactly as it was read so that
//! saving writes it back unchanged.
//!
//! Each page is built with only the parts of the model it shows (`Cargo.toml` features):
//! the calculator has no code for the time study, yet must never drop one when it saves.
//! It reads the study as a [`Carried`] value (any JSON value, in order) and writes that
//! back. The pages that show or import a part are built with its feature and read it in
//! full, with every rule checked.

use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};
use std::fmt;

/// Any JSON value. Objects keep their keys in order; whole numbers are written as whole
/// numbers, so the saved text is the same after a page carried it.
#[derive(Clone, Debug, PartialEq)]
pub enum Carried {
    Null,
    Bool(bool),
    Number(f64),
    Text(String),
    List(Vec<Carried>),
    Object(Vec<(String, Carried)>),
}

/// Whole numbers up to this size are written without a fraction (as JavaScript does).
const WHOLE: f64 = 9_007_199_254_740_992.0;

impl Serialize for Carried {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Carried::Null => s.serialize_unit(),
            Carried::Bool(b) => s.serialize_bool(*b),
            Carried::Number(n) if n.fract() == 0.0 && n.abs() < WHOLE => s.serialize_i64(*n as i64),
            Carried::Number(n) => s.serialize_f64(*n),
            Carried::Text(t) => s.serialize_str(t),
            Carried::List(items) => {
                let mut seq = s.serialize_seq(Some(items.len()))?;
                for item in items {
                    seq.serialize_element(item)?;
                }
                seq.end()
            }
            Carried::Object(fields) => {
                let mut map = s.serialize_map(Some(fields.len()))?;
                for (key, value) in fields {
                    map.serialize_entry(key, value)?;
                }
                map.end()
            }
        }
    }
}

impl<'de> Deserialize<'de> for Carried {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Carried, D::Error> {
        d.deserialize_any(CarriedVisitor)
    }
}

struct CarriedVisitor;

impl<'de> Visitor<'de> for CarriedVisitor {
    type Value = Carried;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any value")
    }

    fn visit_unit<E: de::Error>(self) -> Result<Carried, E> {
        Ok(Carried::Null)
    }

    fn visit_none<E: de::Error>(self) -> Result<Carried, E> {
        Ok(Carried::Null)
    }

    fn visit_bool<E: de::Error>(self, b: bool) -> Result<Carried, E> {
        Ok(Carried::Bool(b))
    }

    fn visit_i64<E: de::Error>(self, n: i64) -> Result<Carried, E> {
        Ok(Carried::Number(n as f64))
    }

    fn visit_u64<E: de::Error>(self, n: u64) -> Result<Carried, E> {
        Ok(Carried::Number(n as f64))
    }

    fn visit_f64<E: de::Error>(self, n: f64) -> Result<Carried, E> {
        Ok(Carried::Number(n))
    }

    fn visit_str<E: de::Error>(self, t: &str) -> Result<Carried, E> {
        Ok(Carried::Text(t.to_string()))
    }

    fn visit_string<E: de::Error>(self, t: String) -> Result<Carried, E> {
        Ok(Carried::Text(t))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Carried, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Carried::List(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Carried, A::Error> {
        let mut fields = Vec::new();
        while let Some(entry) = map.next_entry()? {
            fields.push(entry);
        }
        Ok(Carried::Object(fields))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_json_is_written_back_as_it_was_read() {
        let text = r#"{"setup":{"start":"2026-10-05","school_days":5,"weekdays":[true,true,false],"lunch_start":null},"days":[{"intervals":[3,null,4],"overflow":[{"task":6,"minutes":45.5}]}],"name":"Say \"hi\", é"}"#;
        let carried: Carried = serde_json::from_str(text).unwrap();
        assert_eq!(serde_json::to_string(&carried).unwrap(), text);
        assert!(matches!(&carried, Carried::Object(fields) if fields[0].0 == "setup"));
    }

    #[test]
    fn numbers_keep_their_value() {
        for text in ["0", "-3", "0.1", "1e-7", "123456789012", "-0.5"] {
            let carried: Carried = serde_json::from_str(text).unwrap();
            let back: f64 = serde_json::from_str(&serde_json::to_string(&carried).unwrap()).unwrap();
            assert_eq!(back, text.parse::<f64>().unwrap());
        }
    }
}
