//! Rebalancing what-ifs: a building's students (with its travel) or single students moved
//! from one member of a team to another of the same discipline, on copies of their
//! workspaces; and the moves that bring every member nearest to their contract week.
//!
//! A moved student keeps its services and plan; its paperwork then follows the receiving
//! member's standard times, as it would in life. The students' own service minutes are
//! conserved (a property test holds it).

use std::fmt;

use crate::format::{count, hours};
use crate::model::rules::{GROUP, MAX_BUILDINGS};
use crate::model::{group_key, Building, Workspace};

use super::report::{compute, Report};
use super::team::{BuildingNames, NO_BUILDING};
use super::week::clean;

/// What moves.
#[derive(Clone, Debug, PartialEq)]
pub enum What {
    /// Every student in the building the `from` member counts under this key, and the
    /// building's travel.
    Building(String),
    /// These students (ids in the `from` member's workspace as it is when the move is made).
    Students(Vec<u32>),
}

/// One move of a what-if.
#[derive(Clone, Debug, PartialEq)]
pub struct Move {
    pub from: u32,
    pub to: u32,
    pub what: What,
}

/// Why a move cannot be made.
#[derive(Clone, Debug, PartialEq)]
pub enum NotMoved {
    SameMember,
    NoSuchMember,
    /// The members are of different disciplines: an OT's students are not an SLP's.
    OtherDiscipline,
    Nothing,
    /// The receiving member would have more students or buildings than the app keeps.
    NoRoom,
}

impl fmt::Display for NotMoved {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            NotMoved::SameMember => "Choose two different members.",
            NotMoved::NoSuchMember => "That member is no longer in the team.",
            NotMoved::OtherDiscipline => "Students move only between members of the same discipline.",
            NotMoved::Nothing => "There are no students to move there.",
            NotMoved::NoRoom => "The receiving member has no room for more students or buildings.",
        })
    }
}

/// A member's workspace by id, for the moves to work on.
pub type Members = Vec<(u32, Workspace)>;

fn two_mut(members: &mut Members, from: u32, to: u32) -> Result<(&mut Workspace, &mut Workspace), NotMoved> {
    if from == to {
        return Err(NotMoved::SameMember);
    }
    let i = members.iter().position(|(id, _)| *id == from).ok_or(NotMoved::NoSuchMember)?;
    let j = members.iter().position(|(id, _)| *id == to).ok_or(NotMoved::NoSuchMember)?;
    let (low, high) = members.split_at_mut(i.max(j));
    let (a, b) = (&mut low[i.min(j)].1, &mut high[0].1);
    Ok(if i < j { (a, b) } else { (b, a) })
}

