//! Properties that hold for any input the model can hold, valid or not.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use workload_core::engine::compare::compare;
use workload_core::engine::ics::{indirect_weeks_ics, Stamp};
use workload_core::engine::school_year::{plan_year, week_dates};
use workload_core::engine::what_if::{apply, WhatIf};
use workload_core::engine::{compare_models, compute, ways_to_fit};
use workload_core::interchange::csv_export::{results_csv, students_csv};
use workload_core::model::{
    blank_workspace, Activity, Building, Category, DaysOff, Delivery, Discipline, IsoDate, Level, Period, PlanType,
    Rate, SchoolYear, Service, ServiceModel, Student, Workspace,
};

fn any_number() -> impl Strategy<Value = f64> {
    prop_oneof![
        6 => 0.0..500.0f64,
        1 => Just(0.0),
        1 => -100.0..0.0f64,
        1 => prop::num::f64::ANY,
    ]
}

fn any_period() -> impl Strategy<Value = Period> {
    prop::sample::select(Period::ALL.to_vec())
}

fn any_rate() -> impl Strategy<Value = Rate> {
    (any_number(), any_number(), any_period()).prop_map(|(minutes, times, per)| Rate { minutes, times, per })
}

fn any_service() -> impl Strategy<Value = Service> {
    (
        prop::sample::select(Delivery::ALL.to_vec()),
        any_rate(),
        prop::option::of(prop::sample::select(vec!["A".to_string(), "b".into(), " a ".into(), "".into()])),
    )
        .prop_map(|(delivery, rate, group)| Service { delivery, rate, group })
}

fn any_workspace() -> impl Strategy<Value = Workspace> {
    (
        prop::collection::vec(
            (
                prop::collection::vec(any_service(), 0..3),
                prop::sample::select(PlanType::ALL.to_vec()),
                prop::option::of(any_number()),
            ),
            0..12,
        ),
        prop::collection::vec((prop::sample::select(Category::ALL.to_vec()), any_rate()), 0..8),
        (any_number(), any_number(), any_number(), any_number(), any_number(), any_number()),
        prop::collection::vec(any_number(), 0..3),
        any::<bool>(),
    )
        .prop_map(|(students, activities, (fte, hours, days, weeks, quarter, doc), travel, lunch)| {
            let mut w = blank_workspace(Discipline::Slp);
            w.activities.clear();
            w.profile.fte = fte;
            w.profile.contract_hours_per_week = hours;
            w.profile.days_per_week = days;
            w.profile.school_weeks_per_year = weeks;
            w.profile.weeks_per_quarter = quarter;
            w.profile.contract_includes_lunch = lunch;
            w.standards.documentation_minutes_per_session = doc;
            for minutes in travel {
                let id = w.take_id();
                w.profile.buildings.push(Building { id, name: "b".into(), travel_minutes_per_week: minutes });
            }
            for (services, plan, weight) in students {
                let id = w.take_id();
                w.students.push(Student {
                    id,
                    label: "s".into(),
                    plan,
                    level: Level::Elementary,
                    building: None,
                    weight,
                    services,
                });
            }
            for (category, rate) in activities {
                let id = w.take_id();
                w.activities.push(Activity { id, name: "a".into(), category, rate });
            }
            w
        })
}

fn finite_or_none(x: Option<f64>) -> bool {
    x.is_none_or(|v| v.is_finite())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn every_output_is_defined(w in any_workspace()) {
        let r = compute(&w);
        prop_assert!(r.total.is_finite() && r.total >= 0.0);
        prop_assert!(r.capacity.is_finite() && r.capacity >= 0.0);
        prop_assert!(finite_or_none(r.utilization));
        prop_assert!(finite_or_none(r.balance));
        prop_assert!(finite_or_none(r.fte_needed));
        prop_assert!(finite_or_none(r.average_per_student));
        prop_assert!(finite_or_none(r.caseload.students_per_fte));
        prop_assert!(r.caseload.weighted_headcount.is_finite());
        prop_assert!(r.iep_hours.hours.is_finite() && r.direct_rule.workload_hours.is_finite());
        let t = &r.three_to_one;
        for v in [t.average_week, t.peak_direct_week, t.indirect_week_room, t.moved_to_indirect_week, t.indirect_week_free] {
            prop_assert!(v.is_finite() && v >= 0.0);
        }
        for s in &r.students {
            prop_assert!(s.total().is_finite() && s.total() >= 0.0);
        }
        for line in &r.summary() {
            prop_assert!(!line.contains("NaN") && !line.contains("inf"), "{}", line);
        }
    }

    #[test]
    fn categories_sum_to_the_total_and_shares_to_100(w in any_workspace()) {
        let r = compute(&w);
        let sum: f64 = r.categories.iter().map(|c| c.minutes).sum();
        prop_assert!((sum - r.total).abs() <= 1e-6 * r.total.max(1.0));
        let shares: u32 = r.categories.iter().map(|c| c.share_tenths).sum();
        prop_assert_eq!(shares, if r.total > 0.0 { 1000 } else { 0 });
    }

    #[test]
    fn student_loads_add_up_to_the_student_driven_minutes(w in any_workspace()) {
        let r = compute(&w);
        let sum: f64 = r.students.iter().map(|s| s.total()).sum();
        prop_assert!((sum - r.student_minutes).abs() <= 1e-6 * r.student_minutes.max(1.0));
        prop_assert_eq!(r.caseload.headcount, w.students.len());
    }

    #[test]
    fn three_to_one_keeps_the_cycle_total(w in any_workspace()) {
        let r = compute(&w);
        let t = &r.three_to_one;
        let every_week = r.minutes(Category::Duties) + r.minutes(Category::Travel);
        let cycle = 3.0 * t.peak_direct_week + every_week + t.moved_to_indirect_week;
        prop_assert!((cycle - 4.0 * t.average_week).abs() <= 1e-6 * t.average_week.max(1.0));
    }
}

