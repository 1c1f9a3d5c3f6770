//! The team: each member's figures as the calculator computes them, and the team's totals
//! per discipline and per building, with the staffing in words.
//!
//! Every member's figures come from [`compute`], the calculator's own engine. The team's
//! totals are sums of the members' unrounded figures. A member's week is shared among its
//! buildings: each building's students and travel where they are, and the time not tied to a
//! student (activities, meetings, duties) in proportion to the students' time; so a
//! member's buildings add up to its week, and its FTE is assigned to them the same way.

use std::collections::HashMap;

use crate::format::{count, hours, number};
use crate::model::{BuildingMerge, Discipline, Workspace};

use super::capacity::Status;
use super::caseload::CapStatus;
use super::report::{compute, Report};
use super::week::{clean, ratio};

/// The name a building is matched by: capitals (of the English alphabet, as group names
/// are matched) and spacing ignored ("Lincoln  elem" is "lincoln elem").
pub fn building_key(name: &str) -> String {
    name.split_whitespace().map(str::to_ascii_lowercase).collect::<Vec<_>>().join(" ")
}

/// Where a student without a building is counted.
pub const NO_BUILDING: &str = "No building";

/// Building names as the team reads them: spellings merged by the user read as one.
#[derive(Clone, Debug, Default)]
pub struct BuildingNames {
    /// A spelling's key → the key it is read as.
    merged: HashMap<String, String>,
    /// A merged building's key → its name as the user wrote it in the merge.
    named: HashMap<String, String>,
}

impl BuildingNames {
    pub fn new(merges: &[BuildingMerge]) -> BuildingNames {
        let merged = merges.iter().map(|m| (building_key(&m.from), building_key(&m.into))).collect();
        let named = merges.iter().map(|m| (building_key(&m.into), m.into.clone())).collect();
        BuildingNames { merged, named }
    }

    /// The key `name` is counted under: merges followed (a chain of them too, never round
    /// in a circle).
    pub fn key(&self, name: &str) -> String {
        let mut key = building_key(name);
        for _ in 0..self.merged.len() {
            match self.merged.get(&key) {
                Some(next) if *next != key => key = next.clone(),
                _ => break,
            }
        }
        key
    }
}

/// A member's time in one building.
#[derive(Clone, Debug, PartialEq)]
pub struct BuildingShare {
    pub key: String,
    /// The building's name as this member spells it.
    pub name: String,
    pub students: usize,
    /// Minutes a week: the students', the travel, and a share of the time not tied to a
    /// student.
    pub minutes: f64,
}

/// One member's figures: the calculator's, and its week by building.
#[derive(Clone, Debug, PartialEq)]
pub struct MemberFigures {
    pub id: u32,
    pub label: String,
    pub report: Report,
    pub buildings: Vec<BuildingShare>,
}

impl MemberFigures {
    pub fn discipline(&self) -> Discipline {
        self.report.discipline
    }
}

/// The calculator's figures for `workspace`, and how its week falls among its buildings.
pub fn member_figures(id: u32, label: &str, workspace: &Workspace, names: &BuildingNames) -> MemberFigures {
    let report = compute(workspace);
    let buildings = building_shares(workspace, &report, names);
    MemberFigures { id, label: label.to_string(), report, buildings }
}

