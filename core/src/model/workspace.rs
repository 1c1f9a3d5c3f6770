use serde::{Deserialize, Serialize};

use super::rules::{self, LABEL};
#[cfg(feature = "indirect-log")]
use super::IndirectLog;
use super::{
    default_activities, default_tasks, Activity, Building, Category, Checklist, DaysOff, Delivery, Discipline,
    IndirectTask, Level, PlanType, Profile, Rate, SchoolYear, Service, StandardValues, Student, TaskKind,
};
#[cfg(feature = "time-study")]
use super::{default_study_tasks, StudySetup, TimeStudy};

/// Everything a user describes about one assignment: the input of the engine.
///
/// The operations below are the ones the app offers (add, duplicate, remove…); each keeps
/// the workspace within [`rules`], so whatever the app does can be saved and loaded back.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Workspace {
    pub profile: Profile,
    pub standards: StandardValues,
    pub students: Vec<Student>,
    pub activities: Vec<Activity>,
    /// The school calendar for the 3:1 planner. Added after the first format; older saves
    /// get the typical year.
    #[serde(default)]
    pub school_year: SchoolYear,
    #[serde(default)]
    pub checklist: Checklist,
    /// The real week as logged, to set beside this plan. Added in format 3; left out of
    /// the saved data while there is none. Carried unread by pages without the time study.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_study: Option<StudySlot>,
    /// Indirect services documented student by student. Added in format 4; left out of the
    /// saved data while there is none. Carried unread by pages without the log.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub indirect_log: Option<LogSlot>,
    /// The weekly schedule. Added in format 5; left out of the saved data while there is
    /// none. Carried unread by pages without the schedule.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schedule: Option<ScheduleSlot>,
    /// The next id to hand out to a student, activity, building, day off or task: ids are
    /// never reused, so a row's identity survives edits, removals and reloads.
    pub next_id: u32,
}

/// A saved time study: read in full where the page has the time study's code, carried as it
/// is elsewhere.
#[cfg(feature = "time-study")]
pub type StudySlot = TimeStudy;
#[cfg(not(feature = "time-study"))]
pub type StudySlot = super::Carried;

/// A saved indirect-service log: read in full where the page has the log's code, carried
/// as it is elsewhere.
#[cfg(feature = "indirect-log")]
pub type LogSlot = IndirectLog;
///
/// A page without the log that renumbers the workspace (only on repairing hand-edited ids,
/// or at a billion ids) cannot carry the entries' students along; the log's page, reading
/// such data, finds its own id problems and renumbers again, but an entry may then name a
/// different student. Backups are imported on the data page, which reads the log in full.
#[cfg(not(feature = "indirect-log"))]
pub type LogSlot = super::Carried;

/// A saved weekly schedule: read in full where the page has the schedule's code, carried as
/// it is elsewhere (like the log, see `LogSlot`, a carried schedule keeps its ids).
#[cfg(feature = "schedule")]
pub type ScheduleSlot = super::Schedule;
#[cfg(not(feature = "schedule"))]
pub type ScheduleSlot = super::Carried;

/// The service a new student or a new service line starts with.
pub fn new_service() -> Service {
    Service { delivery: Delivery::PullOut, rate: Rate::weekly(30.0, 1.0), group: None }
}

impl Workspace {
    /// An assignment with the typical school year and the discipline's usual indirect-week
    /// tasks, and nothing else yet.
    pub fn new(profile: Profile, standards: StandardValues) -> Workspace {
        let school_year = SchoolYear::default();
        let next_id = school_year.days_off.iter().map(|d| d.id).max().unwrap_or(0) + 1;
        let discipline = profile.discipline;
        let mut workspace = Workspace {
            profile,
            standards,
            students: Vec::new(),
            activities: Vec::new(),
            school_year,
            checklist: Checklist::default(),
            time_study: None,
            indirect_log: None,
            schedule: None,
            next_id,
        };
        for (name, minutes, kind) in default_tasks(discipline) {
            let id = workspace.take_id();
            workspace.checklist.tasks.push(IndirectTask { id, name: name.into(), minutes, kind });
        }
        workspace
    }

    /// The highest id in use anywhere, so that `next_id` can be kept past it.
    pub fn highest_id(&self) -> u32 {
        self.students
            .iter()
            .map(|s| s.id)
            .chain(self.activities.iter().map(|a| a.id))
            .chain(self.profile.buildings.iter().map(|b| b.id))
            .chain(self.school_year.days_off.iter().map(|d| d.id))
            .chain(self.checklist.tasks.iter().map(|t| t.id))
            .max()
            .unwrap_or(0)
    }

