//! A time study: what each interval of the working day really went to, logged over a set
//! number of school days, to set beside the scenario's planned week.
//!
//! The days are stored with their dates and one entry per interval (a task's id, or nothing
//! yet), so a study reads back exactly as it was logged even if its setup changes later:
//! changing the setup reshapes the days (`TimeStudy::reshape`), keeping every interval whose
//! time of day still exists.

use serde::{Deserialize, Serialize};
use time::Weekday;

#[cfg(feature = "time-study")]
use super::rules::Invalid;
use super::rules::{self};
use super::{Category, IsoDate};

/// What a task that counts in no category is called: lunch and breaks.
pub const NOT_WORK: &str = "Not work";

/// The weekdays a study can log, Monday first.
pub const WEEKDAYS: [Weekday; 5] =
    [Weekday::Monday, Weekday::Tuesday, Weekday::Wednesday, Weekday::Thursday, Weekday::Friday];

/// The interval lengths offered, in minutes.
pub const INTERVALS: [u32; 3] = [10, 15, 30];

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StudySetup {
    pub start: IsoDate,
    /// School days logged: a week (5) to a month (20).
    pub school_days: u32,
    /// Which of Monday to Friday are logged (a part-time provider's days).
    pub weekdays: [bool; 5],
    /// The contract day, in minutes after midnight.
    pub day_start: u32,
    pub day_end: u32,
    /// Minutes per interval: one of [`INTERVALS`].
    pub interval: u32,
    /// Lunch, in minutes after midnight, filled in ahead on every day; none if not fixed.
    pub lunch_start: Option<u32>,
    pub lunch_minutes: u32,
}

/// The key that logs the task at `index` of the list in the grid: 1 to 9, then a to z.
pub fn shortcut(index: usize) -> Option<char> {
    match index {
        0..=8 => char::from_digit(index as u32 + 1, 10),
        9..=34 => char::from_u32('a' as u32 + (index as u32 - 9)),
        _ => None,
    }
}

/// "Mon" to "Sun", for a date in a heading.
pub fn weekday_short(date: IsoDate) -> &'static str {
    WEEKDAYS_SHORT[date.0.weekday().number_days_from_monday() as usize]
}

/// The days of the week, Monday first, as a study's dates show them.
pub const WEEKDAYS_SHORT: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/// The Monday of `date`'s week (a study usually starts on one).
pub fn monday_of(date: IsoDate) -> IsoDate {
    let back = time::Duration::days(i64::from(date.0.weekday().number_days_from_monday()));
    IsoDate(date.0.checked_sub(back).unwrap_or(date.0))
}

impl StudySetup {
    /// A week of 15-minute intervals from 8:00 to 15:30, from `start`.
    pub fn week_from(start: IsoDate) -> StudySetup {
        StudySetup {
            start,
            school_days: 5,
            weekdays: [true; 5],
            day_start: 8 * 60,
            day_end: 15 * 60 + 30,
            interval: 15,
            lunch_start: Some(12 * 60),
            lunch_minutes: 30,
        }
    }

    /// Intervals in a contract day (a last, shorter interval counts as one).
    pub fn intervals_per_day(&self) -> usize {
        let length = self.day_end.saturating_sub(self.day_start);
        if self.interval == 0 {
            return 0;
        }
        length.div_ceil(self.interval) as usize
    }

    /// When interval `i` starts and ends, in minutes after midnight.
    pub fn interval_bounds(&self, i: usize) -> (u32, u32) {
        let start = self.day_start + self.interval * i as u32;
        (start, (start + self.interval).min(self.day_end))
    }

    /// The interval that holds the clock time `hours`:`minutes`, if the contract day does.
    pub fn interval_at(&self, hours: u32, minutes: u32) -> Option<usize> {
        let minutes = hours.saturating_mul(60).saturating_add(minutes);
        (minutes >= self.day_start && minutes < self.day_end && self.interval > 0)
            .then(|| ((minutes - self.day_start) / self.interval) as usize)
    }

