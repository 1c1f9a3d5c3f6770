//! Nothing a user saves is ever refused, lost or overwritten: any sequence of the app's own
//! operations, on any valid data, gives data that
//! - breaks no rule (`model::check::problems` is empty),
//! - saves (`envelope::encode`) and loads back identical, with nothing repaired,
//! - backs up (`backup::export`) and restores identical.
//!
//! The operations are the ones the pages call: the model's own (add, duplicate, remove…),
//! the input fields of `model::fields` fed with whatever text a user might type (through the
//! same parsing the fields use), spreadsheet import, what-ifs saved as scenarios, presets,
//! and the scenario list's.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use workload_core::engine::what_if::{apply, WhatIf};
use workload_core::interchange::{backup, csv_import, envelope};
use workload_core::model::check::problems;
use workload_core::model::fields::{self, ChoiceField, NumberField, RateField, TextField};
use workload_core::model::rules::{self, NumberRule};
#[cfg(feature = "indirect-log")]
use workload_core::model::validation::parse_whole;
use workload_core::model::validation::{parse_date, parse_number, parse_text};
use workload_core::model::{
    blank_workspace, demonstration, typical_slp_workspace, Category, Discipline, Period, Scenarios, Workspace,
};
#[cfg(feature = "indirect-log")]
use workload_core::model::{Draft, IndirectService, IsoDate, Role};

/// What someone might type into a number field: ordinary values, edge values, slips and
/// nonsense.
fn typed_number() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => (0u32..700).prop_map(|n| n.to_string()),
        2 => (0.0..700.0f64).prop_map(|x| format!("{x}")),
        1 => (0.0..3.0f64).prop_map(|x| format!("{x:.3}").replace('.', ",")),
        1 => prop::sample::select(vec![
            "1e-309", "0.005", "0", "-1", "1e999", "NaN", "inf", "", "abc", "0.5", "10", "3", "1.5", "600", "601",
            "5000", "1e-300", "2.2250738585072014e-308", "4.9e-324", "0.1", "0.30000000000000004",
        ])
        .prop_map(String::from),
        1 => any::<f64>().prop_map(|x| format!("{x:e}")),
    ]
}

/// What someone might type into a text field, labels and names alike.
fn typed_text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => "[A-Z][A-Za-z0-9 .,'-]{0,12}",
        1 => "\\PC{0,90}",
        1 => prop::sample::select(vec!["", "   ", "Maria Lopez", "x".repeat(41).leak() as &str, "é".repeat(60).leak()])
            .prop_map(String::from),
    ]
}

fn typed_date() -> impl Strategy<Value = String> {
    prop_oneof![
        (1990i32..2110, 1u8..13, 1u8..32).prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}")),
        Just("9999-12-31".to_string()),
        Just("0001-01-01".to_string()),
        "[0-9-]{0,12}",
    ]
}

/// One cell of a spreadsheet row.
fn cell() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("".to_string()),
        typed_text(),
        (0u32..800).prop_map(|n| format!("{n} min 2x/week")),
        Just("60 min/month".to_string()),
        Just("IEP".to_string()),
        Just("Grade 3".to_string()),
        Just("consult".to_string()),
    ]
}

#[derive(Clone, Debug)]
enum Op {
    AddStudent,
    DuplicateStudent(usize),
    RemoveStudent(usize),
    AddService(usize),
    RemoveService(usize, usize),
    StudentLabel(usize, String),
    StudentWeight(usize, String),
    StudentBuilding(usize, usize),
    StudentChoice(usize, usize, usize),
    AssignmentChoice(usize, usize),
    ActivityCategory(usize, usize),
    ServiceDelivery(usize, usize, usize),
    ServiceMinutes(usize, usize, String),
    ServiceTimes(usize, usize, String),
    ServicePer(usize, usize, Period),
    ServiceGroup(usize, usize, String),
    AssignmentNumber(usize, String),
    AddBuilding,
    RemoveBuilding(usize),
    BuildingName(usize, String),
    BuildingTravel(usize, String),
    AddActivity(Category),
    RemoveActivity(usize),
    ActivityName(usize, String),
    ActivityMinutes(usize, String),
    UseDefaultActivities(Discipline),
    AddDayOff,
    RemoveDayOff(usize),
    DayOffName(usize, String),
    DayOffDates(usize, String, String),
    SchoolYearDates(String, String),
    UseTypicalYear,
    AddTask,
    RemoveTask(usize),
    TaskName(usize, String),
    TaskMinutes(usize, String),
    Tick(u32, usize, bool),
    /// The log's form: students (by place), a date, minutes and a note as typed, shared or not.
    #[cfg(feature = "indirect-log")]
    LogEntries(Vec<usize>, String, String, String, bool),
    /// An entry (by place) edited through the form: for a student, with minutes typed.
    #[cfg(feature = "indirect-log")]
    EditEntry(usize, usize, String),
    #[cfg(feature = "indirect-log")]
    DuplicateEntry(usize),
    #[cfg(feature = "indirect-log")]
    RemoveEntry(usize),
    #[cfg(feature = "indirect-log")]
    EditLetter(String),
    ImportSpreadsheet(Vec<Vec<String>>, bool),
    WhatIfSaved([String; 4], Option<bool>),
    Preset(u8),
    NewScenario,
    DuplicateScenario,
    DeleteScenario(usize),
    RenameScenario(String),
    Switch(usize),
    RestoreAsNew,
    StartOverWithIdsNearTheLimit,
}