    /// A fresh id. Ids stay below [`rules::MAX_ID`]: a counter that reaches it renumbers
    /// every row first (which no one does by hand: it takes a billion additions, or a file
    /// edited to start there).
    pub fn take_id(&mut self) -> u32 {
        self.reserve_ids(1);
        let id = self.next_id;
        self.next_id += 1;
        id
    }

    /// Adds a task to the time study; its id, or `None` without a study or when its list is
    /// full.
    #[cfg(feature = "time-study")]
    pub fn add_study_task(&mut self) -> Option<u32> {
        let full = self.time_study.as_ref().is_none_or(|s| s.tasks.len() >= rules::MAX_STUDY_TASKS);
        if full {
            return None;
        }
        let id = self.take_id();
        self.time_study.as_mut().is_some_and(|s| s.add_task(id)).then_some(id)
    }

    #[cfg(feature = "time-study")]
    /// Starts a time study of `setup`'s days with the usual tasks, in place of any before.
    pub fn start_time_study(&mut self, setup: StudySetup) {
        let tasks = default_study_tasks(0).len();
        self.reserve_ids(tasks);
        let study = TimeStudy::new(setup, self.next_id);
        self.next_id += tasks as u32;
        self.time_study = Some(study);
    }

    /// Makes room for `n` fresh ids before an operation that takes several, so that any
    /// renumbering happens before the operation has handed out the first.
    pub fn reserve_ids(&mut self, n: usize) {
        if u64::from(self.next_id) + n as u64 > u64::from(rules::MAX_ID) {
            self.renumber();
        }
    }

    /// The id a student has after making room for one fresh id (which may renumber).
    fn renumbered_id(&mut self, id: u32) -> u32 {
        let index = self.students.iter().position(|s| s.id == id);
        self.reserve_ids(1);
        index.map_or(id, |i| self.students[i].id)
    }

    /// Gives every row a new id, 1, 2, 3… in order, and carries every reference along
    /// (a student's building, a tick's task, a time study's entries). Where two rows of a
    /// list shared an id, the references go to the first; a reference to no row is dropped.
    pub fn renumber(&mut self) {
        let mut next = 1u32;
        let mut fresh = || {
            let id = next;
            next += 1;
            id
        };
        // (old id, new id), first come first: at most a few dozen buildings and tasks.
        let new_id = |map: &[(u32, u32)], old: u32| map.iter().find(|(o, _)| *o == old).map(|(_, n)| *n);
        let mut buildings = Vec::new();
        for b in &mut self.profile.buildings {
            let id = fresh();
            buildings.push((b.id, id));
            b.id = id;
        }
        // Students are many (thousands): their old and new ids are kept sorted to look up.
        let mut students = Vec::with_capacity(self.students.len());
        for s in &mut self.students {
            let id = fresh();
            students.push((s.id, id));
            s.id = id;
            s.building = s.building.and_then(|b| new_id(&buildings, b));
        }
        // The first of two students that shared an id keeps it (as everywhere else here).
        students.sort_by_key(|&(old, _)| old);
        students.dedup_by_key(|&mut (old, _)| old);
        for a in &mut self.activities {
            a.id = fresh();
        }
        for d in &mut self.school_year.days_off {
            d.id = fresh();
        }
        let mut tasks = Vec::new();
        for t in &mut self.checklist.tasks {
            let id = fresh();
            tasks.push((t.id, id));
            t.id = id;
        }
        self.checklist.done =
            self.checklist.done.iter().filter_map(|&(cycle, task)| Some((cycle, new_id(&tasks, task)?))).collect();
        // (A study carried unread keeps its ids; the page that reads it repairs them.)
        #[cfg(feature = "time-study")]
        if let Some(study) = &mut self.time_study {
            let mut tasks = Vec::new();
            for t in &mut study.tasks {
                let id = fresh();
                tasks.push((t.id, id));
                t.id = id;
            }
            let carry = |entries: &mut Vec<super::TaskMinutes>| {
                entries.retain_mut(|e| new_id(&tasks, e.task).map(|id| e.task = id).is_some());
            };
            for day in &mut study.days {
                for slot in &mut day.intervals {
                    *slot = slot.and_then(|task| new_id(&tasks, task));
                }
                carry(&mut day.overflow);
            }
            carry(&mut study.monthly);
        }
        // (A log carried unread keeps its ids and its students'; see `LogSlot`.)
        #[cfg(feature = "indirect-log")]
        if let Some(log) = &mut self.indirect_log {
            for entry in &mut log.entries {
                entry.id = fresh();
                // A student no longer on the caseload stays so: no id in use is theirs.
                entry.student = match students.binary_search_by_key(&entry.student, |&(old, _)| old) {
                    Ok(i) => students[i].1,
                    Err(_) => 0,
                };
            }
        }
        #[cfg(feature = "schedule")]
        if let Some(schedule) = &mut self.schedule {
            for block in &mut schedule.blocks {
                block.id = fresh();
                block.student = block.student.map(|old| match students.binary_search_by_key(&old, |&(o, _)| o) {
                    Ok(i) => students[i].1,
                    Err(_) => 0,
                });
                block.building = block.building.and_then(|b| new_id(&buildings, b));
            }
            for days in &mut schedule.building_days {
                days.building = new_id(&buildings, days.building).unwrap_or(0);
            }
            schedule.building_days.retain(|d| d.building != 0);
        }
        #[cfg(not(any(feature = "indirect-log", feature = "schedule")))]
        let _ = students;
        self.next_id = next;
    }

