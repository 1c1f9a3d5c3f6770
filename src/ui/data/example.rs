//! The built-in example (a typical school SLP week) as a scenario of its own, beside the
//! user's: to look at again, or compare with, after starting their own caseload.

use leptos::prelude::*;

use crate::ui::state::use_state;
use workload_core::model::{typical_slp_workspace, Scenarios, EXAMPLE_NAME};

#[component]
pub fn ExampleScenario() -> impl IntoView {
    let state = use_state();
    let done = RwSignal::new(String::new());
    let add = move |_| {
        done.set(if state.add_and_open(EXAMPLE_NAME, typical_slp_workspace()) {
            format!("Added \"{EXAMPLE_NAME}\" to your scenarios and opened it.")
        } else {
            Scenarios::full_message()
        });
    };
    view! {
        <section class="card" aria-labelledby="example-title">
            <h2 id="example-title">"The example"</h2>
            <p class="help">
                "A full-time school SLP with 48 students and a typical week, as a scenario beside your own: \
                 to look around, or to compare with yours. Delete it when you no longer need it."
            </p>
            // While the untouched example is all there is, it is already open.
            <p hidden=move || !state.example.get()>"The example is open now: nothing of yours is saved yet."</p>
            <button type="button" id="add-example" hidden=move || state.example.get() on:click=add>
                "Add the example to my scenarios"
            </button>
            <p role="status" id="example-status">{move || done.get()}</p>
        </section>
    }
}
