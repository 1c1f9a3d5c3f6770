//! Workload calculator for school-based therapists. See ARCHITECTURE.md for the map.
//!
//! `model` and `engine` are the pure core (no web or framework imports); `storage::envelope`
//! is pure too. `storage::local` and `ui` are the browser shell around them.

pub mod engine;
pub mod interchange;
pub mod model;
pub mod storage;
pub mod ui;