/// Every operation; with the log's code, its operations too.
fn any_op() -> impl Strategy<Value = Op> {
    #[cfg(feature = "indirect-log")]
    return prop_oneof![12 => app_op(), 1 => log_op()];
    #[cfg(not(feature = "indirect-log"))]
    return app_op();
}

#[cfg(feature = "indirect-log")]
fn log_op() -> impl Strategy<Value = Op> {
    let i = || 0usize..64;
    prop_oneof![
        4 => (prop::collection::vec(i(), 0..5), typed_date(), typed_number(), typed_text(), any::<bool>())
            .prop_map(|(who, date, minutes, note, share)| Op::LogEntries(who, date, minutes, note, share)),
        2 => (i(), i(), typed_number()).prop_map(|(e, who, minutes)| Op::EditEntry(e, who, minutes)),
        1 => i().prop_map(Op::DuplicateEntry),
        1 => i().prop_map(Op::RemoveEntry),
        1 => typed_text().prop_map(Op::EditLetter),
    ]
}

fn app_op() -> impl Strategy<Value = Op> {
    let i = || 0usize..64;
    let discipline = || prop::sample::select(Discipline::ALL.to_vec());
    prop_oneof![
        4 => Just(Op::AddStudent),
        2 => i().prop_map(Op::DuplicateStudent),
        1 => i().prop_map(Op::RemoveStudent),
        1 => i().prop_map(Op::AddService),
        1 => (i(), i()).prop_map(|(a, b)| Op::RemoveService(a, b)),
        2 => (i(), typed_text()).prop_map(|(a, t)| Op::StudentLabel(a, t)),
        1 => (i(), typed_number()).prop_map(|(a, t)| Op::StudentWeight(a, t)),
        1 => (i(), i()).prop_map(|(a, b)| Op::StudentBuilding(a, b)),
        1 => (0usize..fields::STUDENT_CHOICES.len(), i(), 0usize..8).prop_map(|(f, a, o)| Op::StudentChoice(f, a, o)),
        1 => (0usize..fields::ASSIGNMENT_CHOICES.len(), 0usize..8).prop_map(|(f, o)| Op::AssignmentChoice(f, o)),
        1 => (i(), 0usize..8).prop_map(|(a, o)| Op::ActivityCategory(a, o)),
        1 => (i(), i(), 0usize..5).prop_map(|(a, b, o)| Op::ServiceDelivery(a, b, o)),
        2 => (i(), i(), typed_number()).prop_map(|(a, b, t)| Op::ServiceMinutes(a, b, t)),
        2 => (i(), i(), typed_number()).prop_map(|(a, b, t)| Op::ServiceTimes(a, b, t)),
        1 => (i(), i(), prop::sample::select(Period::ALL.to_vec())).prop_map(|(a, b, p)| Op::ServicePer(a, b, p)),
        1 => (i(), i(), typed_text()).prop_map(|(a, b, t)| Op::ServiceGroup(a, b, t)),
        4 => (0usize..fields::ASSIGNMENT_NUMBERS.len(), typed_number()).prop_map(|(a, t)| Op::AssignmentNumber(a, t)),
        1 => Just(Op::AddBuilding),
        1 => i().prop_map(Op::RemoveBuilding),
        1 => (i(), typed_text()).prop_map(|(a, t)| Op::BuildingName(a, t)),
        1 => (i(), typed_number()).prop_map(|(a, t)| Op::BuildingTravel(a, t)),
        1 => prop::sample::select(Category::ALL.to_vec()).prop_map(Op::AddActivity),
        1 => i().prop_map(Op::RemoveActivity),
        1 => (i(), typed_text()).prop_map(|(a, t)| Op::ActivityName(a, t)),
        1 => (i(), typed_number()).prop_map(|(a, t)| Op::ActivityMinutes(a, t)),
        1 => discipline().prop_map(Op::UseDefaultActivities),
        1 => Just(Op::AddDayOff),
        1 => i().prop_map(Op::RemoveDayOff),
        1 => (i(), typed_text()).prop_map(|(a, t)| Op::DayOffName(a, t)),
        1 => (i(), typed_date(), typed_date()).prop_map(|(a, f, l)| Op::DayOffDates(a, f, l)),
        1 => (typed_date(), typed_date()).prop_map(|(f, l)| Op::SchoolYearDates(f, l)),
        1 => Just(Op::UseTypicalYear),
        1 => Just(Op::AddTask),
        1 => i().prop_map(Op::RemoveTask),
        1 => (i(), typed_text()).prop_map(|(a, t)| Op::TaskName(a, t)),
        1 => (i(), typed_number()).prop_map(|(a, t)| Op::TaskMinutes(a, t)),
        1 => (0u32..20, i(), any::<bool>()).prop_map(|(c, t, d)| Op::Tick(c, t, d)),
        1 => (prop::collection::vec(prop::collection::vec(cell(), 0..5), 0..6), any::<bool>())
            .prop_map(|(rows, into_new)| Op::ImportSpreadsheet(rows, into_new)),
        1 => ([typed_number(), typed_number(), typed_number(), typed_number()], prop::option::of(any::<bool>()))
            .prop_map(|(values, three)| Op::WhatIfSaved(values, three)),
        1 => (0u8..4).prop_map(Op::Preset),
        1 => Just(Op::NewScenario),
        1 => Just(Op::DuplicateScenario),
        1 => i().prop_map(Op::DeleteScenario),
        1 => typed_text().prop_map(Op::RenameScenario),
        1 => i().prop_map(Op::Switch),
        1 => Just(Op::RestoreAsNew),
        1 => Just(Op::StartOverWithIdsNearTheLimit),
    ]
}

