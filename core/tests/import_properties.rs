//! Hostile input for everything that reads data from outside: backup files, share links and
//! spreadsheets. Whatever comes in, reading never panics, and what it accepts is in range.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use workload_core::engine::compute;
use workload_core::interchange::{backup, csv_import, envelope, share};
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

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    /// Saved data with a value replaced somewhere, as a damaged store or an older version
    /// might hold it: unreadable (and kept aside), or read into data that breaks no rule and
    /// saves again. Loading never refuses a value it can bring within range.
    #[test]
    fn spliced_saved_data_is_unreadable_or_repaired_into_valid_data(
        at in 0.0..1.0f64, len in 0usize..40, splice in any_splice()
    ) {
        let [(a, wa), (b, wb)] = demonstration();
        let mut s = Scenarios::single(a, wa.clone());
        s.add(b, wb);
        let text = envelope::encode(&s, &wa).unwrap();
        let start = ((text.len() as f64 * at) as usize).min(text.len());
        let end = (start + len).min(text.len());
        let spliced = format!("{}{}{}", &text[..start], splice, &text[end..]);
        if let Ok(decoded) = envelope::decode(&spliced) {
            let s = &decoded.scenarios;
            let live = &s.get(s.active).unwrap().workspace;
            prop_assert_eq!(problems(s, live), vec![]);
            prop_assert!(envelope::encode(s, live).is_ok());
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
