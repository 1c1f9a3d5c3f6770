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
#[cfg(feature = "time-study")]
use super::{StudySetup, TimeStudy, INTERVALS};

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
    /// A whole number (a count, minutes after midnight), its rule and its stand-in.
    #[cfg(any(feature = "time-study", feature = "indirect-log", feature = "schedule"))]
    Whole(&'a mut u32, NumberRule, u32),
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
    /// A value that breaks a rule of its own (a cap this app does not know, a time study's
    /// day that ends before it starts): whether to repair it.
    fn broken(&mut self, at: &Path, error: Invalid) -> bool;
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
            if v.broken(&at_cap.field("preset").field("id"), Invalid::UnknownCap { id: id.clone() }) {
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
    #[cfg(feature = "time-study")]
    if let Some(study) = &mut w.time_study {
        walk_time_study(v, study);
    }
    #[cfg(feature = "indirect-log")]
    if let Some(log) = &mut w.indirect_log {
        walk_indirect_log(v, log);
    }
    #[cfg(feature = "schedule")]
    if let Some(schedule) = &mut w.schedule {
        walk_schedule(v, schedule);
    }
    if v.ids(id_problems(w)) {
        w.renumber();
    }
}

/// The setup first, so that the days are measured against a valid contract day. Which task
/// an entry names is a matter of ids (`id_problems`): an entry for no task is dropped when
/// the workspace is renumbered.
#[cfg(feature = "time-study")]
fn walk_time_study(v: &mut dyn Visitor, study: &mut TimeStudy) {
    use rules::*;
    let at = ROOT.field("time_study");
    walk_study_setup(v, &mut study.setup, &at.field("setup"));
    let at_t = at.field("tasks");
    keep(v, &mut study.tasks, &at_t, MAX_STUDY_TASKS, "time study tasks");
    for (i, t) in study.tasks.iter_mut().enumerate() {
        v.field(&at_t.index(i).field("name"), Field::Text(&mut t.name, TASK_NAME));
    }
    // A setup the walk has left broken (only checking does) has no day to measure against:
    // its own problem is the one to show.
    let slots = study.setup.check().is_ok().then(|| study.setup.intervals_per_day());
    let at_d = at.field("days");
    keep(v, &mut study.days, &at_d, STUDY_DAYS.max as usize, "time study days");
    for (i, day) in study.days.iter_mut().enumerate() {
        let at = at_d.index(i);
        v.field(&at.field("date"), Field::Date(&mut day.date));
        if let Some(expected) = slots.filter(|&n| n != day.intervals.len()) {
            let error = Invalid::WrongIntervalCount { expected, found: day.intervals.len() };
            if v.broken(&at.field("intervals"), error) {
                day.intervals.resize(expected, None);
            }
        }
        let at_o = at.field("overflow");
        // As many entries as the study can have tasks.
        keep(v, &mut day.overflow, &at_o, MAX_STUDY_TASKS, "entries of work outside contract hours");
        for (j, entry) in day.overflow.iter_mut().enumerate() {
            number(v, &at_o.index(j), "minutes", &mut entry.minutes, OVERFLOW_MINUTES, 0.0);
        }
    }
    let at_m = at.field("monthly");
    keep(v, &mut study.monthly, &at_m, MAX_STUDY_TASKS, "monthly duties");
    for (i, entry) in study.monthly.iter_mut().enumerate() {
        number(v, &at_m.index(i), "minutes", &mut entry.minutes, EVENT_MINUTES, 0.0);
    }
}

/// Each field within its rule, then the rules between them: a day that ends after it starts,
/// an interval the study offers, a weekday to log. Repairs keep what they can.
#[cfg(feature = "time-study")]
fn walk_study_setup(v: &mut dyn Visitor, s: &mut StudySetup, at: &Path) {
    use rules::*;
    let d = StudySetup::week_from(s.start);
    v.field(&at.field("start"), Field::Date(&mut s.start));
    v.field(&at.field("school_days"), Field::Whole(&mut s.school_days, STUDY_DAYS, d.school_days));
    if !s.weekdays.contains(&true) && v.broken(&at.field("weekdays"), Invalid::NoStudyWeekday) {
        s.weekdays = d.weekdays;
    }
    v.field(&at.field("day_start"), Field::Whole(&mut s.day_start, TIME_OF_DAY, d.day_start));
    v.field(&at.field("day_end"), Field::Whole(&mut s.day_end, TIME_OF_DAY, d.day_end));
    // The usual contract day: a day of one interval from the start would be valid, but no
    // one works it, and it would clear every interval a day had logged after the first.
    if s.day_end <= s.day_start && v.broken(&at.field("day_end"), Invalid::DayEndsBeforeStart) {
        (s.day_start, s.day_end) = (d.day_start, d.day_end);
    }
    if !INTERVALS.contains(&s.interval)
        && v.broken(&at.field("interval"), Invalid::NotAnInterval { minutes: s.interval })
    {
        s.interval = d.interval;
    }
    if let Some(error) = s.lunch_start.and_then(|lunch| TIME_OF_DAY.check(f64::from(lunch)).err()) {
        // Lunch at no time of day is no fixed lunch.
        if v.broken(&at.field("lunch_start"), error) {
            s.lunch_start = None;
        }
    }
    v.field(&at.field("lunch_minutes"), Field::Whole(&mut s.lunch_minutes, LUNCH_MINUTES, d.lunch_minutes));
}

/// Each entry's date, minutes and note, the number of entries, and the letter's length.
/// The kind of service and the role are read as one of their values or not at all. An entry
/// for a student no longer on the caseload is no problem: it is kept as a record.
#[cfg(feature = "indirect-log")]
fn walk_indirect_log(v: &mut dyn Visitor, log: &mut super::IndirectLog) {
    use rules::*;
    let at = ROOT.field("indirect_log");
    let at_e = at.field("entries");
    keep(v, &mut log.entries, &at_e, MAX_LOG_ENTRIES, "log entries");
    for (i, entry) in log.entries.iter_mut().enumerate() {
        let at = at_e.index(i);
        v.field(&at.field("date"), Field::Date(&mut entry.date));
        v.field(&at.field("minutes"), Field::Whole(&mut entry.minutes, LOG_MINUTES, 1));
        v.field(&at.field("note"), Field::Text(&mut entry.note, LOG_NOTE));
    }
    if let Some(letter) = &mut log.letter {
        v.field(&at.field("letter"), Field::Text(letter, LETTER));
    }
}

/// The day's hours and step, then each block: its kind and week are read as one of their
/// values or not at all; its times within the grid's hours; its words. A block for a student
/// no longer on the caseload, or in a building no longer listed, is no problem: the
/// schedule's checks show it, to move or remove.
#[cfg(feature = "schedule")]
fn walk_schedule(v: &mut dyn Visitor, s: &mut super::Schedule) {
    use rules::*;
    let at = ROOT.field("schedule");
    let d = super::Schedule::default();
    v.field(&at.field("day_start"), Field::Whole(&mut s.day_start, SCHEDULE_TIME, d.day_start));
    v.field(&at.field("day_end"), Field::Whole(&mut s.day_end, SCHEDULE_TIME, d.day_end));
    if s.day_end < s.day_start.saturating_add(60) && v.broken(&at.field("day_end"), Invalid::DayEndsBeforeStart) {
        (s.day_start, s.day_end) = (d.day_start, d.day_end);
    }
    if !super::SLOTS.contains(&s.slot) && v.broken(&at.field("slot"), Invalid::NotASlot { minutes: s.slot }) {
        s.slot = d.slot;
    }
    v.field(&at.field("largest_group"), Field::Whole(&mut s.largest_group, LARGEST_GROUP, d.largest_group));
    keep(v, &mut s.building_days, &at.field("building_days"), MAX_BUILDINGS, "buildings' days");
    let at_b = at.field("blocks");
    keep(v, &mut s.blocks, &at_b, MAX_BLOCKS, "schedule blocks");
    for (i, block) in s.blocks.iter_mut().enumerate() {
        let at = at_b.index(i);
        v.field(&at.field("day"), Field::Whole(&mut block.day, BLOCK_DAY, 0));
        v.field(&at.field("minutes"), Field::Whole(&mut block.minutes, BLOCK_MINUTES, 30));
        v.field(&at.field("start"), Field::Whole(&mut block.start, SCHEDULE_TIME, d.day_start));
        let last = SCHEDULE_TIME.max as u32;
        if block.end() > last && v.broken(&at.field("start"), Invalid::AboveMax { what: "End", max: SCHEDULE_TIME.max })
        {
            block.start = last.saturating_sub(block.minutes);
        }
        v.field(&at.field("label"), Field::Text(&mut block.label, BLOCK_LABEL));
        if let Some(group) = &mut block.group {
            v.field(&at.field("group"), Field::Text(group, GROUP));
        }
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
    #[cfg(feature = "time-study")]
    if let Some(study) = &w.time_study {
        list("time_study.tasks", &mut study.tasks.iter().map(|t| t.id));
    }
    #[cfg(feature = "indirect-log")]
    if let Some(log) = &w.indirect_log {
        list("indirect_log.entries", &mut log.entries.iter().map(|e| e.id));
    }
    #[cfg(feature = "schedule")]
    if let Some(schedule) = &w.schedule {
        list("schedule.blocks", &mut schedule.blocks.iter().map(|b| b.id));
    }
    let mut buildings: Vec<u32> = w.profile.buildings.iter().map(|b| b.id).collect();
    buildings.sort_unstable();
    for (i, s) in w.students.iter().enumerate() {
        if let Some(id) = s.building.filter(|b| buildings.binary_search(b).is_err()) {
            found.push((format!("students[{i}].building"), Invalid::NoSuchBuilding { id }));
        }
    }
    #[cfg(feature = "time-study")]
    if let Some(study) = &w.time_study {
        study_references(study, &mut found);
    }
    let highest = w.highest_id();
    #[cfg(feature = "time-study")]
    let highest = w.time_study.iter().flat_map(|s| s.tasks.iter().map(|t| t.id)).fold(highest, u32::max);
    #[cfg(feature = "indirect-log")]
    let highest = w.indirect_log.iter().flat_map(|l| l.entries.iter().map(|e| e.id)).fold(highest, u32::max);
    #[cfg(feature = "schedule")]
    let highest = w.schedule.iter().flat_map(|s| s.blocks.iter().map(|b| b.id)).fold(highest, u32::max);
    if w.next_id > rules::MAX_ID {
        found.push(("next_id".into(), Invalid::IdTooLarge { id: w.next_id }));
    } else if w.next_id <= highest {
        found.push(("next_id".into(), Invalid::CounterBehind { next_id: w.next_id, highest }));
    }
    found
}

/// Entries of a time study (intervals, work outside contract hours, monthly duties) for a
/// task that is not in its list.
#[cfg(feature = "time-study")]
fn study_references(study: &TimeStudy, found: &mut Vec<(String, Invalid)>) {
    // At most 35 tasks: sorted, each entry is looked up in a few steps.
    let mut tasks: Vec<u32> = study.tasks.iter().map(|t| t.id).collect();
    tasks.sort_unstable();
    let unknown = |id: &u32| tasks.binary_search(id).is_err();
    for (i, day) in study.days.iter().enumerate() {
        for (j, id) in day.intervals.iter().enumerate() {
            if let Some(id) = id.filter(unknown) {
                found.push((format!("time_study.days[{i}].intervals[{j}]"), Invalid::NoSuchTask { id }));
            }
        }
        for (j, entry) in day.overflow.iter().enumerate().filter(|(_, e)| unknown(&e.task)) {
            found.push((format!("time_study.days[{i}].overflow[{j}].task"), Invalid::NoSuchTask { id: entry.task }));
        }
    }
    for (i, entry) in study.monthly.iter().enumerate().filter(|(_, e)| unknown(&e.task)) {
        found.push((format!("time_study.monthly[{i}].task"), Invalid::NoSuchTask { id: entry.task }));
    }
}

/// The team: before the scenarios, so its problems name no scenario.
#[cfg(feature = "team")]
fn walk_team(v: &mut dyn Visitor, team: &mut super::Team) {
    team.normalise();
    let at = ROOT.field("team");
    let members = at.field("members");
    keep(v, &mut team.members, &members, rules::MAX_MEMBERS, "team members");
    for (i, m) in team.members.iter_mut().enumerate() {
        let at = members.index(i);
        v.field(&at.field("label"), Field::Text(&mut m.label, rules::MEMBER_LABEL));
        v.field(&at.field("source"), Field::Text(&mut m.source, rules::SOURCE));
    }
    let packs = at.field("packs");
    keep(v, &mut team.packs, &packs, rules::MAX_PACKS, "packs of scenarios");
    for (i, p) in team.packs.iter_mut().enumerate() {
        let at = packs.index(i);
        keep(v, &mut p.members, &at.field("members"), rules::MAX_MEMBERS, "packed scenarios");
        v.field(&at.field("scenarios"), Field::Text(&mut p.scenarios, rules::PACKED_SCENARIOS));
    }
    let merges = at.field("merges");
    keep(v, &mut team.merges, &merges, rules::MAX_MERGES, "building merges");
    for (i, m) in team.merges.iter_mut().enumerate() {
        let at = merges.index(i);
        v.field(&at.field("from"), Field::Text(&mut m.from, rules::BUILDING_NAME));
        v.field(&at.field("into"), Field::Text(&mut m.into, rules::BUILDING_NAME));
    }
    if v.ids(team.id_problems()) {
        team.repair_ids();
    }
}

fn walk_scenarios(v: &mut dyn Visitor, scenarios: &mut Scenarios) {
    #[cfg(feature = "team")]
    if let Some(team) = &mut scenarios.team {
        walk_team(v, team);
    }
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
            #[cfg(any(feature = "time-study", feature = "indirect-log", feature = "schedule"))]
            Field::Whole(value, rule, _) => rule.check(f64::from(*value)).err(),
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

    fn broken(&mut self, at: &Path, error: Invalid) -> bool {
        self.push(at.to_string(), error);
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
            #[cfg(any(feature = "time-study", feature = "indirect-log", feature = "schedule"))]
            Field::Whole(value, rule, fallback) => rule.check(f64::from(*value)).err().inspect(|_| {
                *value = rule.nearest(f64::from(*value), f64::from(fallback)).round() as u32;
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

    fn broken(&mut self, at: &Path, error: Invalid) -> bool {
        self.0.broken(at, error);
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

/// What the test modules below share: a workspace's problems, and the workspace repaired.
#[cfg(all(test, any(feature = "time-study", feature = "indirect-log", feature = "schedule")))]
mod checked {
    use super::*;

    /// Every problem, as (path, error).
    pub(super) fn found(w: &Workspace) -> Vec<(String, Invalid)> {
        problems(&Scenarios::single("x", w.clone()), w).into_iter().map(|p| (p.path, p.error)).collect()
    }

    /// `w` repaired, and what was changed; a repaired workspace has no problems left.
    pub(super) fn repaired(w: Workspace) -> (Workspace, Vec<(String, Invalid)>) {
        let mut scenarios = Scenarios::single("x", w);
        let changed = repair(&mut scenarios).into_iter().map(|p| (p.path, p.error)).collect();
        let w = scenarios.list.remove(0).workspace;
        assert_eq!(found(&w), vec![], "nothing is left to repair");
        (w, changed)
    }
}

#[cfg(all(test, feature = "time-study"))]
mod tests {
    use super::checked::{found, repaired};
    use super::*;
    use crate::model::rules::MAX_STUDY_TASKS;
    use crate::model::{typical_slp_workspace, StudyTask, TaskMinutes};

    fn date(y: i32, m: u8, d: u8) -> IsoDate {
        IsoDate::ymd(y, m, d).unwrap()
    }

    /// The typical SLP workspace with a week's study: individual therapy 8:00 to 9:00 and
    /// IEP work 13:00 to 14:00 every day, lunch at 12:00, 45 minutes of IEP work on Tuesday
    /// evening, two hours of staff meetings a month.
    fn studied() -> Workspace {
        let mut w = typical_slp_workspace();
        w.start_time_study(StudySetup::week_from(date(2026, 10, 5)));
        let s = study(&mut w);
        let (therapy, iep, meetings) = (s.tasks[0].id, s.tasks[4].id, s.tasks[14].id);
        for day in 0..5 {
            s.set(day, 0, 3, Some(therapy));
            s.set(day, 20, 23, Some(iep));
        }
        s.days[1].overflow.push(TaskMinutes { task: iep, minutes: 45.0 });
        s.monthly.push(TaskMinutes { task: meetings, minutes: 120.0 });
        w
    }

    fn study(w: &mut Workspace) -> &mut TimeStudy {
        w.time_study.as_mut().unwrap()
    }

    /// What a study logged, by task name (ids change when a workspace is renumbered).
    fn meaning(study: &TimeStudy) -> Vec<String> {
        let name = |id: u32| study.task(id).map_or("(no task)", |t| t.name.as_str());
        let mut lines = Vec::new();
        for (i, day) in study.days.iter().enumerate() {
            for (j, slot) in day.intervals.iter().enumerate() {
                lines.push(format!("{i} {j}: {}", slot.map_or("-", name)));
            }
            lines.extend(day.overflow.iter().map(|e| format!("{i} after hours: {} {}", name(e.task), e.minutes)));
        }
        lines.extend(study.monthly.iter().map(|e| format!("monthly: {} {}", name(e.task), e.minutes)));
        lines
    }

    fn paths(at: &str, errors: Vec<(&str, Invalid)>) -> Vec<(String, Invalid)> {
        errors.into_iter().map(|(field, error)| (format!("{at}{field}"), error)).collect()
    }

    #[test]
    fn a_logged_study_has_no_problems_and_nothing_to_repair() {
        let w = studied();
        assert_eq!(found(&w), vec![]);
        let (after, changed) = repaired(w.clone());
        assert_eq!(changed, vec![]);
        assert_eq!(after, w);
    }

    #[test]
    fn a_setup_outside_the_rules_is_found_and_brought_to_the_nearest_valid() {
        let good = StudySetup::week_from(date(2026, 10, 5));
        let time = |max| Invalid::AboveMax { what: "Time", max };
        let cases = [
            (
                StudySetup { start: date(1999, 10, 4), ..good.clone() },
                vec![("start", Invalid::YearOutOfRange { year: 1999 })],
                StudySetup { start: date(2000, 10, 4), ..good.clone() },
            ),
            (
                StudySetup { school_days: 3, ..good.clone() },
                vec![("school_days", Invalid::BelowMin { what: "School days", min: 5.0 })],
                StudySetup { school_days: 5, ..good.clone() },
            ),
            (
                StudySetup { school_days: 40, ..good.clone() },
                vec![("school_days", Invalid::AboveMax { what: "School days", max: 20.0 })],
                StudySetup { school_days: 20, ..good.clone() },
            ),
            (
                StudySetup { weekdays: [false; 5], ..good.clone() },
                vec![("weekdays", Invalid::NoStudyWeekday)],
                StudySetup { weekdays: [true; 5], ..good.clone() },
            ),
            (
                StudySetup { day_start: 600, day_end: 600, ..good.clone() },
                vec![("day_end", Invalid::DayEndsBeforeStart)],
                good.clone(),
            ),
            (
                StudySetup { day_start: 1500, ..good.clone() },
                vec![("day_start", time(1440.0)), ("day_end", Invalid::DayEndsBeforeStart)],
                good.clone(),
            ),
            (
                StudySetup { interval: 20, ..good.clone() },
                vec![("interval", Invalid::NotAnInterval { minutes: 20 })],
                good.clone(),
            ),
            (
                StudySetup { interval: 0, ..good.clone() },
                vec![("interval", Invalid::NotAnInterval { minutes: 0 })],
                good.clone(),
            ),
            (
                StudySetup { lunch_start: Some(1441), ..good.clone() },
                vec![("lunch_start", time(1440.0))],
                StudySetup { lunch_start: None, ..good.clone() },
            ),
            (
                StudySetup { lunch_minutes: 121, ..good.clone() },
                vec![("lunch_minutes", Invalid::AboveMax { what: "Lunch minutes", max: 120.0 })],
                StudySetup { lunch_minutes: 120, ..good.clone() },
            ),
        ];
        for (bad, expected, nearest) in cases {
            let mut w = studied();
            study(&mut w).setup = bad.clone();
            let expected = paths("time_study.setup.", expected);
            assert_eq!(found(&w), expected, "{bad:?}");
            let (after, changed) = repaired(w);
            assert_eq!(changed, expected, "{bad:?}");
            let after = after.time_study.unwrap();
            assert_eq!(after.setup, nearest);
            assert_eq!(after.setup.check(), Ok(()));
        }
    }

    #[test]
    fn a_later_end_of_day_pads_every_day_keeping_what_was_logged() {
        let mut w = studied();
        let before = w.time_study.clone().unwrap();
        study(&mut w).setup.day_end = 1441;
        let expected = paths("time_study.setup.", vec![("day_end", Invalid::AboveMax { what: "Time", max: 1440.0 })]);
        assert_eq!(found(&w), expected);
        let (after, changed) = repaired(w);
        // 8:00 to midnight is 64 intervals of 15 minutes.
        let padded = (0..5).map(|i| {
            (format!("time_study.days[{i}].intervals"), Invalid::WrongIntervalCount { expected: 64, found: 30 })
        });
        assert_eq!(changed, [expected, padded.collect()].concat());
        let after = after.time_study.unwrap();
        for (day, old) in after.days.iter().zip(&before.days) {
            assert_eq!(day.intervals[..30], old.intervals[..]);
            assert!(day.intervals[30..].iter().all(Option::is_none));
        }
    }

    #[test]
    fn a_day_with_more_or_fewer_intervals_than_the_setup_is_cut_or_padded() {
        let mut w = studied();
        let before = w.time_study.clone().unwrap();
        let therapy = before.tasks[0].id;
        study(&mut w).days[2].intervals.push(Some(therapy));
        study(&mut w).days[3].intervals.truncate(28);
        let expected = vec![
            ("time_study.days[2].intervals".to_string(), Invalid::WrongIntervalCount { expected: 30, found: 31 }),
            ("time_study.days[3].intervals".to_string(), Invalid::WrongIntervalCount { expected: 30, found: 28 }),
        ];
        assert_eq!(found(&w), expected);
        let (after, changed) = repaired(w);
        assert_eq!(changed, expected);
        let after = after.time_study.unwrap();
        assert_eq!(after.days[2].intervals, before.days[2].intervals);
        assert_eq!(after.days[3].intervals[..28], before.days[3].intervals[..28]);
        assert_eq!(after.days[3].intervals[28..], [None, None]);
    }

    #[test]
    fn task_names_and_too_many_tasks() {
        let mut w = studied();
        let extra: Vec<u32> = (0..21).map(|_| w.take_id()).collect();
        let s = study(&mut w);
        s.tasks[3].name = " ".into();
        s.tasks[5].name = "x".repeat(81);
        s.tasks.extend(extra.iter().map(|&id| StudyTask { id, name: format!("Task {id}"), category: None }));
        // A task past the limit, logged: its interval goes with it.
        let last = *extra.last().unwrap();
        s.days[0].intervals[10] = Some(last);
        assert_eq!(s.tasks.len(), 40);
        let expected = vec![
            ("time_study.tasks".to_string(), Invalid::TooMany { what: "time study tasks", max: MAX_STUDY_TASKS }),
            ("time_study.tasks[3].name".to_string(), Invalid::EmptyText { what: "Task" }),
            ("time_study.tasks[5].name".to_string(), Invalid::TooLong { what: "Task", max_chars: 80 }),
        ];
        assert_eq!(found(&w), expected);
        let (after, changed) = repaired(w);
        let dropped = ("time_study.days[0].intervals[10]".to_string(), Invalid::NoSuchTask { id: last });
        assert_eq!(changed, [expected, vec![dropped]].concat());
        let after = after.time_study.unwrap();
        assert_eq!(after.tasks.len(), rules::MAX_STUDY_TASKS);
        assert_eq!(after.tasks[3].name, "Task (no name)");
        assert_eq!(after.tasks[5].name, "x".repeat(80));
        assert_eq!(after.days[0].intervals[10], None);
    }

    #[test]
    fn too_many_days_and_dates_outside_the_years() {
        let mut w = studied();
        let s = study(&mut w);
        while s.days.len() < 21 {
            s.days.push(s.days[0].clone());
        }
        s.days[1].date = date(2101, 1, 5);
        let expected = vec![
            ("time_study.days".to_string(), Invalid::TooMany { what: "time study days", max: 20 }),
            ("time_study.days[1].date".to_string(), Invalid::YearOutOfRange { year: 2101 }),
        ];
        assert_eq!(found(&w), expected);
        let (after, changed) = repaired(w);
        assert_eq!(changed, expected);
        let after = after.time_study.unwrap();
        assert_eq!(after.days.len(), 20);
        assert_eq!(after.days[1].date, date(2100, 1, 5));
    }

    #[test]
    fn entries_for_no_task_are_found_where_they_are_and_dropped() {
        let mut w = studied();
        let before = meaning(w.time_study.as_ref().unwrap());
        let s = study(&mut w);
        assert_eq!(s.days[2].intervals[4], None);
        s.days[2].intervals[4] = Some(999_999);
        s.days[1].overflow.push(TaskMinutes { task: 999_998, minutes: 30.0 });
        s.monthly.insert(0, TaskMinutes { task: 999_997, minutes: 60.0 });
        let expected = vec![
            ("time_study.days[1].overflow[1].task".to_string(), Invalid::NoSuchTask { id: 999_998 }),
            ("time_study.days[2].intervals[4]".to_string(), Invalid::NoSuchTask { id: 999_999 }),
            ("time_study.monthly[0].task".to_string(), Invalid::NoSuchTask { id: 999_997 }),
        ];
        assert_eq!(found(&w), expected);
        assert!(expected.iter().all(|(_, e)| e.is_about_ids()), "repaired, never a reason to refuse a file");
        let (after, changed) = repaired(w);
        assert_eq!(changed, expected);
        assert_eq!(meaning(after.time_study.as_ref().unwrap()), before);
    }

    #[test]
    fn minutes_outside_their_rules_and_too_many_entries() {
        let mut w = studied();
        let s = study(&mut w);
        let iep = s.tasks[4].id;
        s.days[1].overflow[0].minutes = 1000.0;
        s.days[3].overflow.push(TaskMinutes { task: iep, minutes: f64::NAN });
        s.days[4].overflow = vec![TaskMinutes { task: iep, minutes: 10.0 }; MAX_STUDY_TASKS + 1];
        s.monthly[0].minutes = -5.0;
        s.monthly.extend(vec![TaskMinutes { task: iep, minutes: 10_001.0 }; MAX_STUDY_TASKS]);
        let expected = vec![
            ("time_study.days[1].overflow[0].minutes", Invalid::AboveMax { what: "Minutes", max: 960.0 }),
            ("time_study.days[3].overflow[0].minutes", Invalid::NotANumber { what: "Minutes", example: "30" }),
            (
                "time_study.days[4].overflow",
                Invalid::TooMany { what: "entries of work outside contract hours", max: MAX_STUDY_TASKS },
            ),
            ("time_study.monthly", Invalid::TooMany { what: "monthly duties", max: MAX_STUDY_TASKS }),
            ("time_study.monthly[0].minutes", Invalid::Negative { what: "Minutes" }),
        ];
        let expected = paths("", expected);
        let more: Vec<_> = (1..=MAX_STUDY_TASKS)
            .map(|i| (format!("time_study.monthly[{i}].minutes"), Invalid::AboveMax { what: "Minutes", max: 10_000.0 }))
            .collect();
        assert_eq!(found(&w), [expected.clone(), more.clone()].concat());
        let (after, changed) = repaired(w);
        // Repairing cuts the list first, so the entry past the limit is not checked.
        assert_eq!(changed, [expected, more[..MAX_STUDY_TASKS - 1].to_vec()].concat());
        let after = after.time_study.unwrap();
        assert_eq!(after.days[1].overflow[0].minutes, 960.0);
        assert_eq!(after.days[3].overflow[0].minutes, 0.0);
        assert_eq!(after.days[4].overflow.len(), MAX_STUDY_TASKS);
        assert_eq!(after.monthly.len(), MAX_STUDY_TASKS);
        assert_eq!(after.monthly[0].minutes, 0.0);
        assert_eq!(after.monthly[MAX_STUDY_TASKS - 1].minutes, 10_000.0);
    }

    #[test]
    fn study_task_ids_are_checked_with_every_other_id_and_renumbered() {
        let w = studied();
        let tasks = |w: &Workspace| w.time_study.as_ref().unwrap().tasks.iter().map(|t| t.id).collect::<Vec<_>>();
        let (first, last) = (tasks(&w)[0], *tasks(&w).last().unwrap());

        let mut repeated = w.clone();
        study(&mut repeated).tasks[2].id = first;
        assert_eq!(found(&repeated), paths("", vec![("time_study.tasks[2].id", Invalid::DuplicateId { id: first })]));

        let mut too_large = w.clone();
        study(&mut too_large).tasks[3].id = rules::MAX_ID;
        let highest = rules::MAX_ID;
        assert_eq!(
            found(&too_large),
            paths(
                "",
                vec![
                    ("time_study.tasks[3].id", Invalid::IdTooLarge { id: rules::MAX_ID }),
                    ("next_id", Invalid::CounterBehind { next_id: w.next_id, highest }),
                ]
            )
        );

        // The counter must be above the study's tasks too, not only the other rows.
        let mut behind = w.clone();
        behind.next_id = last;
        assert!(behind.highest_id() < last);
        assert_eq!(
            found(&behind),
            paths("", vec![("next_id", Invalid::CounterBehind { next_id: last, highest: last })])
        );

        for bad in [repeated, too_large, behind] {
            let before = meaning(bad.time_study.as_ref().unwrap());
            let (after, _) = repaired(bad);
            assert_eq!(meaning(after.time_study.as_ref().unwrap()), before);
            let ids = tasks(&after);
            assert!(ids.iter().all(|&id| id < after.next_id));
        }
    }
}

#[cfg(all(test, feature = "indirect-log"))]
mod log_tests {
    use super::checked::{found, repaired};
    use super::*;
    use crate::model::{typical_slp_workspace, Draft, IndirectService, Role};

    /// The typical SLP workspace with a consultation logged for its first three students.
    fn logged() -> Workspace {
        let mut w = typical_slp_workspace();
        let ids: Vec<u32> = w.students.iter().take(3).map(|s| s.id).collect();
        let draft = Draft {
            date: IsoDate::ymd(2026, 10, 6).unwrap(),
            service: IndirectService::Consultation,
            with: Role::ClassroomTeacher,
            minutes: 20,
            note: "Visual schedule".into(),
        };
        w.log_entries(&draft, &ids, false).unwrap();
        w
    }

    #[test]
    fn a_log_the_app_wrote_has_no_problems() {
        let w = logged();
        assert_eq!(found(&w), vec![]);
        assert_eq!(repaired(w.clone()), (w, vec![]));
    }

    #[test]
    fn every_field_of_an_entry_is_bounded_and_repaired_to_the_nearest() {
        let mut w = logged();
        let log = w.log_mut();
        log.entries[0].minutes = 0;
        log.entries[1].minutes = 9_000;
        log.entries[2].date = IsoDate::ymd(1999, 3, 1).unwrap();
        log.entries[2].note = "x".repeat(201);
        log.letter = Some("y".repeat(6001));
        let at = |p: &str| format!("indirect_log.{p}");
        assert_eq!(
            found(&w),
            vec![
                (at("entries[0].minutes"), Invalid::NotAboveMin { what: "Minutes", min: 0.0 }),
                (at("entries[1].minutes"), Invalid::AboveMax { what: "Minutes", max: 480.0 }),
                (at("entries[2].date"), Invalid::YearOutOfRange { year: 1999 }),
                (at("entries[2].note"), Invalid::TooLong { what: "Note", max_chars: 200 }),
                (at("letter"), Invalid::TooLong { what: "Letter", max_chars: 6000 }),
            ]
        );
        let (after, changed) = repaired(w);
        assert_eq!(changed.len(), 5);
        let log = after.indirect_log.unwrap();
        assert_eq!(log.entries.iter().map(|e| e.minutes).collect::<Vec<_>>(), vec![1, 480, 20]);
        assert_eq!(log.entries[2].note.chars().count(), 200);
        assert_eq!(log.entries[2].date.0.year(), 2000);
    }

    #[test]
    fn too_many_entries_are_refused_and_a_full_log_adds_none() {
        let mut w = logged();
        let template = w.indirect_log.as_ref().unwrap().entries[0].clone();
        let log = w.log_mut();
        while log.entries.len() < rules::MAX_LOG_ENTRIES {
            log.entries.push(template.clone());
        }
        // Entries that share an id are an id problem (renumbered), not a refusal.
        for (i, e) in log.entries.iter_mut().enumerate() {
            e.id = 1_000 + i as u32;
        }
        w.next_id = 1_000 + rules::MAX_LOG_ENTRIES as u32;
        assert_eq!(found(&w), vec![]);
        let student = w.students[0].id;
        let draft = Draft {
            date: template.date,
            service: template.service,
            with: template.with,
            minutes: 10,
            note: String::new(),
        };
        assert_eq!(w.log_entries(&draft, &[student], false), Err(crate::model::NotLogged::Full { room: 0 }));
        assert_eq!(w.duplicate_entry(1_000), None);
        w.log_mut().entries.push(template);
        assert_eq!(
            found(&w),
            vec![(
                "indirect_log.entries".into(),
                Invalid::TooMany { what: "log entries", max: rules::MAX_LOG_ENTRIES }
            )]
        );
    }

    #[test]
    fn renumbering_carries_each_entry_to_its_student_and_keeps_the_gone() {
        let mut w = logged();
        let gone = w.students[2].id;
        w.remove_student(gone);
        // Two students share an id (a hand-edited file): the first keeps their entries.
        let first = w.students[0].id;
        w.students[5].id = first;
        let labels = |w: &Workspace| -> Vec<String> {
            w.indirect_log
                .as_ref()
                .unwrap()
                .entries
                .iter()
                .map(|e| w.student(e.student).map_or("-".into(), |s| s.label.clone()))
                .collect()
        };
        let before = labels(&w);
        assert_eq!(before, vec![w.students[0].label.clone(), w.students[1].label.clone(), "-".into()]);
        let (after, changed) = repaired(w);
        assert!(changed.iter().all(|(_, e)| e.is_about_ids()));
        assert_eq!(labels(&after), before);
        let log = after.indirect_log.as_ref().unwrap();
        assert_eq!(log.entries[2].student, 0, "no student has the id 0");
        assert!(log.entries.iter().all(|e| e.id < after.next_id));
    }

    #[test]
    fn a_shared_group_entry_checks_the_draft_and_adds_all_or_nothing() {
        let mut w = typical_slp_workspace();
        let ids: Vec<u32> = w.students.iter().take(4).map(|s| s.id).collect();
        let mut draft = Draft {
            date: IsoDate::ymd(2026, 10, 6).unwrap(),
            service: IndirectService::Observation,
            with: Role::Aide,
            minutes: 0,
            note: String::new(),
        };
        assert_eq!(
            w.log_entries(&draft, &ids, true),
            Err(crate::model::NotLogged::Invalid(Invalid::NotAboveMin { what: "Minutes", min: 0.0 }))
        );
        assert_eq!(w.log_entries(&draft, &[], true), Err(crate::model::NotLogged::NoStudent));
        assert_eq!(
            w.log_entries(&Draft { minutes: 30, ..draft.clone() }, &[ids[0], 999_999], true),
            Err(crate::model::NotLogged::NoStudent)
        );
        assert!(w.indirect_log.is_none());
        draft.minutes = 30;
        let added = w.log_entries(&draft, &ids, true).unwrap();
        assert_eq!(added.len(), 4);
        let log = w.indirect_log.as_ref().unwrap();
        assert_eq!(log.entries.iter().map(|e| e.minutes).collect::<Vec<_>>(), vec![8, 8, 7, 7]);
        assert_eq!(log.entries.iter().map(|e| e.student).collect::<Vec<_>>(), ids);
        let copy = w.duplicate_entry(added[1]).unwrap();
        let log = w.indirect_log.as_ref().unwrap();
        assert_eq!(log.entries[2].id, copy);
        assert_eq!(log.entries[2].minutes, 8);
        assert_eq!(w.remove_entry(copy).map(|e| e.id), Some(copy));
        assert_eq!(found(&w), vec![]);

        // Editing: all of the draft or nothing, for one student on the caseload.
        let before = w.clone();
        let edit = Draft { minutes: 481, ..draft.clone() };
        let invalid = Err(crate::model::NotLogged::Invalid(Invalid::AboveMax { what: "Minutes", max: 480.0 }));
        assert_eq!(w.update_entry(added[0], &ids[..1], &edit), invalid);
        assert_eq!(w.update_entry(added[0], &ids[..2], &draft), Err(crate::model::NotLogged::OneStudent));
        assert_eq!(w.update_entry(added[0], &[999_999], &draft), Err(crate::model::NotLogged::NoStudent));
        assert_eq!(w.update_entry(999_999, &ids[..1], &draft), Err(crate::model::NotLogged::Gone));
        assert_eq!(w, before);
        let edit = Draft { minutes: 45, note: "Seating plan".into(), ..draft };
        assert_eq!(w.update_entry(added[0], &ids[3..], &edit), Ok(()));
        let e = w.indirect_log.as_ref().unwrap().entry(added[0]).unwrap();
        assert_eq!((e.student, e.minutes, e.note.as_str()), (ids[3], 45, "Seating plan"));
        assert_eq!(Draft::of(e), edit);
    }
}

#[cfg(all(test, feature = "schedule"))]
mod schedule_tests {
    use super::checked::{found, repaired};
    use super::*;
    use crate::model::{typical_slp_workspace, Block, BlockKind};

    /// The typical SLP workspace with a session and a meeting placed.
    fn scheduled() -> Workspace {
        let mut w = typical_slp_workspace();
        let student = w.students[30].id;
        let session = Block { student: Some(student), ..Block::new(BlockKind::Session, 2, 9 * 60, 30) };
        w.place_block(session).unwrap();
        w.place_block(Block { label: "IEP".into(), ..Block::new(BlockKind::Meeting, 2, 9 * 60, 30) }).unwrap();
        w
    }

    fn schedule(w: &mut Workspace) -> &mut crate::model::Schedule {
        w.schedule.as_mut().unwrap()
    }

    #[test]
    fn a_schedule_the_app_wrote_has_no_problems() {
        let w = scheduled();
        assert_eq!(found(&w), vec![]);
        assert_eq!(repaired(w.clone()), (w, vec![]));
    }

    #[test]
    fn every_field_of_the_schedule_is_bounded_and_repaired() {
        let mut w = scheduled();
        let s = schedule(&mut w);
        s.day_start = 100;
        s.slot = 7;
        s.largest_group = 0;
        s.blocks[0].minutes = 0;
        s.blocks[0].day = 9;
        s.blocks[1].start = 1300;
        s.blocks[1].minutes = 60;
        s.blocks[1].label = "x".repeat(61);
        let at = |p: &str| format!("schedule.{p}");
        assert_eq!(
            found(&w),
            vec![
                (at("day_start"), Invalid::BelowMin { what: "Time", min: 300.0 }),
                (at("slot"), Invalid::NotASlot { minutes: 7 }),
                (at("largest_group"), Invalid::BelowMin { what: "Largest group", min: 1.0 }),
                (at("blocks[0].day"), Invalid::AboveMax { what: "Day", max: 6.0 }),
                (at("blocks[0].minutes"), Invalid::BelowMin { what: "Minutes", min: 5.0 }),
                (at("blocks[1].start"), Invalid::AboveMax { what: "End", max: 1320.0 }),
                (at("blocks[1].label"), Invalid::TooLong { what: "Block name", max_chars: 60 }),
            ]
        );
        let (after, changed) = repaired(w);
        assert_eq!(changed.len(), 7);
        assert_eq!(found(&after), vec![]);
        let s = after.schedule.as_ref().unwrap();
        assert_eq!((s.day_start, s.slot, s.largest_group), (300, 15, 1));
        assert_eq!((s.blocks[0].day, s.blocks[0].minutes), (6, 5));
        assert_eq!((s.blocks[1].start, s.blocks[1].end()), (1260, 1320));
        assert_eq!(s.blocks[1].label.chars().count(), 60);
    }

    #[test]
    fn renumbering_carries_each_block_to_its_student_and_building() {
        let mut w = scheduled();
        let building = w.profile.buildings[0].id;
        schedule(&mut w).blocks[1].building = Some(building);
        w.set_building_day(building, 4, false);
        let student = w.students[30].label.clone();
        // Two blocks share an id (a hand-edited file): the workspace is renumbered.
        let first = schedule(&mut w).blocks[0].id;
        schedule(&mut w).blocks[1].id = first;
        let (after, changed) = repaired(w);
        assert!(changed.iter().all(|(_, e)| e.is_about_ids()));
        let s = after.schedule.as_ref().unwrap();
        assert_eq!(after.student(s.blocks[0].student.unwrap()).map(|st| st.label.clone()), Some(student));
        let new_building = after.profile.buildings[0].id;
        assert_eq!(s.blocks[1].building, Some(new_building));
        assert!(!s.at_building(new_building, 4) && s.at_building(new_building, 3));
        assert!(s.blocks[0].id != s.blocks[1].id && s.blocks.iter().all(|b| b.id < after.next_id));
    }
}