/// The id of the row at `i` (wrapping), if the list has any.
fn pick<T>(list: &[T], i: usize, id: impl Fn(&T) -> u32) -> Option<u32> {
    (!list.is_empty()).then(|| id(&list[i % list.len()]))
}

/// A field fed what was typed, as the input field does: the value is written only if valid.
fn type_number<K: Copy>(w: &mut Workspace, field: NumberField<K>, key: K, text: &str) {
    if let Ok(v) = parse_number(text, field.rule) {
        (field.set)(w, key, v);
    }
}

fn type_text<K: Copy>(w: &mut Workspace, field: TextField<K>, key: K, text: &str) {
    if let Ok(v) = parse_text(text, field.rule) {
        (field.set)(w, key, v);
    }
}

/// A choice made as the select makes it: one of the options offered, or (past the last
/// option) a key that is none of them, which must change nothing. A chosen option reads back
/// (where the row exists: writing to a row that is gone does nothing).
fn choose<K: Copy>(w: &mut Workspace, field: ChoiceField<K>, key: K, option: usize) {
    let offered = (field.options)(w);
    let row_exists = (field.get)(w, key).is_some();
    match offered.get(option) {
        Some((chosen, _)) => {
            (field.set)(w, key, chosen);
            let read = (field.get)(w, key);
            assert_eq!(read.as_ref(), row_exists.then_some(chosen), "a chosen option reads back");
        }
        None => {
            let before = w.clone();
            (field.set)(w, key, "not-an-option");
            assert_eq!(*w, before, "a key that is no option changes nothing");
        }
    }
}

fn type_rate<K: Copy>(w: &mut Workspace, field: RateField<K>, key: K, minutes: Option<&str>, times: Option<&str>) {
    if let Some(text) = minutes {
        type_number(w, field.minutes, key, text);
    }
    if let Some(text) = times {
        type_number(w, field.times, key, text);
    }
}

fn what_if_value(text: &str, rule: NumberRule) -> Option<f64> {
    parse_number(text, rule).ok()
}

