//! The .ics export, read back by a real iCalendar parser.
#![cfg(not(target_arch = "wasm32"))]

use icalendar::{Calendar, CalendarComponent, Component, DatePerhapsTime};
use workload_core::engine::ics::{indirect_weeks_ics, Stamp};
use workload_core::engine::school_year::plan_year;
use workload_core::model::{IndirectWeek, IsoDate, SchoolYear, ServiceModel};

fn export(tasks: &[String]) -> String {
    let plan = plan_year(
        &SchoolYear::typical_us_2026(),
        5.0,
        ServiceModel::ThreeToOne { indirect_week: IndirectWeek::Fourth },
    )
    .unwrap();
    let stamp = Stamp { date: IsoDate::ymd(2026, 11, 23).unwrap().0, hour: 9, minute: 5, second: 0 };
    indirect_weeks_ics(&plan, tasks, stamp)
}

#[test]
fn every_indirect_week_is_an_all_day_event() {
    let text = export(&["Consult with teachers, grade 2; room \\ 14".into()]);
    assert!(text.lines().all(|l| l.len() <= 75));
    assert!(text.split_inclusive('\n').all(|l| l.ends_with("\r\n")));

    let calendar: Calendar = text.parse().expect("the export parses as iCalendar");
    let events: Vec<_> = calendar
        .components
        .iter()
        .filter_map(|c| if let CalendarComponent::Event(e) = c { Some(e) } else { None })
        .collect();
    assert_eq!(events.len(), 9, "38 school weeks: 9 complete cycles, each with an indirect week");

    let first = events[0];
    assert_eq!(first.get_uid(), Some("indirect-week-20260928@workload-calculator"));
    assert_eq!(first.get_summary(), Some("Indirect week (3:1, cycle 1)"));
    let day = |d: Option<DatePerhapsTime>| match d {
        Some(DatePerhapsTime::Date(date)) => date.to_string(),
        other => panic!("not an all-day date: {other:?}"),
    };
    // Mon Sep 28 to Fri Oct 2; an all-day event ends on the following day.
    assert_eq!(day(first.get_start()), "2026-09-28");
    assert_eq!(day(first.get_end()), "2026-10-03");
    let description = first.get_description().unwrap();
    assert!(description.contains("Consult with teachers, grade 2; room \\ 14"), "{description}");
}

#[test]
fn uids_are_stable_between_exports() {
    let uids =
        |text: String| -> Vec<String> { text.lines().filter(|l| l.starts_with("UID:")).map(String::from).collect() };
    assert_eq!(uids(export(&[])), uids(export(&["x".into()])));
}
