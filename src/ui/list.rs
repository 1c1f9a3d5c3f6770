//! Keyed lists of rows.
//!
//! Every editable list in the app (students, buildings, activities, days off, tasks) is a
//! list of ids whose rows read their own data. They all go through this one non-generic
//! function, so Leptos's keyed-list code is compiled once instead of once per list: a
//! measurable part of the bundle.

use leptos::prelude::*;

/// Renders `row(id)` for each id, keeping each row's DOM (and its half-typed input) while
/// other rows come and go.
pub fn keyed_rows(ids: Memo<Vec<u32>>, row: fn(u32) -> AnyView) -> AnyView {
    rows_of(ids, std::sync::Arc::new(row))
}

/// [`keyed_rows`] for rows that need more than their key (a student's service lines).
pub fn rows_of(keys: Memo<Vec<u32>>, row: std::sync::Arc<dyn Fn(u32) -> AnyView + Send + Sync>) -> AnyView {
    view! { <For each=move || keys.get() key=|key| *key children=move |key| row(key) /> }.into_any()
}