    /// The study's dates: `school_days` of the chosen weekdays from `start` on.
    pub fn dates(&self) -> Vec<IsoDate> {
        let mut dates = Vec::new();
        if !self.weekdays.contains(&true) {
            return dates;
        }
        let mut day = self.start.0;
        while dates.len() < self.school_days as usize {
            if WEEKDAYS.iter().zip(self.weekdays).any(|(w, on)| on && *w == day.weekday()) {
                dates.push(IsoDate(day));
            }
            match day.next_day() {
                Some(next) => day = next,
                None => break,
            }
        }
        dates
    }

    /// Whether the setup is one a study can log, or why not. (Only where the study is read:
    /// its reasons are `Invalid` variants that would cost every other page their words.)
    #[cfg(feature = "time-study")]
    pub fn check(&self) -> Result<(), Invalid> {
        rules::check_date(self.start)?;
        rules::STUDY_DAYS.check(f64::from(self.school_days))?;
        if !self.weekdays.contains(&true) {
            return Err(Invalid::NoStudyWeekday);
        }
        rules::TIME_OF_DAY.check(f64::from(self.day_start))?;
        rules::TIME_OF_DAY.check(f64::from(self.day_end))?;
        if self.day_end <= self.day_start {
            return Err(Invalid::DayEndsBeforeStart);
        }
        if !INTERVALS.contains(&self.interval) {
            return Err(Invalid::NotAnInterval { minutes: self.interval });
        }
        if let Some(lunch) = self.lunch_start {
            rules::TIME_OF_DAY.check(f64::from(lunch))?;
        }
        rules::LUNCH_MINUTES.check(f64::from(self.lunch_minutes))?;
        Ok(())
    }
}

/// What time went to. `category` is where it counts in the workload; `None` is not work
/// (lunch and breaks).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StudyTask {
    pub id: u32,
    pub name: String,
    pub category: Option<Category>,
}

/// Minutes of one task: work outside contract hours on a day, or a rare duty per month.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TaskMinutes {
    pub task: u32,
    pub minutes: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StudyDay {
    pub date: IsoDate,
    /// What each interval of the contract day went to: a task's id, or nothing logged yet.
    pub intervals: Vec<Option<u32>>,
    /// Work done outside contract hours that day (before or after school, at home).
    #[serde(default)]
    pub overflow: Vec<TaskMinutes>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TimeStudy {
    pub setup: StudySetup,
    pub tasks: Vec<StudyTask>,
    pub days: Vec<StudyDay>,
    /// Rare duties (an evaluation at another site, a district meeting), minutes per month.
    #[serde(default)]
    pub monthly: Vec<TaskMinutes>,
}

/// A list of minutes by task in a study: a day's work outside contract hours, or the month's
/// rare duties.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EntryList {
    /// Work outside contract hours on the study's day of this index.
    Overflow(usize),
    Monthly,
}

/// The usual tasks of a school-based provider's day, each where it counts in the workload.
/// Ids are `first_id`, `first_id + 1`, ...
pub fn default_study_tasks(first_id: u32) -> Vec<StudyTask> {
    use Category::*;
    let tasks: [(&str, Option<Category>); 19] = [
        ("Therapy, individual", Some(Direct)),
        ("Therapy, group", Some(Direct)),
        ("Therapy in the classroom", Some(Direct)),
        ("Evaluation and testing", Some(Direct)),
        ("IEP development and meetings", Some(Compliance)),
        ("Progress reports and documentation", Some(Compliance)),
        ("Medicaid and billing notes", Some(Compliance)),
        ("Consultation with teachers", Some(Indirect)),
        ("Family communication", Some(Indirect)),
        ("Collaboration and MTSS (Tier 1-2)", Some(Collaboration)),
        ("Data collection", Some(Indirect)),
        ("Materials and AT programming", Some(Indirect)),
        ("Supervision (assistant)", Some(Duties)),
        ("Case management", Some(Compliance)),
        ("Staff meetings and PD", Some(Duties)),
        ("Building duties", Some(Duties)),
        ("Travel between buildings", Some(Travel)),
        ("Lunch and breaks", None),
        ("Other work", Some(Duties)),
    ];
    tasks
        .into_iter()
        .zip(first_id..)
        .map(|((name, category), id)| StudyTask { id, name: name.to_string(), category })
        .collect()
}

