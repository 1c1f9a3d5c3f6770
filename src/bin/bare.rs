//! The benchmark's floor (bench/bare.html): a one-line Leptos component built with the same
//! release profile as the app, so `scripts/bench.sh` can report the app as ratios to it.
//! Not shipped.
use leptos::prelude::*;

fn main() {
    leptos::mount::mount_to_body(|| view! { <p>"Hello from Leptos."</p> });
}
