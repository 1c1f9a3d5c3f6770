//! Hostile input for everything that reads data from outside: backup files, share links and
//! spreadsheets. Whatever comes in, reading never panics, and what it accepts is in range.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use workload_core::engine::compute;
use workload_core::interchange::{backup, csv_import, envelope, json_reader, share};
use workload_core::model::check::problems;
use workload_core::model::{demonstration, Scenarios};

fn valid_backup() -> String {
    let [(a, wa), (b, wb)] = demonstration();
    let mut s = Scenarios::single(a, wa.clone());
    s.add(b, wb);
    backup::export(&s, &wa).unwrap()
}

/// What a fuzzer would splice into a valid file: other JSON values, junk, markup, extremes.
fn any_splice() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("null".to_string()),
        Just("\"<script>alert(1)</script>\"".to_string()),
        Just("1e308".to_string()),
        Just("-1e308".to_string()),
        Just("[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]".to_string()),
        Just("{}".to_string()),
        Just("\"\u{0}\u{feff}\u{202e}\"".to_string()),
        any::<i64>().prop_map(|n| n.to_string()),
        any::<f64>().prop_filter("JSON numbers are finite", |x| x.is_finite()).prop_map(|x| format!("{x:e}")),
        "[ -~]{0,12}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn any_text_is_refused_or_read_never_a_panic(text in "\\PC{0,300}") {
        let _ = envelope::decode(&text);
        let _ = envelope::decode_with::<json_reader::Text>(&text);
        let _ = json_reader::decode_pack::<json_reader::RustFloats>(&text);
        let _ = backup::import(&text);
        let _ = share::decode(&text);
        if let Ok(table) = csv_import::read_table(&text) {
            let _ = csv_import::read_rows(&table, &table.guess_roles());
        }
    }

    /// A valid file with a value replaced somewhere: either refused with reasons, or read
    /// into scenarios that pass every check and compute to finite numbers.
    #[test]
    fn a_spliced_backup_is_refused_or_sound(at in 0.0..1.0f64, len in 0usize..40, splice in any_splice()) {
        let text = valid_backup();
        let start = ((text.len() as f64 * at) as usize).min(text.len());
        let start = (0..=start).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
        let end = (start + len).min(text.len());
        let end = (end..=text.len()).find(|&i| text.is_char_boundary(i)).unwrap_or(text.len());
        let spliced = format!("{}{}{}", &text[..start], splice, &text[end..]);
        match backup::import(&spliced) {
            Ok(imported) => {
                let s = &imported.scenarios;
                prop_assert_eq!(problems(s, &s.get(s.active).unwrap().workspace), vec![]);
                for s in &imported.scenarios.list {
                    let r = compute(&s.workspace);
                    prop_assert!(r.total.is_finite() && r.capacity.is_finite());
                }
            }
            Err(refused) => prop_assert!(!refused.to_string().is_empty()),
        }
    }
}

/// The demonstration's saved data with `splice` in place of `len` characters, `at` of the way
/// through (a byte position: the text is ASCII).
fn spliced_saved_data(at: f64, len: usize, splice: &str) -> String {
    let [(a, wa), (b, wb)] = demonstration();
    let mut s = Scenarios::single(a, wa.clone());
    s.add(b, wb);
    let text = envelope::encode(&s, &wa).unwrap();
    let start = ((text.len() as f64 * at) as usize).min(text.len());
    let end = (start + len).min(text.len());
    format!("{}{}{}", &text[..start], splice, &text[end..])
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    /// Saved data with a value replaced somewhere, as a damaged store or an older version
    /// might hold it: unreadable (and kept aside), or read into data that breaks no rule and
    /// saves again. Loading never refuses a value it can bring within range.
    #[test]
    fn spliced_saved_data_is_unreadable_or_repaired_into_valid_data(
        at in 0.0..1.0f64, len in 0usize..40, splice in any_splice()
    ) {
        let spliced = spliced_saved_data(at, len, &splice);
        if let Ok(decoded) = envelope::decode(&spliced) {
            let s = &decoded.scenarios;
            let live = &s.get(s.active).unwrap().workspace;
            prop_assert_eq!(problems(s, live), vec![]);
            prop_assert!(envelope::encode(s, live).is_ok());
        }
    }
}

