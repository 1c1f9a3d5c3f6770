//! Where data is saved: the browser's localStorage (`local`), through the browser's own JSON
//! (`browser_json`), or on the team pages the core's small JSON reader (`small_json`). The format itself, its migrations and its checks are pure and live in
//! the core (`workload_core::interchange`).

pub mod browser_json;
#[cfg(not(feature = "team"))]
mod carried_team;
#[cfg(feature = "team")]
pub mod compression;
mod field_path;
pub mod local;
#[cfg(feature = "team")]
pub mod small_json;
#[cfg(feature = "team")]
pub mod team_members;
