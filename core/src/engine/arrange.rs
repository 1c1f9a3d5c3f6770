//! Which students the caseload list shows, and in which order: all or one building's, in
//! caseload order, by weekly time (most first) or by label.

use super::Report;
use crate::model::{Student, Workspace};

/// How the caseload list is sorted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Order {
    #[default]
    Caseload,
    MostTime,
    Label,
}

impl Order {
    pub const ALL: [Order; 3] = [Order::Caseload, Order::MostTime, Order::Label];

    pub fn key(self) -> &'static str {
        match self {
            Order::Caseload => "caseload",
            Order::MostTime => "time",
            Order::Label => "label",
        }
    }

    pub fn from_key(key: &str) -> Option<Order> {
        Order::ALL.into_iter().find(|o| o.key() == key)
    }

    pub fn label(self) -> &'static str {
        match self {
            Order::Caseload => "As entered",
            Order::MostTime => "Most time a week first",
            Order::Label => "Label, A to Z",
        }
    }
}

/// Which students to show: every one, or those of one building (`Some(None)`: those in no
/// building).
pub type BuildingFilter = Option<Option<u32>>;

/// The ids of the students shown, in order. `report` is the workspace's report, which
/// already lists students heaviest first (equal loads as entered): no sort of its own.
pub fn arrange(workspace: &Workspace, report: &Report, order: Order, building: BuildingFilter) -> Vec<u32> {
    let keep = |s: &Student| building.is_none_or(|b| s.building == b);
    match order {
        Order::Caseload => workspace.students.iter().filter(|s| keep(s)).map(|s| s.id).collect(),
        Order::MostTime => {
            report.students.iter().filter(|l| workspace.students.get(l.place).is_some_and(keep)).map(|l| l.id).collect()
        }
        Order::Label => {
            let mut shown: Vec<&Student> = workspace.students.iter().filter(|s| keep(s)).collect();
            // Labels are codes and initials: ASCII case folding, no Unicode tables in the wasm.
            shown.sort_unstable_by(|a, b| folded(&a.label).cmp(folded(&b.label)).then(a.id.cmp(&b.id)));
            shown.into_iter().map(|s| s.id).collect()
        }
    }
}

fn folded(label: &str) -> impl Iterator<Item = u8> + '_ {
    label.bytes().map(|c| c.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::compute;
    use crate::model::typical_slp_workspace;

    #[test]
    fn most_time_first_filters_and_keeps_ties_in_caseload_order() {
        let mut w = typical_slp_workspace();
        let second = w.add_building().unwrap();
        for s in w.students.iter_mut().step_by(3) {
            s.building = Some(second);
        }
        let r = compute(&w);
        let all = arrange(&w, &r, Order::Caseload, None);
        assert_eq!(all, w.students.iter().map(|s| s.id).collect::<Vec<_>>());

        let by_time = arrange(&w, &r, Order::MostTime, None);
        let minutes = |id: u32| r.students.iter().find(|l| l.id == id).unwrap().total();
        assert!(by_time.windows(2).all(|p| minutes(p[0]) >= minutes(p[1])));
        assert_eq!(by_time.len(), w.students.len());
        // Equal minutes stay as entered.
        for pair in by_time.windows(2).filter(|p| minutes(p[0]) == minutes(p[1])) {
            let place = |id| w.students.iter().position(|s| s.id == id).unwrap();
            assert!(place(pair[0]) < place(pair[1]));
        }

        let in_first = arrange(&w, &r, Order::Label, Some(Some(second)));
        assert!(!in_first.is_empty() && in_first.len() < w.students.len());
        assert!(in_first.iter().all(|id| w.students.iter().any(|s| s.id == *id && s.building == Some(second))));
        let labels: Vec<String> =
            in_first.iter().map(|id| w.students.iter().find(|s| s.id == *id).unwrap().label.to_lowercase()).collect();
        assert!(labels.windows(2).all(|p| p[0] <= p[1]));
    }
}
