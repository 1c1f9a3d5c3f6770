//! The weekly schedule as an iCalendar file (RFC 5545): one event per block, repeating
//! every week of the school year on its day and at its time. Weeks without school that day
//! (breaks, days off) are left out by EXDATE, and under 3:1 so are the weeks of the other
//! kind: a direct-week session does not appear in indirect weeks. The school's fixed times
//! are not exported (they are the school's calendar, not the therapist's).
//!
//! Times are floating (no time zone): 09:00 is 09:00 wherever the calendar is.

use time::{Date, Duration};

use super::ics::{escape_text, fold_line, Stamp};
use super::schedule::{block_name, block_students};
use super::school_year::{DayKind, WeekKind, YearPlan};
use crate::model::{BlockKind, BlockWeek, Workspace};

fn date_time(d: Date, minutes: u32) -> String {
    format!("{:04}{:02}{:02}T{:02}{:02}00", d.year(), u8::from(d.month()), d.day(), minutes / 60, minutes % 60)
}

/// The file, for the scenario's school year as planned (`plan`).
pub fn schedule_ics(w: &Workspace, plan: &YearPlan, stamp: Stamp) -> String {
    let dtstamp = format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        stamp.date.year(),
        u8::from(stamp.date.month()),
        stamp.date.day(),
        stamp.hour,
        stamp.minute,
        stamp.second
    );
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        "PRODID:-//Workload calculator//Weekly schedule//EN".into(),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
        "X-WR-CALNAME:Weekly schedule".into(),
    ];
    // Under a traditional model every week is a direct week: an indirect-week block (left
    // from when the scenario was 3:1) never happens.
    let blocks = w
        .schedule
        .iter()
        .flat_map(|s| s.blocks.iter())
        .filter(|b| b.kind != BlockKind::Blackout && (plan.uses_three_to_one || b.week == BlockWeek::Direct));
    let (Some(first_week), Some(last_week)) = (plan.weeks.first(), plan.weeks.last()) else {
        lines.push("END:VCALENDAR".into());
        return lines.iter().map(|l| fold_line(l)).collect();
    };
    for b in blocks {
        let happens = |day: Date| match plan.day(&w.school_year, day) {
            DayKind::School { kind, .. } => {
                !plan.uses_three_to_one
                    || matches!(
                        (b.week, kind),
                        (BlockWeek::Direct, WeekKind::Direct) | (BlockWeek::Indirect, WeekKind::Indirect)
                    )
            }
            DayKind::NoSchool | DayKind::Off(_) => false,
        };
        // Every week's date for this block's weekday, from the first school week to the last
        // (weeks of breaks included: the weekly rule would otherwise fall in them), and
        // whether it happens that week.
        let mut dates: Vec<(Date, bool)> = Vec::new();
        let mut monday = first_week.monday;
        while monday <= last_week.monday {
            if let Some(day) = monday.checked_add(Duration::days(i64::from(b.day))) {
                dates.push((day, happens(day)));
            }
            match monday.checked_add(Duration::days(7)) {
                Some(next) => monday = next,
                None => break,
            }
        }
        let Some(first) = dates.iter().position(|(_, on)| *on) else { continue };
        let Some(last) = dates.iter().rposition(|(_, on)| *on) else { continue };
        let (start, until) = (dates[first].0, dates[last].0);
        let mut description = b.kind.label().to_string();
        if b.kind == BlockKind::Session && b.group.is_some() {
            let labels: Vec<String> =
                block_students(b, w).iter().filter_map(|id| w.student(*id).map(|s| s.label.clone())).collect();
            description = format!("Group session: {}", labels.join(", "));
        }
        lines.extend([
            "BEGIN:VEVENT".to_string(),
            format!("UID:schedule-block-{}@workload-calculator", b.id),
            format!("DTSTAMP:{dtstamp}"),
            format!("DTSTART:{}", date_time(start, b.start)),
            format!("DTEND:{}", date_time(start, b.end())),
            format!("RRULE:FREQ=WEEKLY;UNTIL={}", date_time(until, 23 * 60 + 59)),
        ]);
        for (day, _) in dates[first..=last].iter().filter(|(_, on)| !on) {
            lines.push(format!("EXDATE:{}", date_time(*day, b.start)));
        }
        lines.extend([
            format!("SUMMARY:{}", escape_text(&block_name(b, w))),
            format!("DESCRIPTION:{}", escape_text(&description)),
            "END:VEVENT".to_string(),
        ]);
    }
    lines.push("END:VCALENDAR".into());
    lines.iter().map(|l| fold_line(l)).collect()
}