/// Makes `mv` on `members` (copies the caller keeps apart from the saved team). Nothing
/// changes when it cannot be made.
pub fn apply(members: &mut Members, mv: &Move, names: &BuildingNames) -> Result<(), NotMoved> {
    let (a, b) = two_mut(members, mv.from, mv.to)?;
    if a.profile.discipline != b.profile.discipline {
        return Err(NotMoved::OtherDiscipline);
    }
    let building_of = |w: &Workspace, id: Option<u32>| {
        id.and_then(|id| w.profile.buildings.iter().find(|b| b.id == id)).map(|b| names.key(&b.name))
    };
    let moving: Vec<usize> = match &mv.what {
        What::Building(key) => a
            .students
            .iter()
            .enumerate()
            .filter(|(_, s)| building_of(a, s.building).unwrap_or_else(|| names.key(NO_BUILDING)) == *key)
            .map(|(i, _)| i)
            .collect(),
        What::Students(ids) => {
            a.students.iter().enumerate().filter(|(_, s)| ids.contains(&s.id)).map(|(i, _)| i).collect()
        }
    };
    let travel: Vec<Building> = match &mv.what {
        What::Building(key) => a.profile.buildings.iter().filter(|b| names.key(&b.name) == *key).cloned().collect(),
        What::Students(_) => Vec::new(),
    };
    if moving.is_empty() && travel.is_empty() {
        return Err(NotMoved::Nothing);
    }
    // The buildings the receiving member would need that it does not have yet.
    let mut needed: Vec<(String, String)> = Vec::new();
    for &i in &moving {
        if let Some(x) = a.students[i].building.and_then(|id| a.profile.buildings.iter().find(|x| x.id == id)) {
            let key = names.key(&x.name);
            if !needed.iter().any(|(k, _)| *k == key) {
                needed.push((key, x.name.clone()));
            }
        }
    }
    needed.retain(|(key, _)| !b.profile.buildings.iter().any(|x| names.key(&x.name) == *key));
    for t in &travel {
        let key = names.key(&t.name);
        if !needed.iter().any(|(k, _)| *k == key) && !b.profile.buildings.iter().any(|x| names.key(&x.name) == key) {
            needed.push((key, t.name.clone()));
        }
    }
    if !b.has_room_for_students(moving.len()) || b.profile.buildings.len() + needed.len() > MAX_BUILDINGS {
        return Err(NotMoved::NoRoom);
    }
    // Any renumbering before the first fresh id: one mid-way would leave the students
    // already given ids with stale building ids and ids past the counter.
    b.reserve_ids(needed.len() + moving.len());
    for (_, name) in &needed {
        let id = b.take_id();
        b.profile.buildings.push(Building { id, name: name.clone(), travel_minutes_per_week: 0.0 });
    }
    let target =
        |b: &Workspace, key: &str| b.profile.buildings.iter().find(|x| names.key(&x.name) == key).map(|x| x.id);
    for t in &travel {
        let key = names.key(&t.name);
        if let Some(id) = target(b, &key) {
            if let Some(x) = b.profile.buildings.iter_mut().find(|x| x.id == id) {
                x.travel_minutes_per_week = clean(x.travel_minutes_per_week + t.travel_minutes_per_week)
                    .min(crate::model::rules::WEEKLY_MINUTES.max);
            }
        }
    }
    // Groups keep together, under a name the receiving member does not use yet.
    let taken: Vec<String> =
        b.students.iter().flat_map(|s| &s.services).filter_map(|s| s.group.as_deref().and_then(group_key)).collect();
    let mut students: Vec<_> = moving.iter().map(|&i| a.students[i].clone()).collect();
    for s in &mut students {
        let key = building_of(a, s.building);
        s.id = b.take_id();
        s.building = key.and_then(|k| target(b, &k));
        for service in &mut s.services {
            if let Some(name) = &service.group {
                if group_key(name).is_some_and(|k| taken.contains(&k)) {
                    service.group = Some(GROUP.fit(&format!("{name} (moved)")));
                }
            }
        }
    }
    b.students.extend(students);
    let mut index = 0;
    a.students.retain(|_| {
        index += 1;
        !moving.contains(&(index - 1))
    });
    for t in &travel {
        a.profile.buildings.retain(|x| x.id != t.id);
    }
    Ok(())
}

/// What can move from a member, for a choice: each building's students (and its travel),
/// then each student, heaviest first. Each comes with a key (the choice's value) and words.
pub fn movable(w: &Workspace, names: &BuildingNames) -> Vec<(String, What, String)> {
    let building_of = |id: Option<u32>| id.and_then(|id| w.profile.buildings.iter().find(|b| b.id == id));
    let mut out: Vec<(String, What, String)> = Vec::new();
    for b in &w.profile.buildings {
        let key = names.key(&b.name);
        if out.iter().any(|(k, _, _)| *k == format!("b:{key}")) {
            continue;
        }
        let n =
            w.students.iter().filter(|s| building_of(s.building).is_some_and(|x| names.key(&x.name) == key)).count();
        let words = format!("All of {} ({}, with its travel)", b.name, count(n, "student", "students"));
        out.push((format!("b:{key}"), What::Building(key), words));
    }
    if w.students.iter().any(|s| building_of(s.building).is_none()) {
        let key = names.key(NO_BUILDING);
        out.push((format!("b:{key}"), What::Building(key), "All students in no building".into()));
    }
    for load in &compute(w).students {
        let words = format!("{} ({} h a week)", load.label, hours(load.total()));
        out.push((format!("s:{}", load.id), What::Students(vec![load.id]), words));
    }
    out
}

/// A suggested move, with what it moves in words.
#[derive(Clone, Debug, PartialEq)]
pub struct Suggestion {
    pub step: Move,
    /// "Move S12 (2.1 h a week) from SLP1 to SLP2."
    pub words: String,
}

/// How far the members are from their contract weeks: the sum of squared minutes over or
/// under (lower is nearer).
fn spread(reports: &[(u32, Report)]) -> f64 {
    reports.iter().map(|(_, r)| (r.total - r.capacity).powi(2)).sum()
}

