//! Where data is saved: the browser's localStorage, probed before use, with every failure
//! turned into a value the shell tells the user about instead of a panic. The saved text is
//! read and written through the browser's own JSON (`browser_json`).

use gloo_storage::{LocalStorage, Storage};

use workload_core::interchange::envelope::{aside_key, Decoded, Unreadable, ASIDE_KEY_PREFIX};

pub const DATA_KEY: &str = "workload-calculator.data";

/// What loading found.
pub enum Loaded {
    /// Nothing saved yet: a first visit.
    Nothing,
    Restored(Decoded),
    /// Saved data that this version cannot read. Nothing has been written anywhere yet: it
    /// stays where it is until the user has chosen what to do with it.
    Unreadable {
        raw: String,
        why: Unreadable,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub enum SaveError {
    Full,
    Failed(String),
}

impl std::fmt::Display for SaveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SaveError::Full => f.write_str("this browser's storage is full"),
            SaveError::Failed(reason) => write!(f, "the browser refused: {reason}"),
        }
    }
}

/// localStorage if it can really be written: private modes and sandboxed frames either
/// throw on access or refuse writes, and gloo-storage would panic on the former.
pub fn available() -> bool {
    let Some(window) = web_sys::window() else { return false };
    let Ok(Some(storage)) = window.local_storage() else { return false };
    let probe = "workload-calculator.probe";
    let ok = storage.set_item(probe, "1").is_ok();
    let _ = storage.remove_item(probe);
    ok
}

/// Reads saved text: `browser_json::decode` of one [`browser_json::Reader`] (a page
/// compiles the one it names).
pub type Decode = fn(&str) -> Result<Decoded, Unreadable>;

pub fn load(decode: Decode) -> Loaded {
    let Some(raw) = read_raw() else { return Loaded::Nothing };
    match decode(&raw) {
        Ok(decoded) => Loaded::Restored(decoded),
        Err(why) => Loaded::Unreadable { raw, why },
    }
}

/// The saved text as it is now (another tab may have written it).
pub fn read_raw() -> Option<String> {
    LocalStorage::raw().get_item(DATA_KEY).ok().flatten()
}

fn set(key: &str, text: &str) -> Result<(), SaveError> {
    LocalStorage::raw().set_item(key, text).map_err(|error| {
        let name = js_sys::Reflect::get(&error, &"name".into()).ok().and_then(|n| n.as_string()).unwrap_or_default();
        if name == "QuotaExceededError" {
            SaveError::Full
        } else {
            SaveError::Failed(if name.is_empty() { "for no stated reason".into() } else { name })
        }
    })
}

/// Writes the saved text (see `envelope::encode`).
pub fn write(text: &str) -> Result<(), SaveError> {
    set(DATA_KEY, text)
}

/// Copies `raw` aside under a key of its own, one per distinct text: the same data seen on
/// every page load is copied once. Returns the key.
pub fn keep_aside(raw: &str) -> Result<String, SaveError> {
    let key = aside_key(raw);
    let storage = LocalStorage::raw();
    if storage.get_item(&key).ok().flatten().as_deref() == Some(raw) {
        return Ok(key);
    }
    set(&key, raw).map(|()| key)
}

/// Every copy kept aside: its key and its text.
pub fn kept_aside() -> Vec<(String, String)> {
    let storage = LocalStorage::raw();
    let count = storage.length().unwrap_or(0);
    let mut kept: Vec<(String, String)> = (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(ASIDE_KEY_PREFIX))
        .filter_map(|k| storage.get_item(&k).ok().flatten().map(|text| (k, text)))
        .collect();
    kept.sort();
    kept
}

pub fn remove(key: &str) {
    let _ = LocalStorage::raw().remove_item(key);
}