/// Any calendar date the date type can hold, far outside any school year included.
fn any_date() -> impl Strategy<Value = IsoDate> {
    prop_oneof![
        3 => (2020i32..2032, 1u8..13, 1u8..29),
        1 => (-9999i32..=9999, 1u8..13, 1u8..29),
        1 => prop::sample::select(vec![(-9999, 1, 1), (9999, 12, 28), (2100, 12, 28)]),
    ]
    .prop_map(|(y, m, d)| IsoDate::ymd(y, m, d).unwrap_or(IsoDate::ymd(2026, 9, 8).unwrap()))
}

fn any_year() -> impl Strategy<Value = SchoolYear> {
    (any_date(), any_date(), prop::collection::vec((any_date(), any_date(), "\\PC{0,20}"), 0..6)).prop_map(
        |(first_day, last_day, offs)| SchoolYear {
            first_day,
            last_day,
            days_off: offs
                .into_iter()
                .enumerate()
                .map(|(i, (first, last, label))| DaysOff { id: i as u32 + 1, label, first, last })
                .collect(),
        },
    )
}

fn any_model() -> impl Strategy<Value = ServiceModel> {
    prop::sample::select(ServiceModel::ALL.to_vec())
}

/// Text on screen or in a file never shows a number that is not one.
fn readable(text: &str) -> bool {
    !text.contains("NaN") && !text.contains("inf")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// The calendar and its .ics never panic, whatever the dates (a backup from the year
    /// 9999 included), and a year that can be planned has its weeks in order.
    #[test]
    fn the_school_year_calendar_and_its_ics_are_total(
        year in any_year(), days in any_number(), model in any_model(), probe in any_date()
    ) {
        match plan_year(&year, days, model) {
            Ok(plan) => {
                prop_assert!(plan.weeks.windows(2).all(|w| w[0].monday < w[1].monday));
                prop_assert_eq!(plan.direct_weeks + plan.indirect_weeks, plan.weeks.len() as u32);
                let _ = plan.day(&year, probe.0);
                let _ = plan.cycle_on(probe.0);
                let stamp = Stamp { date: probe.0, hour: 0, minute: 0, second: 0 };
                let ics = indirect_weeks_ics(&plan, &["Consult".into()], stamp);
                prop_assert!(ics.starts_with("BEGIN:VCALENDAR") && readable(&ics));
                for w in &plan.weeks {
                    prop_assert!(readable(&week_dates(w)));
                }
            }
            Err(problems) => prop_assert!(!problems.is_empty()),
        }
    }

    /// Every engine function on any workspace: the comparison, what-ifs, the 3:1 figures,
    /// summaries and files: finite numbers, readable text, never a panic.
    #[test]
    fn every_engine_output_is_finite_and_readable(
        a in any_workspace(),
        b in any_workspace(),
        students in prop::option::of(any::<u32>()),
        minutes in prop::option::of(any_number()),
        buildings in prop::option::of(any::<u32>()),
        fte in prop::option::of(any_number()),
    ) {
        let what = WhatIf { students, average_minutes: minutes, buildings, three_to_one: Some(true), fte };
        let changed = apply(&a, &what);
        let (ra, rb, rc) = (compute(&a), compute(&b), compute(&changed));
        let c = compare(&[("A", &ra), ("B", &rb), ("What if", &rc)]);
        let mut lines = vec![c.caseload_line, c.workload_line, c.headline, c.main_difference];
        lines.extend(c.status_lines.into_iter().chain(c.differences).chain(c.fixes));
        for row in c.caseload_rows.iter().chain(&c.workload_rows).chain(&c.category_rows) {
            lines.extend(row.cells.iter().cloned());
        }
        lines.extend(ways_to_fit(&rc));
        let (traditional, three) = compare_models(&ra);
        lines.push(format!("{traditional:?} {three:?}"));
        lines.push(students_csv(&a, &ra));
        lines.push(results_csv("A", &ra));
        for l in &lines {
            prop_assert!(readable(l), "{}", l);
        }
        prop_assert!(rc.total.is_finite());
    }
}
