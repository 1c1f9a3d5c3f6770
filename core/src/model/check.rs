//! Every field of the saved data with its rule (`rules`), walked once, for two uses:
//! - [`problems`]: what is wrong, each with where it is; the importer refuses a file with any,
//!   and saving refuses to write any (so nothing is saved that could not be loaded);
//! - [`repair`]: the nearest valid data, for what an older version of the app let through
//!   (loading never refuses the user's own saved data).
//!
//! The walk is written once over `&mut` data; checking walks a copy.

use std::collections::HashSet;
use std::fmt;

use super::rules::{self, Invalid, NumberRule, TextRule};
use super::{CapChoice, CapPreset, IsoDate, Rate, Scenarios, StandardValues, Workspace};
use super::{Profile, MAX_SCENARIOS};

/// A problem and where it is: `scenario 1 ("Name"): students[3].services[0].rate.minutes:
/// Minutes can be at most 600.`
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    /// The scenario's place in the list (from 1) and its name; `None` for the list itself.
    pub scenario: Option<(usize, String)>,
    /// Where in the scenario's workspace (or in the list): `students[3].label`.
    pub path: String,
    pub error: Invalid,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some((place, name)) = &self.scenario {
            write!(f, "scenario {place} (\"{}\"): ", name.chars().take(60).collect::<String>())?;
        }
        write!(f, "{}: {}", self.path, self.error)
    }
}

