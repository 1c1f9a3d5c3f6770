//! The app's reactive state: the scenarios, the open scenario's workspace, and the report
//! derived from it.
//!
//! The open (active) scenario's workspace lives in its own signal while a page runs, so that
//! an edit notifies only what depends on it. Its copy inside `scenarios` is refreshed when
//! the user switches away; saving takes the live one (`storage::envelope::envelope`).

use leptos::prelude::*;

use super::browser;
use workload_core::engine::{compute, Report};
use workload_core::history::History;
use workload_core::model::{Scenario, Scenarios, Workspace};

#[derive(Clone, Copy)]
pub struct AppState {
    pub scenarios: RwSignal<Scenarios>,
    /// The active scenario's workspace, live.
    pub workspace: RwSignal<Workspace>,
    /// Recomputed whenever the workspace changes; the only source of numbers on screen.
    pub report: Memo<Report>,
    /// Bumped when the workspace is replaced whole (undo, a preset, another scenario), so that
    /// the forms, which keep their own drafts, are built again from it
    /// (`list::rebuilt_on_replace`).
    pub generation: RwSignal<u32>,
    /// The last student removed (id and label), for the "Removed … Undo" line.
    pub removed_student: RwSignal<Option<(u32, String)>>,
    /// The students whose editors are open (or who were just added or duplicated): a row is
    /// built open if its student is here, so editors stay open through undo and redo.
    open_editors: StoredValue<Vec<u32>, LocalStorage>,
    /// Earlier and later versions of the open scenario, for undo and redo.
    history: StoredValue<History, LocalStorage>,
    /// Whether there is something to undo and to redo (for the buttons).
    pub can_undo_redo: RwSignal<(bool, bool)>,
}

impl AppState {
    pub fn new(scenarios: Scenarios) -> AppState {
        let active = scenarios
            .get(scenarios.active)
            .map(|s| s.workspace.clone())
            .unwrap_or_else(workload_core::model::typical_slp_workspace);
        let scenarios = RwSignal::new(scenarios);
        let workspace = RwSignal::new(active);
        let report = Memo::new(move |_| workspace.with(compute));
        AppState {
            scenarios,
            workspace,
            report,
            generation: RwSignal::new(0),
            removed_student: RwSignal::new(None),
            open_editors: StoredValue::new_local(Vec::new()),
            history: StoredValue::new_local(History::default()),
            can_undo_redo: RwSignal::new((false, false)),
        }
    }

    pub fn edit(&self, change: impl FnOnce(&mut Workspace)) {
        self.record(true);
        self.workspace.update(change);
    }

    /// An edit that is a step of its own for undo, however soon after the last one.
    pub fn edit_step(&self, change: impl FnOnce(&mut Workspace)) {
        self.record(false);
        self.workspace.update(change);
    }

    /// Replaces the open scenario's workspace (a preset, start over): one undoable step.
    pub fn replace(&self, workspace: Workspace) {
        self.record(false);
        self.open_editors.set_value(Vec::new());
        self.show(workspace);
    }

    fn record(&self, joinable: bool) {
        // "Removed … Undo" undoes the last step, so it only stands until the next one.
        if self.removed_student.with_untracked(Option::is_some) {
            self.removed_student.set(None);
        }
        let now = js_sys::Date::now();
        self.workspace.with_untracked(|w| self.history.update_value(|h| h.record(w, now, joinable)));
        self.refresh_undo_redo();
    }

    fn refresh_undo_redo(&self) {
        let flags = self.history.with_value(|h| (h.can_undo(), h.can_redo()));
        if self.can_undo_redo.get_untracked() != flags {
            self.can_undo_redo.set(flags);
        }
    }

    pub fn editor_is_open(&self, student: u32) -> bool {
        self.open_editors.with_value(|open| open.contains(&student))
    }

    pub fn set_editor_open(&self, student: u32, open: bool) {
        self.open_editors.update_value(|editors| {
            editors.retain(|&s| s != student);
            if open {
                editors.push(student);
            }
        });
    }

    /// Shows a workspace whole: the forms, which keep their own drafts, are built again.
    fn show(&self, workspace: Workspace) {
        let focused = browser::focused_control();
        self.removed_student.set(None);
        self.workspace.set(workspace);
        self.generation.update(|g| *g += 1);
        // The forms are rebuilt: keep the keyboard user's place.
        if let Some(control) = focused {
            browser::refocus_soon(control);
        }
    }

    /// Shows another scenario (or another version of all of them): history starts afresh.
    fn open(&self, workspace: Workspace) {
        self.history.update_value(History::clear);
        self.refresh_undo_redo();
        self.open_editors.set_value(Vec::new());
        self.show(workspace);
    }

    pub fn undo(&self) {
        let current = self.workspace.get_untracked();
        if let Some(previous) = self.history.try_update_value(|h| h.undo(current)).flatten() {
            self.show(previous);
        }
        self.refresh_undo_redo();
    }

    pub fn redo(&self) {
        let current = self.workspace.get_untracked();
        if let Some(next) = self.history.try_update_value(|h| h.redo(current)).flatten() {
            self.show(next);
        }
        self.refresh_undo_redo();
    }

    /// Opens another scenario, keeping the current one's edits in the list.
    pub fn switch_to(&self, id: u32) {
        let live = self.workspace.get_untracked();
        let mut next = None;
        self.scenarios.update(|s| {
            let active = s.active;
            if let Some(current) = s.list.iter_mut().find(|x| x.id == active) {
                current.workspace = live;
            }
            if let Some(target) = s.get(id) {
                next = Some(target.workspace.clone());
                s.active = id;
            }
        });
        if let Some(workspace) = next {
            self.open(workspace);
        }
    }

    /// Adds a scenario and opens it. `false` when the list is full.
    pub fn add_and_open(&self, name: &str, workspace: Workspace) -> bool {
        let mut added = None;
        self.scenarios.update(|s| added = s.add(name, workspace));
        match added {
            Some(id) => {
                self.switch_to(id);
                true
            }
            None => false,
        }
    }

    /// Deletes a scenario (never the last one); if it was open, its neighbour opens.
    pub fn remove_scenario(&self, id: u32) {
        let was_active = self.scenarios.with_untracked(|s| s.active == id);
        let mut next = None;
        self.scenarios.update(|s| {
            if s.remove(id).is_some() && was_active {
                next = s.get(s.active).map(|x| x.workspace.clone());
            }
        });
        if let Some(workspace) = next {
            self.open(workspace);
        }
    }

    /// Replaces every scenario (a restored backup, or another tab's newer data). With
    /// `keep_open`, the scenario open here stays open if it is still there.
    pub fn replace_all(&self, mut scenarios: Scenarios, keep_open: bool) {
        let open_here = self.scenarios.with_untracked(|s| s.active);
        if keep_open && scenarios.get(open_here).is_some() {
            scenarios.active = open_here;
        }
        let active = scenarios.get(scenarios.active).map(|s| s.workspace.clone());
        self.scenarios.set(scenarios);
        if let Some(workspace) = active {
            self.open(workspace);
        }
    }

    /// Every scenario as it stands now, the open one with its live edits.
    pub fn current_scenarios(&self) -> Vec<Scenario> {
        let live = self.workspace.get();
        self.scenarios.with(|s| {
            s.list
                .iter()
                .map(|x| Scenario {
                    id: x.id,
                    name: x.name.clone(),
                    workspace: if x.id == s.active { live.clone() } else { x.workspace.clone() },
                })
                .collect()
        })
    }
}

pub fn use_state() -> AppState {
    expect_context::<AppState>()
}
