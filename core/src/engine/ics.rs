//! The indirect weeks as an iCalendar file (RFC 5545): one all-day event per indirect week,
//! importable into Google Calendar, Outlook and Apple Calendar.

use time::Date;

use super::school_year::{SchoolWeek, YearPlan};

/// A UTC timestamp for DTSTAMP: when the file was made.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Stamp {
    pub date: Date,
    pub hour: u8,
    pub minute: u8,
    pub second: u8,
}

fn basic_date(d: Date) -> String {
    format!("{:04}{:02}{:02}", d.year(), u8::from(d.month()), d.day())
}

/// Escapes TEXT values (RFC 5545 §3.3.11).
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 character;
/// continuation lines start with one space. Ends with CRLF.
pub fn fold_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3 + 2);
    let mut octets = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if octets + len > 75 {
            out.push_str("\r\n ");
            octets = 1;
        }
        out.push(c);
        octets += len;
    }
    out.push_str("\r\n");
    out
}

/// The same week always gets the same UID, so a second import updates rather than duplicates.
pub fn uid(week: &SchoolWeek) -> String {
    format!("indirect-week-{}@workload-calculator", basic_date(week.monday))
}

/// `tasks` are the checklist's task names, listed in each event's description.
pub fn indirect_weeks_ics(plan: &YearPlan, tasks: &[String], stamp: Stamp) -> String {
    let dtstamp = format!("{}T{:02}{:02}{:02}Z", basic_date(stamp.date), stamp.hour, stamp.minute, stamp.second);
    let mut description = String::from("Indirect week of the 3:1 service model: no direct sessions.");
    if !tasks.is_empty() {
        description.push_str("\nPlanned:");
        for t in tasks {
            description.push_str("\n- ");
            description.push_str(t);
        }
    }
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        "PRODID:-//Workload calculator//3:1 indirect weeks//EN".into(),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
        "X-WR-CALNAME:Indirect weeks (3:1)".into(),
    ];
    for week in plan.indirect() {
        lines.extend([
            "BEGIN:VEVENT".to_string(),
            format!("UID:{}", uid(week)),
            format!("DTSTAMP:{dtstamp}"),
            format!("DTSTART;VALUE=DATE:{}", basic_date(week.first_school_day)),
            // All-day events end on the day after their last day.
            format!("DTEND;VALUE=DATE:{}", basic_date(week.last_school_day.next_day().unwrap_or(week.last_school_day))),
            format!("SUMMARY:{}", escape_text(&format!("Indirect week (3:1, cycle {})", week.cycle))),
            format!("DESCRIPTION:{}", escape_text(&description)),
            "TRANSP:TRANSPARENT".into(),
            "END:VEVENT".into(),
        ]);
    }
    lines.push("END:VCALENDAR".into());
    lines.iter().map(|l| fold_line(l)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping() {
        assert_eq!(escape_text("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }

    #[test]
    fn folding_keeps_lines_within_75_octets_and_characters_whole() {
        let line = format!("DESCRIPTION:{}", "é".repeat(100));
        let folded = fold_line(&line);
        for physical in folded.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(physical.len() <= 75, "{} octets", physical.len());
        }
        let unfolded = folded.trim_end_matches("\r\n").replace("\r\n ", "");
        assert_eq!(unfolded, line);
        assert_eq!(fold_line("SHORT"), "SHORT\r\n");
    }
}