    pub fn student(&self, id: u32) -> Option<&Student> {
        self.students.iter().find(|s| s.id == id)
    }

    pub fn student_mut(&mut self, id: u32) -> Option<&mut Student> {
        self.students.iter_mut().find(|s| s.id == id)
    }

    pub fn activity_mut(&mut self, id: u32) -> Option<&mut Activity> {
        self.activities.iter_mut().find(|a| a.id == id)
    }

    pub fn has_room_for_students(&self, n: usize) -> bool {
        self.students.len() + n <= rules::MAX_STUDENTS
    }

    /// A new student ("S07", in the first building, one weekly pull-out session); `None`
    /// when the caseload is full.
    pub fn add_student(&mut self) -> Option<u32> {
        if !self.has_room_for_students(1) {
            return None;
        }
        let id = self.take_id();
        let label = format!("S{:02}", self.students.len() + 1);
        let building = self.profile.buildings.first().map(|b| b.id);
        self.students.push(Student {
            id,
            label,
            plan: PlanType::Iep,
            level: Level::Elementary,
            building,
            weight: None,
            services: vec![new_service()],
        });
        Some(id)
    }

    /// A copy of a student with a fresh id, inserted right after the original, labelled
    /// "… (copy)" within the label's length. `None` if there is no such student or no room.
    pub fn duplicate_student(&mut self, id: u32) -> Option<u32> {
        if !self.has_room_for_students(1) {
            return None;
        }
        // Any renumbering first: the copy carries the student's building id.
        let id = self.renumbered_id(id);
        let index = self.students.iter().position(|s| s.id == id)?;
        let mut copy = self.students[index].clone();
        let suffix = " (copy)";
        let room = LABEL.max_chars - suffix.chars().count();
        copy.label = format!("{}{suffix}", copy.label.chars().take(room).collect::<String>().trim_end());
        copy.id = self.take_id();
        let new_id = copy.id;
        self.students.insert(index + 1, copy);
        Some(new_id)
    }

    /// Removes a student; returns them (for "Removed … Undo").
    pub fn remove_student(&mut self, id: u32) -> Option<Student> {
        let index = self.students.iter().position(|s| s.id == id)?;
        Some(self.students.remove(index))
    }

    /// Another service line for a student, unless they have as many as allowed.
    pub fn add_service(&mut self, student: u32) -> bool {
        match self.student_mut(student) {
            Some(s) if s.services.len() < rules::MAX_SERVICES_PER_STUDENT => {
                s.services.push(new_service());
                true
            }
            _ => false,
        }
    }

    /// Removes one service line; a student keeps at least one.
    pub fn remove_service(&mut self, student: u32, index: usize) {
        if let Some(s) = self.student_mut(student) {
            if s.services.len() > 1 && index < s.services.len() {
                s.services.remove(index);
            }
        }
    }