impl TimeStudy {
    /// A study of `setup`'s days with nothing logged but lunch, and the usual tasks (ids from
    /// `first_id`).
    pub fn new(setup: StudySetup, first_id: u32) -> TimeStudy {
        let mut study =
            TimeStudy { setup, tasks: default_study_tasks(first_id), days: Vec::new(), monthly: Vec::new() };
        study.reshape(study.setup.clone());
        study
    }

    /// The task lunch is logged as: the first that is not work.
    pub fn lunch_task(&self) -> Option<u32> {
        self.tasks.iter().find(|t| t.category.is_none()).map(|t| t.id)
    }

    pub fn task(&self, id: u32) -> Option<&StudyTask> {
        self.tasks.iter().find(|t| t.id == id)
    }

    /// The task a key logs in the grid (see [`shortcut`]), either case.
    pub fn task_for_key(&self, key: char) -> Option<u32> {
        let key = key.to_ascii_lowercase();
        self.tasks.iter().enumerate().find(|(i, _)| shortcut(*i) == Some(key)).map(|(_, t)| t.id)
    }

    /// Adds a task (work, in the duties category, named "New task") with the id given; false
    /// when the list is full.
    pub fn add_task(&mut self, id: u32) -> bool {
        if self.tasks.len() >= rules::MAX_STUDY_TASKS {
            return false;
        }
        self.tasks.push(StudyTask { id, name: "New task".into(), category: Some(Category::Duties) });
        true
    }

    /// Renames a task, if the name is within the rule (trimmed).
    pub fn rename_task(&mut self, id: u32, name: &str) {
        if rules::TASK_NAME.check(name).is_ok() {
            if let Some(t) = self.tasks.iter_mut().find(|t| t.id == id) {
                t.name = name.trim().to_string();
            }
        }
    }

    pub fn set_task_category(&mut self, id: u32, category: Option<Category>) {
        if let Some(t) = self.tasks.iter_mut().find(|t| t.id == id) {
            t.category = category;
        }
    }

    /// How many intervals and entries a task holds.
    pub fn uses_of(&self, id: u32) -> usize {
        let entries = self.days.iter().flat_map(|d| &d.overflow).chain(&self.monthly).filter(|e| e.task == id).count();
        self.days.iter().flat_map(|d| &d.intervals).filter(|i| **i == Some(id)).count() + entries
    }

    /// Removes a task and everything logged to it.
    pub fn remove_task(&mut self, id: u32) {
        self.tasks.retain(|t| t.id != id);
        for day in &mut self.days {
            day.intervals.iter_mut().filter(|i| **i == Some(id)).for_each(|i| *i = None);
            day.overflow.retain(|e| e.task != id);
        }
        self.monthly.retain(|e| e.task != id);
    }

    /// How many days with something logged (an interval that is not lunch, or time outside
    /// contract hours) a new setup would leave out.
    pub fn days_lost_to(&self, setup: &StudySetup) -> usize {
        let kept = setup.dates();
        let lunch = self.lunch_task();
        self.days
            .iter()
            .filter(|d| !kept.contains(&d.date))
            .filter(|d| !d.overflow.is_empty() || d.intervals.iter().any(|i| i.is_some() && *i != lunch))
            .count()
    }

    /// Takes a new setup. Each day keeps what it logged at every time of day the new setup
    /// still has (by the interval's start, so 15-minute entries fill the 30-minute
    /// intervals they start); dates no longer in the study are dropped; new dates start
    /// empty, with lunch filled in.
    pub fn reshape(&mut self, setup: StudySetup) {
        let old_setup = std::mem::replace(&mut self.setup, setup);
        let lunch = self.lunch_task();
        let new = &self.setup;
        let slots = new.intervals_per_day();
        let days = new
            .dates()
            .into_iter()
            .map(|date| match self.days.iter().position(|d| d.date == date) {
                Some(at) => {
                    let old = &self.days[at];
                    let intervals = (0..slots)
                        .map(|i| {
                            let (from, to) = new.interval_bounds(i);
                            (0..old.intervals.len())
                                .filter(|&j| {
                                    let (start, _) = old_setup.interval_bounds(j);
                                    start >= from && start < to
                                })
                                .find_map(|j| old.intervals[j])
                        })
                        .collect();
                    StudyDay { date, intervals, overflow: old.overflow.clone() }
                }
                None => {
                    let mut day = StudyDay { date, intervals: vec![None; slots], overflow: Vec::new() };
                    if let (Some(task), Some(start)) = (lunch, new.lunch_start) {
                        fill_lunch(new, &mut day, task, start);
                    }
                    day
                }
            })
            .collect();
        self.days = days;
    }

