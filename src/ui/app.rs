//! The page: loads saved data, saves every change, and lays out inputs beside results.

use leptos::prelude::*;

use super::activities::ActivitiesEditor;
use super::caseload::CaseloadEditor;
use super::explainer::Explainer;
use super::notices::{Notice, Notices};
use super::presets::PresetBar;
use super::profile::ProfileForm;
use super::results::{ResultsPanel, StatusStrip};
use super::standards::StandardsForm;
use super::state::AppState;
use crate::model::{blank_workspace, typical_slp_workspace, Discipline, Workspace};
use crate::storage::envelope::Decoded;
use crate::storage::local::{self, Loaded, SaveError};

/// What the page starts with, and what the user must be told about it.
fn boot() -> (Workspace, Vec<Notice>, bool) {
    if !local::available() {
        return (typical_slp_workspace(), vec![Notice::StorageUnavailable], false);
    }
    match local::load() {
        Loaded::Nothing => (typical_slp_workspace(), vec![], true),
        Loaded::Restored(Decoded::Current(w)) => (w, vec![], true),
        Loaded::Restored(Decoded::Migrated { workspace, from_version }) => {
            (workspace, vec![Notice::Migrated { from_version }], true)
        }
        Loaded::Unreadable { raw, backup_key, explanation } => (
            blank_workspace(Discipline::Slp),
            vec![Notice::Recovered { raw, backup_key, explanation }],
            true,
        ),
    }
}

#[component]
pub fn App() -> impl IntoView {
    let (workspace, initial_notices, can_save) = boot();
    let state = AppState::new(workspace);
    provide_context(state);
    let notices = RwSignal::new(initial_notices);

    // Every change is saved. A full or failing store is reported once and cleared when a
    // later save succeeds; the workspace in memory is never touched by a failed save.
    Effect::new(move |_| {
        if !can_save {
            return;
        }
        let result = state.workspace.with(local::save);
        notices.update(|list| {
            list.retain(|n| !matches!(n, Notice::StorageFull | Notice::SaveFailed(_)));
            match result {
                Ok(()) => {}
                Err(SaveError::Full) => list.push(Notice::StorageFull),
                Err(SaveError::Failed(reason)) => list.push(Notice::SaveFailed(reason)),
            }
        });
    });

    view! {
        <a class="skip-link" href="#results">"Skip to results"</a>
        <div class="toolbar">
            <p class="privacy-note">
                <strong>"Your data stays on this device."</strong>
                " Nothing you type is sent anywhere. Identify students by initials or a code, never by name."
            </p>
            <PresetBar />
        </div>
        <Notices notices />
        <StatusStrip />
        <main class="layout">
            <div class="inputs">
                <Explainer />
                {move || {
                    state.generation.track();
                    view! {
                        <ProfileForm />
                        <CaseloadEditor />
                        <ActivitiesEditor />
                        <StandardsForm />
                    }
                }}
            </div>
            <ResultsPanel />
        </main>
        <footer class="app-footer">
            <p>
                "Open source (MIT or Apache-2.0). Runs entirely in your browser; saved in this browser's local storage."
            </p>
        </footer>
    }
}