fn run(s: &mut Scenarios, op: &Op) {
    let active = s.active;
    let Some(w) = s.list.iter_mut().find(|x| x.id == active).map(|x| &mut x.workspace) else { return };
    let student = |w: &Workspace, i: usize| pick(&w.students, i, |s| s.id);
    match op {
        Op::AddStudent => {
            w.add_student();
        }
        Op::DuplicateStudent(i) => {
            if let Some(id) = student(w, *i) {
                w.duplicate_student(id);
            }
        }
        Op::RemoveStudent(i) => {
            if let Some(id) = student(w, *i) {
                w.remove_student(id);
            }
        }
        Op::AddService(i) => {
            if let Some(id) = student(w, *i) {
                w.add_service(id);
            }
        }
        Op::RemoveService(i, j) => {
            if let Some(id) = student(w, *i) {
                w.remove_service(id, *j % 3);
            }
        }
        Op::StudentLabel(i, t) => {
            if let Some(id) = student(w, *i) {
                type_text(w, fields::STUDENT_LABEL, id, t);
            }
        }
        Op::StudentWeight(i, t) => {
            if let Some(id) = student(w, *i) {
                if t.trim().is_empty() {
                    fields::clear_student_weight(w, id);
                } else {
                    type_number(w, fields::STUDENT_WEIGHT, id, t);
                }
            }
        }
        Op::StudentBuilding(i, b) => {
            if let Some(id) = student(w, *i) {
                let building = pick(&w.profile.buildings, *b, |b| b.id);
                fields::set_student_building(w, id, building);
            }
        }
        Op::StudentChoice(f, i, o) => {
            if let Some(id) = student(w, *i) {
                choose(w, fields::STUDENT_CHOICES[*f], id, *o);
            }
        }
        Op::AssignmentChoice(f, o) => choose(w, fields::ASSIGNMENT_CHOICES[*f], (), *o),
        Op::ActivityCategory(i, o) => {
            if let Some(id) = pick(&w.activities, *i, |a| a.id) {
                choose(w, fields::ACTIVITY_CATEGORY, id, *o);
            }
        }
        Op::ServiceDelivery(i, j, o) => {
            if let Some(id) = student(w, *i) {
                choose(w, fields::SERVICE_DELIVERY, (id, *j % 3), *o);
            }
        }
        Op::ServiceMinutes(i, j, t) | Op::ServiceTimes(i, j, t) => {
            if let Some(id) = student(w, *i) {
                let minutes = matches!(op, Op::ServiceMinutes(..));
                let key = (id, *j % 3);
                type_rate(
                    w,
                    fields::SERVICE_RATE,
                    key,
                    minutes.then_some(t.as_str()),
                    (!minutes).then_some(t.as_str()),
                );
            }
        }
        Op::ServicePer(i, j, per) => {
            if let Some(id) = student(w, *i) {
                (fields::SERVICE_RATE.per.set)(w, (id, *j % 3), per.key());
            }
        }
        Op::ServiceGroup(i, j, t) => {
            if let Some(id) = student(w, *i) {
                type_text(w, fields::SERVICE_GROUP, (id, *j % 3), t);
            }
        }
        Op::AssignmentNumber(k, t) => type_number(w, fields::ASSIGNMENT_NUMBERS[*k], (), t),
        Op::AddBuilding => {
            w.add_building();
        }
        Op::RemoveBuilding(i) => {
            if let Some(id) = pick(&w.profile.buildings, *i, |b| b.id) {
                w.remove_building(id);
            }
        }
        Op::BuildingName(i, t) => {
            if let Some(id) = pick(&w.profile.buildings, *i, |b| b.id) {
                type_text(w, fields::BUILDING_NAME, id, t);
            }
        }
        Op::BuildingTravel(i, t) => {
            if let Some(id) = pick(&w.profile.buildings, *i, |b| b.id) {
                type_number(w, fields::BUILDING_TRAVEL, id, t);
            }
        }
        Op::AddActivity(c) => {
            w.add_activity(*c);
        }
        Op::RemoveActivity(i) => {
            if let Some(id) = pick(&w.activities, *i, |a| a.id) {
                w.remove_activity(id);
            }
        }
        Op::ActivityName(i, t) => {
            if let Some(id) = pick(&w.activities, *i, |a| a.id) {
                type_text(w, fields::ACTIVITY_NAME, id, t);
            }
        }
        Op::ActivityMinutes(i, t) => {
            if let Some(id) = pick(&w.activities, *i, |a| a.id) {
                type_rate(w, fields::ACTIVITY_RATE, id, Some(t), Some(t));
            }
        }
        Op::UseDefaultActivities(d) => w.use_default_activities(*d),
        Op::AddDayOff => {
            w.add_day_off();
        }
        Op::RemoveDayOff(i) => {
            if let Some(id) = pick(&w.school_year.days_off, *i, |d| d.id) {
                w.remove_day_off(id);
            }
        }
        Op::DayOffName(i, t) => {
            if let Some(id) = pick(&w.school_year.days_off, *i, |d| d.id) {
                type_text(w, fields::DAY_OFF_NAME, id, t);
            }
        }
        Op::DayOffDates(i, first, last) => {
            if let Some(id) = pick(&w.school_year.days_off, *i, |d| d.id) {
                if let Ok(d) = parse_date(first) {
                    (fields::DAY_OFF_FIRST.set)(w, id, d);
                }
                if let Ok(d) = parse_date(last) {
                    (fields::DAY_OFF_LAST.set)(w, id, d);
                }
            }
        }
        Op::SchoolYearDates(first, last) => {
            if let Ok(d) = parse_date(first) {
                (fields::FIRST_DAY.set)(w, (), d);
            }
            if let Ok(d) = parse_date(last) {
                (fields::LAST_DAY.set)(w, (), d);
            }
        }
        Op::UseTypicalYear => w.use_typical_year(),
        Op::AddTask => {
            w.add_task();
        }
        Op::RemoveTask(i) => {
            if let Some(id) = pick(&w.checklist.tasks, *i, |t| t.id) {
                w.remove_task(id);
            }
        }
        Op::TaskName(i, t) => {
            if let Some(id) = pick(&w.checklist.tasks, *i, |t| t.id) {
                type_text(w, fields::TASK_NAME, id, t);
            }
        }
        Op::TaskMinutes(i, t) => {
            if let Some(id) = pick(&w.checklist.tasks, *i, |t| t.id) {
                type_number(w, fields::TASK_MINUTES, id, t);
            }
        }
        #[cfg(feature = "indirect-log")]
        Op::LogEntries(who, date, minutes, note, share) => {
            // The form sends what its fields hold: only valid values are taken from typing.
            let ids: Vec<u32> = who.iter().filter_map(|&i| student(w, i)).collect();
            let draft = Draft {
                date: parse_date(date).unwrap_or(IsoDate::ymd(2026, 10, 7).unwrap()),
                service: IndirectService::ALL[who.len() % 9],
                with: Role::ALL[ids.len() % 9],
                minutes: parse_whole(minutes, rules::LOG_MINUTES).unwrap_or(15),
                note: parse_text(note, rules::LOG_NOTE).unwrap_or_default(),
            };
            let before = w.clone();
            if w.log_entries(&draft, &ids, *share).is_err() {
                assert_eq!(*w, before, "a refused entry changes nothing");
            }
        }
        #[cfg(feature = "indirect-log")]
        Op::EditEntry(e, who, minutes) => {
            let entry = w.indirect_log.as_ref().and_then(|l| pick(&l.entries, *e, |x| x.id));
            if let (Some(id), Some(s)) = (entry, student(w, *who)) {
                let mut draft = Draft::of(w.indirect_log.as_ref().unwrap().entry(id).unwrap());
                if let Ok(m) = parse_whole(minutes, rules::LOG_MINUTES) {
                    draft.minutes = m;
                }
                assert_eq!(w.update_entry(id, &[s], &draft), Ok(()));
            }
        }
        #[cfg(feature = "indirect-log")]
        Op::DuplicateEntry(e) => {
            if let Some(id) = w.indirect_log.as_ref().and_then(|l| pick(&l.entries, *e, |x| x.id)) {
                w.duplicate_entry(id);
            }
        }
        #[cfg(feature = "indirect-log")]
        Op::RemoveEntry(e) => {
            if let Some(id) = w.indirect_log.as_ref().and_then(|l| pick(&l.entries, *e, |x| x.id)) {
                w.remove_entry(id);
            }
        }
        #[cfg(feature = "indirect-log")]
        Op::EditLetter(t) => {
            if rules::LETTER.check(t).is_ok() {
                w.log_mut().letter = Some(t.clone());
            }
        }
        Op::Tick(cycle, i, done) => {
            if let Some(id) = pick(&w.checklist.tasks, *i, |t| t.id) {
                w.checklist.set_done(*cycle, id, *done);
            }
        }
        Op::ImportSpreadsheet(rows, into_new) => {
            let text: String = rows.iter().map(|r| format!("{}\n", r.join(","))).collect();
            let Ok(table) = csv_import::read_table(&text) else { return };
            let good: Vec<_> =
                csv_import::read_rows(&table, &table.guess_roles()).into_iter().filter_map(|(_, r)| r.ok()).collect();
            if *into_new {
                let mut fresh = blank_workspace(w.profile.discipline);
                if csv_import::add_students(&mut fresh, good).is_ok() {
                    s.add("Imported caseload", fresh);
                }
            } else {
                let _ = csv_import::add_students(w, good);
            }
        }
        Op::WhatIfSaved([students, minutes, buildings, fte], three_to_one) => {
            let what = WhatIf {
                students: what_if_value(students, rules::WHAT_IF_STUDENTS).map(|v| v.round() as u32),
                average_minutes: what_if_value(minutes, rules::WHAT_IF_AVERAGE_MINUTES),
                buildings: what_if_value(buildings, rules::WHAT_IF_BUILDINGS).map(|v| v.round() as u32),
                three_to_one: *three_to_one,
                fte: what_if_value(fte, rules::FTE),
            };
            let changed = apply(w, &what);
            let name = format!("What if: {}", s.active_name());
            s.add(&name, changed);
        }
        Op::Preset(k) => {
            *w = match k {
                0 => typical_slp_workspace(),
                1 => blank_workspace(Discipline::Ot),
                2 => demonstration()[0].1.clone(),
                _ => demonstration()[1].1.clone(),
            }
        }
        Op::NewScenario => {
            let d = w.profile.discipline;
            if let Some(id) = s.add("New scenario", blank_workspace(d)) {
                s.active = id;
            }
        }
        Op::DuplicateScenario => {
            let copy = w.clone();
            let name = format!("What if: {}", s.active_name());
            if let Some(id) = s.add(&name, copy) {
                s.active = id;
            }
        }
        Op::DeleteScenario(i) => {
            if let Some(id) = pick(&s.list, *i, |x| x.id) {
                s.remove(id);
            }
        }
        Op::RenameScenario(t) => s.rename(active, t),
        Op::Switch(i) => {
            if let Some(id) = pick(&s.list, *i, |x| x.id) {
                s.active = id;
            }
        }
        Op::RestoreAsNew => {
            let live = w.clone();
            if let Ok(text) = backup::export(s, &live) {
                if let Ok(imported) = backup::import(&text) {
                    backup::add_as_new(s, imported.scenarios);
                }
            }
        }
        Op::StartOverWithIdsNearTheLimit => {
            let mut fresh = typical_slp_workspace();
            fresh.next_id = rules::MAX_ID - 2;
            *w = fresh;
            w.add_student();
            w.add_building();
        }
    }
}

