//! Where data is saved: the browser's localStorage (`local`). The format itself, its
//! migrations and its checks are pure and live in the core (`workload_core::interchange`).

pub mod local;
