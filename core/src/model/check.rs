//! Every field of the saved data with its rule (`rules`), walked once, for two uses:
//! - [`problems`]: what is wrong, each with where it is; the importer refuses a file with any,
//!   and saving refuses to write any (so nothing is saved that could not be loaded);
//! - [`repair`]: the nearest valid data, for what an older version of the app let through
//!   (loading never refuses the user's own saved data).
//!
//! The walk is written once over `&mut` data; checking walks a copy.

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

/// Where a field is: `students[3].services[0].rate.minutes`, kept as links from the field
/// back to the root and put into words only when something is wrong there.
#[derive(Clone, Copy)]
enum Path<'a> {
    Root,
    Field(&'a Path<'a>, &'static str),
    Index(&'a Path<'a>, usize),
}

impl Path<'_> {
    fn field(&self, name: &'static str) -> Path<'_> {
        Path::Field(self, name)
    }

    fn index(&self, i: usize) -> Path<'_> {
        Path::Index(self, i)
    }
}

impl fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Path::Root => Ok(()),
            Path::Field(Path::Root, name) => f.write_str(name),
            Path::Field(parent, name) => write!(f, "{parent}.{name}"),
            Path::Index(parent, i) => write!(f, "{parent}[{i}]"),
        }
    }
}

const ROOT: Path<'static> = Path::Root;

