//! The browser side of saving: localStorage, probed before use, with every failure turned
//! into a notice for the user instead of a panic.

use gloo_storage::{LocalStorage, Storage};

use workload_core::interchange::envelope::{self, Decoded};

pub const DATA_KEY: &str = "workload-calculator.data";
pub const BACKUP_KEY_PREFIX: &str = "workload-calculator.backup.";

/// What loading found.
pub enum Loaded {
    /// Nothing saved yet: a first visit.
    Nothing,
    Restored(Decoded),
    /// Saved data that this version cannot read, now kept under `backup_key`.
    Unreadable {
        raw: String,
        backup_key: Option<String>,
        explanation: String,
    },
}

pub enum SaveError {
    Full,
    Failed(String),
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

pub fn load() -> Loaded {
    let raw = match LocalStorage::raw().get_item(DATA_KEY) {
        Ok(Some(raw)) => raw,
        _ => return Loaded::Nothing,
    };
    match envelope::decode(&raw) {
        Ok(decoded) => Loaded::Restored(decoded),
        Err(unreadable) => {
            let backup_key = keep_aside(&raw);
            Loaded::Unreadable { raw, backup_key, explanation: unreadable.explain() }
        }
    }
}

/// Copies unreadable text under a backup key of its own, never over an earlier backup.
fn keep_aside(raw: &str) -> Option<String> {
    let storage = LocalStorage::raw();
    let stamp = js_sys::Date::now() as u64;
    let key = format!("{BACKUP_KEY_PREFIX}{stamp}");
    storage.set_item(&key, raw).ok().map(|_| key)
}

/// The saved text as it is now (another tab may have written it).
pub fn read_raw() -> Option<String> {
    LocalStorage::raw().get_item(DATA_KEY).ok().flatten()
}

/// Writes the saved text (see `envelope::encode`).
pub fn write(text: &str) -> Result<(), SaveError> {
    LocalStorage::raw().set_item(DATA_KEY, text).map_err(|error| {
        let name = js_sys::Reflect::get(&error, &"name".into()).ok().and_then(|n| n.as_string()).unwrap_or_default();
        if name == "QuotaExceededError" {
            SaveError::Full
        } else {
            SaveError::Failed(if name.is_empty() { "the browser refused".into() } else { name })
        }
    })
}
