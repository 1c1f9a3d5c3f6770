//! Where in a backup the field is that could not be read: `list[1].workspace.students[3]
//! .services[0].rate.minutes`. Found after the fact, only when reading has failed, by reading
//! the parts again on their own: the parts' readers are the ones reading the whole already
//! uses, so naming the field adds a walk, not a second copy of every reader (which a
//! path-tracking deserializer would, about 9 KB of the page).
//!
//! The walk follows the model's nesting (`NESTED`); a test in `tests/browser.rs` damages a
//! field at every level and checks the path named.

use serde::de::{self, DeserializeOwned, Visitor};
use wasm_bindgen::{JsCast, JsValue};

use workload_core::model::{
    Activity, Building, Checklist, DaysOff, IndirectTask, Profile, Rate, Scenario, Scenarios, SchoolYear, Service,
    StandardValue, StandardValues, StatusThresholds, Student, Workspace,
};

/// Why `value` cannot be read as `T`, if it cannot.
fn problem<T: DeserializeOwned>(value: &JsValue) -> Option<String> {
    serde_wasm_bindgen::from_value::<T>(value.clone()).err().map(|e| super::browser_json::message(&e))
}

/// The fields serde reads for `T`, in the order it reads them (serde-wasm-bindgen reads a
/// struct's fields in this order, and stops at the first it cannot read).
fn fields<T: DeserializeOwned>() -> &'static [&'static str] {
    let mut found: &'static [&'static str] = &[];
    let _ = T::deserialize(FieldNames(&mut found));
    found
}

/// A deserializer that only learns a struct's field names.
struct FieldNames<'a>(&'a mut &'static [&'static str]);

#[derive(Debug)]
struct Stop;

impl std::fmt::Display for Stop {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("stop")
    }
}

impl std::error::Error for Stop {}

impl de::Error for Stop {
    fn custom<M: std::fmt::Display>(_: M) -> Stop {
        Stop
    }
}

impl<'de> de::Deserializer<'de> for FieldNames<'_> {
    type Error = Stop;

    fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Stop> {
        Err(Stop)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        fields: &'static [&'static str],
        _: V,
    ) -> Result<V::Value, Stop> {
        *self.0 = fields;
        Err(Stop)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf option unit unit_struct newtype_struct seq tuple
        tuple_struct map enum identifier ignored_any
    }
}

/// One kind of object in the model: its own fields, and where it holds others.
pub struct Level {
    problem: fn(&JsValue) -> Option<String>,
    fields: fn() -> &'static [&'static str],
    nested: &'static [Nested],
}

/// A field holding another object, or a list of them.
struct Nested {
    field: &'static str,
    list: bool,
    level: &'static Level,
}

macro_rules! level {
    ($t:ty, [$($field:literal $(($list:tt))? => $level:ident),*]) => {
        Level {
            problem: problem::<$t>,
            fields: fields::<$t>,
            nested: &[$(Nested { field: $field, list: level!(@list $($list)?), level: &$level }),*],
        }
    };
    (@list) => { false };
    (@list many) => { true };
}

const RATE: Level = level!(Rate, []);
const BUILDING: Level = level!(Building, []);
const THRESHOLDS: Level = level!(StatusThresholds, []);
const PROFILE: Level = level!(Profile, ["buildings" (many) => BUILDING, "thresholds" => THRESHOLDS]);
const STANDARD: Level = level!(StandardValue, ["rate" => RATE]);
const STANDARDS: Level =
    level!(StandardValues, ["annual_plan" => STANDARD, "progress_reports" => STANDARD, "reevaluation" => STANDARD]);
const SERVICE: Level = level!(Service, ["rate" => RATE]);
const STUDENT: Level = level!(Student, ["services" (many) => SERVICE]);
const ACTIVITY: Level = level!(Activity, ["rate" => RATE]);
const DAYS_OFF: Level = level!(DaysOff, []);
const YEAR: Level = level!(SchoolYear, ["days_off" (many) => DAYS_OFF]);
const TASK: Level = level!(IndirectTask, []);
const CHECKLIST: Level = level!(Checklist, ["tasks" (many) => TASK]);
pub const WORKSPACE: Level = level!(Workspace, [
    "profile" => PROFILE, "standards" => STANDARDS, "students" (many) => STUDENT,
    "activities" (many) => ACTIVITY, "school_year" => YEAR, "checklist" => CHECKLIST
]);
const SCENARIO: Level = level!(Scenario, ["workspace" => WORKSPACE]);
pub const SCENARIOS: Level = level!(Scenarios, ["list" (many) => SCENARIO]);

fn get(value: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(value, &key.into()).unwrap_or(JsValue::UNDEFINED)
}

/// The path, below `at`, of the first field of `value` (an object of `level` that cannot
/// be read) that cannot be read.
pub fn locate(level: &Level, value: &JsValue, at: String) -> String {
    let join = |field: &str| if at.is_empty() { field.to_string() } else { format!("{at}.{field}") };
    for nested in level.nested {
        let inner = get(value, nested.field);
        if nested.list {
            let Some(items) = inner.dyn_ref::<js_sys::Array>() else { continue };
            for (i, item) in items.iter().enumerate() {
                if (nested.level.problem)(&item).is_some() {
                    return locate(nested.level, &item, format!("{}[{i}]", join(nested.field)));
                }
            }
        } else if inner.is_object() && (nested.level.problem)(&inner).is_some() {
            return locate(nested.level, &inner, join(nested.field));
        }
    }
    // None of the objects it holds: one of its own fields. Reading only the fields up to
    // each in turn, the first that brings back the failure (rather than "missing field"
    // for the ones left out) is the one.
    let fields = (level.fields)();
    let Some(object) = value.dyn_ref::<js_sys::Object>() else { return at };
    let partial = js_sys::Object::new();
    for field in fields {
        let key = JsValue::from_str(field);
        if js_sys::Reflect::has(object, &key).unwrap_or(false) {
            let _ = js_sys::Reflect::set(&partial, &key, &get(object, field));
        }
        if (level.problem)(&partial).is_some_and(|p| !p.starts_with("missing field")) {
            return join(field);
        }
    }
    at
}
