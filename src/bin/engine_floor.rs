//! The benchmark's second floor (bench/engine-floor.html): the least any page of the app
//! does at start, and nothing else. It reads the saved data, computes the open scenario's
//! report, encodes the data for saving and shows one line. Built with the release profile
//! like the pages, it measures what the engine and the saved-data format cost before any
//! form or chart is added. Not shipped.
use leptos::prelude::*;
use workload_calculator::storage::browser_json;
use workload_calculator::storage::local::{self, Loaded};
use workload_core::engine::{compute, format};
use workload_core::model::Scenarios;

fn main() {
    let scenarios = match local::load(browser_json::decode::<browser_json::Plain>) {
        Loaded::Restored(decoded) => decoded.scenarios,
        Loaded::Nothing | Loaded::Unreadable { .. } => Scenarios::first_visit(),
    };
    let Some(open) = scenarios.get(scenarios.active).or(scenarios.list.first()) else { return };
    let report = compute(&open.workspace);
    let encoded = browser_json::encode(&scenarios, &open.workspace, false, None).unwrap_or_default();
    let line = format!(
        "{} a week, {} of capacity; {} characters saved.",
        format::hours(report.total),
        report.utilization.map(format::percent).unwrap_or_default(),
        encoded.len()
    );
    leptos::mount::mount_to_body(move || view! { <p>{line.clone()}</p> });
}