    /// Group names already used, in the order they first appear, for suggesting them when
    /// grouping another student. (A caseload has a few dozen groups: each name is looked for
    /// among those already found.)
    pub fn group_names(&self) -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        for group in self.students.iter().flat_map(|s| s.services.iter().filter_map(|v| v.group.as_deref())) {
            if !group.trim().is_empty() && !names.iter().any(|n| n == group) {
                names.push(group.to_string());
            }
        }
        names
    }

    /// The students with a service in the group `name`, in caseload order: those a group's
    /// classroom consultation is on behalf of.
    pub fn students_in_group(&self, name: &str) -> Vec<u32> {
        let in_group = |s: &&Student| s.services.iter().any(|v| v.group.as_deref() == Some(name));
        self.students.iter().filter(in_group).map(|s| s.id).collect()
    }

    /// A new building ("Building 3", no travel yet); `None` when there are as many as allowed.
    pub fn add_building(&mut self) -> Option<u32> {
        if self.profile.buildings.len() >= rules::MAX_BUILDINGS {
            return None;
        }
        let id = self.take_id();
        let name = format!("Building {}", self.profile.buildings.len() + 1);
        self.profile.buildings.push(Building { id, name, travel_minutes_per_week: 0.0 });
        Some(id)
    }

    /// Removes a building; its students are then in no building.
    pub fn remove_building(&mut self, id: u32) {
        self.profile.buildings.retain(|b| b.id != id);
        for s in &mut self.students {
            if s.building == Some(id) {
                s.building = None;
            }
        }
        #[cfg(feature = "schedule")]
        if let Some(schedule) = &mut self.schedule {
            schedule.building_days.retain(|d| d.building != id);
            for b in schedule.blocks.iter_mut().filter(|b| b.building == Some(id)) {
                b.building = None;
            }
        }
    }

    /// A new activity in `category`; `None` when there are as many as allowed.
    pub fn add_activity(&mut self, category: Category) -> Option<u32> {
        if self.activities.len() >= rules::MAX_ACTIVITIES {
            return None;
        }
        let id = self.take_id();
        self.activities.push(Activity { id, name: "New activity".into(), category, rate: Rate::weekly(30.0, 1.0) });
        Some(id)
    }

    pub fn remove_activity(&mut self, id: u32) {
        self.activities.retain(|a| a.id != id);
    }

    /// Replaces the activities with the usual ones for `discipline`.
    pub fn use_default_activities(&mut self, discipline: Discipline) {
        self.replace_activities(default_activities(discipline).into_iter().map(|(n, c, r)| (n.to_string(), c, r)));
    }

    /// Replaces the activities with `activities` (name, category, rate), each with a fresh
    /// id; as many as allowed are kept.
    pub fn replace_activities(&mut self, activities: impl ExactSizeIterator<Item = (String, Category, Rate)>) {
        let n = activities.len().min(rules::MAX_ACTIVITIES);
        self.reserve_ids(n);
        self.activities.clear();
        for (name, category, rate) in activities.take(n) {
            let id = self.take_id();
            self.activities.push(Activity { id, name, category, rate });
        }
    }

    /// A new one-day break on the first day of school; `None` when there are as many as allowed.
    pub fn add_day_off(&mut self) -> Option<u32> {
        if self.school_year.days_off.len() >= rules::MAX_DAYS_OFF {
            return None;
        }
        let id = self.take_id();
        let day = self.school_year.first_day;
        self.school_year.days_off.push(DaysOff { id, label: "Day off".into(), first: day, last: day });
        Some(id)
    }

    pub fn remove_day_off(&mut self, id: u32) {
        self.school_year.days_off.retain(|d| d.id != id);
    }

    /// Replaces the school year with the typical US one (its days off get fresh ids).
    pub fn use_typical_year(&mut self) {
        let mut typical = SchoolYear::typical_us_2026();
        self.reserve_ids(typical.days_off.len());
        for off in &mut typical.days_off {
            off.id = self.take_id();
        }
        self.school_year = typical;
    }

    /// A new indirect-week task; `None` when there are as many as allowed.
    pub fn add_task(&mut self) -> Option<u32> {
        if self.checklist.tasks.len() >= rules::MAX_TASKS {
            return None;
        }
        let id = self.take_id();
        self.checklist.tasks.push(IndirectTask { id, name: "New task".into(), minutes: 60.0, kind: TaskKind::Other });
        Some(id)
    }

    /// Removes a task and its ticks.
    pub fn remove_task(&mut self, id: u32) {
        self.checklist.tasks.retain(|t| t.id != id);
        self.checklist.done.retain(|&(_, task)| task != id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{blank_workspace, check, typical_slp_workspace, Scenarios};

    fn valid(w: &Workspace) -> bool {
        check::problems(&Scenarios::single("x", w.clone()), w).is_empty()
    }

    #[test]
    fn a_copy_of_a_long_label_keeps_within_the_label_length() {
        let mut w = blank_workspace(Discipline::Slp);
        let id = w.add_student().unwrap();
        w.student_mut(id).unwrap().label = "x".repeat(40);
        let mut last = id;
        for _ in 0..3 {
            last = w.duplicate_student(last).unwrap();
        }
        let label = &w.student(last).unwrap().label;
        assert_eq!(label.chars().count(), 40);
        assert!(label.ends_with(" (copy)"), "{label}");
        assert!(valid(&w));
    }

    #[test]
    fn the_id_counter_never_wraps_it_renumbers() {
        let mut w = typical_slp_workspace();
        let building = w.profile.buildings[0].id;
        w.checklist.done.push((2, w.checklist.tasks[1].id));
        w.next_id = rules::MAX_ID;
        let new = w.add_student().unwrap();
        assert!(new < 1000, "renumbered: {new}");
        assert!(w.next_id > w.highest_id());
        assert_ne!(w.profile.buildings[0].id, building);
        assert!(w.students.iter().take(48).all(|s| s.building == Some(w.profile.buildings[0].id)));
        assert_eq!(w.checklist.done, vec![(2, w.checklist.tasks[1].id)]);
        assert!(valid(&w));
    }

    #[cfg(feature = "time-study")]
    #[test]
    fn renumbering_keeps_a_logged_study_meaning_the_same() {
        use crate::engine::time_study::{average_week, study_totals};
        use crate::model::{IsoDate, TaskMinutes};
        let mut w = typical_slp_workspace();
        w.next_id = 500;
        w.start_time_study(StudySetup::week_from(IsoDate::ymd(2026, 10, 5).unwrap()));
        let study = w.time_study.as_mut().unwrap();
        let ids: Vec<u32> = study.tasks.iter().map(|t| t.id).collect();
        study.set(0, 0, 3, Some(ids[0]));
        study.set(2, 10, 12, Some(ids[7]));
        study.days[1].overflow.push(TaskMinutes { task: ids[5], minutes: 45.0 });
        study.monthly.push(TaskMinutes { task: ids[14], minutes: 120.0 });
        // What the study says, by task name: ids are what renumbering changes.
        let meaning = |w: &Workspace| {
            let study = w.time_study.as_ref().unwrap();
            let name = |id: u32| study.task(id).map_or("(no task)", |t| t.name.as_str()).to_string();
            let mut lines = Vec::new();
            for day in &study.days {
                lines.push(
                    day.intervals.iter().map(|slot| slot.map_or("-".into(), name)).collect::<Vec<_>>().join(", "),
                );
                lines.extend(day.overflow.iter().map(|e| format!("after hours: {} {}", name(e.task), e.minutes)));
            }
            lines.extend(study.monthly.iter().map(|e| format!("monthly: {} {}", name(e.task), e.minutes)));
            let week = average_week(study);
            (lines, week.categories, week.work, week.overflow, study_totals(study).categories)
        };
        let before = meaning(&w);
        // A counter at the limit renumbers before it hands out another id.
        w.next_id = rules::MAX_ID;
        let student = w.add_student().unwrap();
        assert_eq!(meaning(&w), before);
        let study = w.time_study.as_ref().unwrap();
        // The study's tasks come last, then the new student, then the counter.
        let renumbered: Vec<u32> = study.tasks.iter().map(|t| t.id).collect();
        assert!(renumbered[0] < ids[0] && renumbered.windows(2).all(|p| p[1] == p[0] + 1));
        assert_eq!(student, renumbered[18] + 1);
        assert_eq!(w.next_id, student + 1);
        assert!(valid(&w));
    }

    #[test]
    fn lists_stop_at_their_limits() {
        let mut w = blank_workspace(Discipline::Ot);
        let id = w.add_student().unwrap();
        while w.add_service(id) {}
        assert_eq!(w.student(id).unwrap().services.len(), rules::MAX_SERVICES_PER_STUDENT);
        while w.add_building().is_some() {}
        assert_eq!(w.profile.buildings.len(), rules::MAX_BUILDINGS);
        w.remove_service(id, 0);
        w.remove_service(id, 99);
        assert_eq!(w.student(id).unwrap().services.len(), rules::MAX_SERVICES_PER_STUDENT - 1);
        assert!(valid(&w));
    }
}