/// At most this many moves are suggested.
pub const MAX_SUGGESTIONS: usize = 8;

/// The moves, one at a time, that bring the members nearest to their contract weeks:
/// from the member furthest over to one with room, of the same discipline, the move (a
/// building's students or one student) that narrows the spread most. `labels` names members.
pub fn suggest(members: &Members, labels: &[(u32, String)], names: &BuildingNames) -> Vec<Suggestion> {
    let mut members = members.clone();
    let mut reports: Vec<(u32, Report)> = members.iter().map(|(id, w)| (*id, compute(w))).collect();
    let label = |id: u32| labels.iter().find(|(i, _)| *i == id).map_or(String::new(), |(_, l)| l.clone());
    let mut out = Vec::new();
    while out.len() < MAX_SUGGESTIONS {
        let Some((step, words)) = best_move(&members, &reports, names, &label) else { break };
        let before = spread(&reports);
        let mut tried = members.clone();
        if apply(&mut tried, &step, names).is_err() {
            break;
        }
        let mut after = reports.clone();
        for (id, r) in &mut after {
            if *id == step.from || *id == step.to {
                *r = compute(&tried.iter().find(|(i, _)| i == id).expect("a member").1);
            }
        }
        // Computed exactly: a move that does not bring the team nearer ends the search.
        if spread(&after) >= before - 1.0 {
            break;
        }
        members = tried;
        reports = after;
        out.push(Suggestion { step, words });
    }
    out
}

