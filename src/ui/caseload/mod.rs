//! The caseload page (caseload/index.html): every student with their plan and services, in
//! one-line rows that sort by time and filter by building, each opened to edit. The status
//! line above says what each change does to the week; the calculator shows the whole week,
//! with a summary of the caseload that links here (`summary.rs`).
//!
//! A page of its own so that the calculator stays within its size budget and fits a
//! screen or two: 48 students are most of a page's height and a tenth of its code.

mod editor;
mod rows;
mod summary;

use leptos::prelude::*;

use super::results::RulesOfThumb;
use super::scenarios::ScenarioBar;
use super::shell::{self, PageFrame};
use super::standards::StandardsForm;
use super::starting::{provide_new_caseload, NewCaseloadForm, Welcome};
use editor::CaseloadEditor;

pub use summary::CaseloadSummary;

#[component]
pub fn CaseloadPage() -> impl IntoView {
    let notices = shell::start();
    provide_new_caseload();
    view! {
        <PageFrame notices undo=true results_at="../#results">
            <Welcome />
            <ScenarioBar />
            <NewCaseloadForm students_here=true />
            <main class="caseload-page" id="content">
                <CaseloadEditor />
                // The paperwork every student brings, and the published estimates made from the
                // students' service hours: beside the students they come from.
                {shell::soon(|| view! { <StandardsForm /> <RulesOfThumb /> }.into_any())}
            </main>
        </PageFrame>
    }
}
