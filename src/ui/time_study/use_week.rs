//! "Use the study's week as this scenario's activities": the activities become the study's
//! average week, beyond what the scenario's students and travel already plan
//! (`engine::study_activities`). Asked first; one undoable step.

use leptos::prelude::*;

use crate::ui::browser::confirm;
use crate::ui::state::use_state;
use workload_core::engine::study_activities::{activities_from_study, StudyActivity};
use workload_core::format::count;

#[component]
pub fn UseStudyWeek(nothing_logged: Memo<bool>) -> impl IntoView {
    let state = use_state();
    // The activities the study's week became: the words below stay while they are still the
    // scenario's (gone on undo, back on redo).
    let made = RwSignal::new(None::<Vec<u32>>);
    let use_study_week = move |_| {
        let list = state.workspace.with_untracked(|w| state.report.with_untracked(|r| activities_from_study(w, r)));
        let now = state.workspace.with_untracked(|w| w.activities.len());
        let question = format!(
            "Replace this scenario's {} with {} from the study's average week? The students and travel stay as \
             they are. (Undo brings the activities back.)",
            count(now, "activity", "activities"),
            count(list.len(), "task", "tasks")
        );
        if confirm(&question) {
            state.edit_step(|w| w.replace_activities(list.into_iter().map(StudyActivity::into_activity)));
            made.set(Some(state.workspace.with_untracked(|w| w.activities.iter().map(|a| a.id).collect())));
        }
    };
    let in_use = move || {
        made.with(|ids| {
            ids.as_ref()
                .is_some_and(|ids| state.workspace.with(|w| w.activities.iter().map(|a| a.id).eq(ids.iter().copied())))
        })
    };
    view! {
        <p class="use-study-week">
            <button type="button" class="secondary" on:click=use_study_week disabled=nothing_logged>
                "Use the study's week as this scenario's activities"
            </button>
            <span role="status">{move || in_use().then_some(
                "Done: the activities were replaced with the study's week, beyond what the students plan. Undo brings the old ones back.",
            )}</span>
        </p>
    }
}
