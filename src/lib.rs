//! The browser shell of the workload calculator: the Leptos pages (`ui`) and the browser's
//! storage (`storage`). Everything they show or save is computed and checked by the pure
//! core, the `workload-core` crate (`core/`). See ARCHITECTURE.md.

pub mod storage;
pub mod ui;

/// Every page's allocator (see Cargo.toml for why this one).
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