fn building_shares(w: &Workspace, r: &Report, names: &BuildingNames) -> Vec<BuildingShare> {
    let mut shares: Vec<BuildingShare> = Vec::new();
    let slot = |name: &str, shares: &mut Vec<BuildingShare>| {
        let key = names.key(name);
        match shares.iter().position(|s| s.key == key) {
            Some(i) => i,
            None => {
                shares.push(BuildingShare { key, name: name.to_string(), students: 0, minutes: 0.0 });
                shares.len() - 1
            }
        }
    };
    // Each building's share, found once (a caseload has a handful of buildings: found by
    // looking, with no index to build), not once a student.
    let mut by_building: Vec<(u32, usize)> = Vec::with_capacity(w.profile.buildings.len());
    for b in &w.profile.buildings {
        let i = slot(&b.name, &mut shares);
        shares[i].minutes += clean(b.travel_minutes_per_week);
        by_building.push((b.id, i));
    }
    let travel: f64 = shares.iter().map(|s| s.minutes).sum();
    let mut student_minutes = vec![0.0; 0];
    let mut unplaced = None;
    for load in &r.students {
        let building = w.students.get(load.place).and_then(|s| s.building);
        let known = building.and_then(|id| by_building.iter().find(|(b, _)| *b == id)).map(|(_, i)| *i);
        let i = match known {
            Some(i) => i,
            None => *unplaced.get_or_insert_with(|| slot(NO_BUILDING, &mut shares)),
        };
        shares[i].students += 1;
        student_minutes.resize(shares.len(), 0.0);
        student_minutes[i] += load.total();
    }
    if shares.is_empty() {
        slot(NO_BUILDING, &mut shares);
    }
    student_minutes.resize(shares.len(), 0.0);
    // The time not tied to a student or to travel, shared as the students' time is (evenly
    // where no student has time).
    let rest = clean(r.total - r.student_minutes - travel);
    let students_total: f64 = student_minutes.iter().sum();
    let count = shares.len() as f64;
    for (share, own) in shares.iter_mut().zip(&student_minutes) {
        let part = if students_total > 0.0 { own / students_total } else { 1.0 / count };
        share.minutes += own + rest * part;
    }
    shares
}

/// The figures of several members added up (a discipline, a building, the team).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Totals {
    pub members: usize,
    pub students: usize,
    /// Minutes a week of work.
    pub minutes: f64,
    /// Contract minutes a week at each member's FTE.
    pub capacity: f64,
    pub fte_employed: f64,
    pub fte_needed: f64,
}

impl Totals {
    /// FTE needed less FTE employed: above zero the work needs more staff.
    pub fn fte_short(&self) -> f64 {
        self.fte_needed - self.fte_employed
    }

    /// Minutes of work beyond the contract time: above zero, more work than time.
    pub fn minutes_short(&self) -> f64 {
        self.minutes - self.capacity
    }

    pub fn students_per_fte(&self) -> Option<f64> {
        ratio(self.students as f64, self.fte_employed)
    }

    fn add_member(&mut self, r: &Report) {
        self.members += 1;
        self.add(r.caseload.headcount, r.total, r.capacity, r.fte, r.fte_needed.unwrap_or(0.0));
    }

    fn add(&mut self, students: usize, minutes: f64, capacity: f64, fte: f64, needed: f64) {
        self.students += students;
        self.minutes += minutes;
        self.capacity += capacity;
        self.fte_employed += fte;
        self.fte_needed += needed;
    }
}

/// A discipline's members together.
#[derive(Clone, Debug, PartialEq)]
pub struct DisciplineRow {
    pub discipline: Discipline,
    pub totals: Totals,
    pub over: usize,
    pub at: usize,
    pub room: usize,
    /// Members whose headcount is over the cap they chose.
    pub over_cap: usize,
    /// Members with a cap chosen.
    pub with_cap: usize,
    /// The staffing in words: "OT is short 0.6 FTE: …".
    pub words: String,
}

/// One discipline's work in one building.
#[derive(Clone, Debug, PartialEq)]
pub struct BuildingRow {
    pub key: String,
    /// The building's name: the merged spelling where the user merged it, else the first
    /// member's.
    pub name: String,
    /// Every spelling counted here, where there is more than one.
    pub spellings: Vec<String>,
    pub discipline: Discipline,
    /// FTE employed here: each member's FTE in proportion to its week here.
    pub totals: Totals,
    /// The members working here.
    pub members: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TeamReport {
    pub disciplines: Vec<DisciplineRow>,
    pub buildings: Vec<BuildingRow>,
    pub totals: Totals,
    /// What an administrator reads first, a sentence per discipline.
    pub summary: Vec<String>,
}

/// "OT", "SLP": how a discipline is named in a sentence.
pub fn discipline_short(d: Discipline) -> &'static str {
    match d {
        Discipline::Slp => "SLP",
        Discipline::Ot => "OT",
        Discipline::Pt => "PT",
        Discipline::SpecialEducation => "Special education",
        Discipline::Other => "Other",
    }
}

