//! The time study page (time-study/index.html): the real week logged interval by interval,
//! totalled by task and category, and set beside the open scenario's planned week.
//!
//! The study is part of the open scenario (`Workspace::time_study`): it saves, undoes and
//! travels in backups like everything else. A page of its own, so that the grid's code is
//! only loaded by those who log.

mod charts;
mod entries;
mod grid;
mod results;
mod start;
mod tasks;
mod use_week;

use leptos::prelude::*;

use super::scenarios::ScenarioBar;
use super::shell::{self, PageFrame};
use super::state::use_state;

#[component]
pub fn TimeStudyPage() -> impl IntoView {
    let notices = shell::start();
    let state = use_state();
    let has_study = Memo::new(move |_| state.workspace.with(|w| w.time_study.is_some()));
    view! {
        <PageFrame notices undo=true results_at="../#results">
            <ScenarioBar />
            <main class="time-study-page" id="content">
                {move || if has_study.get() {
                    view! { <grid::StudyGrid /> <results::StudyResults /> <start::ChangeStudy /> <tasks::StudyTasks /> }.into_any()
                } else {
                    view! { <start::StartStudy /> }.into_any()
                }}
            </main>
        </PageFrame>
    }
}
