//! The worked examples of BRIEF §4, run against the whole engine.
#![cfg(not(target_arch = "wasm32"))]

use workload_core::engine::{compute, format, CapStatus, Status};
use workload_core::model::{
    blank_workspace, typical_slp_workspace, Activity, Building, CapChoice, Category, Delivery, Discipline,
    IndirectWeek, Level, Period, PlanType, Rate, Service, ServiceModel, Student, Workspace,
};

/// A workspace with no activities and no paperwork standards, so only what a test adds counts.
fn empty() -> Workspace {
    let mut w = blank_workspace(Discipline::Slp);
    w.activities.clear();
    w.standards.annual_plan.rate.minutes = 0.0;
    w.standards.progress_reports.rate.minutes = 0.0;
    w.standards.reevaluation.rate.minutes = 0.0;
    w.standards.documentation_minutes_per_session = 0.0;
    w
}

fn activity(w: &mut Workspace, name: &str, category: Category, hours_per_week: f64) {
    let id = w.take_id();
    w.activities.push(Activity { id, name: name.into(), category, rate: Rate::weekly(hours_per_week * 60.0, 1.0) });
}

fn student(w: &mut Workspace, label: &str, services: Vec<Service>) -> u32 {
    let id = w.take_id();
    w.students.push(Student {
        id,
        label: label.into(),
        plan: PlanType::Iep,
        level: Level::Elementary,
        building: None,
        weight: None,
        services,
    });
    id
}

fn pull_out(minutes: f64, times: f64, per: Period, group: Option<&str>) -> Service {
    Service { delivery: Delivery::PullOut, rate: Rate::new(minutes, times, per), group: group.map(String::from) }
}

fn shares(w: &Workspace) -> Vec<String> {
    compute(w).categories.iter().filter(|c| c.minutes > 0.0).map(|c| format::percent_tenths(c.share_tenths)).collect()
}

#[test]
fn example_1_nc_iep_hours() {
    let mut w = empty();
    student(&mut w, "A", vec![pull_out(60.0, 2.0, Period::Week, None)]);
    student(&mut w, "B", vec![pull_out(60.0, 1.0, Period::Week, None)]);
    student(&mut w, "C", vec![pull_out(30.0, 2.0, Period::Week, Some("g"))]);
    let r = compute(&w);
    assert_eq!(r.iep_hours.hours, 4.0);
    assert_eq!(format::number(r.iep_hours.fte_low, 3), "0.1");
    assert_eq!(format::number(r.iep_hours.fte_high, 3), "0.114");
}

#[test]
fn example_2_nc_direct_times_one_and_a_half_counts_a_group_once() {
    let mut w = empty();
    for label in ["A", "B", "C"] {
        student(&mut w, label, vec![pull_out(60.0, 1.0, Period::Week, Some("Group 1"))]);
    }
    // 24 more hours seen individually: 25 scheduled direct hours in all.
    for i in 0..24 {
        student(&mut w, &format!("I{i}"), vec![pull_out(60.0, 1.0, Period::Week, None)]);
    }
    let r = compute(&w);
    assert_eq!(r.direct_rule.direct_hours, 25.0);
    assert_eq!(r.direct_rule.workload_hours, 37.5);
    assert_eq!(r.direct_rule.fte, Some(1.0));
    // The group's three students each have a full hour on their own IEP.
    assert_eq!(r.iep_hours.hours, 27.0);
}

#[test]
fn example_3_ohio_planning_time_share_of_the_week() {
    let mut w = empty();
    activity(&mut w, "Planning", Category::Duties, 200.0 / 60.0);
    let r = compute(&w);
    assert_eq!(r.capacity, 2250.0);
    assert_eq!(format::percent(r.utilization.unwrap()), "8.9");
}