/// A JSON value as the browser holds it: it has one kind of number, so a whole number
/// written with a fraction (`1.0`) is an integer like any other.
fn as_the_browser_holds_it(value: serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match value {
        Value::Number(n) => match n.as_f64() {
            Some(f) if n.is_f64() && f.fract() == 0.0 && f.abs() <= 9_007_199_254_740_991.0 => Value::from(f as i64),
            _ => Value::Number(n),
        },
        Value::Array(items) => Value::Array(items.into_iter().map(as_the_browser_holds_it).collect()),
        Value::Object(fields) => {
            Value::Object(fields.into_iter().map(|(k, v)| (k, as_the_browser_holds_it(v))).collect())
        }
        other => other,
    }
}

/// Whether an object in the JSON has a key twice (where the browser keeps the last, and serde
/// refuses the field twice).
fn has_a_key_twice(text: &str) -> bool {
    struct Twice(bool);
    impl<'de> serde::de::Visitor<'de> for &mut Twice {
        type Value = ();
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("JSON")
        }
        fn visit_bool<E>(self, _: bool) -> Result<(), E> {
            Ok(())
        }
        fn visit_i64<E>(self, _: i64) -> Result<(), E> {
            Ok(())
        }
        fn visit_u64<E>(self, _: u64) -> Result<(), E> {
            Ok(())
        }
        fn visit_f64<E>(self, _: f64) -> Result<(), E> {
            Ok(())
        }
        fn visit_str<E>(self, _: &str) -> Result<(), E> {
            Ok(())
        }
        fn visit_unit<E>(self) -> Result<(), E> {
            Ok(())
        }
        fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
            while seq.next_element_seed(&mut *self)?.is_some() {}
            Ok(())
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
            let mut keys = std::collections::HashSet::new();
            while let Some(key) = map.next_key::<String>()? {
                self.0 |= !keys.insert(key);
                map.next_value_seed(&mut *self)?;
            }
            Ok(())
        }
    }
    impl<'de> serde::de::DeserializeSeed<'de> for &mut Twice {
        type Value = ();
        fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
            d.deserialize_any(self)
        }
    }
    let mut twice = Twice(false);
    let _ = serde::de::DeserializeSeed::deserialize(&mut twice, &mut serde_json::Deserializer::from_str(text));
    twice.0
}

#[derive(Debug, PartialEq, serde::Deserialize)]
struct SavedData {
    data: Scenarios,
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    /// The team pages read saved data with the small JSON reader (`interchange::json_reader`),
    /// every other page with the browser's JSON: whatever a damaged store holds, the reader
    /// reads it exactly as the JSON reads, or refuses it as the JSON is refused. (A key written
    /// twice in one object is the one difference, left out here: the browser keeps the last,
    /// serde may refuse it. The app never writes one.)
    #[test]
    fn the_small_reader_reads_saved_data_as_its_json_reads(
        at in 0.0..1.0f64, len in 0usize..40, splice in any_splice()
    ) {
        let spliced = spliced_saved_data(at, len, &splice);
        let Ok(value) = serde_json::from_str::<serde_json::Value>(&spliced) else { return Ok(()) };
        if has_a_key_twice(&spliced) {
            return Ok(());
        }
        let from_json = serde_json::from_value::<SavedData>(as_the_browser_holds_it(value));
        let from_reader = json_reader::from_json::<SavedData>(&spliced);
        match (from_json, from_reader) {
            (Ok(json), Ok(read)) => prop_assert_eq!(json, read),
            (Err(_), Err(_)) => {}
            (json, read) => prop_assert!(false, "JSON read {:?}, the reader {:?}", json.err(), read.err()),
        }
    }
}

#[test]
fn deep_nesting_is_refused_before_parsing() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert_eq!(backup::import(&deep), Err(backup::Refused::TooDeep));
}

/// The example in docs/data-format.md is a real file: it imports as documented.
#[test]
fn the_documented_example_imports() {
    let doc = include_str!("../../docs/data-format.md");
    let example = doc.split("## 6.").nth(1).expect("section 6");
    let json = example.split("```json").nth(1).and_then(|rest| rest.split("```").next()).expect("a json block");
    let imported = backup::import(json).unwrap_or_else(|e| panic!("{e}: {:?}", e.details()));
    assert_eq!(imported.from_version, 2);
    let scenario = &imported.scenarios.list[0];
    assert_eq!(scenario.workspace.students.len(), 2);
    assert!(compute(&scenario.workspace).total > 0.0);
}
