//! Spreadsheet exports: the students (one line per service, so the file imports back) and
//! the results. UTF-8 with a byte order mark and CRLF line ends, as Excel expects; text that
//! a spreadsheet would run as a formula is made inert.

use crate::engine::compare::compare;
use crate::engine::{format, Report};
use crate::model::Workspace;

pub(crate) const BOM: &str = "\u{feff}";

/// A cell beginning with `=`, `+`, `-` or `@` is a formula to Excel; a leading apostrophe
/// makes it plain text.
pub(crate) fn inert(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

/// The rows as CSV text (RFC 4180): byte order mark, so Excel reads UTF-8; a cell quoted
/// when it holds a comma, a quote or a line break, its quotes doubled; CRLF after each row.
/// Written by hand: the csv crate's writer brings its I/O layer, about 20 KB gzip on each
/// page that downloads a CSV (the reader, for imports, is on the spreadsheet page only).
pub(crate) fn write(rows: Vec<Vec<String>>) -> String {
    let mut out = String::from(BOM);
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            if cell.contains([',', '"', '\n', '\r']) {
                out.push('"');
                out.push_str(&cell.replace('"', "\"\""));
                out.push('"');
            } else {
                out.push_str(cell);
            }
        }
        out.push_str("\r\n");
    }
    out
}

pub const STUDENT_COLUMNS: [&str; 10] =
    ["Student", "Plan", "Level", "Building", "Delivery", "Minutes", "Times", "Per", "Group", "Provider minutes a week"];

pub fn students_csv(workspace: &Workspace, report: &Report) -> String {
    let mut rows = vec![STUDENT_COLUMNS.iter().map(|c| c.to_string()).collect()];
    for s in &workspace.students {
        let building = s
            .building
            .and_then(|id| workspace.profile.buildings.iter().find(|b| b.id == id))
            .map_or(String::new(), |b| inert(&b.name));
        let load = report.students.iter().find(|l| l.id == s.id).map_or(0.0, |l| l.total());
        for v in &s.services {
            rows.push(vec![
                inert(&s.label),
                s.plan.label().into(),
                s.level.label().into(),
                building.clone(),
                v.delivery.label().into(),
                format::number(v.rate.minutes, 2),
                format::number(v.rate.times, 3),
                v.rate.per.label().into(),
                v.group.as_deref().map(inert).unwrap_or_default(),
                format::minutes(load),
            ]);
        }
    }
    write(rows)
}

/// Both lenses and the hours by category, as "section, figure, value".
pub fn results_csv(name: &str, report: &Report) -> String {
    let c = compare(&[(name, report)]);
    let mut rows = vec![vec!["Section".to_string(), "Figure".into(), inert(name)]];
    for (section, list) in
        [("Caseload", &c.caseload_rows), ("Workload", &c.workload_rows), ("Hours a week", &c.category_rows)]
    {
        for row in list {
            rows.push(vec![section.into(), row.label.into(), row.cells[0].clone()]);
        }
    }
    rows.push(vec!["Hours a week".into(), "Total".into(), format::hours(report.total)]);
    write(rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::compute;
    use crate::interchange::csv_import::{add_students, read_rows, read_table};
    use crate::model::{blank_workspace, typical_slp_workspace, Discipline};

    #[test]
    fn students_export_and_import_back_the_same() {
        let w = typical_slp_workspace();
        let text = students_csv(&w, &compute(&w));
        assert!(text.starts_with(BOM) && text.contains("\r\n"));
        let table = read_table(&text).unwrap();
        let rows: Vec<_> = read_rows(&table, &table.guess_roles()).into_iter().map(|(_, r)| r.unwrap()).collect();
        let mut back = blank_workspace(Discipline::Slp);
        assert_eq!(add_students(&mut back, rows), Ok(48));
        for (a, b) in back.students.iter().zip(&w.students) {
            assert_eq!((&a.label, a.plan, a.level, &a.services), (&b.label, b.plan, b.level, &b.services));
        }
        back.standards = w.standards.clone();
        assert_eq!(compute(&back).student_minutes, compute(&w).student_minutes);
    }

    #[test]
    fn formulas_are_inert_and_results_read_as_a_table() {
        let mut w = typical_slp_workspace();
        w.students[0].label = "=HYPERLINK(\"x\")".into();
        let text = students_csv(&w, &compute(&w));
        assert!(text.contains("\"'=HYPERLINK(\"\"x\"\")\""), "{}", &text[..300]);
        let results = results_csv("Typical", &compute(&w));
        assert!(results.contains("Workload,Utilization,99.1%\r\n"), "{results}");
        assert!(results.contains("Caseload,Students (headcount),48\r\n"));
    }
}
