//! The caseload on the calculator: how many students and how much of the week they take,
//! with the way to the caseload page, where they are listed and edited.

use leptos::prelude::*;

use crate::ui::results::figure;
use crate::ui::state::use_state;
use workload_core::engine::caseload_line;

#[component]
pub fn CaseloadSummary() -> impl IntoView {
    let report = use_state().report;
    let has_students = move || report.with(|r| r.caseload.headcount > 0);
    view! {
        <section class="card caseload-summary" aria-labelledby="caseload-title">
            <h2 id="caseload-title">"Caseload"</h2>
            <p id="caseload-line">{figure(caseload_line)}</p>
            <p class="caseload-links">
                <a href="caseload/" class="button-link">
                    {move || if has_students() { "Open the caseload" } else { "Add students" }}
                </a>
                " "
                <a href="spreadsheet/">"or bring them from a spreadsheet"</a>
            </p>
        </section>
    }
}
