//! The per-student standard values: paperwork every student on a plan brings.

use leptos::prelude::*;

use super::fields::{bind_number, NumberInput};
use super::state::use_state;
use workload_core::model::fields;

#[component]
pub fn StandardsForm() -> impl IntoView {
    let state = use_state();
    let source = move |read: fn(&workload_core::model::StandardValues) -> String| {
        Signal::derive(move || state.workspace.with(|w| read(&w.standards)))
    };
    view! {
        <section class="card" aria-labelledby="standards-title">
            <h2 id="standards-title">"Standard times per student"</h2>
            <details>
                <summary>"Show and edit the standard times"</summary>
                <p class="help">
                    "Paperwork each student on an IEP, 504 plan or IFSP brings, spread over the school year, \
                     plus notes after each direct session. These are starting values: replace them with your own."
                </p>
                <div class="grid">
                    <NumberInput label="Annual plan: writing and meeting" unit="min"
                        bound=bind_number(fields::ANNUAL_PLAN_MINUTES, ()) help=source(|s| s.annual_plan.source.clone()) />
                    <NumberInput label="Progress report" unit="min"
                        bound=bind_number(fields::PROGRESS_REPORT_MINUTES, ()) help=source(|s| s.progress_reports.source.clone()) />
                    <NumberInput label="Progress reports per year" bound=bind_number(fields::PROGRESS_REPORTS_PER_YEAR, ()) />
                    <NumberInput label="Re-evaluation" unit="min"
                        bound=bind_number(fields::REEVALUATION_MINUTES, ()) help=source(|s| s.reevaluation.source.clone()) />
                    <NumberInput label="Years between re-evaluations" bound=bind_number(fields::YEARS_BETWEEN_REEVALUATIONS, ()) />
                    <NumberInput label="Notes per direct session" unit="min"
                        bound=bind_number(fields::NOTES_PER_SESSION, ()) help=source(|s| s.documentation_source.clone()) />
                </div>
            </details>
        </section>
    }
}
