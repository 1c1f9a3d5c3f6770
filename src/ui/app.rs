//! The calculator page: inputs beside results.

use leptos::prelude::*;

use super::activities::ActivitiesEditor;
use super::caseload::CaseloadSummary;
use super::profile::ProfileForm;
use super::results::{PatternDefs, ResultsPanel};
use super::scenarios::ScenarioBar;
use super::shell::{self, PageFrame};
use super::starting::{provide_new_caseload, ExampleButton, NewCaseloadForm, Welcome};

#[component]
pub fn App() -> impl IntoView {
    let notices = shell::start();
    provide_new_caseload();
    view! {
        <PageFrame notices undo=true actions=|| view! { <ExampleButton /> }>
            <Welcome />
            <ScenarioBar />
            <NewCaseloadForm />
            <main class="layout" id="content">
                <div class="inputs">
                    <ProfileForm />
                    <CaseloadSummary />
                    // The rest in a task of its own, so no single long task holds up input.
                    {shell::soon(|| view! { <ActivitiesEditor /> }.into_any())}
                </div>
                <PatternDefs />
                <ResultsPanel />
            </main>
        </PageFrame>
    }
}
