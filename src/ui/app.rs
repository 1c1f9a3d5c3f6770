//! The calculator page: inputs beside results.

use leptos::prelude::*;

use super::activities::ActivitiesEditor;
use super::caseload::CaseloadEditor;
use super::presets::PresetBar;
use super::profile::ProfileForm;
use super::results::{PatternDefs, ResultsPanel};
use super::scenarios::ScenarioBar;
use super::shell::{self, PageFrame};
use super::standards::StandardsForm;

#[component]
pub fn App() -> impl IntoView {
    let notices = shell::start();
    view! {
        <PageFrame notices nav=|| view! {
            <nav class="preset-bar" aria-label="Pages and starting points">
                <a class="button-link" href="planner/">"3:1 planner and school year"</a>
                <a class="button-link" href="compare/">"Compare and present"</a>
                <a class="button-link" href="data/">"Import, export and share"</a>
                <a class="button-link" href="report/">"Printable report"</a>
                <PresetBar />
            </nav>
        }>
            <ScenarioBar />
            <main class="layout" id="content">
                <div class="inputs">
                    <ProfileForm />
                    {shell::soon(|| view! {
                        <CaseloadEditor />
                        <ActivitiesEditor />
                        <StandardsForm />
                    }.into_any())}
                </div>
                <PatternDefs />
                <ResultsPanel />
            </main>
        </PageFrame>
    }
}