fn plural(d: Discipline, n: usize) -> String {
    match d {
        Discipline::Slp | Discipline::Ot | Discipline::Pt => {
            count(n, discipline_short(d), &format!("{}s", discipline_short(d)))
        }
        Discipline::SpecialEducation => count(n, "special educator", "special educators"),
        Discipline::Other => count(n, "member", "members"),
    }
}

/// FTE as read: one decimal where that says it ("0.6"), two where it would round to nothing.
pub fn fte(x: f64) -> String {
    let one = number(x.abs(), 1);
    if one == "0" && x.abs() >= 0.005 {
        number(x.abs(), 2)
    } else {
        one
    }
}

/// The team's figures from its members' (in the order the user keeps them).
pub fn team_report(members: &[&MemberFigures], names: &BuildingNames) -> TeamReport {
    let mut disciplines: Vec<DisciplineRow> = Vec::new();
    let mut totals = Totals::default();
    for m in members {
        let r = &m.report;
        totals.add_member(r);
        let row = match disciplines.iter().position(|d| d.discipline == r.discipline) {
            Some(i) => &mut disciplines[i],
            None => {
                disciplines.push(DisciplineRow {
                    discipline: r.discipline,
                    totals: Totals::default(),
                    over: 0,
                    at: 0,
                    room: 0,
                    over_cap: 0,
                    with_cap: 0,
                    words: String::new(),
                });
                disciplines.last_mut().expect("just pushed")
            }
        };
        row.totals.add_member(r);
        match r.status {
            Status::Over => row.over += 1,
            Status::AtCapacity => row.at += 1,
            Status::Room => row.room += 1,
            Status::NoCapacity => {}
        }
        if let Some(status) = r.caseload.cap_status {
            row.with_cap += 1;
            row.over_cap += usize::from(status == CapStatus::Over);
        }
    }
    disciplines.sort_by_key(|d| Discipline::ALL.iter().position(|x| *x == d.discipline));
    for row in &mut disciplines {
        row.words = discipline_words(row, members);
    }
    let buildings = building_rows(members, names);
    let summary = disciplines.iter().map(|d| d.words.clone()).collect();
    TeamReport { disciplines, buildings, totals, summary }
}

fn building_rows(members: &[&MemberFigures], names: &BuildingNames) -> Vec<BuildingRow> {
    let mut rows: Vec<BuildingRow> = Vec::new();
    let mut at: HashMap<(String, &str), usize> = HashMap::new();
    for m in members {
        let r = &m.report;
        let week: f64 = m.buildings.iter().map(|b| b.minutes).sum();
        let places = m.buildings.len().max(1) as f64;
        for b in &m.buildings {
            let share = if week > 0.0 { b.minutes / week } else { 1.0 / places };
            let i = *at.entry((b.key.clone(), r.discipline.key())).or_insert_with(|| {
                rows.push(BuildingRow {
                    key: b.key.clone(),
                    name: String::new(),
                    spellings: Vec::new(),
                    discipline: r.discipline,
                    totals: Totals::default(),
                    members: Vec::new(),
                });
                rows.len() - 1
            });
            let row = &mut rows[i];
            if !row.spellings.contains(&b.name) {
                row.spellings.push(b.name.clone());
            }
            row.members.push(m.label.clone());
            row.totals.members += 1;
            let needed = ratio(b.minutes, r.full_time_capacity).unwrap_or(0.0);
            row.totals.add(b.students, b.minutes, r.capacity * share, r.fte * share, needed);
        }
    }
    for row in &mut rows {
        // Named as merged where the user merged spellings into it.
        row.name = names.named.get(&row.key).unwrap_or(&row.spellings[0]).clone();
        if row.spellings.len() == 1 {
            row.spellings.clear();
        }
    }
    rows.sort_by(|a, b| {
        (a.key == building_key(NO_BUILDING), &a.key, Discipline::ALL.iter().position(|x| *x == a.discipline)).cmp(&(
            b.key == building_key(NO_BUILDING),
            &b.key,
            Discipline::ALL.iter().position(|x| *x == b.discipline),
        ))
    });
    rows
}

