//! A time study as spreadsheets: the log (every interval, every entry) and the totals. UTF-8
//! with a byte order mark and CRLF line ends, and task names that a spreadsheet would run as
//! a formula made inert, as the other exports (`csv_export`).
//!
//! The log is one flat table, one row per entry, with the same columns on every row:
//!
//! `Date, Start, End, When, Task, Category, Minutes`
//!
//! - each interval of each day, in order (`When` is "contract day"; `Start` and `End` the
//!   interval's times, 24-hour; `Task` and `Category` empty if nothing is logged yet;
//!   lunch and breaks have the category "Not work"); after a day's intervals, its work
//!   outside contract hours (`When` is "outside contract hours", no times);
//! - last, the rare duties (`When` is "per month", no date, no times).
//!
//! Every row carries its own minutes (an interval its length, the last of a day perhaps
//! shorter), so a pivot table with `Task` (or `Category`) as rows and the sum of `Minutes`
//! as values totals the study without any formula; `When` as a column or filter keeps the
//! monthly minutes, which are a month's and not the study's, apart, and splits work within
//! and beyond contract hours. With "per month" left out, the sums are the study's totals
//! (`totals_csv`); the blank task is the time not logged. An entry whose task is no longer in
//! the study has no row, as it counts nowhere in the totals.
//!
//! The totals are the engine's (`study_totals`), only formatted: `Section, Name, Category,
//! Minutes, Hours, Percent of time logged, Percent of work`: a row per task, a row per
//! category of work, then the time within and beyond contract hours, lunch and breaks and
//! not logged.

use super::csv_export::{inert, write};
use crate::engine::format;
use crate::engine::time_study::study_totals;
use crate::model::{StudyTask, TaskMinutes, TimeStudy, NOT_WORK};

/// A task's category as the calculator names it, or "Not work".
fn category_label(task: &StudyTask) -> &'static str {
    task.category.map_or(NOT_WORK, |c| c.label())
}

/// Entered minutes as the engine counts them: anything not finite or below zero is none.
fn entered_minutes(minutes: f64) -> String {
    format::number(if minutes.is_finite() && minutes > 0.0 { minutes } else { 0.0 }, 2)
}

pub const LOG_COLUMNS: [&str; 7] = ["Date", "Start", "End", "When", "Task", "Category", "Minutes"];

pub const CONTRACT_DAY: &str = "contract day";
pub const OUTSIDE_CONTRACT: &str = "outside contract hours";
pub const PER_MONTH: &str = "per month";

/// Every interval, every entry outside contract hours and every monthly entry, a row each.
pub fn log_csv(study: &TimeStudy) -> String {
    let setup = &study.setup;
    let mut rows = vec![LOG_COLUMNS.iter().map(|c| c.to_string()).collect::<Vec<String>>()];
    // A row for an entry of minutes, if its task is still in the study.
    let entry = |date: String, when: &str, TaskMinutes { task, minutes }: &TaskMinutes| {
        study.task(*task).map(|t| {
            vec![
                date,
                String::new(),
                String::new(),
                when.to_string(),
                inert(&t.name),
                category_label(t).to_string(),
                entered_minutes(*minutes),
            ]
        })
    };
    for day in &study.days {
        let date = day.date.iso();
        for (i, slot) in day.intervals.iter().enumerate().take(setup.intervals_per_day()) {
            let (from, to) = setup.interval_bounds(i);
            // A task no longer in the study is time not logged, as the engine counts it.
            let task = slot.and_then(|id| study.task(id));
            rows.push(vec![
                date.clone(),
                format::time_of_day(from),
                format::time_of_day(to),
                CONTRACT_DAY.to_string(),
                task.map(|t| inert(&t.name)).unwrap_or_default(),
                task.map(|t| category_label(t).to_string()).unwrap_or_default(),
                (to.saturating_sub(from)).to_string(),
            ]);
        }
        rows.extend(day.overflow.iter().filter_map(|e| entry(date.clone(), OUTSIDE_CONTRACT, e)));
    }
    rows.extend(study.monthly.iter().filter_map(|e| entry(String::new(), PER_MONTH, e)));
    write(rows)
}

pub const TOTALS_COLUMNS: [&str; 7] =
    ["Section", "Name", "Category", "Minutes", "Hours", "Percent of time logged", "Percent of work"];

