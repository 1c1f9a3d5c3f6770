//! The team, on pages built without it: written back as the saved text holds it.
//!
//! Only the team page reads a team (`model::Team`); every other page leaves it out of its
//! model and its code. When such a page saves, the team of the saved text it builds on (what
//! this tab last read or wrote, which the saver keeps up with other tabs' saves) goes back
//! into the envelope as the browser parsed it. Saving is debounced, so the parse (a few
//! milliseconds for a team of two hundred) never falls between keystrokes.

use wasm_bindgen::JsValue;
use workload_core::interchange::envelope::{CURRENT_VERSION, FORMAT};

/// The first version whose data may hold a team.
const TEAM_FROM_VERSION: f64 = 6.0;

fn get(value: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(value, &key.into()).unwrap_or(JsValue::UNDEFINED)
}

/// Puts the team of `seen` (saved text of a version this page reads) into `envelope`, the
/// value about to be written.
pub fn write_back(envelope: &JsValue, seen: &str) {
    let Ok(saved) = js_sys::JSON::parse(seen) else { return };
    let readable = get(&saved, "format").as_string().as_deref() == Some(FORMAT)
        && get(&saved, "version")
            .as_f64()
            .is_some_and(|v| (TEAM_FROM_VERSION..=f64::from(CURRENT_VERSION)).contains(&v));
    let team = get(&get(&saved, "data"), "team");
    if readable && team.is_object() {
        let _ = js_sys::Reflect::set(&get(envelope, "data"), &"team".into(), &team);
    }
}
