//! The caseload's one-line rows, kept up to date in one pass per change: each row reads a
//! signal of its own, which changes only when that student or its weekly minutes do.
//!
//! A row that read the whole workspace would re-run on every keystroke anywhere, and each
//! would search the caseload for its student: rows × students work per edit, seconds at a
//! district-sized caseload. One pass here is a comparison per student.

use std::collections::{HashMap, HashSet};

use leptos::prelude::*;

use super::state::AppState;
use workload_core::engine::{format, Report};
use workload_core::model::{Building, Student, Workspace};

/// What a collapsed row shows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RowSummary {
    pub label: String,
    pub plan: String,
    pub services: String,
    /// The student's weekly minutes for the provider.
    pub minutes: f64,
}

fn summary_of(student: &Student, buildings: &[Building], minutes: f64) -> RowSummary {
    let building = student
        .building
        .and_then(|b| buildings.iter().find(|x| x.id == b))
        .map(|b| format!(" · {}", b.name))
        .unwrap_or_default();
    let services: Vec<String> = student
        .services
        .iter()
        .map(|v| {
            let group = v.group.as_ref().map(|g| format!(", {g}")).unwrap_or_default();
            format!("{}, {}{group}", format::rate(&v.rate), v.delivery.label().to_ascii_lowercase())
        })
        .collect();
    RowSummary {
        label: student.label.clone(),
        plan: format!("{} · {}{building}", student.plan.label(), student.level.label()),
        services: if services.is_empty() { "no services".into() } else { services.join("; ") },
        minutes,
    }
}

/// A row's student as last summarized, and the row's signal.
struct Entry {
    student: Student,
    row: ArcRwSignal<RowSummary>,
}

#[derive(Default)]
struct Rows {
    entries: HashMap<u32, Entry>,
    buildings: Vec<Building>,
}

impl Rows {
    /// Brings every row up to date, telling only the rows whose summary changed.
    fn refresh(&mut self, w: &Workspace, r: &Report) {
        let minutes: HashMap<u32, f64> = r.students.iter().map(|l| (l.id, l.total())).collect();
        let buildings_changed = self.buildings != w.profile.buildings;
        if buildings_changed {
            self.buildings = w.profile.buildings.clone();
        }
        let present: HashSet<u32> = w.students.iter().map(|s| s.id).collect();
        self.entries.retain(|id, _| present.contains(id));
        for s in &w.students {
            let m = minutes.get(&s.id).copied().unwrap_or(0.0);
            match self.entries.get_mut(&s.id) {
                Some(e) if buildings_changed || e.student != *s => {
                    e.student = s.clone();
                    let summary = summary_of(s, &w.profile.buildings, m);
                    if e.row.with_untracked(|old| *old != summary) {
                        e.row.set(summary);
                    }
                }
                Some(e) => {
                    if e.row.with_untracked(|old| old.minutes != m) {
                        e.row.update(|old| old.minutes = m);
                    }
                }
                None => {
                    let row = ArcRwSignal::new(summary_of(s, &w.profile.buildings, m));
                    self.entries.insert(s.id, Entry { student: s.clone(), row });
                }
            }
        }
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
            let minutes =
                state.report.with_untracked(|r| r.students.iter().find(|l| l.id == id).map_or(0.0, |l| l.total()));
            w.students.iter().find(|s| s.id == id).map(|s| Entry {
                student: s.clone(),
                row: ArcRwSignal::new(summary_of(s, &w.profile.buildings, minutes)),
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
