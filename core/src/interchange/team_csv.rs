//! The team as spreadsheets: a row per member, and a row per building and discipline, with
//! the figures the team page shows (hours with one decimal, FTE with two). UTF-8 with a byte
//! order mark and CRLF line ends; text a spreadsheet would run as a formula is made inert,
//! as in the other exports (`csv_export`).

use super::csv_export::{inert, write};
use crate::engine::team::{MemberFigures, TeamReport};
use crate::format::{hours, number, percent};

pub const MEMBER_COLUMNS: [&str; 12] = [
    "Member",
    "Discipline",
    "FTE",
    "Students",
    "Caseload cap",
    "Workload hours a week",
    "Contract hours a week",
    "Utilization %",
    "Status",
    "FTE needed",
    "Hours to spare (negative: over)",
    "Buildings",
];

pub fn members_csv(members: &[&MemberFigures]) -> String {
    let mut rows = vec![MEMBER_COLUMNS.iter().map(|c| c.to_string()).collect::<Vec<String>>()];
    for m in members {
        let r = &m.report;
        rows.push(vec![
            inert(&m.label),
            r.discipline.label().to_string(),
            number(r.fte, 2),
            r.caseload.headcount.to_string(),
            r.caseload.cap.as_ref().map_or(String::new(), |c| number(c.max, 1)),
            hours(r.total),
            hours(r.capacity),
            r.utilization.map_or(String::new(), percent),
            r.status.label().to_string(),
            r.fte_needed.map_or(String::new(), |f| number(f, 2)),
            r.balance.map_or(String::new(), hours),
            inert(&m.buildings.iter().map(|b| b.name.as_str()).collect::<Vec<_>>().join("; ")),
        ]);
    }
    write(rows)
}

pub const BUILDING_COLUMNS: [&str; 10] = [
    "Building",
    "Discipline",
    "Students",
    "Hours of work a week",
    "FTE assigned",
    "FTE needed",
    "FTE short (negative: surplus)",
    "Hours short (negative: surplus)",
    "Members",
    "Spellings",
];

pub fn buildings_csv(team: &TeamReport) -> String {
    let mut rows = vec![BUILDING_COLUMNS.iter().map(|c| c.to_string()).collect::<Vec<String>>()];
    for b in &team.buildings {
        let t = &b.totals;
        rows.push(vec![
            inert(&b.name),
            b.discipline.label().to_string(),
            t.students.to_string(),
            hours(t.minutes),
            number(t.fte_employed, 2),
            number(t.fte_needed, 2),
            number(t.fte_short(), 2),
            hours(t.minutes_short()),
            inert(&b.members.join("; ")),
            inert(&b.spellings.join("; ")),
        ]);
    }
    write(rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::team::{member_figures, team_report, BuildingNames};
    use crate::model::demonstration;

    #[test]
    fn a_row_per_member_and_per_building_with_the_pages_figures() {
        let names = BuildingNames::default();
        let [(_, a), (_, b)] = demonstration();
        let members = [member_figures(1, "SLP1", &a, &names), member_figures(2, "=SLP2", &b, &names)];
        let refs: Vec<&MemberFigures> = members.iter().collect();
        let text = members_csv(&refs);
        let lines: Vec<&str> = text.trim_start_matches('\u{feff}').split("\r\n").collect();
        assert_eq!(lines[0].split(',').count(), MEMBER_COLUMNS.len());
        assert!(lines[1].starts_with("SLP1,Speech-language pathologist,1,48,"), "{}", lines[1]);
        assert!(lines[1].contains(&format!(",{},", hours(members[0].report.total))));
        assert!(lines[2].starts_with("'=SLP2,"), "a formula made inert");
        let team = team_report(&refs, &names);
        let text = buildings_csv(&team);
        assert_eq!(text.matches("\r\n").count(), team.buildings.len() + 1);
    }
}
