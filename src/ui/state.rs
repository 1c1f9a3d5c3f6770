//! The app's reactive state: the scenarios, the open scenario's workspace, and the report
//! derived from it.
//!
//! The open (active) scenario's workspace lives in its own signal while a page runs, so that
//! an edit notifies only what depends on it. Its copy inside `scenarios` is refreshed when
//! the user switches away; saving takes the live one (`storage::envelope::envelope`).

use leptos::prelude::*;

use crate::engine::{compute, Report};
use crate::model::{Scenario, Scenarios, Student, Workspace};

#[derive(Clone, Copy)]
pub struct AppState {
    pub scenarios: RwSignal<Scenarios>,
    /// The active scenario's workspace, live.
    pub workspace: RwSignal<Workspace>,
    /// Recomputed whenever the workspace changes; the only source of numbers on screen.
    pub report: Memo<Report>,
    /// Each student's weekly provider minutes, sorted by id, for the caseload rows.
    pub student_minutes: Memo<Vec<(u32, f64)>>,
    /// Bumped when the workspace is replaced whole (a preset, start over), so that the
    /// forms, which keep their own drafts, are built again from it.
    pub generation: RwSignal<u32>,
    /// The last student removed and where it stood, for undo.
    pub removed_student: RwSignal<Option<(usize, Student)>>,
    /// The student just added or duplicated, whose editor opens when its row appears.
    pub opened_student: RwSignal<Option<u32>>,
}

impl AppState {
    pub fn new(scenarios: Scenarios) -> AppState {
        let active = scenarios
            .get(scenarios.active)
            .map(|s| s.workspace.clone())
            .unwrap_or_else(crate::model::typical_slp_workspace);
        let scenarios = RwSignal::new(scenarios);
        let workspace = RwSignal::new(active);
        let report = Memo::new(move |_| workspace.with(compute));
        let student_minutes = Memo::new(move |_| {
            let mut list: Vec<(u32, f64)> = report.with(|r| r.students.iter().map(|s| (s.id, s.total())).collect());
            list.sort_unstable_by_key(|&(id, _)| id);
            list
        });
        AppState {
            scenarios,
            workspace,
            report,
            student_minutes,
            generation: RwSignal::new(0),
            removed_student: RwSignal::new(None),
            opened_student: RwSignal::new(None),
        }
    }

    /// A student's weekly provider minutes.
    pub fn minutes_of(&self, id: u32) -> f64 {
        self.student_minutes.with(|list| list.binary_search_by_key(&id, |&(i, _)| i).map_or(0.0, |i| list[i].1))
    }

    pub fn edit(&self, change: impl FnOnce(&mut Workspace)) {
        self.workspace.update(change);
    }

    pub fn replace(&self, workspace: Workspace) {
        self.removed_student.set(None);
        self.opened_student.set(None);
        self.workspace.set(workspace);
        self.generation.update(|g| *g += 1);
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
            self.replace(workspace);
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
            self.replace(workspace);
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