    pub fn entries(&self, list: EntryList) -> Option<&Vec<TaskMinutes>> {
        match list {
            EntryList::Overflow(day) => self.days.get(day).map(|d| &d.overflow),
            EntryList::Monthly => Some(&self.monthly),
        }
    }

    fn entries_mut(&mut self, list: EntryList) -> Option<&mut Vec<TaskMinutes>> {
        match list {
            EntryList::Overflow(day) => self.days.get_mut(day).map(|d| &mut d.overflow),
            EntryList::Monthly => Some(&mut self.monthly),
        }
    }

    /// Adds an entry of the first task that is work, with no minutes yet; false when the list
    /// is full (or there is no such task or day).
    pub fn add_entry(&mut self, list: EntryList) -> bool {
        let Some(task) = self.tasks.iter().find(|t| t.category.is_some()).map(|t| t.id) else { return false };
        match self.entries_mut(list) {
            Some(entries) if entries.len() < rules::MAX_STUDY_TASKS => {
                entries.push(TaskMinutes { task, minutes: 0.0 });
                true
            }
            _ => false,
        }
    }

    pub fn remove_entry(&mut self, list: EntryList, index: usize) {
        if let Some(entries) = self.entries_mut(list).filter(|e| index < e.len()) {
            entries.remove(index);
        }
    }

    /// Sets an entry's minutes, if they are within the list's rule.
    pub fn set_entry_minutes(&mut self, list: EntryList, index: usize, minutes: f64) {
        let rule = match list {
            EntryList::Overflow(_) => rules::OVERFLOW_MINUTES,
            EntryList::Monthly => rules::EVENT_MINUTES,
        };
        if let (Ok(minutes), Some(entry)) = (rule.check(minutes), self.entries_mut(list).and_then(|e| e.get_mut(index)))
        {
            entry.minutes = minutes;
        }
    }

    /// Sets an entry's task, if it is one of the study's.
    pub fn set_entry_task(&mut self, list: EntryList, index: usize, task: u32) {
        if self.task(task).is_some() {
            if let Some(entry) = self.entries_mut(list).and_then(|e| e.get_mut(index)) {
                entry.task = task;
            }
        }
    }

    /// Sets intervals `from..=to` of day `day` (in either order) to `task`, or clears them.
    /// Out-of-range positions are ignored; a task that is not in the list clears.
    pub fn set(&mut self, day: usize, from: usize, to: usize, task: Option<u32>) {
        let task = task.filter(|id| self.task(*id).is_some());
        let Some(day) = self.days.get_mut(day) else { return };
        let (low, high) = if from <= to { (from, to) } else { (to, from) };
        for slot in day.intervals.iter_mut().take(high + 1).skip(low) {
            *slot = task;
        }
    }
}