/// The candidate that narrows the spread most by the students' own loads (an estimate; the
/// caller computes the result exactly).
fn best_move(
    members: &Members,
    reports: &[(u32, Report)],
    names: &BuildingNames,
    label: &dyn Fn(u32) -> String,
) -> Option<(Move, String)> {
    let mut best: Option<(f64, Move, String)> = None;
    for (i, (from, a)) in members.iter().enumerate() {
        let ra = &reports[i].1;
        let over_a = ra.total - ra.capacity;
        if over_a <= 0.0 {
            continue;
        }
        for (j, (to, b)) in members.iter().enumerate() {
            let rb = &reports[j].1;
            let over_b = rb.total - rb.capacity;
            if i == j || over_b >= 0.0 || a.profile.discipline != b.profile.discipline {
                continue;
            }
            let gain =
                |moved: f64| over_a.powi(2) + over_b.powi(2) - (over_a - moved).powi(2) - (over_b + moved).powi(2);
            let mut consider = |moved: f64, what: What, words: String| {
                let g = gain(moved);
                if g > 0.0 && best.as_ref().is_none_or(|(bg, _, _)| g > *bg) {
                    best = Some((g, Move { from: *from, to: *to, what }, words));
                }
            };
            let by_building = ra.students.iter().fold(Vec::<(String, String, usize, f64)>::new(), |mut acc, load| {
                let b = a
                    .students
                    .get(load.place)
                    .and_then(|s| s.building)
                    .and_then(|id| a.profile.buildings.iter().find(|x| x.id == id));
                let (key, name) = b.map_or((names.key(NO_BUILDING), NO_BUILDING.to_string()), |b| {
                    (names.key(&b.name), b.name.clone())
                });
                match acc.iter_mut().find(|x| x.0 == key) {
                    Some(x) => {
                        x.2 += 1;
                        x.3 += load.total();
                    }
                    None => acc.push((key, name, 1, load.total())),
                }
                acc
            });
            for (key, name, n, minutes) in by_building {
                let travel: f64 = a
                    .profile
                    .buildings
                    .iter()
                    .filter(|x| names.key(&x.name) == key)
                    .map(|x| clean(x.travel_minutes_per_week))
                    .sum();
                let moved = minutes + travel;
                let words = format!(
                    "Move {name}'s {} ({} h a week with travel) from {} to {}.",
                    count(n, "student", "students"),
                    hours(moved),
                    label(*from),
                    label(*to)
                );
                consider(moved, What::Building(key), words);
            }
            for load in &ra.students {
                let words = format!(
                    "Move {} ({} h a week) from {} to {}.",
                    load.label,
                    hours(load.total()),
                    label(*from),
                    label(*to)
                );
                consider(load.total(), What::Students(vec![load.id]), words);
            }
        }
    }
    best.map(|(_, m, w)| (m, w))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{blank_workspace, demonstration, Discipline};

    fn service_minutes(members: &Members) -> f64 {
        members.iter().map(|(_, w)| compute(w).students.iter().map(|s| s.service_minutes).sum::<f64>()).sum()
    }

    fn two() -> Members {
        let [(_, light), (_, heavy)] = demonstration();
        vec![(1, light), (2, heavy)]
    }

    #[test]
    fn a_building_moves_with_its_students_and_travel() {
        let mut members = two();
        let names = BuildingNames::default();
        let heavy = members[1].1.clone();
        let building = heavy.profile.buildings[0].clone();
        let key = names.key(&building.name);
        let in_it = heavy.students.iter().filter(|s| s.building == Some(building.id)).count();
        assert!(in_it > 0);
        let (before_a, minutes) = (members[0].1.students.len(), service_minutes(&members));
        apply(&mut members, &Move { from: 2, to: 1, what: What::Building(key.clone()) }, &names).unwrap();
        let (a, b) = (&members[0].1, &members[1].1);
        assert_eq!(a.students.len(), before_a + in_it);
        assert!(!b.profile.buildings.iter().any(|x| names.key(&x.name) == key), "the building left with its students");
        let travel_to: f64 =
            a.profile.buildings.iter().filter(|x| names.key(&x.name) == key).map(|x| x.travel_minutes_per_week).sum();
        assert!(travel_to >= building.travel_minutes_per_week);
        assert!((service_minutes(&members) - minutes).abs() < 1e-6, "the students' minutes are conserved");
        // Every moved student is in the building of that name in its new caseload.
        let id = a.profile.buildings.iter().find(|x| names.key(&x.name) == key).unwrap().id;
        assert!(a.students.iter().filter(|s| s.building == Some(id)).count() >= in_it);
        let mut ids: Vec<u32> = a.students.iter().map(|s| s.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), a.students.len(), "fresh ids in the receiving caseload");
    }

    #[test]
    fn moves_that_cannot_be_made_change_nothing() {
        let mut members = two();
        let names = BuildingNames::default();
        let before = members.clone();
        let one = |from, to, ids: Vec<u32>| Move { from, to, what: What::Students(ids) };
        assert_eq!(apply(&mut members, &one(1, 1, vec![]), &names), Err(NotMoved::SameMember));
        assert_eq!(apply(&mut members, &one(1, 9, vec![]), &names), Err(NotMoved::NoSuchMember));
        assert_eq!(apply(&mut members, &one(1, 2, vec![123_456]), &names), Err(NotMoved::Nothing));
        members.push((3, blank_workspace(Discipline::Ot)));
        let first = members[0].1.students[0].id;
        assert_eq!(apply(&mut members, &one(1, 3, vec![first]), &names), Err(NotMoved::OtherDiscipline));
        members.pop();
        assert_eq!(members, before);
    }

    #[test]
    fn the_suggestions_bring_the_two_slps_nearer_their_contract_weeks() {
        let members = two();
        let names = BuildingNames::default();
        let labels = vec![(1, "SLP1".to_string()), (2, "SLP2".to_string())];
        let reports: Vec<(u32, Report)> = members.iter().map(|(id, w)| (*id, compute(w))).collect();
        let suggestions = suggest(&members, &labels, &names);
        assert!(!suggestions.is_empty());
        assert!(suggestions.iter().all(|s| s.step.from == 2 && s.step.to == 1), "from the heavier to the lighter");
        assert!(suggestions[0].words.starts_with("Move ") && suggestions[0].words.ends_with("from SLP2 to SLP1."));
        let mut after = members.clone();
        for s in &suggestions {
            apply(&mut after, &s.step, &names).unwrap();
        }
        let after_reports: Vec<(u32, Report)> = after.iter().map(|(id, w)| (*id, compute(w))).collect();
        assert!(spread(&after_reports) < spread(&reports));
        assert!((service_minutes(&after) - service_minutes(&members)).abs() < 1e-6);
    }

    #[test]
    fn a_balanced_team_gets_no_suggestion() {
        let names = BuildingNames::default();
        let members: Members = vec![(1, blank_workspace(Discipline::Ot)), (2, blank_workspace(Discipline::Ot))];
        assert!(suggest(&members, &[], &names).is_empty());
    }
}
