//! Saved data and backups through the browser's own JSON: `JSON.parse` and `JSON.stringify`
//! do the text and serde-wasm-bindgen carries the values across. No page carries a number
//! formatter of its own, and numbers read back exactly as written. Every page writes so; the
//! team pages read with the small JSON reader instead (`small_json`), for their speed.
//!
//! Reading comes in two kinds ([`Reader`]): [`Plain`], and [`NamingFields`], which also
//! names the field a file has wrong (`list[0].workspace.students[3].label`, `field_path`).
//! Only the data page, where backups are imported, reads that way; each page compiles one
//! kind only.

use std::marker::PhantomData;

use serde::de::DeserializeOwned;
use serde::Serialize;

use super::field_path;
use wasm_bindgen::JsValue;

use workload_core::interchange::backup::{self, Imported, Refused};
use workload_core::interchange::envelope::{
    decode_with, saveable, DataSource, Decoded, Head, Parsed, Unreadable, Unsavable,
};
use workload_core::model::{Scenario, Scenarios, Workspace};

/// How a value the browser parsed is read into the model.
pub trait Reader {
    type Error;
    fn read<T: DeserializeOwned>(value: JsValue) -> Result<T, Self::Error>;
    /// Where a field could not be read, and why.
    fn locate(error: &Self::Error) -> (String, String);
}

/// Reads, and says why not.
pub struct Plain;

impl Reader for Plain {
    type Error = serde_wasm_bindgen::Error;
    fn read<T: DeserializeOwned>(value: JsValue) -> Result<T, Self::Error> {
        serde_wasm_bindgen::from_value(value)
    }
    fn locate(error: &Self::Error) -> (String, String) {
        ("data".into(), message(error))
    }
}

/// Reads, and says why not and where (`field_path`).
pub struct NamingFields;

impl Reader for NamingFields {
    /// Where, and why.
    type Error = (String, String);
    fn read<T: DeserializeOwned>(value: JsValue) -> Result<T, Self::Error> {
        serde_wasm_bindgen::from_value(value.clone()).map_err(|e| {
            // Saved data of version 2 holds a list of scenarios; version 1, one workspace.
            let has_list = js_sys::Reflect::has(&value, &"list".into()).unwrap_or(false);
            let level = if has_list { &field_path::SCENARIOS } else { &field_path::WORKSPACE };
            (field_path::locate(level, &value, String::new()), message(&e))
        })
    }
    fn locate(error: &Self::Error) -> (String, String) {
        error.clone()
    }
}

/// serde's words for what was wrong (a JavaScript error, shown without its "Error: ").
pub(super) fn message(error: &serde_wasm_bindgen::Error) -> String {
    let text = error.to_string();
    text.strip_prefix("Error: ").map(str::to_string).unwrap_or(text)
}

/// Text the browser parsed.
pub struct BrowserJson<R>(JsValue, PhantomData<R>);

impl<'a, R: Reader> Parsed<'a> for BrowserJson<R> {
    type Data = JsData<R>;
    fn parse(text: &'a str) -> Option<Self> {
        js_sys::JSON::parse(text).ok().map(|value| BrowserJson(value, PhantomData))
    }
    fn head(&self) -> Result<Head, String> {
        let field = |name: &str| js_sys::Reflect::get(&self.0, &name.into()).ok();
        let format = field("format").and_then(|f| f.as_string());
        let version = field("version")
            .and_then(|v| v.as_f64())
            .filter(|v| v.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(v));
        match (format, version) {
            (Some(format), Some(version)) => Ok(Head { format, version: version as u32 }),
            _ => Err("it has no format and version".into()),
        }
    }
    fn data(&self) -> JsData<R> {
        JsData(js_sys::Reflect::get(&self.0, &"data".into()).unwrap_or(JsValue::UNDEFINED), PhantomData)
    }
}

/// An envelope's `data` as the browser parsed it.
pub struct JsData<R>(JsValue, PhantomData<R>);

impl<R: Reader> DataSource for JsData<R> {
    type Error = R::Error;
    fn read<T: DeserializeOwned>(&self) -> Result<T, R::Error> {
        R::read(self.0.clone())
    }
    fn locate(&self, error: &R::Error) -> (String, String) {
        R::locate(error)
    }
}

/// Reads saved text.
pub fn decode<R: Reader>(raw: &str) -> Result<Decoded, Unreadable> {
    decode_with::<BrowserJson<R>>(raw)
}

/// Reads a backup file (or a share link's data), naming any field it has wrong; with a team,
/// every member's scenario is read back too.
pub fn import(text: &str) -> Result<Imported, Refused> {
    let imported = backup::import_with::<BrowserJson<NamingFields>>(text)?;
    #[cfg(feature = "team")]
    workload_core::interchange::team::members_readable(imported.scenarios.team.as_ref(), backups_in, import)?;
    Ok(imported)
}

/// The JSON texts of the backups a team's pack holds, split by the browser's JSON (as
/// `interchange::team::backups_in` splits them natively); `None` where it is not JSON.
#[cfg(feature = "team")]
fn backups_in(json: &str) -> Option<Vec<String>> {
    let parsed = js_sys::JSON::parse(json).ok()?;
    if !js_sys::Array::is_array(&parsed) {
        return Some(vec![json.to_string()]);
    }
    js_sys::Array::from(&parsed).iter().map(|b| js_sys::JSON::stringify(&b).ok().map(String::from)).collect()
}

/// How values become the browser's: `null` where a value is absent, as the format has it,
/// and a map as a plain object (a part of the data carried unread, `model::Carried`, is
/// one), which `JSON.stringify` writes out; it would write a JavaScript `Map` as `{}`.
fn serializer() -> serde_wasm_bindgen::Serializer {
    serde_wasm_bindgen::Serializer::new().serialize_missing_as_null(true).serialize_maps_as_objects(true)
}

/// Whether two scenarios hold the same, compared as the text they save as.
pub fn same(a: &Scenario, b: &Scenario) -> bool {
    let text = |s: &Scenario| {
        s.serialize(&serializer()).ok().and_then(|v| js_sys::JSON::stringify(&v).ok()).and_then(|t| t.as_string())
    };
    matches!((text(a), text(b)), (Some(x), Some(y)) if x == y)
}

/// The saved text for `scenarios`, whose open one is `live`; `indent` for a backup file a
/// person can read. Saving passes `over`, the saved text this tab builds on: a page built
/// without the team writes back the team it holds (`carried_team`).
pub fn encode(scenarios: &Scenarios, live: &Workspace, indent: bool, over: Option<&str>) -> Result<String, Unsavable> {
    let envelope = saveable(scenarios, live)?;
    let value = envelope.serialize(&serializer()).map_err(|_| Unsavable(Vec::new()))?;
    #[cfg(not(feature = "team"))]
    if let Some(seen) = over {
        super::carried_team::write_back(&value, seen);
    }
    #[cfg(feature = "team")]
    let _ = over;
    let text = if indent {
        js_sys::JSON::stringify_with_replacer_and_space(&value, &JsValue::NULL, &JsValue::from(2))
    } else {
        js_sys::JSON::stringify(&value)
    };
    text.ok().and_then(|t| t.as_string()).ok_or(Unsavable(Vec::new()))
}
