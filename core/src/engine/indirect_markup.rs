//! The indirect log's read-only parts as markup, as the time study's pictures are
//! (`study_charts`, and ARCHITECTURE.md's decision on engine-written markup): a coverage row,
//! a log row, the blank paper form. The page places each with `inner_html`, which costs a
//! fraction of the code typed elements would under the page's size budget. Every user's word
//! (labels, notes) is escaped.

use super::indirect_log::{EntryWeek, Standing, StudentCoverage, Tally};
use super::school_year::WeekKind;
use super::study_charts::text;
use crate::format::number;
use crate::model::{IndirectService, LogEntry, Role};

/// A tally's cell: "15 of 3.8 min" and its standing in words, which its class colours.
fn tally_cell(tally: Option<Tally>) -> String {
    let Some(tally) = tally else {
        return "<td></td>".into();
    };
    let standing = tally.standing();
    let class = match standing {
        Standing::Under(_) => "under",
        Standing::Over(_) => "over",
        Standing::Met => "met",
        Standing::NothingPlanned => "none",
    };
    format!(
        r#"<td><span class="tally">{} of {} min</span> <span class="standing {class}">{standing}</span></td>"#,
        tally.logged,
        number(tally.planned, 1)
    )
}

/// A student's row of the coverage table: label, plan a week, week, cycle, year.
pub fn coverage_row_html(row: &StudentCoverage) -> String {
    format!(
        r#"<th scope="row">{}</th><td>{} min</td>{}{}{}"#,
        text(&row.label),
        number(row.planned_weekly, 1),
        tally_cell(Some(row.week)),
        tally_cell(row.cycle),
        tally_cell(row.year)
    )
}

/// One entry's row of a student's log: its fields as text, its week, and its buttons (the
/// table's one click handler reads `data-act` and `data-entry`).
pub fn entry_row_html(entry: &LogEntry, week: &EntryWeek) -> String {
    let date = entry.date.readable();
    // Named by what they act on: two entries of one day still differ by kind or minutes.
    let which = format!("{date}: {}, {} minutes", entry.service.label(), entry.minutes);
    let indirect = matches!(week, EntryWeek::ThreeToOne { kind: WeekKind::Indirect, .. });
    let button = |act: &str, words: &str| {
        format!(
            r#"<button type="button" class="small" data-act="{act}" data-entry="{}" aria-label="{words} the entry of {which}">{words}</button>"#,
            entry.id
        )
    };
    format!(
        r#"<td>{date}</td><td>{}</td><td>{}</td><td class="minutes">{}</td><td>{}</td><td class="entry-week{}">{}</td><td class="row-actions">{}{}{}</td>"#,
        entry.service.label(),
        entry.with.label(),
        entry.minutes,
        text(&entry.note),
        if indirect { " indirect-week" } else { "" },
        // A day off's name is the user's own words.
        text(&week.to_string()),
        button("edit", "Edit"),
        button("copy", "Duplicate"),
        button("remove", "Remove"),
    )
}

/// Lines on the blank form: as many as fit one page, Letter or A4, with its key.
pub const BLANK_LINES: usize = 16;

/// The paper form for those who document by hand first: a line per piece of work, the kinds
/// of service numbered in a key, the roles listed.
pub fn blank_form_html() -> String {
    let kinds: String = IndirectService::ALL.iter().map(|s| format!("<li>{}</li>", s.label())).collect();
    let roles = Role::ALL.map(Role::label).join(" · ");
    let lines = "<tr><td></td><td></td><td></td><td></td><td></td></tr>".repeat(BLANK_LINES);
    format!(
        r#"<h2>Indirect services log</h2><p class="form-fields"><span>Student (initials or code): ____________</span><span>Provider: ____________________</span><span>School year: __________</span></p><table><thead><tr><th scope="col" class="date">Date</th><th scope="col" class="kind">Type (1–9)</th><th scope="col" class="with">With whom (role)</th><th scope="col" class="minutes">Minutes</th><th scope="col">What was done</th></tr></thead><tbody>{lines}</tbody></table><div class="form-key"><p><strong>Types of service</strong></p><ol>{kinds}</ol><p><strong>With whom: </strong>{roles}</p></div><p>Total minutes: ________ &nbsp; Signature: ______________________ &nbsp; Date: __________</p>"#
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::IsoDate;

    #[test]
    fn the_users_words_are_escaped_and_the_standing_is_in_words() {
        let entry = LogEntry {
            id: 7,
            student: 1,
            date: IsoDate::ymd(2026, 9, 30).unwrap(),
            service: IndirectService::Materials,
            with: Role::NoOne,
            minutes: 25,
            note: r#"<img src=x onerror="alert(1)"> & more"#.into(),
        };
        let row = entry_row_html(&entry, &EntryWeek::ThreeToOne { kind: WeekKind::Indirect, cycle: 1 });
        assert!(row.contains("&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; more"), "{row}");
        assert!(!row.contains("<img"));
        assert!(row.contains(r#"<td class="entry-week indirect-week">Indirect week (cycle 1)</td>"#));
        assert!(row.contains(
            r#"data-act="remove" data-entry="7" aria-label="Remove the entry of Sep 30, 2026: Materials and visual supports, 25 minutes""#
        ));
        let off = entry_row_html(&entry, &EntryWeek::DayOff("<b>Fair day</b>".into()));
        assert!(off.contains("Day off: &lt;b&gt;Fair day&lt;/b&gt;") && !off.contains("<b>"), "{off}");
        let coverage = StudentCoverage {
            student: 1,
            label: "<b>AB".into(),
            planned_weekly: 3.75,
            week: Tally { logged: 15, planned: 3.75 },
            cycle: None,
            year: Some(Tally { logged: 0, planned: 0.0 }),
            entries: 1,
        };
        let row = coverage_row_html(&coverage);
        assert!(row.starts_with(r#"<th scope="row">&lt;b&gt;AB</th><td>3.8 min</td>"#), "{row}");
        assert!(row.contains(r#"15 of 3.8 min</span> <span class="standing over">over by 11 min</span>"#));
        assert!(row.contains(r#"<span class="standing none">none planned</span>"#));
    }

    #[test]
    fn the_blank_form_has_its_lines_and_every_kind_numbered() {
        let form = blank_form_html();
        assert_eq!(form.matches("<tr><td></td>").count(), BLANK_LINES);
        assert_eq!(form.matches("<li>").count(), 9);
    }
}
