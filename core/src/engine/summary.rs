//! A plain-language summary a therapist can hand to an administrator, with what would
//! change the picture.

use crate::model::Category;

use super::capacity::Status;
use super::format::{count, hours, number, percent, percent_tenths};
use super::report::Report;

/// The caseload in one line, for the calculator's caseload card: "48 students take 31.2 h
/// a week of your time: sessions, notes and paperwork."
pub fn caseload_line(r: &Report) -> String {
    match r.caseload.headcount {
        0 => "No students yet.".to_string(),
        n => format!(
            "{} {} {} h a week of your time: sessions, notes and paperwork.",
            count(n, "student", "students"),
            if n == 1 { "takes" } else { "take" },
            hours(r.student_minutes)
        ),
    }
}

pub fn summary(r: &Report) -> Vec<String> {
    let mut lines = Vec::new();
    let role = r.discipline_phrase();

    let Some(utilization) = r.utilization else {
        lines.push(format!(
            "This {role}'s week holds {} hours of work. Enter the contract hours and FTE to compare it with the time the week has.",
            hours(r.total)
        ));
        return lines;
    };
    lines.push(format!(
        "This {role}'s week holds {} hours of work against {} hours of contract time: {}% of the week, {}.",
        hours(r.total),
        hours(r.capacity),
        percent(utilization),
        r.status.label().to_ascii_lowercase()
    ));
    if let Some(balance) = r.balance {
        if balance < 0.0 {
            lines.push(format!("That is {} hours a week more than the contract holds.", hours(-balance)));
        } else {
            lines.push(format!("{} hours a week remain.", hours(balance)));
        }
    }

    let direct = r.minutes(Category::Direct);
    if r.total > 0.0 {
        let direct_share = r.categories.iter().find(|c| c.category == Category::Direct).map_or(0, |c| c.share_tenths);
        lines.push(format!(
            "Direct service is {} hours ({}%); the other {} hours are indirect work, collaboration, paperwork, duties and travel, which a headcount does not show.",
            hours(direct),
            percent_tenths(direct_share),
            hours(r.total - direct)
        ));
    }

    let lens = &r.caseload;
    let mut caseload = format!("By headcount the caseload is {}", count(lens.headcount, "student", "students"));
    if let (Some(cap), Some(status)) = (&lens.cap, lens.cap_status) {
        caseload.push_str(&format!(", {} of {} ({})", status.label(), number(cap.max, 1), cap.label));
    }
    caseload.push('.');
    lines.push(caseload);

    if let (Some(avg), Some(fit)) = (r.average_per_student, r.sustainable_caseload) {
        lines.push(format!(
            "Students here average {} minutes of provider time a week; at that intensity about {} fit in this assignment.",
            number(avg.round(), 0),
            count(fit as usize, "student", "students")
        ));
    }

    if r.status == Status::Over {
        let changes = ways_to_fit(r);
        if !changes.is_empty() {
            lines.push(format!("To bring the week within contract time: {}.", join_or(&changes)));
        }
    }
    let w = &r.three_to_one;
    if r.uses_three_to_one || (r.status == Status::Over && w.moved_to_indirect_week > 0.0) {
        lines.push(format!(
            "{} the 3:1 model the total stays the same, but each direct week carries {} hours and the indirect week gathers {} hours of consultation, collaboration and paperwork.",
            if r.uses_three_to_one { "Under" } else { "With" },
            hours(w.peak_direct_week),
            hours(w.moved_to_indirect_week)
        ));
    }
    lines
}

/// What would bring an over-capacity week within contract time, each a phrase that reads
/// after "to fit the week, …".
pub fn ways_to_fit(r: &Report) -> Vec<String> {
    let mut changes = Vec::new();
    if let Some(fit) = r.sustainable_caseload {
        let fewer = r.caseload.headcount.saturating_sub(fit as usize);
        if fewer > 0 {
            changes.push(format!("serve {fewer} fewer {}", if fewer == 1 { "student" } else { "students" }));
        }
    }
    if let Some(needed) = r.fte_needed {
        let more = needed - r.fte;
        if more > 0.0 {
            changes.push(format!(
                "add {} FTE (the workload needs {} FTE)",
                number((more * 100.0).ceil() / 100.0, 2),
                number(needed, 2)
            ));
        }
    }
    if r.travel > 0.0 {
        changes.push(format!("drop a building (travel takes {} hours a week)", hours(r.travel)));
    }
    changes
}

fn join_or(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{}, or {}", rest.join(", "), last),
    }
}

impl Report {
    fn discipline_phrase(&self) -> String {
        let label = self.discipline.label().to_ascii_lowercase();
        let fte = number(self.fte, 2);
        if self.fte == 1.0 {
            format!("full-time {label}")
        } else {
            format!("{fte} FTE {label}")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::compute;
    use crate::model::{new_caseload, typical_slp_workspace, Discipline};

    #[test]
    fn the_caseload_line_counts_students_and_their_hours() {
        let mut w = new_caseload(Discipline::Slp, false);
        assert_eq!(caseload_line(&compute(&w)), "No students yet.");
        // One IEP student, 30 minutes a week: 30 direct, 5 of notes, 8.9 of plan paperwork.
        w.add_student();
        assert_eq!(
            caseload_line(&compute(&w)),
            "1 student takes 0.7 h a week of your time: sessions, notes and paperwork."
        );
        assert_eq!(
            caseload_line(&compute(&typical_slp_workspace())),
            "48 students take 31.2 h a week of your time: sessions, notes and paperwork."
        );
    }
}
