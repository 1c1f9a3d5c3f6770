//! The app's reactive state: the scenarios, the open scenario's workspace, and the report
//! derived from it.
//!
//! The open (active) scenario's workspace lives in its own signal while a page runs, so that
//! an edit notifies only what depends on it. Its copy inside `scenarios` is refreshed when
//! the user switches away; saving takes the live one (`storage::envelope::envelope`).

use leptos::prelude::*;

use workload_core::engine::{compute, Report};
use workload_core::history::{self, History};
use workload_core::model::{Scenario, Scenarios, Workspace};

#[derive(Clone, Copy)]
pub struct AppState {
    pub scenarios: RwSignal<Scenarios>,
    /// The active scenario's workspace, live. Every input shows its value from here, so
    /// replacing it (undo, a preset, another scenario, another tab's save) updates every
    /// field in place.
    pub workspace: RwSignal<Workspace>,
    /// Recomputed whenever the workspace changes; the only source of numbers on screen.
    pub report: Memo<Report>,
    /// The last student removed (id and label), for the "Removed … Undo" line.
    pub removed_student: RwSignal<Option<(u32, String)>>,
    /// A row just added (or brought back): it opens for editing and takes the keyboard
    /// when it is shown.
    opening: StoredValue<Option<u32>>,
    /// Earlier and later versions of the open scenario, for undo and redo.
    history: RwSignal<History>,
    pub can_undo: Memo<bool>,
    pub can_redo: Memo<bool>,
    /// What the last undo or redo did ("Undid: FTE 0.8"), until the next edit.
    pub last_step: RwSignal<Option<String>>,
    /// Whether the page shows the first visit's example, untouched and never saved: the
    /// user's own first caseload replaces it instead of joining it.
    pub example: RwSignal<bool>,
}

impl AppState {
    pub fn new(scenarios: Scenarios, example: bool) -> AppState {
        let active = scenarios
            .get(scenarios.active)
            .map(|s| s.workspace.clone())
            .unwrap_or_else(workload_core::model::typical_slp_workspace);
        let scenarios = RwSignal::new(scenarios);
        let workspace = RwSignal::new(active);
        let report = Memo::new(move |_| workspace.with(compute));
        let history = RwSignal::new(History::default());
        AppState {
            scenarios,
            workspace,
            report,
            removed_student: RwSignal::new(None),
            opening: StoredValue::new(None),
            history,
            can_undo: Memo::new(move |_| history.with(History::can_undo)),
            can_redo: Memo::new(move |_| history.with(History::can_redo)),
            last_step: RwSignal::new(None),
            example: RwSignal::new(example),
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

    fn record(&self, joinable: bool) {
        // "Removed … Undo" undoes the last step, so it only stands until the next one.
        if self.removed_student.with_untracked(Option::is_some) {
            self.removed_student.set(None);
        }
        if self.last_step.with_untracked(Option::is_some) {
            self.last_step.set(None);
        }
        let now = js_sys::Date::now();
        self.workspace.with_untracked(|w| self.history.update(|h| h.record(w, now, joinable)));
    }

    /// Asks the row of `id`, when it is next shown, to open for editing and take the keyboard.
    pub fn open_when_shown(&self, id: u32) {
        self.opening.set_value(Some(id));
    }

    /// Whether the row of `id`, being shown now, was asked to open (the request is used up).
    pub fn take_opening(&self, id: u32) -> bool {
        let asked = self.opening.get_value() == Some(id);
        if asked {
            self.opening.set_value(None);
        }
        asked
    }

    fn show(&self, workspace: Workspace) {
        self.removed_student.set(None);
        self.workspace.set(workspace);
    }

    /// Shows another scenario (or another version of all of them): history starts afresh.
    fn open(&self, workspace: Workspace) {
        self.history.update(History::clear);
        self.last_step.set(None);
        self.show(workspace);
    }

    pub fn undo(&self) {
        let current = self.workspace.get_untracked();
        if let Some(previous) = self.history.try_update(|h| h.undo(current)).flatten() {
            let undone = self.workspace.with_untracked(|now| history::describe(&previous, now));
            self.show(previous);
            self.last_step.set(Some(format!("Undid: {undone}")));
        }
    }

    pub fn redo(&self) {
        let current = self.workspace.get_untracked();
        if let Some(next) = self.history.try_update(|h| h.redo(current)).flatten() {
            let redone = self.workspace.with_untracked(|now| history::describe(now, &next));
            self.show(next);
            self.last_step.set(Some(format!("Redid: {redone}")));
        }
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

    /// Opens the user's own caseload (a new one, an import, a shared one): beside their
    /// other scenarios, or in place of the untouched example, which was never saved.
    /// `false` when the list is full.
    pub fn open_own(&self, name: &str, workspace: Workspace) -> bool {
        if self.example.get_untracked() {
            self.example.set(false);
            self.replace_all(Scenarios::single(name, workspace), false);
            true
        } else {
            self.add_and_open(name, workspace)
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

    /// Every scenario as it stands now, the open one with its live edits: what saving writes.
    pub fn snapshot(&self) -> Scenarios {
        let mut scenarios = self.scenarios.get();
        let active = scenarios.active;
        if let Some(open) = scenarios.list.iter_mut().find(|s| s.id == active) {
            open.workspace = self.workspace.get();
        }
        scenarios
    }

    /// Every scenario as it stands now, the open one with its live edits.
    pub fn current_scenarios(&self) -> Vec<Scenario> {
        self.snapshot().list
    }
}

pub fn use_state() -> AppState {
    expect_context::<AppState>()
}