#[test]
fn example_4_category_shares_add_to_100() {
    let mut w = empty();
    activity(&mut w, "d", Category::Direct, 15.0);
    activity(&mut w, "i", Category::Indirect, 12.0);
    activity(&mut w, "c", Category::Compliance, 8.0);
    assert_eq!(shares(&w), vec!["42.9", "34.3", "22.8"]);
    assert_eq!(format::hours(compute(&w).total), "35.0");
}

#[test]
fn example_5_asha_survey_week() {
    let mut w = empty();
    activity(&mut w, "Direct", Category::Direct, 22.0);
    activity(&mut w, "Documentation", Category::Compliance, 5.8);
    activity(&mut w, "Evaluations", Category::Compliance, 3.6);
    activity(&mut w, "Consultation", Category::Collaboration, 1.9);
    activity(&mut w, "Technology support", Category::Indirect, 1.0);
    activity(&mut w, "Supervision", Category::Duties, 0.8);
    activity(&mut w, "Other duties", Category::Duties, 2.1);
    let r = compute(&w);
    assert_eq!(format::hours(r.total), "37.2");
    assert_eq!(format::percent(r.utilization.unwrap()), "99.2");
    assert_eq!(r.status, Status::AtCapacity);
    let direct = r.categories.iter().find(|c| c.category == Category::Direct).unwrap();
    assert_eq!(format::percent_tenths(direct.share_tenths), "59.1");
}

#[test]
fn example_6_three_to_one_sixty_minutes_for_three_of_four_weeks() {
    let mut w = empty();
    w.profile.service_model = ServiceModel::ThreeToOne { indirect_week: IndirectWeek::Fourth };
    student(&mut w, "A", vec![pull_out(180.0, 1.0, Period::Cycle, None)]);
    let r = compute(&w);
    assert_eq!(r.minutes(Category::Direct), 45.0);
    assert_eq!(r.three_to_one.direct_in_direct_week, 60.0);
    assert_eq!(r.three_to_one.average_week, 45.0);
    assert!(r.summary().iter().any(|l| l.starts_with("Under the 3:1 model")));
}

#[test]
fn example_7_illinois_cap() {
    let mut w = empty();
    w.profile.cap = CapChoice::Preset { id: "il".into() };
    for i in 0..60 {
        student(&mut w, &format!("S{i}"), vec![pull_out(30.0, 1.0, Period::Week, None)]);
    }
    assert_eq!(compute(&w).caseload.cap_status, Some(CapStatus::At));
    student(&mut w, "S61", vec![pull_out(30.0, 1.0, Period::Week, None)]);
    let r = compute(&w);
    assert_eq!(r.caseload.cap_status, Some(CapStatus::Over));
    assert!(r.summary().iter().any(|l| l.contains("61 students, over the cap of 60")));
}

#[test]
fn example_8_blank_input_shows_the_whole_week_free() {
    let r = compute(&empty());
    assert_eq!(r.balance, Some(2250.0));
    assert_eq!(format::hours(r.balance.unwrap()), "37.5");
    assert_eq!(r.status, Status::Room);
    assert_eq!(r.sustainable_caseload, None);
    assert!(r.summary().iter().any(|l| l == "37.5 hours a week remain."));
}

#[test]
fn a_group_counts_once_for_the_provider_and_in_full_for_each_student() {
    let mut w = empty();
    for label in ["A", "B", "C"] {
        student(&mut w, label, vec![pull_out(30.0, 1.0, Period::Week, Some("Group 1"))]);
    }
    let r = compute(&w);
    assert_eq!(r.minutes(Category::Direct), 30.0);
    assert!(r.students.iter().all(|s| s.direct == 10.0 && s.service_minutes == 30.0));
    // "group 1" with other case and spacing is the same group.
    w.students[2].services[0].group = Some(" group 1 ".into());
    assert_eq!(compute(&w).minutes(Category::Direct), 30.0);
}

