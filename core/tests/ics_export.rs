//! The .ics export, read back by a real iCalendar parser.
#![cfg(not(target_arch = "wasm32"))]

use icalendar::{Calendar, CalendarComponent, Component, DatePerhapsTime, Event};
use workload_core::engine::ics::{indirect_weeks_ics, Stamp};
use workload_core::engine::school_year::plan_year;
use workload_core::model::{IndirectWeek, IsoDate, SchoolYear, ServiceModel};

/// The events of an exported file, read back by the parser.
fn events(text: &str) -> Vec<Event> {
    let calendar: Calendar = text.parse().expect("the export parses as iCalendar");
    calendar
        .components
        .into_iter()
        .filter_map(|c| if let CalendarComponent::Event(e) = c { Some(e) } else { None })
        .collect()
}

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

    let events = events(&text);
    assert_eq!(events.len(), 9, "38 school weeks: 9 complete cycles, each with an indirect week");

    let first = &events[0];
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

/// The weekly schedule: a repeating event per block, parsed back; under 3:1 a direct-week
/// session skips the indirect weeks and the breaks.
#[cfg(feature = "schedule")]
#[test]
fn each_block_of_the_schedule_is_a_weekly_event() {
    use workload_core::engine::schedule::sessions;
    use workload_core::engine::schedule_ics::schedule_ics;
    use workload_core::model::{typical_slp_workspace, Block, BlockKind};
    let mut w = typical_slp_workspace();
    w.school_year = SchoolYear::typical_us_2026();
    w.profile.service_model = ServiceModel::ThreeToOne { indirect_week: IndirectWeek::Fourth };
    let first = sessions(&w).remove(0);
    let id = w.place_block(first.block(1, 9 * 60)).unwrap();
    let lunch = Block { label: "Lunch; duty, room 4".into(), ..Block::new(BlockKind::Lunch, 0, 12 * 60, 30) };
    w.place_block(lunch).unwrap();
    let blackout = Block { label: "Recess".into(), ..Block::new(BlockKind::Blackout, 0, 10 * 60, 30) };
    w.place_block(blackout).unwrap();
    let plan = plan_year(&w.school_year, 5.0, w.profile.service_model).unwrap();
    let stamp = Stamp { date: IsoDate::ymd(2026, 11, 23).unwrap().0, hour: 9, minute: 5, second: 0 };
    let text = schedule_ics(&w, &plan, stamp);
    assert!(text.lines().all(|l| l.len() <= 75));
    let events = events(&text);
    assert_eq!(events.len(), 2, "the school's fixed times are not exported");
    let session =
        events.iter().find(|e| e.get_uid() == Some(&format!("schedule-block-{id}@workload-calculator"))).unwrap();
    assert_eq!(session.property_value("RRULE").map(|r| r.starts_with("FREQ=WEEKLY;UNTIL=")), Some(true));
    let start = session.property_value("DTSTART").unwrap();
    assert!(start.ends_with("T090000"), "{start}");
    // Indirect weeks (every fourth) and breaks are left out: the Tuesdays of the winter break
    // (weeks with no school at all) as much as a Tuesday of an indirect week.
    let exdates: Vec<&str> = text.lines().filter_map(|l| l.strip_prefix("EXDATE:")).collect();
    for day in ["20261222T090000", "20261229T090000", "20260929T090000"] {
        assert!(exdates.contains(&day), "{day} is not left out: {exdates:?}");
    }
    assert!(exdates.len() >= 9 + 2, "{} dates left out", exdates.len());
    let lunch = events.iter().find(|e| e.get_summary() == Some("Lunch; duty, room 4")).unwrap();
    assert!(lunch.property_value("DTSTART").unwrap().ends_with("T120000"));
}
