//! Live what-ifs on the comparison: the same scenario with a different number of students,
//! average service minutes, number of buildings, service model or FTE. A what-if makes a
//! changed copy of the workspace; the engine then computes it like any other.

use crate::model::rules::{self, GROUP, SESSION_MINUTES};
use crate::model::{Building, IndirectWeek, ServiceModel, Workspace};

use super::students::student_loads;
use super::week::{clean, ratio};

/// Travel an added building brings, in minutes per week, unless it is the only building.
/// A conservative figure: one trip between buildings, both ways, a few times a week.
pub const ADDED_BUILDING_TRAVEL: f64 = 60.0;
/// The largest caseload and building count a what-if can ask for.
pub const MAX_STUDENTS: u32 = rules::WHAT_IF_STUDENTS.max as u32;
pub const MAX_BUILDINGS: u32 = rules::WHAT_IF_BUILDINGS.max as u32;

/// `None` leaves a setting as the scenario has it.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct WhatIf {
    pub students: Option<u32>,
    /// Average service minutes per student per week, as the plans state them.
    pub average_minutes: Option<f64>,
    pub buildings: Option<u32>,
    pub three_to_one: Option<bool>,
    pub fte: Option<f64>,
}

impl WhatIf {
    pub fn is_empty(&self) -> bool {
        *self == WhatIf::default()
    }
}

/// The settings a what-if starts from: what the scenario has now.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Baseline {
    pub students: u32,
    /// Service minutes a week per student, to a tenth of a minute (as the field shows it).
    pub average_minutes: f64,
    pub buildings: u32,
    pub three_to_one: bool,
    pub fte: f64,
}

pub fn baseline(w: &Workspace) -> Baseline {
    Baseline {
        students: w.students.len().min(u32::MAX as usize) as u32,
        average_minutes: (average_service_minutes(w) * 10.0).round() / 10.0,
        buildings: w.profile.buildings.len().min(u32::MAX as usize) as u32,
        three_to_one: matches!(w.profile.service_model, ServiceModel::ThreeToOne { .. }),
        fte: clean(w.profile.fte),
    }
}

/// Service minutes per student per week (what the plans say, groups not discounted).
pub fn average_service_minutes(w: &Workspace) -> f64 {
    let loads = student_loads(w, |_| 1.0);
    ratio(loads.iter().map(|l| l.service_minutes).sum(), loads.len() as f64).unwrap_or(0.0)
}

/// The scenario with the what-if applied. The caseload is resized before minutes are
/// scaled, so "60 students at 40 minutes" means exactly that. The result keeps within the
/// rules a saved scenario keeps (`model::rules`), so "Save as a new scenario" always can.
pub fn apply(w: &Workspace, what: &WhatIf) -> Workspace {
    let mut w = w.clone();
    if let Some(n) = what.students {
        resize_caseload(&mut w, n.min(MAX_STUDENTS) as usize);
    }
    if let Some(target) = what.average_minutes {
        scale_service_minutes(&mut w, clean(target));
    }
    if let Some(n) = what.buildings {
        set_building_count(&mut w, n.min(MAX_BUILDINGS) as usize);
    }
    if let Some(on) = what.three_to_one {
        w.profile.service_model = match (on, w.profile.service_model) {
            (false, _) => ServiceModel::Traditional,
            (true, ServiceModel::Traditional) => ServiceModel::ThreeToOne { indirect_week: IndirectWeek::Fourth },
            (true, model) => model,
        };
    }
    if let Some(fte) = what.fte {
        w.profile.fte = rules::FTE.nearest(fte, w.profile.fte);
    }
    w
}

/// Fewer students: keep evenly spaced ones, so the mix of needs stays the same. More: add
/// copies of evenly spaced students; copies of a group's members form a new group together,
/// rather than swelling the old one.
fn resize_caseload(w: &mut Workspace, target: usize) {
    let n = w.students.len();
    if n == 0 || target == n {
        return;
    }
    if target < n {
        w.students = (0..target).map(|i| w.students[i * n / target].clone()).collect();
        return;
    }
    let extra = target - n;
    w.reserve_ids(extra);
    for k in 0..extra {
        let mut copy = w.students[k * n / extra].clone();
        copy.id = w.take_id();
        copy.label = format!("Added {:02}", k + 1);
        for service in &mut copy.services {
            if let Some(group) = &mut service.group {
                let suffix = " (added)";
                let room = GROUP.max_chars - suffix.len();
                *group = format!("{}{suffix}", group.chars().take(room).collect::<String>());
            }
        }
        w.students.push(copy);
    }
}

fn scale_service_minutes(w: &mut Workspace, target: f64) {
    let current = average_service_minutes(w);
    let Some(factor) = ratio(target, current) else { return };
    // Minutes to a tenth, as people write them (the average then lands within a twentieth
    // of a minute of the target); a session stays within a session's length: a scaled plan
    // that would need longer sessions stops at the longest.
    for service in w.students.iter_mut().flat_map(|s| s.services.iter_mut()) {
        let scaled = (clean(service.rate.minutes * factor) * 10.0).round() / 10.0;
        service.rate.minutes = scaled.min(SESSION_MINUTES.max);
    }
}