fn start() -> impl Strategy<Value = Scenarios> {
    prop_oneof![
        Just(Scenarios::first_visit()),
        Just(Scenarios::single("Blank", blank_workspace(Discipline::Slp))),
        Just({
            let [(a, wa), (b, wb)] = demonstration();
            let mut s = Scenarios::single(a, wa);
            s.add(b, wb);
            s
        }),
    ]
}

fn live(s: &Scenarios) -> Workspace {
    s.get(s.active).map(|x| x.workspace.clone()).expect("the open scenario is in the list")
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn whatever_the_app_does_can_be_saved_loaded_and_restored_identical(
        mut scenarios in start(),
        ops in prop::collection::vec(any_op(), 1..40),
    ) {
        for op in &ops {
            run(&mut scenarios, op);
        }
        let open = live(&scenarios);
        prop_assert_eq!(problems(&scenarios, &open), vec![]);

        let saved = envelope::encode(&scenarios, &open).expect("whatever the app makes can be saved");
        // Data longer than a browser's storage holds is never saved (the browser refuses it
        // as a full store, and the app says so), so it is never loaded or backed up either.
        prop_assume!(saved.len() <= envelope::STORAGE_ALLOWANCE);
        let loaded = envelope::decode(&saved).expect("whatever is saved can be loaded");
        prop_assert_eq!(&loaded.repaired, &vec![]);
        prop_assert_eq!(&loaded.scenarios, &scenarios);

        let file = backup::export(&scenarios, &open).expect("whatever the app makes can be backed up");
        let restored = backup::import(&file).expect("whatever is backed up can be restored");
        prop_assert_eq!(restored.scenarios, scenarios);
    }
}