#[test]
fn per_student_paperwork_uses_the_standard_values() {
    let mut w = blank_workspace(Discipline::Slp);
    w.activities.clear();
    student(&mut w, "A", vec![pull_out(30.0, 2.0, Period::Week, None)]);
    let r = compute(&w);
    // 120 + 4×20 + 360/3 = 320 minutes a year over 36 weeks, plus 2 notes × 5 minutes.
    let expected = 320.0 / 36.0 + 10.0;
    assert!((r.minutes(Category::Compliance) - expected).abs() < 1e-9);
    assert!((r.students[0].total() - (60.0 + expected)).abs() < 1e-9);
    // MTSS students carry session notes but no plan paperwork.
    w.students[0].plan = PlanType::MtssTier2;
    assert_eq!(compute(&w).minutes(Category::Compliance), 10.0);
}

#[test]
fn students_are_sorted_heaviest_first_and_consult_is_indirect() {
    let mut w = empty();
    student(&mut w, "light", vec![pull_out(20.0, 1.0, Period::Week, None)]);
    student(&mut w, "heavy", vec![pull_out(30.0, 5.0, Period::Week, None)]);
    let consult = Service { delivery: Delivery::Consult, rate: Rate::new(15.0, 1.0, Period::Cycle), group: None };
    student(&mut w, "consult", vec![consult]);
    let r = compute(&w);
    let order: Vec<&str> = r.students.iter().map(|s| s.label.as_str()).collect();
    assert_eq!(order, vec!["heavy", "light", "consult"]);
    assert_eq!(r.minutes(Category::Indirect), 3.75);
}

#[test]
fn sustainable_caseload_and_fte_needed() {
    let mut w = empty();
    activity(&mut w, "Meetings", Category::Duties, 2.5); // 150 min not tied to students
    for i in 0..10 {
        student(&mut w, &format!("S{i}"), vec![pull_out(60.0, 4.0, Period::Week, None)]);
    }
    let r = compute(&w);
    // (2250 - 150) / 240 = 8.75 → 8 students fit; 2550 minutes of work is 1.13 FTE.
    assert_eq!(r.sustainable_caseload, Some(8));
    assert_eq!(r.status, Status::Over);
    assert_eq!(format::number(r.fte_needed.unwrap(), 2), "1.13");
    assert!(r.summary().iter().any(|l| l.contains("serve 2 fewer students") && l.contains("add 0.14 FTE")));
}

#[test]
fn travel_between_buildings_is_its_own_category() {
    let mut w = empty();
    for (name, minutes) in [("North", 60.0), ("South", 90.0)] {
        let id = w.take_id();
        w.profile.buildings.push(Building { id, name: name.into(), travel_minutes_per_week: minutes });
    }
    assert_eq!(compute(&w).minutes(Category::Travel), 150.0);
}

#[test]
fn no_capacity_says_what_to_enter() {
    let mut w = empty();
    w.profile.fte = 0.0;
    let r = compute(&w);
    assert_eq!(r.status, Status::NoCapacity);
    assert_eq!(r.utilization, None);
    assert_eq!(r.fte_needed, Some(0.0));
    assert!(r.summary()[0].contains("Enter the contract hours and FTE"));
}

#[test]
fn ohio_weighting_counts_preschool_at_1_6() {
    let mut w = empty();
    w.profile.weighting = workload_core::model::Weighting::OhioMixed;
    let a = student(&mut w, "P", vec![]);
    student(&mut w, "E", vec![]);
    w.student_mut(a).unwrap().level = Level::Preschool;
    let e = w.students[1].id;
    w.student_mut(e).unwrap().weight = Some(1.6);
    assert!((compute(&w).caseload.weighted_headcount - 3.2).abs() < 1e-9);
}

#[test]
fn the_typical_slp_preset_matches_the_survey_week() {
    let w = typical_slp_workspace();
    let r = compute(&w);
    assert_eq!(r.caseload.headcount, 48);
    assert_eq!(format::hours(r.minutes(Category::Direct)), "22.0");
    let total_hours = r.total / 60.0;
    assert!((36.5..=37.5).contains(&total_hours), "total {total_hours} h");
    assert_eq!(r.status, Status::AtCapacity);
}