/// Fills the intervals that start within lunch.
fn fill_lunch(setup: &StudySetup, day: &mut StudyDay, task: u32, start: u32) {
    let end = start + setup.lunch_minutes;
    for (i, slot) in day.intervals.iter_mut().enumerate() {
        let (from, _) = setup.interval_bounds(i);
        if from >= start && from < end {
            *slot = Some(task);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u8, d: u8) -> IsoDate {
        IsoDate::ymd(y, m, d).unwrap()
    }

    #[test]
    fn a_week_of_fifteen_minute_intervals_from_eight_to_half_past_three_is_150_intervals() {
        let setup = StudySetup::week_from(date(2026, 10, 5));
        assert_eq!(setup.intervals_per_day(), 30);
        assert_eq!(setup.dates().len() * setup.intervals_per_day(), 150);
        assert_eq!(setup.interval_bounds(0), (480, 495));
        assert_eq!(setup.interval_bounds(29), (915, 930));
    }

    #[test]
    fn dates_skip_weekends_and_days_not_worked() {
        // Thursday 8 October 2026; a provider there Monday, Wednesday and Thursday.
        let mut setup = StudySetup::week_from(date(2026, 10, 8));
        setup.weekdays = [true, false, true, true, false];
        setup.school_days = 5;
        let dates: Vec<String> = setup.dates().into_iter().map(IsoDate::iso).collect();
        assert_eq!(dates, ["2026-10-08", "2026-10-12", "2026-10-14", "2026-10-15", "2026-10-19"]);
    }

    #[test]
    fn a_new_study_has_lunch_filled_in_and_nothing_else() {
        let study = TimeStudy::new(StudySetup::week_from(date(2026, 10, 5)), 1);
        let lunch = study.lunch_task().unwrap();
        assert_eq!(study.task(lunch).unwrap().name, "Lunch and breaks");
        for day in &study.days {
            // 12:00 and 12:15 are intervals 16 and 17.
            let filled: Vec<usize> = (0..30).filter(|&i| day.intervals[i].is_some()).collect();
            assert_eq!(filled, [16, 17]);
        }
    }

    #[test]
    fn setting_a_range_either_way_and_clearing() {
        let mut study = TimeStudy::new(StudySetup::week_from(date(2026, 10, 5)), 1);
        study.set(0, 5, 2, Some(4));
        assert_eq!(&study.days[0].intervals[1..7], &[None, Some(4), Some(4), Some(4), Some(4), None]);
        study.set(0, 3, 3, None);
        assert_eq!(study.days[0].intervals[3], None);
        // Unknown tasks clear; positions past the end are ignored.
        study.set(0, 2, 2, Some(999));
        assert_eq!(study.days[0].intervals[2], None);
        study.set(9, 0, 1, Some(4));
        study.set(0, 29, 40, Some(4));
        assert_eq!(study.days[0].intervals.len(), 30);
        assert_eq!(study.days[0].intervals[29], Some(4));
    }

    #[test]
    fn reshaping_keeps_what_was_logged_where_its_time_still_exists() {
        let mut study = TimeStudy::new(StudySetup::week_from(date(2026, 10, 5)), 1);
        study.set(0, 0, 3, Some(1)); // 8:00 to 9:00, individual therapy
        study.days[0].overflow.push(TaskMinutes { task: 6, minutes: 45.0 });
        let mut longer = study.setup.clone();
        longer.interval = 30;
        longer.school_days = 10;
        study.reshape(longer);
        assert_eq!(study.days.len(), 10);
        assert_eq!(study.days[0].intervals.len(), 15);
        assert_eq!(&study.days[0].intervals[..3], &[Some(1), Some(1), None]);
        assert_eq!(study.days[0].overflow, [TaskMinutes { task: 6, minutes: 45.0 }]);
        // The new days have lunch at 12:00 (interval 8 of 30 minutes).
        assert_eq!(study.days[9].intervals[8], study.lunch_task());
    }

    #[test]
    fn entries_are_added_set_and_removed_within_the_rules() {
        let mut study = TimeStudy::new(StudySetup::week_from(date(2026, 10, 5)), 1);
        let evening = EntryList::Overflow(2);
        assert!(study.add_entry(evening));
        study.set_entry_minutes(evening, 0, 90.0);
        study.set_entry_task(evening, 0, 6);
        assert_eq!(study.entries(evening).unwrap(), &vec![TaskMinutes { task: 6, minutes: 90.0 }]);
        // Out of the rule, or an unknown task: nothing changes.
        study.set_entry_minutes(evening, 0, 2000.0);
        study.set_entry_minutes(evening, 0, f64::NAN);
        study.set_entry_task(evening, 0, 999);
        assert_eq!(study.entries(evening).unwrap(), &vec![TaskMinutes { task: 6, minutes: 90.0 }]);
        // A month may hold more than an evening.
        assert!(study.add_entry(EntryList::Monthly));
        study.set_entry_minutes(EntryList::Monthly, 0, 2000.0);
        assert_eq!(study.monthly[0].minutes, 2000.0);
        while study.add_entry(EntryList::Monthly) {}
        assert_eq!(study.monthly.len(), rules::MAX_STUDY_TASKS);
        study.remove_entry(evening, 0);
        study.remove_entry(evening, 5);
        assert!(study.entries(evening).unwrap().is_empty());
        assert!(!study.add_entry(EntryList::Overflow(9)));
    }

    #[test]
    fn tasks_are_added_renamed_moved_and_removed_with_what_they_hold() {
        let mut study = TimeStudy::new(StudySetup::week_from(date(2026, 10, 5)), 1);
        assert!(study.add_task(100));
        study.rename_task(100, "  Screenings  ");
        study.set_task_category(100, Some(Category::Direct));
        assert_eq!(
            study.task(100),
            Some(&StudyTask { id: 100, name: "Screenings".into(), category: Some(Category::Direct) })
        );
        study.rename_task(100, " ");
        study.rename_task(100, &"x".repeat(81));
        assert_eq!(study.task(100).unwrap().name, "Screenings");
        study.set(0, 0, 3, Some(100));
        study.days[1].overflow.push(TaskMinutes { task: 100, minutes: 20.0 });
        assert_eq!(study.uses_of(100), 5);
        study.remove_task(100);
        assert_eq!(study.task(100), None);
        assert_eq!(study.uses_of(100), 0);
        assert!(study.days[0].intervals[..4].iter().all(Option::is_none));
        assert!(study.days[1].overflow.is_empty());
        while study.add_task(200 + study.tasks.len() as u32) {}
        assert_eq!(study.tasks.len(), rules::MAX_STUDY_TASKS);
    }

    #[test]
    fn keys_for_tasks_and_the_interval_of_a_time() {
        assert_eq!(shortcut(0), Some('1'));
        assert_eq!(shortcut(8), Some('9'));
        assert_eq!(shortcut(9), Some('a'));
        assert_eq!(shortcut(34), Some('z'));
        assert_eq!(shortcut(35), None);
        let study = TimeStudy::new(StudySetup::week_from(date(2026, 10, 5)), 1);
        assert_eq!(study.task_for_key('4'), Some(4));
        assert_eq!(study.task_for_key('A'), Some(10));
        assert_eq!(study.task_for_key('z'), None);
        assert_eq!(study.setup.interval_at(8, 0), Some(0));
        assert_eq!(study.setup.interval_at(9, 14), Some(4));
        assert_eq!(study.setup.interval_at(15, 30), None);
        assert_eq!(study.setup.interval_at(7, 0), None);
        assert_eq!(monday_of(date(2026, 10, 8)), date(2026, 10, 5));
        assert_eq!(monday_of(date(2026, 10, 5)), date(2026, 10, 5));
    }

    #[test]
    fn a_new_setup_says_how_many_logged_days_it_leaves_out() {
        let mut study = TimeStudy::new(StudySetup::week_from(date(2026, 10, 5)), 1);
        study.set(3, 0, 1, Some(1)); // Thursday
        study.days[4].overflow.push(TaskMinutes { task: 6, minutes: 30.0 }); // Friday
        let mut later = study.setup.clone();
        later.start = date(2026, 10, 7); // Wednesday on: Monday and Tuesday (lunch only) go
        assert_eq!(study.days_lost_to(&later), 0);
        later.weekdays = [true, true, true, false, false];
        assert_eq!(study.days_lost_to(&later), 2);
    }

    #[cfg(feature = "time-study")]
    #[test]
    fn setups_outside_the_rules_say_why() {
        let good = StudySetup::week_from(date(2026, 10, 5));
        assert_eq!(good.check(), Ok(()));
        let mut bad = good.clone();
        bad.school_days = 21;
        assert!(matches!(bad.check(), Err(Invalid::AboveMax { .. })));
        let mut bad = good.clone();
        bad.day_end = bad.day_start;
        assert_eq!(bad.check(), Err(Invalid::DayEndsBeforeStart));
        let mut bad = good.clone();
        bad.interval = 20;
        assert_eq!(bad.check(), Err(Invalid::NotAnInterval { minutes: 20 }));
        let mut bad = good;
        bad.weekdays = [false; 5];
        assert_eq!(bad.check(), Err(Invalid::NoStudyWeekday));
        assert!(bad.dates().is_empty());
    }
}
