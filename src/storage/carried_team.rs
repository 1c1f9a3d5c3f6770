//! The team, on pages built without it: written back as the saved text holds it.
//!
//! Only the team page reads a team (`model::Team`); every other page leaves it out of its
//! model and its code. When such a page saves, the team of the saved text it builds on (what
//! this tab last read or wrote, which the saver keeps up with other tabs' saves) goes back
//! into the envelope as the browser parsed it. A team of two hundred colleagues is about a
//! megabyte: it is parsed once per text another tab wrote, never converted on each save.

use std::cell::RefCell;

use wasm_bindgen::JsValue;
use workload_core::interchange::envelope::{CURRENT_VERSION, FORMAT};

/// The first version whose data may hold a team.
const TEAM_FROM_VERSION: f64 = 6.0;

thread_local! {
    /// The last saved text looked at, and its team (`undefined` for none).
    static LAST: RefCell<Option<(String, JsValue)>> = const { RefCell::new(None) };
}

fn get(value: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(value, &key.into()).unwrap_or(JsValue::UNDEFINED)
}

/// The team in saved text this version reads, as the browser parses it.
fn team_of(text: &str) -> JsValue {
    let cached = LAST.with_borrow(|last| last.as_ref().filter(|(t, _)| t == text).map(|(_, team)| team.clone()));
    if let Some(team) = cached {
        return team;
    }
    let team = js_sys::JSON::parse(text)
        .ok()
        .filter(|v| get(v, "format").as_string().as_deref() == Some(FORMAT))
        .filter(|v| {
            get(v, "version").as_f64().is_some_and(|n| (TEAM_FROM_VERSION..=f64::from(CURRENT_VERSION)).contains(&n))
        })
        .map_or(JsValue::UNDEFINED, |v| get(&get(&v, "data"), "team"));
    LAST.with_borrow_mut(|last| *last = Some((text.to_string(), team.clone())));
    team
}

/// Puts the team of `seen` (the saved text this tab builds on) into `envelope`, the value
/// about to be written; returns whether there was one.
pub fn write_back(envelope: &JsValue, seen: &str) -> bool {
    let team = team_of(seen);
    if team.is_undefined() || team.is_null() {
        return false;
    }
    js_sys::Reflect::set(&get(envelope, "data"), &"team".into(), &team).is_ok()
}

/// The text just written holds the same team: the next save finds it without parsing.
pub fn written(text: &str) {
    LAST.with_borrow_mut(|last| {
        if let Some((seen, _)) = last {
            *seen = text.to_string();
        }
    });
}
