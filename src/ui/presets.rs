//! Starting points and starting over.

use leptos::prelude::*;

use super::browser::confirm;
use super::state::use_state;
use crate::model::{blank_workspace, typical_slp_workspace};

#[component]
pub fn PresetBar() -> impl IntoView {
    let state = use_state();
    let replace_after_confirm = move |question: &str, make: &dyn Fn() -> crate::model::Workspace| {
        if confirm(question) {
            state.replace(make());
        }
    };
    view! {
        <span class="presets">
            <button type="button" on:click=move |_| replace_after_confirm(
                "Replace everything with the typical school SLP week (48 students)? Your current entries will be lost.",
                &typical_slp_workspace,
            )>"Load the typical SLP week"</button>
            <button type="button" on:click=move |_| {
                let discipline = state.workspace.with_untracked(|w| w.profile.discipline);
                replace_after_confirm(
                    "Start over with a blank assignment? Every student and activity you entered will be deleted.",
                    &move || blank_workspace(discipline),
                )
            }>"Start over"</button>
        </span>
    }
}
