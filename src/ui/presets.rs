//! Starting points and starting over.

use leptos::prelude::*;

use super::browser::confirm;
use super::state::use_state;
use workload_core::model::{blank_workspace, typical_slp_workspace};

#[component]
pub fn PresetBar() -> impl IntoView {
    let state = use_state();
    // Only the open scenario is replaced; the question names it.
    let replace_after_confirm = move |question: &str, make: &dyn Fn() -> workload_core::model::Workspace| {
        let name = state.scenarios.with_untracked(|s| s.active_name().to_string());
        if confirm(&question.replace("{scenario}", &name)) {
            state.replace(make());
        }
    };
    view! {
        <span class="presets">
            <button type="button" on:click=move |_| replace_after_confirm(
                "Replace the scenario \"{scenario}\" with the typical school SLP week (48 students)? Its current entries will be lost; your other scenarios stay as they are.",
                &typical_slp_workspace,
            )>"Load the typical SLP week"</button>
            <button type="button" on:click=move |_| {
                let discipline = state.workspace.with_untracked(|w| w.profile.discipline);
                replace_after_confirm(
                    "Start the scenario \"{scenario}\" over as a blank assignment? Every student and activity in it will be deleted; your other scenarios stay as they are.",
                    &move || blank_workspace(discipline),
                )
            }>"Start over"</button>
        </span>
    }
}
