//! The caseload's one-line rows, kept up to date in one pass per change: each row reads a
//! signal of its own, which changes only when that student or its weekly minutes do.
//!
//! A row that read the whole workspace would re-run on every keystroke anywhere, and each
//! would search the caseload for its student: rows × students work per edit, seconds at a
//! district-sized caseload. One pass here is a comparison per student.

use std::collections::HashMap;

use leptos::prelude::*;

use crate::ui::state::AppState;
use workload_core::engine::students::{row_words, RowWords};
use workload_core::engine::{Report, StudentLoad};
use workload_core::model::{Building, Student, Workspace};

/// What a collapsed row shows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RowSummary {
    pub label: String,
    pub words: RowWords,
    /// The student's weekly minutes for the provider.
    pub minutes: f64,
}

fn summary_of(student: &Student, load: Option<&StudentLoad>, buildings: &[Building]) -> RowSummary {
    let (words, minutes) = match load {
        Some(load) => (row_words(student, load, buildings), load.total()),
        None => (RowWords::default(), 0.0),
    };
    RowSummary { label: student.label.clone(), words, minutes }
}

/// A row's student as last summarized, and the row's signal.
struct Entry {
    student: Student,
    row: ArcRwSignal<RowSummary>,
    /// Still in the caseload at the last pass.
    present: bool,
}

#[derive(Default)]
struct Rows {
    entries: HashMap<u32, Entry>,
    buildings: Vec<Building>,
}

impl Rows {
    /// Brings every row up to date, telling only the rows whose summary changed.
    fn refresh(&mut self, w: &Workspace, r: &Report) {
        let buildings_changed = self.buildings != w.profile.buildings;
        if buildings_changed {
            self.buildings = w.profile.buildings.clone();
        }
        for e in self.entries.values_mut() {
            e.present = false;
        }
        for (s, &sorted) in w.students.iter().zip(&r.in_caseload_order) {
            let load = r.students.get(sorted);
            let minutes = load.map_or(0.0, StudentLoad::total);
            match self.entries.get_mut(&s.id) {
                Some(e)
                    if buildings_changed || e.student != *s || e.row.with_untracked(|old| old.minutes != minutes) =>
                {
                    e.present = true;
                    e.student = s.clone();
                    let summary = summary_of(s, load, &w.profile.buildings);
                    if e.row.with_untracked(|old| *old != summary) {
                        e.row.set(summary);
                    }
                }
                Some(e) => e.present = true,
                None => {
                    let row = ArcRwSignal::new(summary_of(s, load, &w.profile.buildings));
                    self.entries.insert(s.id, Entry { student: s.clone(), row, present: true });
                }
            }
        }
        self.entries.retain(|_, e| e.present);
    }
}

#[derive(Clone, Copy)]
pub struct RowIndex {
    state: AppState,
    rows: StoredValue<Rows, LocalStorage>,
}

impl RowIndex {
    pub fn new(state: AppState) -> RowIndex {
        let mut rows = Rows::default();
        state.workspace.with_untracked(|w| state.report.with_untracked(|r| rows.refresh(w, r)));
        let rows = StoredValue::new_local(rows);
        Effect::new(move |_| {
            state.workspace.with(|w| state.report.with(|r| rows.update_value(|rows| rows.refresh(w, r))));
        });
        RowIndex { state, rows }
    }

    /// The row's signal. A student added a moment ago may have its row drawn before the
    /// next pass: its entry is made here.
    pub fn row(&self, id: u32) -> ArcRwSignal<RowSummary> {
        if let Some(row) = self.rows.with_value(|rows| rows.entries.get(&id).map(|e| e.row.clone())) {
            return row;
        }
        let state = self.state;
        let entry = state.workspace.with_untracked(|w| {
            state.report.with_untracked(|r| {
                let load = r.students.iter().find(|l| l.id == id);
                w.students.iter().find(|s| s.id == id).map(|s| Entry {
                    student: s.clone(),
                    row: ArcRwSignal::new(summary_of(s, load, &w.profile.buildings)),
                    present: true,
                })
            })
        });
        let Some(entry) = entry else { return ArcRwSignal::default() };
        let row = entry.row.clone();
        self.rows.update_value(|rows| {
            rows.entries.insert(id, entry);
        });
        row
    }
}
