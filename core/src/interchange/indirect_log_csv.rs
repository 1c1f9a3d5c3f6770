//! The indirect-service log as a spreadsheet: one row per entry, in date order, with the
//! same columns on every row, so a pivot table of `Student` by `Service` summing `Minutes`
//! totals it without a formula:
//!
//! `Student, Date, Week, Service, With, Minutes, Note`
//!
//! `Week` is which of the planner's weeks the day is ("Indirect week (cycle 2)" under 3:1).
//! An entry for a student no longer on the caseload is kept, its student named so. UTF-8
//! with a byte order mark and CRLF line ends; text a spreadsheet would run as a formula is
//! made inert, as in the other exports (`csv_export`).

use super::csv_export::{inert, write};
use crate::engine::indirect_log::entry_week;
use crate::engine::school_year::YearPlan;
use crate::model::Workspace;

pub const LOG_COLUMNS: [&str; 7] = ["Student", "Date", "Week", "Service", "With", "Minutes", "Note"];

/// What the `Student` column says for an entry whose student has left the caseload.
pub const NOT_ON_CASELOAD: &str = "(no longer on the caseload)";

pub fn log_csv(workspace: &Workspace, plan: Option<&YearPlan>) -> String {
    let mut entries: Vec<_> = workspace.indirect_log.iter().flat_map(|l| l.entries.iter()).collect();
    entries.sort_by_key(|e| e.date);
    let mut rows = vec![LOG_COLUMNS.iter().map(|c| c.to_string()).collect::<Vec<String>>()];
    for e in entries {
        let student = workspace.student(e.student).map_or(NOT_ON_CASELOAD, |s| s.label.as_str());
        rows.push(vec![
            inert(student),
            e.date.iso(),
            entry_week(plan, &workspace.school_year, e.date).to_string(),
            e.service.label().to_string(),
            e.with.label().to_string(),
            e.minutes.to_string(),
            inert(&e.note),
        ]);
    }
    write(rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::school_year::plan_year;
    use crate::model::{
        blank_workspace, Discipline, Draft, IndirectService, IndirectWeek, IsoDate, Role, ServiceModel,
    };

    #[test]
    fn one_row_per_entry_in_date_order_with_its_week() {
        let mut w = blank_workspace(Discipline::Slp);
        w.profile.service_model = ServiceModel::ThreeToOne { indirect_week: IndirectWeek::Fourth };
        let a = w.add_student().unwrap();
        let b = w.add_student().unwrap();
        w.student_mut(a).unwrap().label = "=AB".into();
        let draft = |date, minutes, note: &str| Draft {
            date,
            service: IndirectService::Materials,
            with: Role::NoOne,
            minutes,
            note: note.into(),
        };
        w.log_entries(&draft(IsoDate::ymd(2026, 9, 30).unwrap(), 25, "Core board, \"yes/no\""), &[a, b], true).unwrap();
        w.log_entries(&draft(IsoDate::ymd(2026, 9, 9).unwrap(), 10, ""), &[b], false).unwrap();
        w.remove_student(b);
        let plan = plan_year(&w.school_year, 5.0, w.profile.service_model).unwrap();
        let text = log_csv(&w, Some(&plan));
        let lines: Vec<&str> = text.trim_start_matches('\u{feff}').split("\r\n").collect();
        assert_eq!(lines[0], "Student,Date,Week,Service,With,Minutes,Note");
        assert_eq!(lines[1], "(no longer on the caseload),2026-09-09,Direct week (cycle 1),Materials and visual supports,No one (on my own),10,");
        assert_eq!(
            lines[2],
            "'=AB,2026-09-30,Indirect week (cycle 1),Materials and visual supports,No one (on my own),13,\"Core board, \"\"yes/no\"\"\""
        );
        assert_eq!(lines[3], "(no longer on the caseload),2026-09-30,Indirect week (cycle 1),Materials and visual supports,No one (on my own),12,\"Core board, \"\"yes/no\"\"\"");
        assert_eq!(lines.len(), 5, "and the last line's end");
    }
}