/// Fewer buildings: the last ones go and their students move to the first. More: added
/// buildings bring [`ADDED_BUILDING_TRAVEL`] each (none for the very first).
fn set_building_count(w: &mut Workspace, target: usize) {
    let n = w.profile.buildings.len();
    if target < n {
        w.profile.buildings.truncate(target);
        let first = w.profile.buildings.first().map(|b| b.id);
        let kept: Vec<u32> = w.profile.buildings.iter().map(|b| b.id).collect();
        for s in &mut w.students {
            if s.building.is_some_and(|b| !kept.contains(&b)) {
                s.building = first;
            }
        }
        return;
    }
    w.reserve_ids(target.saturating_sub(n));
    for k in n..target {
        let id = w.take_id();
        let travel = if k == 0 { 0.0 } else { ADDED_BUILDING_TRAVEL };
        w.profile.buildings.push(Building {
            id,
            name: format!("Added building {}", k + 1),
            travel_minutes_per_week: travel,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::compute;
    use crate::model::{blank_workspace, typical_slp_workspace, Discipline};

    #[test]
    fn an_empty_what_if_changes_nothing() {
        let w = typical_slp_workspace();
        assert!(WhatIf::default().is_empty());
        assert_eq!(apply(&w, &WhatIf::default()), w);
    }

    #[test]
    fn resizing_keeps_the_mix_and_adds_provider_time() {
        let w = typical_slp_workspace();
        let before = compute(&w);
        let more = compute(&apply(&w, &WhatIf { students: Some(96), ..WhatIf::default() }));
        assert_eq!(more.caseload.headcount, 96);
        let doubled_student_time = 2.0 * before.student_minutes;
        assert!(
            (more.student_minutes - doubled_student_time).abs() < 1.0,
            "{} vs {doubled_student_time}",
            more.student_minutes
        );
        let fewer = apply(&w, &WhatIf { students: Some(24), ..WhatIf::default() });
        assert_eq!(fewer.students.len(), 24);
        let preschool = |w: &Workspace| w.students.iter().filter(|s| s.level == crate::model::Level::Preschool).count();
        assert_eq!(preschool(&fewer) * 2, preschool(&w), "half the caseload, half the preschoolers");
        let mut ids: Vec<u32> =
            apply(&w, &WhatIf { students: Some(200), ..WhatIf::default() }).students.iter().map(|s| s.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), 200, "added students get fresh ids");
    }

    #[test]
    fn average_minutes_are_met_exactly() {
        let w = typical_slp_workspace();
        let target = apply(&w, &WhatIf { students: Some(60), average_minutes: Some(40.0), ..WhatIf::default() });
        assert_eq!(target.students.len(), 60);
        assert!((average_service_minutes(&target) - 40.0).abs() < 0.05);
        assert!(target.students.iter().flat_map(|s| &s.services).all(|v| (v.rate.minutes * 10.0).fract() == 0.0));
        let empty = blank_workspace(Discipline::Slp);
        assert_eq!(
            apply(&empty, &WhatIf { average_minutes: Some(40.0), students: Some(10), ..WhatIf::default() }),
            empty
        );
    }

    #[test]
    fn buildings_bring_travel_and_students_follow_removed_ones() {
        let w = typical_slp_workspace();
        let three = compute(&apply(&w, &WhatIf { buildings: Some(3), ..WhatIf::default() }));
        assert_eq!(three.travel, 2.0 * ADDED_BUILDING_TRAVEL);
        let mut two = apply(&w, &WhatIf { buildings: Some(2), ..WhatIf::default() });
        let second = two.profile.buildings[1].id;
        two.students[0].building = Some(second);
        let one = apply(&two, &WhatIf { buildings: Some(1), ..WhatIf::default() });
        assert_eq!(one.students[0].building, Some(one.profile.buildings[0].id));
        let none = apply(&w, &WhatIf { buildings: Some(0), ..WhatIf::default() });
        assert!(none.students.iter().all(|s| s.building.is_none()));
        let first = apply(&blank_workspace(Discipline::Ot), &WhatIf { buildings: Some(1), ..WhatIf::default() });
        assert_eq!(compute(&first).travel, 0.0, "a first building is home, not travel");
    }

    #[test]
    fn three_to_one_and_fte() {
        let w = typical_slp_workspace();
        let on = apply(&w, &WhatIf { three_to_one: Some(true), fte: Some(0.8), ..WhatIf::default() });
        assert!(compute(&on).uses_three_to_one);
        assert_eq!(on.profile.fte, 0.8);
        assert!(!compute(&apply(&on, &WhatIf { three_to_one: Some(false), ..WhatIf::default() })).uses_three_to_one);
        let bad = apply(&w, &WhatIf { fte: Some(f64::NAN), students: Some(u32::MAX), ..WhatIf::default() });
        assert_eq!(bad.profile.fte, 1.0, "a what-if FTE that is not a number leaves the scenario's");
        assert_eq!(apply(&w, &WhatIf { fte: Some(1.5), ..WhatIf::default() }).profile.fte, 1.5);
        assert_eq!(bad.students.len(), MAX_STUDENTS as usize);
    }
}
