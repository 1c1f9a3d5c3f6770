//! The per-student standard values: paperwork every student on a plan brings.

use leptos::prelude::*;

use super::fields::{bind_number, NumberInput};
use super::state::use_state;
use workload_core::model::fields::{self, NumberField};
use workload_core::model::StandardValues;

/// One standard time: its label, unit, field, and where its starting value comes from.
type StandardTime = (&'static str, &'static str, NumberField<()>, Option<fn(&StandardValues) -> String>);

/// The form's fields, drawn by one loop (one piece of code for all of them).
const STANDARD_TIMES: [StandardTime; 6] = [
    ("Annual plan: writing and meeting", "min", fields::ANNUAL_PLAN_MINUTES, Some(|s| s.annual_plan.source.clone())),
    ("Progress report", "min", fields::PROGRESS_REPORT_MINUTES, Some(|s| s.progress_reports.source.clone())),
    ("Progress reports per year", "", fields::PROGRESS_REPORTS_PER_YEAR, None),
    ("Re-evaluation", "min", fields::REEVALUATION_MINUTES, Some(|s| s.reevaluation.source.clone())),
    ("Years between re-evaluations", "", fields::YEARS_BETWEEN_REEVALUATIONS, None),
    ("Notes per direct session", "min", fields::NOTES_PER_SESSION, Some(|s| s.documentation_source.clone())),
];

#[component]
pub fn StandardsForm() -> impl IntoView {
    let state = use_state();
    let inputs = STANDARD_TIMES
        .iter()
        .map(|&(label, unit, field, source)| {
            let help = source.map(|read| Signal::derive(move || state.workspace.with(|w| read(&w.standards))));
            view! { <NumberInput label unit bound=bind_number(field, ()) help=help.map(MaybeProp::from).unwrap_or_default() /> }
        })
        .collect_view();
    view! {
        <section class="card" aria-labelledby="standards-title">
            <h2 id="standards-title">"Standard times per student"</h2>
            <details>
                <summary>"Show and edit the standard times"</summary>
                <p class="help">
                    "Paperwork each student on an IEP, 504 plan or IFSP brings, spread over the school year, \
                     plus notes after each direct session. These are starting values: replace them with your own."
                </p>
                <div class="grid">{inputs}</div>
            </details>
        </section>
    }
}
