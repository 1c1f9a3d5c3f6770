//! The pure core of the workload calculator: what a user describes (`model`), what it comes
//! to (`engine`), and data in and out (`interchange`: the saved format and its migrations,
//! backups, spreadsheets, share links). Plain Rust with no web or UI dependency: this crate
//! cannot import one, so the boundary is kept by the compiler. See ARCHITECTURE.md.

pub mod engine;
pub mod format;
pub mod history;
pub mod interchange;
pub mod model;