/// "OT is short 0.6 FTE: the work needs 5.6 and 5.0 are employed. Two of five OTs are over
/// capacity; OT3 has 9.0 hours to spare."
fn discipline_words(row: &DisciplineRow, members: &[&MemberFigures]) -> String {
    let t = &row.totals;
    let name = discipline_short(row.discipline);
    let short = t.fte_short();
    let staffing = if short.abs() < 0.05 {
        format!(
            "{name} is staffed for its work: it needs {} FTE against {} FTE employed.",
            fte(t.fte_needed),
            fte(t.fte_employed)
        )
    } else if short > 0.0 {
        format!(
            "{name} is short {} FTE: the work needs {} FTE against {} FTE employed ({} hours a week more work than contract time).",
            fte(short),
            fte(t.fte_needed),
            fte(t.fte_employed),
            hours(t.minutes_short())
        )
    } else {
        format!(
            "{name} has {} FTE to spare: the work needs {} FTE against {} FTE employed.",
            fte(short),
            fte(t.fte_needed),
            fte(t.fte_employed)
        )
    };
    let mine = || members.iter().filter(|m| m.discipline() == row.discipline);
    let over = match row.over {
        0 if t.members == 1 => {
            format!("The {} is not over capacity", plural(row.discipline, 1).trim_start_matches("1 "))
        }
        0 => format!("None of the {} is over capacity", plural(row.discipline, t.members)),
        1 if t.members == 1 => format!("The {} is over capacity", plural(row.discipline, 1).trim_start_matches("1 ")),
        n if n == t.members => format!("All {} are over capacity", plural(row.discipline, n)),
        1 => format!("1 of {} is over capacity", plural(row.discipline, t.members)),
        n => format!("{n} of {} are over capacity", plural(row.discipline, t.members)),
    };
    let most_room = mine()
        .filter_map(|m| m.report.balance.filter(|b| *b >= 60.0).map(|b| (b, m)))
        .max_by(|a, b| a.0.total_cmp(&b.0));
    let room = match most_room {
        Some((balance, m)) if row.room > 1 => {
            format!("; {} have room, {} the most ({} hours a week to spare)", row.room, m.label, hours(balance))
        }
        Some((balance, m)) => format!("; {} has {} hours a week to spare", m.label, hours(balance)),
        None => String::new(),
    };
    let caps = match (row.with_cap, row.over_cap) {
        (0, _) => String::new(),
        (_, 0) => " No one is over their caseload cap.".to_string(),
        (with, over) => format!(" {over} of the {with} with a caseload cap are over it."),
    };
    format!("{staffing} {over}{room}.{caps}")
}

/// What the moves being tried change, per discipline: "SLP: FTE needed 2.3 → 2.3; over
/// capacity 1 → 0."
pub fn change_words(before: &TeamReport, after: &TeamReport) -> Vec<String> {
    after
        .disciplines
        .iter()
        .filter_map(|d| {
            let b = before.disciplines.iter().find(|x| x.discipline == d.discipline)?;
            Some(format!(
                "{}: FTE needed {} → {}; over capacity {} → {}.",
                discipline_short(d.discipline),
                fte(b.totals.fte_needed),
                fte(d.totals.fte_needed),
                b.over,
                d.over
            ))
        })
        .collect()
}

/// A big figure on a presenter's slide: what it counts, the number, and what it means.
#[derive(Clone, Debug, PartialEq)]
pub struct BigFigure {
    pub name: String,
    pub number: String,
    pub words: String,
}

/// The team told in four steps for a projector (the compare page's presenter): the caseload
/// view, the workload view, the shortfall, and what would fix it.
#[derive(Clone, Debug, PartialEq)]
pub struct Presentation {
    pub caseload_line: String,
    pub caseload: Vec<BigFigure>,
    pub workload_line: String,
    pub workload: Vec<BigFigure>,
    pub shortfall_line: String,
    /// The buildings furthest short, in words, at most five.
    pub shortfall: Vec<String>,
    pub fixes: Vec<String>,
}