/// One field met by the walk.
enum Field<'a> {
    /// A number, its rule, and what stands in for it where it has no nearest valid value.
    Number(&'a mut f64, NumberRule, f64),
    Text(&'a mut String, TextRule),
    Date(&'a mut IsoDate),
}

/// What the walk does at each field: record the problem, or repair it.
trait Visitor {
    fn field(&mut self, path: &dyn Fn() -> String, field: Field<'_>);
    /// A list of `len` items where at most `max` are allowed: how many to keep.
    fn count(&mut self, path: &dyn Fn() -> String, len: usize, max: usize, what: &'static str) -> usize;
    /// Ids and id counters that are wrong: whether to renumber the workspace.
    fn ids(&mut self, problems: Vec<(String, Invalid)>) -> bool;
    /// A cap this app does not know: whether to drop it.
    fn unknown_cap(&mut self, path: &str, id: &str) -> bool;
    /// The walk enters the scenario at `index` in the list.
    fn scenario(&mut self, index: usize, name: &str);
}

fn rate(v: &mut dyn Visitor, path: &dyn Fn() -> String, r: &mut Rate, minutes: NumberRule, times: NumberRule, d: Rate) {
    v.field(&|| format!("{}.minutes", path()), Field::Number(&mut r.minutes, minutes, d.minutes));
    v.field(&|| format!("{}.times", path()), Field::Number(&mut r.times, times, d.times));
}

fn keep<T>(v: &mut dyn Visitor, list: &mut Vec<T>, path: &str, max: usize, what: &'static str) {
    let keep = v.count(&|| path.to_string(), list.len(), max, what);
    list.truncate(keep);
}

fn walk_profile(v: &mut dyn Visitor, p: &mut Profile) {
    use rules::*;
    let d = Profile::default();
    let mut number = |path: &'static str, value: &mut f64, rule, fallback| {
        v.field(&|| path.to_string(), Field::Number(value, rule, fallback));
    };
    number("profile.fte", &mut p.fte, FTE, d.fte);
    number(
        "profile.contract_hours_per_week",
        &mut p.contract_hours_per_week,
        CONTRACT_HOURS,
        d.contract_hours_per_week,
    );
    number("profile.lunch_minutes_per_day", &mut p.lunch_minutes_per_day, LUNCH_MINUTES, d.lunch_minutes_per_day);
    number("profile.days_per_week", &mut p.days_per_week, DAYS_PER_WEEK, d.days_per_week);
    number("profile.school_weeks_per_year", &mut p.school_weeks_per_year, WEEKS_PER_YEAR, d.school_weeks_per_year);
    number("profile.weeks_per_quarter", &mut p.weeks_per_quarter, WEEKS_PER_QUARTER, d.weeks_per_quarter);
    number("profile.assistants_supervised", &mut p.assistants_supervised, ASSISTANTS, d.assistants_supervised);
    let t = &mut p.thresholds;
    number("profile.thresholds.at_capacity_from", &mut t.at_capacity_from, PERCENT, d.thresholds.at_capacity_from);
    number(
        "profile.thresholds.over_capacity_above",
        &mut t.over_capacity_above,
        PERCENT,
        d.thresholds.over_capacity_above,
    );
    match &mut p.cap {
        CapChoice::Custom { max } => number("profile.cap.custom.max", max, CAP, 60.0),
        CapChoice::Preset { id } if CapPreset::find(id).is_none() => {
            if v.unknown_cap("profile.cap.preset.id", id) {
                p.cap = CapChoice::None;
            }
        }
        CapChoice::Preset { .. } | CapChoice::None => {}
    }
    keep(v, &mut p.buildings, "profile.buildings", MAX_BUILDINGS, "buildings");
    for (i, b) in p.buildings.iter_mut().enumerate() {
        v.field(&|| format!("profile.buildings[{i}].name"), Field::Text(&mut b.name, BUILDING_NAME));
        v.field(
            &|| format!("profile.buildings[{i}].travel_minutes_per_week"),
            Field::Number(&mut b.travel_minutes_per_week, WEEKLY_MINUTES, 0.0),
        );
    }
}

fn walk_standards(v: &mut dyn Visitor, s: &mut StandardValues) {
    use rules::*;
    let d = StandardValues::default();
    rate(v, &|| "standards.annual_plan.rate".into(), &mut s.annual_plan.rate, EVENT_MINUTES, TIMES, d.annual_plan.rate);
    rate(
        v,
        &|| "standards.progress_reports.rate".into(),
        &mut s.progress_reports.rate,
        EVENT_MINUTES,
        TIMES,
        d.progress_reports.rate,
    );
    rate(
        v,
        &|| "standards.reevaluation.rate".into(),
        &mut s.reevaluation.rate,
        EVENT_MINUTES,
        REEVALUATIONS_PER_YEAR,
        d.reevaluation.rate,
    );
    v.field(
        &|| "standards.documentation_minutes_per_session".into(),
        Field::Number(&mut s.documentation_minutes_per_session, SESSION_MINUTES, d.documentation_minutes_per_session),
    );
    for (path, text) in [
        ("standards.annual_plan.source", &mut s.annual_plan.source),
        ("standards.progress_reports.source", &mut s.progress_reports.source),
        ("standards.reevaluation.source", &mut s.reevaluation.source),
        ("standards.documentation_source", &mut s.documentation_source),
    ] {
        v.field(&|| path.to_string(), Field::Text(text, SOURCE));
    }
}

fn walk_workspace(v: &mut dyn Visitor, w: &mut Workspace) {
    use rules::*;
    walk_profile(v, &mut w.profile);
    walk_standards(v, &mut w.standards);
    keep(v, &mut w.students, "students", MAX_STUDENTS, "students");
    for (i, s) in w.students.iter_mut().enumerate() {
        v.field(&|| format!("students[{i}].label"), Field::Text(&mut s.label, LABEL));
        if let Some(weight) = &mut s.weight {
            v.field(&|| format!("students[{i}].weight"), Field::Number(weight, WEIGHT, 1.0));
        }
        keep(v, &mut s.services, &format!("students[{i}].services"), MAX_SERVICES_PER_STUDENT, "services");
        for (j, service) in s.services.iter_mut().enumerate() {
            let path = || format!("students[{i}].services[{j}]");
            rate(v, &|| format!("{}.rate", path()), &mut service.rate, SESSION_MINUTES, TIMES, Rate::weekly(30.0, 1.0));
            if let Some(group) = &mut service.group {
                v.field(&|| format!("{}.group", path()), Field::Text(group, GROUP));
            }
        }
    }
    keep(v, &mut w.activities, "activities", MAX_ACTIVITIES, "activities");
    for (i, a) in w.activities.iter_mut().enumerate() {
        v.field(&|| format!("activities[{i}].name"), Field::Text(&mut a.name, ACTIVITY_NAME));
        rate(v, &|| format!("activities[{i}].rate"), &mut a.rate, EVENT_MINUTES, TIMES, Rate::weekly(30.0, 1.0));
    }
    let year = &mut w.school_year;
    v.field(&|| "school_year.first_day".into(), Field::Date(&mut year.first_day));
    v.field(&|| "school_year.last_day".into(), Field::Date(&mut year.last_day));
    keep(v, &mut year.days_off, "school_year.days_off", MAX_DAYS_OFF, "breaks and days off");
    for (i, off) in year.days_off.iter_mut().enumerate() {
        v.field(&|| format!("school_year.days_off[{i}].label"), Field::Text(&mut off.label, BREAK_NAME));
        v.field(&|| format!("school_year.days_off[{i}].first"), Field::Date(&mut off.first));
        v.field(&|| format!("school_year.days_off[{i}].last"), Field::Date(&mut off.last));
    }
    keep(v, &mut w.checklist.tasks, "checklist.tasks", MAX_TASKS, "tasks");
    for (i, t) in w.checklist.tasks.iter_mut().enumerate() {
        v.field(&|| format!("checklist.tasks[{i}].name"), Field::Text(&mut t.name, TASK_NAME));
        v.field(&|| format!("checklist.tasks[{i}].minutes"), Field::Number(&mut t.minutes, EVENT_MINUTES, 60.0));
    }
    keep(v, &mut w.checklist.done, "checklist.done", MAX_TICKS, "ticks");
    if v.ids(id_problems(w)) {
        w.renumber();
    }
}

/// Ids that repeat within a list, ids at or past [`rules::MAX_ID`], and a counter that
/// would hand out an id in use.
fn id_problems(w: &Workspace) -> Vec<(String, Invalid)> {
    let mut found = Vec::new();
    let mut list = |path: &str, ids: &mut dyn Iterator<Item = u32>| {
        let mut seen = HashSet::new();
        for (i, id) in ids.enumerate() {
            if id >= rules::MAX_ID {
                found.push((format!("{path}[{i}].id"), Invalid::IdTooLarge { id }));
            } else if !seen.insert(id) {
                found.push((format!("{path}[{i}].id"), Invalid::DuplicateId { id }));
            }
        }
    };
    list("students", &mut w.students.iter().map(|s| s.id));
    list("activities", &mut w.activities.iter().map(|a| a.id));
    list("profile.buildings", &mut w.profile.buildings.iter().map(|b| b.id));
    list("school_year.days_off", &mut w.school_year.days_off.iter().map(|d| d.id));
    list("checklist.tasks", &mut w.checklist.tasks.iter().map(|t| t.id));
    let buildings: HashSet<u32> = w.profile.buildings.iter().map(|b| b.id).collect();
    for (i, s) in w.students.iter().enumerate() {
        if let Some(id) = s.building.filter(|b| !buildings.contains(b)) {
            found.push((format!("students[{i}].building"), Invalid::NoSuchBuilding { id }));
        }
    }
    let highest = w.highest_id();
    if w.next_id > rules::MAX_ID {
        found.push(("next_id".into(), Invalid::IdTooLarge { id: w.next_id }));
    } else if w.next_id <= highest {
        found.push(("next_id".into(), Invalid::CounterBehind { next_id: w.next_id, highest }));
    }
    found
}

fn walk_scenarios(v: &mut dyn Visitor, scenarios: &mut Scenarios) {
    keep(v, &mut scenarios.list, "list", MAX_SCENARIOS, "scenarios");
    for (i, s) in scenarios.list.iter_mut().enumerate() {
        v.scenario(i, &s.name);
        v.field(&|| format!("list[{i}].name"), Field::Text(&mut s.name, rules::SCENARIO_NAME));
        walk_workspace(v, &mut s.workspace);
    }
}

/// Records every problem, with where it is.
struct Checker {
    found: Vec<Problem>,
    scenario: Option<(usize, String)>,
}

impl Checker {
    fn push(&mut self, path: String, error: Invalid) {
        self.found.push(Problem { scenario: self.scenario.clone(), path, error });
    }
}

impl Visitor for Checker {
    fn field(&mut self, path: &dyn Fn() -> String, field: Field<'_>) {
        let error = match field {
            Field::Number(value, rule, _) => rule.check(*value).err(),
            Field::Text(text, rule) => rule.check(text).err(),
            Field::Date(date) => rules::check_date(*date).err(),
        };
        if let Some(error) = error {
            self.push(path(), error);
        }
    }

    fn count(&mut self, path: &dyn Fn() -> String, len: usize, max: usize, what: &'static str) -> usize {
        if len > max {
            self.push(path(), Invalid::TooMany { what, max });
        }
        len
    }

    fn ids(&mut self, problems: Vec<(String, Invalid)>) -> bool {
        for (path, error) in problems {
            self.push(path, error);
        }
        false
    }

    fn unknown_cap(&mut self, path: &str, id: &str) -> bool {
        self.push(path.to_string(), Invalid::UnknownCap { id: id.to_string() });
        false
    }

    fn scenario(&mut self, index: usize, name: &str) {
        self.scenario = Some((index + 1, name.to_string()));
    }
}

/// Brings every field to the nearest valid value, recording what it changed.
struct Repairer(Checker);

impl Visitor for Repairer {
    fn field(&mut self, path: &dyn Fn() -> String, field: Field<'_>) {
        let error = match field {
            Field::Number(value, rule, fallback) => rule.check(*value).err().inspect(|_| {
                *value = rule.nearest(*value, fallback);
            }),
            Field::Text(text, rule) => rule.check(text).err().inspect(|error| {
                *text = match error {
                    Invalid::EmptyText { .. } => format!("{} (no name)", rule.what),
                    _ => rule.fit(text),
                };
            }),
            Field::Date(date) => rules::check_date(*date).err().inspect(|_| *date = rules::nearest_date(*date)),
        };
        if let Some(error) = error {
            self.0.push(path(), error);
        }
    }

    fn count(&mut self, path: &dyn Fn() -> String, len: usize, max: usize, what: &'static str) -> usize {
        self.0.count(path, len, max, what).min(max)
    }

    fn ids(&mut self, problems: Vec<(String, Invalid)>) -> bool {
        let renumber = !problems.is_empty();
        self.0.ids(problems);
        renumber
    }

    fn unknown_cap(&mut self, path: &str, id: &str) -> bool {
        self.0.unknown_cap(path, id);
        true
    }

    fn scenario(&mut self, index: usize, name: &str) {
        self.0.scenario(index, name);
    }
}

fn list_problems(scenarios: &Scenarios) -> Vec<Problem> {
    let mut found = Vec::new();
    let mut push = |path: &str, error| found.push(Problem { scenario: None, path: path.into(), error });
    if scenarios.list.is_empty() {
        push("list", Invalid::NoScenarios);
    } else if scenarios.get(scenarios.active).is_none() {
        push("active", Invalid::NoSuchScenario { id: scenarios.active });
    }
    let mut seen = HashSet::new();
    for (i, s) in scenarios.list.iter().enumerate() {
        if s.id >= rules::MAX_ID {
            push(&format!("list[{i}].id"), Invalid::IdTooLarge { id: s.id });
        } else if !seen.insert(s.id) {
            push(&format!("list[{i}].id"), Invalid::DuplicateId { id: s.id });
        }
    }
    let highest = scenarios.list.iter().map(|s| s.id).max().unwrap_or(0);
    if scenarios.next_id > rules::MAX_ID {
        push("next_id", Invalid::IdTooLarge { id: scenarios.next_id });
    } else if scenarios.next_id <= highest {
        push("next_id", Invalid::CounterBehind { next_id: scenarios.next_id, highest });
    }
    found
}

/// Every problem in `scenarios` (whose open scenario's workspace is `live`), in the order
/// the fields come.
pub fn problems(scenarios: &Scenarios, live: &Workspace) -> Vec<Problem> {
    let mut copy = scenarios.clone();
    if let Some(open) = copy.list.iter_mut().find(|s| s.id == scenarios.active) {
        open.workspace = live.clone();
    }
    let mut checker = Checker { found: list_problems(&copy), scenario: None };
    walk_scenarios(&mut checker, &mut copy);
    checker.found
}

/// The nearest valid data, and what was changed to get there. Ids are renumbered where
/// they repeat or run out; the open scenario is kept where it is still there.
pub fn repair(scenarios: &mut Scenarios) -> Vec<Problem> {
    let mut repairer = Repairer(Checker { found: list_problems(scenarios), scenario: None });
    walk_scenarios(&mut repairer, scenarios);
    scenarios.repair_ids();
    repairer.0.found
}
