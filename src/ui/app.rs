//! The calculator page: inputs beside results.

use leptos::prelude::*;

use super::activities::ActivitiesEditor;
use super::caseload::CaseloadSummary;
use super::profile::ProfileForm;
use super::results::{PatternDefs, ResultsPanel};
use super::scenarios::ScenarioBar;
use super::shell::{self, PageFrame};
use super::starting::{provide_new_caseload, NewCaseloadForm, Welcome};

#[component]
pub fn App() -> impl IntoView {
    let notices = shell::start();
    provide_new_caseload();
    shell::reach_fragment_when_drawn();
    view! {
        // Built in one task: without the caseload, the page is light enough (Lighthouse's total
        // blocking time about 100 ms), and splitting it with `shell::soon` cost 0.6 KB.
        <PageFrame notices undo=true>
            <Welcome />
            <ScenarioBar />
            <NewCaseloadForm />
            <main class="layout" id="content">
                <div class="inputs">
                    <ProfileForm />
                    <CaseloadSummary />
                    <ActivitiesEditor />
                </div>
                <PatternDefs />
                <ResultsPanel />
            </main>
        </PageFrame>
    }
}
