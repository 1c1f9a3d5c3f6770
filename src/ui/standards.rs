//! The per-student standard values: paperwork every student on a plan brings.

use leptos::prelude::*;

use super::fields::NumberField;
use super::state::use_state;
use workload_core::model::validation::{self, NumberRule};
use workload_core::model::StandardValues;

const YEARS_BETWEEN: NumberRule = NumberRule::new(0.0, 10.0, false, "Years between");

#[component]
pub fn StandardsForm() -> impl IntoView {
    let state = use_state();
    let s = state.workspace.with_untracked(|w| w.standards.clone());
    let edit = move |change: Box<dyn FnOnce(&mut StandardValues)>| state.edit(|w| change(&mut w.standards));
    let years_between = if s.reevaluation.rate.times > 0.0 { 1.0 / s.reevaluation.rate.times } else { 3.0 };
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
                    <NumberField label="Annual plan: writing and meeting" unit="min" value=s.annual_plan.rate.minutes
                        rule=validation::EVENT_MINUTES help=s.annual_plan.source.clone()
                        on_valid=move |v: f64| edit(Box::new(move |s| s.annual_plan.rate.minutes = v)) />
                    <NumberField label="Progress report" unit="min" value=s.progress_reports.rate.minutes
                        rule=validation::EVENT_MINUTES help=s.progress_reports.source.clone()
                        on_valid=move |v: f64| edit(Box::new(move |s| s.progress_reports.rate.minutes = v)) />
                    <NumberField label="Progress reports per year" value=s.progress_reports.rate.times
                        rule=validation::TIMES
                        on_valid=move |v: f64| edit(Box::new(move |s| s.progress_reports.rate.times = v)) />
                    <NumberField label="Re-evaluation" unit="min" value=s.reevaluation.rate.minutes
                        rule=validation::EVENT_MINUTES help=s.reevaluation.source.clone()
                        on_valid=move |v: f64| edit(Box::new(move |s| s.reevaluation.rate.minutes = v)) />
                    <NumberField label="Years between re-evaluations" value=years_between rule=YEARS_BETWEEN
                        on_valid=move |v: f64| edit(Box::new(move |s| s.reevaluation.rate.times = 1.0 / v)) />
                    <NumberField label="Notes per direct session" unit="min" value=s.documentation_minutes_per_session
                        rule=validation::SESSION_MINUTES help=s.documentation_source.clone()
                        on_valid=move |v: f64| edit(Box::new(move |s| s.documentation_minutes_per_session = v)) />
                </div>
            </details>
        </section>
    }
}
