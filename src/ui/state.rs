//! The app's reactive state: one workspace signal, and the report derived from it.

use leptos::prelude::*;

use crate::engine::{compute, Report};
use crate::model::{Student, Workspace};

#[derive(Clone, Copy)]
pub struct AppState {
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
    pub fn new(workspace: Workspace) -> AppState {
        let workspace = RwSignal::new(workspace);
        let report = Memo::new(move |_| workspace.with(compute));
        let student_minutes = Memo::new(move |_| {
            let mut list: Vec<(u32, f64)> = report.with(|r| r.students.iter().map(|s| (s.id, s.total())).collect());
            list.sort_unstable_by_key(|&(id, _)| id);
            list
        });
        AppState {
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
        self.workspace.set(workspace);
        self.generation.update(|g| *g += 1);
    }
}

pub fn use_state() -> AppState {
    expect_context::<AppState>()
}