/// The presentation of `r`, with `moves` (the suggested moves, in words) among the fixes.
pub fn presentation(r: &TeamReport, moves: &[String]) -> Presentation {
    let caseload = r
        .disciplines
        .iter()
        .map(|d| BigFigure {
            name: discipline_short(d.discipline).to_string(),
            number: d.totals.students_per_fte().map_or("none".into(), |x| number(x, 0)),
            words: match (d.with_cap, d.over_cap) {
                (0, _) => "students per FTE".into(),
                (with, over) => format!("students per FTE; {over} of {with} over their cap"),
            },
        })
        .collect();
    let workload = r
        .disciplines
        .iter()
        .map(|d| BigFigure {
            name: discipline_short(d.discipline).to_string(),
            number: format!("{} / {}", fte(d.totals.fte_needed), fte(d.totals.fte_employed)),
            words: "FTE the work needs / FTE employed".into(),
        })
        .collect();
    let short: Vec<&DisciplineRow> = r.disciplines.iter().filter(|d| d.totals.fte_short() >= 0.05).collect();
    let shortfall_line = if short.is_empty() {
        "No discipline is short of staff for its work.".to_string()
    } else {
        let parts: Vec<String> = short
            .iter()
            .map(|d| {
                format!(
                    "{} {} FTE ({} hours a week)",
                    discipline_short(d.discipline),
                    fte(d.totals.fte_short()),
                    hours(d.totals.minutes_short())
                )
            })
            .collect();
        format!("Short: {}.", parts.join("; "))
    };
    let mut furthest: Vec<&BuildingRow> = r.buildings.iter().filter(|b| b.totals.fte_short() >= 0.05).collect();
    furthest.sort_unstable_by(|a, b| b.totals.fte_short().total_cmp(&a.totals.fte_short()));
    let shortfall = furthest
        .iter()
        .take(5)
        .map(|b| {
            format!(
                "{}, {}: needs {} FTE, has {} (short {}).",
                b.name,
                discipline_short(b.discipline),
                fte(b.totals.fte_needed),
                fte(b.totals.fte_employed),
                fte(b.totals.fte_short())
            )
        })
        .collect();
    let mut fixes: Vec<String> = moves.to_vec();
    for d in &short {
        fixes.push(format!(
            "{} FTE more {} staff would meet the {} work that contract time does not cover today.",
            fte(d.totals.fte_short()),
            discipline_short(d.discipline),
            discipline_short(d.discipline)
        ));
    }
    if fixes.is_empty() {
        fixes.push(
            "Every discipline is staffed for its work; no move brings the team nearer its contract weeks.".into(),
        );
    }
    Presentation {
        caseload_line: format!(
            "By headcount: {} students, {} per FTE across the team.",
            r.totals.students,
            r.totals.students_per_fte().map_or("none".into(), |x| number(x, 0))
        ),
        caseload,
        workload_line: format!(
            "By workload: the work needs {} FTE; {} FTE are employed.",
            fte(r.totals.fte_needed),
            fte(r.totals.fte_employed)
        ),
        workload,
        shortfall_line,
        shortfall,
        fixes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{demonstration, typical_slp_workspace, Building, BuildingMerge};

    fn figures(list: &[(&str, Workspace)], names: &BuildingNames) -> Vec<MemberFigures> {
        list.iter().enumerate().map(|(i, (label, w))| member_figures(i as u32 + 1, label, w, names)).collect()
    }

    #[test]
    fn the_demonstrations_two_slps_are_short_by_what_their_fte_needed_exceeds_two() {
        let [(_, a), (_, b)] = demonstration();
        let names = BuildingNames::default();
        let members = figures(&[("SLP1", a.clone()), ("SLP2", b.clone())], &names);
        let team = team_report(&members.iter().collect::<Vec<_>>(), &names);
        let (ra, rb) = (compute(&a), compute(&b));
        let needed = ra.fte_needed.unwrap() + rb.fte_needed.unwrap();
        assert_eq!(team.totals.fte_employed, 2.0);
        assert_eq!(team.totals.fte_needed, needed);
        assert_eq!(team.totals.fte_short(), needed - 2.0);
        assert_eq!(team.totals.students, 96);
        assert_eq!(team.disciplines.len(), 1);
        let slp = &team.disciplines[0];
        assert_eq!(slp.totals, team.totals);
        assert!(needed > 2.0, "the demonstration is over capacity: {needed}");
        assert!(slp.words.starts_with(&format!("SLP is short {} FTE", fte(needed - 2.0))), "{}", slp.words);
        assert_eq!(slp.over + slp.at + slp.room, 2);
        let shown = presentation(&team, &["Move S1 from SLP2 to SLP1.".to_string()]);
        assert_eq!(
            shown.workload_line,
            format!("By workload: the work needs {} FTE; 2 FTE are employed.", fte(needed))
        );
        assert_eq!(shown.fixes[0], "Move S1 from SLP2 to SLP1.");
        assert!(shown.fixes[1].starts_with(&format!("{} FTE more SLP staff", fte(needed - 2.0))), "{:?}", shown.fixes);
        assert!(shown.shortfall_line.starts_with("Short: SLP"));
    }

    #[test]
    fn a_members_buildings_add_up_to_its_week_and_its_fte() {
        let w = typical_slp_workspace();
        let names = BuildingNames::default();
        let m = member_figures(1, "SLP1", &w, &names);
        let week: f64 = m.buildings.iter().map(|b| b.minutes).sum();
        assert!((week - m.report.total).abs() < 1e-9, "{week} against {}", m.report.total);
        assert_eq!(m.buildings.iter().map(|b| b.students).sum::<usize>(), w.students.len());
        let team = team_report(&[&m], &names);
        let assigned: f64 = team.buildings.iter().map(|b| b.totals.fte_employed).sum();
        let needed: f64 = team.buildings.iter().map(|b| b.totals.fte_needed).sum();
        assert!((assigned - m.report.fte).abs() < 1e-9);
        assert!((needed - m.report.fte_needed.unwrap()).abs() < 1e-9);
    }

    #[test]
    fn buildings_match_by_name_ignoring_case_and_spaces_and_merged_spellings() {
        let mut a = typical_slp_workspace();
        a.profile.buildings =
            vec![Building { id: 9_000, name: "Lincoln  Elementary".into(), travel_minutes_per_week: 30.0 }];
        for s in &mut a.students {
            s.building = Some(9_000);
        }
        let mut b = a.clone();
        b.profile.buildings[0].name = "lincoln elementary".into();
        let mut c = a.clone();
        c.profile.buildings[0].name = "Lincoln Elem".into();
        let names = BuildingNames::default();
        let members = figures(&[("A", a.clone()), ("B", b.clone()), ("C", c.clone())], &names);
        let team = team_report(&members.iter().collect::<Vec<_>>(), &names);
        assert_eq!(
            team.buildings.iter().map(|r| r.name.as_str()).collect::<Vec<_>>(),
            ["Lincoln Elem", "Lincoln  Elementary"]
        );
        assert_eq!(team.buildings[1].spellings, ["Lincoln  Elementary", "lincoln elementary"]);

        let names =
            BuildingNames::new(&[BuildingMerge { from: "LINCOLN ELEM".into(), into: "lincoln elementary".into() }]);
        let members = figures(&[("A", a), ("B", b), ("C", c)], &names);
        let team = team_report(&members.iter().collect::<Vec<_>>(), &names);
        assert_eq!(team.buildings.len(), 1);
        assert_eq!(team.buildings[0].totals.students, 3 * 48);
        assert_eq!(team.buildings[0].members, ["A", "B", "C"]);
        assert_eq!(team.buildings[0].name, "lincoln elementary", "named as merged");
    }

    #[test]
    fn merges_that_go_round_in_a_circle_stop() {
        let names = BuildingNames::new(&[
            BuildingMerge { from: "A".into(), into: "B".into() },
            BuildingMerge { from: "B".into(), into: "A".into() },
        ]);
        let key = names.key("a");
        assert!(key == "a" || key == "b");
    }

    #[test]
    fn the_words_name_who_is_over_and_who_has_room() {
        let [_, (_, heavy)] = demonstration();
        let mut light = blank_with_room();
        light.profile.fte = 1.0;
        let names = BuildingNames::default();
        let members = figures(&[("SLP1", heavy), ("SLP2", light)], &names);
        let team = team_report(&members.iter().collect::<Vec<_>>(), &names);
        let words = &team.disciplines[0].words;
        assert!(words.contains("1 of 2 SLPs is over capacity"), "{words}");
        assert!(words.contains("SLP2 has"), "{words}");
    }

    fn blank_with_room() -> Workspace {
        crate::model::blank_workspace(Discipline::Slp)
    }
}