/// One field met by the walk.
enum Field<'a> {
    /// A number, its rule, and what stands in for it where it has no nearest valid value.
    Number(&'a mut f64, NumberRule, f64),
    Text(&'a mut String, TextRule),
    Date(&'a mut IsoDate),
}

/// What the walk does at each field: record the problem, or repair it.
trait Visitor {
    fn field(&mut self, at: &Path, field: Field<'_>);
    /// A list of `len` items where at most `max` are allowed: how many to keep.
    fn count(&mut self, at: &Path, len: usize, max: usize, what: &'static str) -> usize;
    /// Ids and id counters that are wrong: whether to renumber the workspace.
    fn ids(&mut self, problems: Vec<(String, Invalid)>) -> bool;
    /// A cap this app does not know: whether to drop it.
    fn unknown_cap(&mut self, at: &Path, id: &str) -> bool;
    /// The walk enters the scenario at `index` in the list.
    fn scenario(&mut self, index: usize, name: &str);
}

fn number(v: &mut dyn Visitor, at: &Path, name: &'static str, value: &mut f64, rule: NumberRule, fallback: f64) {
    v.field(&at.field(name), Field::Number(value, rule, fallback));
}

fn rate(v: &mut dyn Visitor, at: &Path, r: &mut Rate, minutes: NumberRule, times: NumberRule, d: Rate) {
    let at = at.field("rate");
    number(v, &at, "minutes", &mut r.minutes, minutes, d.minutes);
    number(v, &at, "times", &mut r.times, times, d.times);
}

fn keep<T>(v: &mut dyn Visitor, list: &mut Vec<T>, at: &Path, max: usize, what: &'static str) {
    let keep = v.count(at, list.len(), max, what);
    list.truncate(keep);
}

fn walk_profile(v: &mut dyn Visitor, p: &mut Profile) {
    use rules::*;
    let d = Profile::default();
    let at = ROOT.field("profile");
    number(v, &at, "fte", &mut p.fte, FTE, d.fte);
    number(
        v,
        &at,
        "contract_hours_per_week",
        &mut p.contract_hours_per_week,
        CONTRACT_HOURS,
        d.contract_hours_per_week,
    );
    number(v, &at, "lunch_minutes_per_day", &mut p.lunch_minutes_per_day, LUNCH_MINUTES, d.lunch_minutes_per_day);
    number(v, &at, "days_per_week", &mut p.days_per_week, DAYS_PER_WEEK, d.days_per_week);
    number(v, &at, "school_weeks_per_year", &mut p.school_weeks_per_year, WEEKS_PER_YEAR, d.school_weeks_per_year);
    number(v, &at, "weeks_per_quarter", &mut p.weeks_per_quarter, WEEKS_PER_QUARTER, d.weeks_per_quarter);
    number(v, &at, "assistants_supervised", &mut p.assistants_supervised, ASSISTANTS, d.assistants_supervised);
    let (t, dt) = (&mut p.thresholds, d.thresholds);
    let at_t = at.field("thresholds");
    number(v, &at_t, "at_capacity_from", &mut t.at_capacity_from, PERCENT, dt.at_capacity_from);
    number(v, &at_t, "over_capacity_above", &mut t.over_capacity_above, PERCENT, dt.over_capacity_above);
    let at_cap = at.field("cap");
    match &mut p.cap {
        CapChoice::Custom { max } => number(v, &at_cap.field("custom"), "max", max, CAP, 60.0),
        CapChoice::Preset { id } if CapPreset::find(id).is_none() => {
            if v.unknown_cap(&at_cap.field("preset").field("id"), id) {
                p.cap = CapChoice::None;
            }
        }
        CapChoice::Preset { .. } | CapChoice::None => {}
    }
    let at_b = at.field("buildings");
    keep(v, &mut p.buildings, &at_b, MAX_BUILDINGS, "buildings");
    for (i, b) in p.buildings.iter_mut().enumerate() {
        let at = at_b.index(i);
        v.field(&at.field("name"), Field::Text(&mut b.name, BUILDING_NAME));
        number(v, &at, "travel_minutes_per_week", &mut b.travel_minutes_per_week, WEEKLY_MINUTES, 0.0);
    }
}

fn walk_standards(v: &mut dyn Visitor, s: &mut StandardValues) {
    use rules::*;
    let d = StandardValues::default();
    let at = ROOT.field("standards");
    for (name, value, times, default) in [
        ("annual_plan", &mut s.annual_plan, TIMES, d.annual_plan.rate),
        ("progress_reports", &mut s.progress_reports, TIMES, d.progress_reports.rate),
        ("reevaluation", &mut s.reevaluation, REEVALUATIONS_PER_YEAR, d.reevaluation.rate),
    ] {
        let at = at.field(name);
        rate(v, &at, &mut value.rate, EVENT_MINUTES, times, default);
        v.field(&at.field("source"), Field::Text(&mut value.source, SOURCE));
    }
    let documentation = &mut s.documentation_minutes_per_session;
    number(
        v,
        &at,
        "documentation_minutes_per_session",
        documentation,
        SESSION_MINUTES,
        d.documentation_minutes_per_session,
    );
    v.field(&at.field("documentation_source"), Field::Text(&mut s.documentation_source, SOURCE));
}

fn walk_workspace(v: &mut dyn Visitor, w: &mut Workspace) {
    use rules::*;
    walk_profile(v, &mut w.profile);
    walk_standards(v, &mut w.standards);
    let at_s = ROOT.field("students");
    keep(v, &mut w.students, &at_s, MAX_STUDENTS, "students");
    for (i, s) in w.students.iter_mut().enumerate() {
        let at = at_s.index(i);
        v.field(&at.field("label"), Field::Text(&mut s.label, LABEL));
        if let Some(weight) = &mut s.weight {
            v.field(&at.field("weight"), Field::Number(weight, WEIGHT, 1.0));
        }
        let at_v = at.field("services");
        keep(v, &mut s.services, &at_v, MAX_SERVICES_PER_STUDENT, "services");
        for (j, service) in s.services.iter_mut().enumerate() {
            let at = at_v.index(j);
            rate(v, &at, &mut service.rate, SESSION_MINUTES, TIMES, Rate::weekly(30.0, 1.0));
            if let Some(group) = &mut service.group {
                v.field(&at.field("group"), Field::Text(group, GROUP));
            }
        }
    }
    let at_a = ROOT.field("activities");
    keep(v, &mut w.activities, &at_a, MAX_ACTIVITIES, "activities");
    for (i, a) in w.activities.iter_mut().enumerate() {
        let at = at_a.index(i);
        v.field(&at.field("name"), Field::Text(&mut a.name, ACTIVITY_NAME));
        rate(v, &at, &mut a.rate, EVENT_MINUTES, TIMES, Rate::weekly(30.0, 1.0));
    }
    let (year, at_y) = (&mut w.school_year, ROOT.field("school_year"));
    v.field(&at_y.field("first_day"), Field::Date(&mut year.first_day));
    v.field(&at_y.field("last_day"), Field::Date(&mut year.last_day));
    let at_d = at_y.field("days_off");
    keep(v, &mut year.days_off, &at_d, MAX_DAYS_OFF, "breaks and days off");
    for (i, off) in year.days_off.iter_mut().enumerate() {
        let at = at_d.index(i);
        v.field(&at.field("label"), Field::Text(&mut off.label, BREAK_NAME));
        v.field(&at.field("first"), Field::Date(&mut off.first));
        v.field(&at.field("last"), Field::Date(&mut off.last));
    }
    let at_c = ROOT.field("checklist");
    let at_t = at_c.field("tasks");
    keep(v, &mut w.checklist.tasks, &at_t, MAX_TASKS, "tasks");
    for (i, t) in w.checklist.tasks.iter_mut().enumerate() {
        let at = at_t.index(i);
        v.field(&at.field("name"), Field::Text(&mut t.name, TASK_NAME));
        number(v, &at, "minutes", &mut t.minutes, EVENT_MINUTES, 60.0);
    }
    keep(v, &mut w.checklist.done, &at_c.field("done"), MAX_TICKS, "ticks");
    if v.ids(id_problems(w)) {
        w.renumber();
    }
}

/// Ids that repeat within a list, ids at or past [`rules::MAX_ID`], and a counter that
/// would hand out an id in use.
fn id_problems(w: &Workspace) -> Vec<(String, Invalid)> {
    let mut found = Vec::new();
    let mut list = |path: &str, ids: &mut dyn Iterator<Item = u32>| {
        let ids: Vec<u32> = ids.collect();
        for (i, &id) in ids.iter().enumerate() {
            if id >= rules::MAX_ID {
                found.push((format!("{path}[{i}].id"), Invalid::IdTooLarge { id }));
            }
        }
        let mut sorted = ids.clone();
        sorted.sort_unstable();
        for pair in sorted.windows(2).filter(|p| p[0] == p[1]) {
            let id = pair[0];
            let i = ids.iter().rposition(|&x| x == id).unwrap_or(0);
            found.push((format!("{path}[{i}].id"), Invalid::DuplicateId { id }));
        }
    };
    list("students", &mut w.students.iter().map(|s| s.id));
    list("activities", &mut w.activities.iter().map(|a| a.id));
    list("profile.buildings", &mut w.profile.buildings.iter().map(|b| b.id));
    list("school_year.days_off", &mut w.school_year.days_off.iter().map(|d| d.id));
    list("checklist.tasks", &mut w.checklist.tasks.iter().map(|t| t.id));
    let mut buildings: Vec<u32> = w.profile.buildings.iter().map(|b| b.id).collect();
    buildings.sort_unstable();
    for (i, s) in w.students.iter().enumerate() {
        if let Some(id) = s.building.filter(|b| buildings.binary_search(b).is_err()) {
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
    let at = ROOT.field("list");
    keep(v, &mut scenarios.list, &at, MAX_SCENARIOS, "scenarios");
    for (i, s) in scenarios.list.iter_mut().enumerate() {
        v.scenario(i, &s.name);
        v.field(&ROOT.field("name"), Field::Text(&mut s.name, rules::SCENARIO_NAME));
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
    fn field(&mut self, at: &Path, field: Field<'_>) {
        let error = match field {
            Field::Number(value, rule, _) => rule.check(*value).err(),
            Field::Text(text, rule) => rule.check(text).err(),
            Field::Date(date) => rules::check_date(*date).err(),
        };
        if let Some(error) = error {
            self.push(at.to_string(), error);
        }
    }

    fn count(&mut self, at: &Path, len: usize, max: usize, what: &'static str) -> usize {
        if len > max {
            self.push(at.to_string(), Invalid::TooMany { what, max });
        }
        len
    }

    fn ids(&mut self, problems: Vec<(String, Invalid)>) -> bool {
        for (path, error) in problems {
            self.push(path, error);
        }
        false
    }

    fn unknown_cap(&mut self, at: &Path, id: &str) -> bool {
        self.push(at.to_string(), Invalid::UnknownCap { id: id.to_string() });
        false
    }

    fn scenario(&mut self, index: usize, name: &str) {
        self.scenario = Some((index + 1, name.to_string()));
    }
}

/// Brings every field to the nearest valid value, recording what it changed.
struct Repairer(Checker);

impl Visitor for Repairer {
    fn field(&mut self, at: &Path, field: Field<'_>) {
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
            self.0.push(at.to_string(), error);
        }
    }

    fn count(&mut self, at: &Path, len: usize, max: usize, what: &'static str) -> usize {
        self.0.count(at, len, max, what).min(max)
    }

    fn ids(&mut self, problems: Vec<(String, Invalid)>) -> bool {
        let renumber = !problems.is_empty();
        self.0.ids(problems);
        renumber
    }

    fn unknown_cap(&mut self, at: &Path, id: &str) -> bool {
        self.0.unknown_cap(at, id);
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
    // At most a few dozen scenarios: each is compared with those before it.
    for (i, s) in scenarios.list.iter().enumerate() {
        if s.id >= rules::MAX_ID {
            push(&format!("list[{i}].id"), Invalid::IdTooLarge { id: s.id });
        } else if scenarios.list[..i].iter().any(|earlier| earlier.id == s.id) {
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