/// The whole study's totals: by task (with its share of all the time logged), by category
/// of work (with its share of the work), and the time within and beyond contract hours,
/// lunch and breaks and not logged. Monthly entries are not in these: they are a month's.
pub fn totals_csv(study: &TimeStudy) -> String {
    let totals = study_totals(study);
    let mut rows = vec![TOTALS_COLUMNS.iter().map(|c| c.to_string()).collect::<Vec<String>>()];
    for (task, total) in study.tasks.iter().zip(&totals.by_task) {
        rows.push(vec![
            "Task".into(),
            inert(&task.name),
            category_label(task).into(),
            format::minutes(total.minutes),
            format::hours(total.minutes),
            format::percent_tenths(total.share_tenths),
            String::new(),
        ]);
    }
    for line in &totals.categories {
        rows.push(vec![
            "Category".into(),
            line.category.label().into(),
            String::new(),
            format::minutes(line.minutes),
            format::hours(line.minutes),
            String::new(),
            format::percent_tenths(line.share_tenths),
        ]);
    }
    for (name, minutes) in [
        ("Work within contract hours", totals.work),
        ("Work outside contract hours", totals.overflow),
        ("Lunch and breaks", totals.not_work),
        ("Not logged", totals.unlogged),
    ] {
        rows.push(vec![
            "Time".into(),
            name.into(),
            String::new(),
            format::minutes(minutes),
            format::hours(minutes),
            String::new(),
            String::new(),
        ]);
    }
    write(rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interchange::csv_export::BOM;
    use crate::model::{IsoDate, StudySetup};
    use std::collections::BTreeMap;

    /// A week of 15-minute intervals, 8:00 to 15:30, with lunch at 12:00 filled in: Monday
    /// 8:00-9:00 individual therapy (task 1, a name with a comma), 9:00-9:15 an IEP meeting
    /// (task 5), 45 minutes of progress reports that evening (task 6) and two hours of staff
    /// meetings a month (task 15).
    fn study() -> TimeStudy {
        let mut study = TimeStudy::new(StudySetup::week_from(IsoDate::ymd(2026, 10, 5).unwrap()), 1);
        study.set(0, 0, 3, Some(1));
        study.set(0, 4, 4, Some(5));
        study.days[0].overflow.push(TaskMinutes { task: 6, minutes: 45.0 });
        study.monthly.push(TaskMinutes { task: 15, minutes: 120.0 });
        study
    }

    fn lines(text: &str) -> Vec<&str> {
        text.strip_prefix(BOM).unwrap().split_terminator("\r\n").collect()
    }

    fn records(text: &str) -> Vec<csv::StringRecord> {
        let mut reader =
            csv::ReaderBuilder::new().has_headers(false).from_reader(text.strip_prefix(BOM).unwrap().as_bytes());
        reader.records().map(Result::unwrap).collect()
    }

    #[test]
    fn the_log_has_a_row_per_interval_and_entry_with_its_minutes() {
        let study = study();
        let text = log_csv(&study);
        assert!(text.starts_with(BOM) && text.ends_with("\r\n"));
        let lines = lines(&text);
        assert_eq!(lines[0], "Date,Start,End,When,Task,Category,Minutes");
        assert_eq!(lines[1], "2026-10-05,08:00,08:15,contract day,\"Therapy, individual\",Direct services,15");
        assert_eq!(lines[4], "2026-10-05,08:45,09:00,contract day,\"Therapy, individual\",Direct services,15");
        assert_eq!(
            lines[5],
            "2026-10-05,09:00,09:15,contract day,IEP development and meetings,Paperwork and compliance,15"
        );
        assert_eq!(lines[6], "2026-10-05,09:15,09:30,contract day,,,15");
        assert_eq!(lines[17], "2026-10-05,12:00,12:15,contract day,Lunch and breaks,Not work,15");
        assert_eq!(lines[30], "2026-10-05,15:15,15:30,contract day,,,15");
        // Monday's evening work follows its intervals; Tuesday starts after it.
        assert_eq!(
            lines[31],
            "2026-10-05,,,outside contract hours,Progress reports and documentation,Paperwork and compliance,45"
        );
        assert_eq!(lines[32], "2026-10-06,08:00,08:15,contract day,,,15");
        assert_eq!(*lines.last().unwrap(), ",,,per month,Staff meetings and PD,Other duties,120");
        // 5 days × 30 intervals, 1 entry outside contract hours, 1 monthly, the header.
        assert_eq!(records(&text).len(), 5 * 30 + 1 + 1 + 1);
        assert_eq!(lines.len(), 153);
    }

    #[test]
    fn a_pivot_of_the_log_by_task_gives_the_totals() {
        let study = study();
        let mut by_task: BTreeMap<String, f64> = BTreeMap::new();
        for row in records(&log_csv(&study)).iter().skip(1).filter(|r| &r[3] != PER_MONTH) {
            *by_task.entry(row[4].to_string()).or_default() += row[6].parse::<f64>().unwrap();
        }
        let totals = study_totals(&study);
        for t in &totals.by_task {
            let name = &study.task(t.task).unwrap().name;
            assert_eq!(by_task.get(name).copied().unwrap_or(0.0), t.minutes, "{name}");
        }
        assert_eq!(by_task[""], totals.unlogged);
        assert_eq!(by_task.values().sum::<f64>(), 5.0 * 450.0 + 45.0);
    }

    #[test]
    fn names_with_commas_quotes_or_formulas_read_back_as_written() {
        let mut study = study();
        study.tasks[0].name = "Say \"hi\", then go".into();
        study.tasks[4].name = "=HYPERLINK(\"x\")".into();
        study.tasks[5].name = "-reports".into();
        let text = log_csv(&study);
        let lines = lines(&text);
        assert_eq!(lines[1], "2026-10-05,08:00,08:15,contract day,\"Say \"\"hi\"\", then go\",Direct services,15");
        assert_eq!(
            lines[5],
            "2026-10-05,09:00,09:15,contract day,\"'=HYPERLINK(\"\"x\"\")\",Paperwork and compliance,15"
        );
        assert_eq!(lines[31], "2026-10-05,,,outside contract hours,'-reports,Paperwork and compliance,45");
        let records = records(&text);
        assert_eq!(&records[1][4], "Say \"hi\", then go");
        assert_eq!(records.len(), 153);
        let totals = totals_csv(&study);
        assert!(totals.contains("\r\nTask,\"Say \"\"hi\"\", then go\",Direct services,60,1.0,22.2,\r\n"), "{totals}");
    }

    #[test]
    fn entries_of_tasks_no_longer_in_the_study_have_no_row_and_bad_minutes_are_none() {
        let mut study = study();
        study.days[1].overflow.push(TaskMinutes { task: 999, minutes: 30.0 });
        study.days[2].overflow.push(TaskMinutes { task: 6, minutes: f64::NAN });
        study.monthly.push(TaskMinutes { task: 999, minutes: 60.0 });
        study.days[3].intervals[0] = Some(999);
        let text = log_csv(&study);
        let lines = lines(&text);
        assert_eq!(lines.len(), 5 * 30 + 2 + 1 + 1);
        assert!(lines.contains(
            &"2026-10-07,,,outside contract hours,Progress reports and documentation,Paperwork and compliance,0"
        ));
        assert!(lines.contains(&"2026-10-08,08:00,08:15,contract day,,,15"));
    }

    #[test]
    fn the_totals_are_the_engines_by_task_by_category_and_by_kind_of_time() {
        let text = totals_csv(&study());
        let lines = lines(&text);
        assert_eq!(lines[0], "Section,Name,Category,Minutes,Hours,Percent of time logged,Percent of work");
        // All the time logged: 105 minutes on Monday, 30 of lunch on each other day and 45
        // in the evening, 270 minutes. Individual therapy 60 of them: 22.2%.
        assert_eq!(lines[1], "Task,\"Therapy, individual\",Direct services,60,1.0,22.2,");
        assert_eq!(lines[2], "Task,\"Therapy, group\",Direct services,0,0.0,0.0,");
        assert_eq!(lines[5], "Task,IEP development and meetings,Paperwork and compliance,15,0.3,5.6,");
        assert_eq!(lines[6], "Task,Progress reports and documentation,Paperwork and compliance,45,0.8,16.7,");
        assert_eq!(lines[18], "Task,Lunch and breaks,Not work,150,2.5,55.5,");
        // The monthly staff meetings are a month's, not the study's.
        assert_eq!(lines[15], "Task,Staff meetings and PD,Other duties,0,0.0,0.0,");
        // Work: 60 minutes direct, 60 paperwork (15 in the day, 45 in the evening).
        assert_eq!(lines[20], "Category,Direct services,,60,1.0,,50.0");
        assert_eq!(lines[23], "Category,Paperwork and compliance,,60,1.0,,50.0");
        assert_eq!(lines[25], "Category,Travel,,0,0.0,,0.0");
        assert_eq!(lines[26], "Time,Work within contract hours,,75,1.3,,");
        assert_eq!(lines[27], "Time,Work outside contract hours,,45,0.8,,");
        assert_eq!(lines[28], "Time,Lunch and breaks,,150,2.5,,");
        // 5 × 450 contract minutes, 225 of them logged.
        assert_eq!(lines[29], "Time,Not logged,,2025,33.8,,");
        // A row per task (19), per category (6), four of time, the header.
        assert_eq!(lines.len(), 19 + 6 + 4 + 1);
    }
}
