//! A team's members read from the saved data: each member's packed scenario unpacked and
//! parsed by the browser (`compression`), side by side, and read as saved data is (values
//! out of range repaired, not refused: each was checked as a backup file when it joined).
//! The team page and the compare page's presenter read them so.

use std::sync::Arc;

use super::browser_json::{decode_value, Plain};
use super::compression::inflate_all_json;
use workload_core::interchange::share::from_text;
use workload_core::model::Workspace;

/// A member's scenario (its name and workspace), or why it could not be read.
pub type Unpacked = Result<(String, Arc<Workspace>), String>;

/// Each of `packed` (member id, packed scenario) read, in order.
pub async fn unpack_all(packed: &[(u32, String)]) -> Vec<Unpacked> {
    const DAMAGED: &str = "its scenario is damaged and could not be unpacked";
    let bytes: Vec<Vec<u8>> = packed.iter().map(|(_, p)| from_text(p).unwrap_or_default()).collect();
    inflate_all_json(&bytes)
        .await
        .into_iter()
        .map(|parsed| {
            let parsed = parsed.ok_or_else(|| DAMAGED.to_string())?;
            let decoded = decode_value::<Plain>(parsed).map_err(|why| why.reason())?;
            let first = decoded.scenarios.list.into_iter().next().ok_or_else(|| DAMAGED.to_string())?;
            Ok((first.name, Arc::new(first.workspace)))
        })
        .collect()
}
