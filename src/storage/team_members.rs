//! A team's scenarios in and out of their packs (`model::Team::packs`,
//! `interchange::team`). Packs are inflated by the browser (`compression`), side by side,
//! and read by the small JSON reader (`small_json`), each scenario as saved data is (values
//! out of range repaired, not refused: each was checked as a backup file when it joined). Scenarios are packed together
//! with the browser's JSON and compression. The team page and its presenter use these.

use std::hash::{DefaultHasher, Hash, Hasher};
use std::sync::Arc;

use super::browser_json::encode;
use super::compression::{deflate, inflate_all};
use super::small_json::read_pack;
use workload_core::interchange::envelope::{Decoded, Unreadable};
use workload_core::interchange::share::{from_text, to_text};
use workload_core::interchange::team::{for_team, pack_json, MemberUnreadable};
use workload_core::model::{Scenarios, Team, Workspace};

/// A member's scenario (its name and workspace), or why it could not be read.
pub type Unpacked = Result<(String, Arc<Workspace>), String>;

/// A pack's key: which packed text a scenario was read from, without keeping the text.
pub fn key(packed: &str) -> u64 {
    let mut hasher = DefaultHasher::new();
    packed.hash(&mut hasher);
    hasher.finish()
}

/// The scenario a member's backup holds, or why it could not be read.
fn the_scenario(decoded: Result<Decoded, Unreadable>) -> Unpacked {
    let first = decoded.map_err(|why| why.reason())?.scenarios.list.into_iter().next();
    let first = first.ok_or_else(|| MemberUnreadable::DAMAGED.to_string())?;
    Ok((first.name, Arc::new(first.workspace)))
}

/// Each of `packs` read: its scenarios in order, or why the pack could not be unpacked.
pub async fn unpack(packs: &[&str]) -> Vec<Result<Vec<Unpacked>, String>> {
    let bytes: Vec<Vec<u8>> = packs.iter().map(|p| from_text(p).unwrap_or_default()).collect();
    inflate_all(&bytes)
        .await
        .into_iter()
        .map(|inflated| {
            let json = inflated.and_then(|b| String::from_utf8(b).ok());
            let read = json.as_deref().and_then(read_pack).ok_or_else(|| MemberUnreadable::DAMAGED.to_string())?;
            Ok(read.into_iter().map(the_scenario).collect())
        })
        .collect()
}

/// Every member's scenario, in the members' order.
pub async fn unpack_members(team: &Team) -> Vec<Unpacked> {
    let packs: Vec<&str> = team.packs.iter().map(|p| p.scenarios.as_str()).collect();
    team.each_member(&unpack(&packs).await, MemberUnreadable::MISSING.to_string())
}

/// Scenarios packed together as a team keeps them: each as a backup of it alone, in one
/// array, deflated by the browser.
pub async fn pack(scenarios: &[(&str, &Workspace)]) -> Result<String, String> {
    let backups = scenarios.iter().map(|(name, workspace)| {
        let single = Scenarios::single(name, for_team(workspace));
        encode(&single, &single.list[0].workspace, false, None).map_err(|why| why.to_string())
    });
    let json = pack_json(&backups.collect::<Result<Vec<_>, _>>()?);
    let bytes = deflate(&json).await.map_err(|_| "this browser could not compress it".to_string())?;
    Ok(to_text(&bytes))
}
