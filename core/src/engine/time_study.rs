//! A time study's results: totals by task and by category for a day, a week or the whole
//! study; the study's average week; and that week set beside the scenario's planned week.
//!
//! Shares of a task are of all the time logged (every filled interval, lunch included, and
//! the work outside contract hours), so a fully logged week of 150 intervals gives each
//! interval 1/150 of it. Shares of a category are of the work only, and add up to exactly
//! 100% as the calculator's do.

use super::categories::{category_lines, CategoryLine};
use super::format::hours;
use super::report::Report;
use crate::model::{monday_of, weekday_short, Category, IsoDate, StudyDay, StudySetup, TaskMinutes, TimeStudy};

/// A month of rare duties is taken as four school weeks (the 3:1 IEP's "month").
pub const WEEKS_PER_MONTH: f64 = 4.0;

#[derive(Clone, Debug, PartialEq)]
pub struct TaskTotal {
    pub task: u32,
    pub minutes: f64,
    /// Of all the time logged, in tenths of a percent (shares add up to 1000).
    pub share_tenths: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Totals {
    /// Every task, in the study's order.
    pub by_task: Vec<TaskTotal>,
    /// The six categories in fixed order: work only.
    pub categories: Vec<CategoryLine>,
    /// Work logged within contract hours.
    pub work: f64,
    /// Lunch and breaks.
    pub not_work: f64,
    /// Contract time with nothing logged yet.
    pub unlogged: f64,
    /// Work outside contract hours.
    pub overflow: f64,
    /// Days with some work logged (within or beyond contract hours).
    pub days_logged: usize,
}

impl Totals {
    /// All work, within and beyond contract hours.
    pub fn all_work(&self) -> f64 {
        self.work + self.overflow
    }

    pub fn task(&self, id: u32) -> f64 {
        self.by_task.iter().find(|t| t.task == id).map_or(0.0, |t| t.minutes)
    }

    pub fn category(&self, category: Category) -> f64 {
        self.categories.iter().find(|c| c.category == category).map_or(0.0, |c| c.minutes)
    }
}

/// Minutes in interval `i` of a day (the last may be shorter).
fn interval_minutes(setup: &StudySetup, i: usize) -> f64 {
    let (from, to) = setup.interval_bounds(i);
    f64::from(to.saturating_sub(from))
}

/// A finite, non-negative number of minutes; anything else counts as none.
fn clean(minutes: f64) -> f64 {
    if minutes.is_finite() && minutes > 0.0 {
        minutes
    } else {
        0.0
    }
}

/// Totals over the days `days` (indices into the study's days; out-of-range ones skipped).
/// A slice, not any iterator: one copy of this function in each page's code.
pub fn totals_over(study: &TimeStudy, days: &[usize]) -> Totals {
    let mut by_task = vec![0.0; study.tasks.len()];
    let position = |id: u32| study.tasks.iter().position(|t| t.id == id);
    let (mut unlogged, mut overflow, mut not_work, mut work, mut days_logged) = (0.0, 0.0, 0.0, 0.0, 0);
    // Whether the task is known.
    let mut add = |id: u32, minutes: f64, outside: bool| {
        let Some(at) = position(id) else { return false };
        by_task[at] += minutes;
        match (study.tasks[at].category, outside) {
            (None, _) => not_work += minutes,
            (Some(_), true) => overflow += minutes,
            (Some(_), false) => work += minutes,
        }
        true
    };
    for day in days.iter().filter_map(|d| study.days.get(*d)) {
        for (i, slot) in day.intervals.iter().enumerate().take(study.setup.intervals_per_day()) {
            let minutes = interval_minutes(&study.setup, i);
            if !slot.is_some_and(|id| add(id, minutes, false)) {
                unlogged += minutes;
            }
        }
        for TaskMinutes { task, minutes } in &day.overflow {
            add(*task, clean(*minutes), true);
        }
        days_logged += usize::from(day_has_work(study, day));
    }
    let shares = super::largest_remainder_tenths(&by_task);
    let by_task: Vec<TaskTotal> = study
        .tasks
        .iter()
        .zip(by_task)
        .zip(shares)
        .map(|((t, minutes), share_tenths)| TaskTotal { task: t.id, minutes, share_tenths })
        .collect();
    let categories = by_category(study, &by_task_minutes(&by_task));
    Totals { by_task, categories, work, not_work, unlogged, overflow, days_logged }
}

fn by_task_minutes(by_task: &[TaskTotal]) -> Vec<(u32, f64)> {
    by_task.iter().map(|t| (t.task, t.minutes)).collect()
}

/// The six categories' minutes from minutes per task (tasks that are not work left out).
fn by_category(study: &TimeStudy, minutes: &[(u32, f64)]) -> Vec<CategoryLine> {
    let mut sums = [0.0; Category::ALL.len()];
    for (id, m) in minutes {
        if let Some(c) = study.task(*id).and_then(|t| t.category) {
            if let Some(at) = Category::ALL.iter().position(|x| *x == c) {
                sums[at] += m;
            }
        }
    }
    let lines: Vec<(Category, f64)> = Category::ALL.into_iter().zip(sums).collect();
    category_lines(&lines)
}

/// Whether `day` holds some work, within or beyond contract hours: a day logged. Lunch,
/// filled in ahead on every day, is not work logged.
pub fn day_has_work(study: &TimeStudy, day: &StudyDay) -> bool {
    let is_work = |id: u32| study.task(id).is_some_and(|t| t.category.is_some());
    day.intervals.iter().take(study.setup.intervals_per_day()).flatten().any(|id| is_work(*id))
        || day.overflow.iter().any(|e| clean(e.minutes) > 0.0 && is_work(e.task))
}

/// The whole study.
pub fn study_totals(study: &TimeStudy) -> Totals {
    totals_over(study, &(0..study.days.len()).collect::<Vec<_>>())
}

/// The study's days by calendar week (Monday to Sunday): each week's Monday and the
/// indices of its days.
pub fn weeks(study: &TimeStudy) -> Vec<(IsoDate, Vec<usize>)> {
    let mut weeks: Vec<(IsoDate, Vec<usize>)> = Vec::new();
    for (i, day) in study.days.iter().enumerate() {
        let monday = monday_of(day.date);
        match weeks.last_mut() {
            Some((m, days)) if *m == monday => days.push(i),
            _ => weeks.push((monday, vec![i])),
        }
    }
    weeks
}

/// A part of the study its totals can be shown for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Span {
    #[default]
    Study,
    /// A calendar week, by its place in [`weeks`].
    Week(usize),
    /// A day, by its place in the study's days.
    Day(usize),
}

/// Every part of the study, with its words: the whole study, then each week, then each day.
pub fn spans(study: &TimeStudy) -> Vec<(Span, String)> {
    let mut spans = vec![(Span::Study, "The whole study".to_string())];
    let weeks = weeks(study);
    if weeks.len() > 1 {
        spans.extend(
            weeks.iter().enumerate().map(|(i, (monday, _))| (Span::Week(i), format!("Week of {}", monday.readable()))),
        );
    }
    spans.extend(
        study
            .days
            .iter()
            .enumerate()
            .map(|(i, d)| (Span::Day(i), format!("{} {}", weekday_short(d.date), d.date.readable()))),
    );
    spans
}

/// The days of `span`; the whole study for a part it no longer has (after a change of setup).
pub fn days_of(study: &TimeStudy, span: Span) -> Vec<usize> {
    let all = || (0..study.days.len()).collect();
    match span {
        Span::Study => all(),
        Span::Week(i) => weeks(study).into_iter().nth(i).map_or_else(all, |(_, days)| days),
        Span::Day(i) if i < study.days.len() => vec![i],
        Span::Day(_) => all(),
    }
}

/// The study's average week: what a logged day holds on average, times the days worked a
/// week, plus the month's rare duties spread over its weeks.
#[derive(Clone, Debug, PartialEq)]
pub struct AverageWeek {
    /// Work per category, minutes a week: within and beyond contract hours, and monthly.
    pub categories: Vec<CategoryLine>,
    /// Every task's minutes a week (work or not), in the study's order.
    pub by_task: Vec<(u32, f64)>,
    pub work: f64,
    /// Work beyond contract hours, minutes a week.
    pub overflow: f64,
    /// Days logged, which the average is of.
    pub days_logged: usize,
}

pub fn average_week(study: &TimeStudy) -> AverageWeek {
    average_week_of(study, &study_totals(study))
}

/// [`average_week`] from the study's totals, when they are at hand.
pub fn average_week_of(study: &TimeStudy, totals: &Totals) -> AverageWeek {
    let days_a_week = study.setup.weekdays.iter().filter(|on| **on).count() as f64;
    let per_week = if totals.days_logged == 0 { 0.0 } else { days_a_week / totals.days_logged as f64 };
    let mut minutes: Vec<(u32, f64)> = totals.by_task.iter().map(|t| (t.task, t.minutes * per_week)).collect();
    for TaskMinutes { task, minutes: monthly } in &study.monthly {
        if let Some(entry) = minutes.iter_mut().find(|(id, _)| id == task) {
            entry.1 += clean(*monthly) / WEEKS_PER_MONTH;
        }
    }
    let categories = by_category(study, &minutes);
    let work = categories.iter().map(|c| c.minutes).sum();
    AverageWeek {
        categories,
        by_task: minutes,
        work,
        overflow: totals.overflow * per_week,
        days_logged: totals.days_logged,
    }
}

/// One category, planned and as logged, minutes a week.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanAndStudy {
    pub category: Category,
    pub planned: f64,
    pub logged: f64,
}

impl PlanAndStudy {
    /// Logged minus planned: positive took more than planned.
    pub fn difference(&self) -> f64 {
        self.logged - self.planned
    }

    /// "Paperwork took 4.2 hours a week more than planned."
    pub fn sentence(&self) -> String {
        let what = self.category.short_label();
        let difference = hours(self.difference().abs());
        if difference == "0.0" {
            format!("{what} took the time planned.")
        } else if self.difference() > 0.0 {
            format!("{what} took {difference} hours a week more than planned.")
        } else {
            format!("{what} took {difference} hours a week less than planned.")
        }
    }
}

/// The planned week (the scenario's report) beside the study's average week, per category,
/// and the two totals.
pub fn plan_and_study(report: &Report, week: &AverageWeek) -> Vec<PlanAndStudy> {
    Category::ALL
        .into_iter()
        .map(|category| PlanAndStudy {
            category,
            planned: report.minutes(category),
            logged: week.categories.iter().find(|c| c.category == category).map_or(0.0, |c| c.minutes),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{IsoDate, StudySetup, TaskMinutes, TimeStudy};

    fn week_study() -> TimeStudy {
        TimeStudy::new(StudySetup::week_from(IsoDate::ymd(2026, 10, 5).unwrap()), 1)
    }

    fn id(study: &TimeStudy, name: &str) -> u32 {
        study.tasks.iter().find(|t| t.name == name).unwrap().id
    }

    /// Fills every interval of every day, in order, with `counts` of each task.
    fn fill(study: &mut TimeStudy, counts: &[(u32, usize)]) {
        let per_day = study.setup.intervals_per_day();
        let mut slots = counts.iter().flat_map(|&(task, n)| std::iter::repeat_n(task, n));
        for day in 0..study.days.len() {
            for i in 0..per_day {
                let task = slots.next();
                study.set(day, i, i, task);
            }
        }
    }

    #[test]
    fn the_issue_example_38_of_150_intervals_evaluating_is_9_5_hours_and_25_3_percent() {
        let mut study = week_study();
        let (evaluation, therapy, lunch) =
            (id(&study, "Evaluation and testing"), id(&study, "Therapy, group"), id(&study, "Lunch and breaks"));
        fill(&mut study, &[(evaluation, 38), (lunch, 10), (therapy, 102)]);
        let totals = study_totals(&study);
        assert_eq!(totals.task(evaluation), 570.0);
        assert_eq!(hours(totals.task(evaluation)), "9.5");
        let share = totals.by_task.iter().find(|t| t.task == evaluation).unwrap().share_tenths;
        assert_eq!(share, 253);
        assert_eq!(totals.by_task.iter().map(|t| t.share_tenths).sum::<u32>(), 1000);
        assert_eq!(totals.work, 140.0 * 15.0);
        assert_eq!(totals.not_work, 150.0);
        assert_eq!(totals.unlogged, 0.0);
        assert_eq!(totals.days_logged, 5);
        // Evaluation and group therapy are both direct: all the work is direct.
        assert_eq!(totals.category(Category::Direct), 2100.0);
        assert_eq!(totals.categories[0].share_tenths, 1000);
    }

    #[test]
    fn a_day_by_itself_and_unlogged_time() {
        let mut study = week_study();
        let iep = id(&study, "IEP development and meetings");
        study.set(1, 0, 3, Some(iep));
        let tuesday = totals_over(&study, &[1]);
        assert_eq!(tuesday.category(Category::Compliance), 60.0);
        assert_eq!(tuesday.not_work, 30.0);
        assert_eq!(tuesday.unlogged, 450.0 - 90.0);
        // Out-of-range days are skipped, not a panic.
        assert_eq!(totals_over(&study, &[7]).days_logged, 0);
    }

    #[test]
    fn overflow_is_work_beyond_the_contract_and_counts_in_its_category() {
        let mut study = week_study();
        let reports = id(&study, "Progress reports and documentation");
        study.days[0].overflow.push(TaskMinutes { task: reports, minutes: 90.0 });
        study.days[2].overflow.push(TaskMinutes { task: reports, minutes: f64::NAN });
        let totals = study_totals(&study);
        assert_eq!(totals.overflow, 90.0);
        assert_eq!(totals.category(Category::Compliance), 90.0);
        assert_eq!(totals.all_work(), 90.0);
    }

    #[test]
    fn the_average_week_scales_logged_days_to_the_days_worked_and_adds_the_month() {
        let mut study = week_study();
        let consult = id(&study, "Consultation with teachers");
        let meetings = id(&study, "Staff meetings and PD");
        // Two days logged, an hour of consultation each; 120 minutes of meetings a month.
        study.set(0, 0, 3, Some(consult));
        study.set(1, 0, 3, Some(consult));
        study.days[1].overflow.push(TaskMinutes { task: consult, minutes: 30.0 });
        study.monthly.push(TaskMinutes { task: meetings, minutes: 120.0 });
        let week = average_week(&study);
        assert_eq!(week.days_logged, 2);
        // (60 + 60 + 30) / 2 days × 5 days = 375 minutes a week.
        assert_eq!(week.categories.iter().find(|c| c.category == Category::Indirect).unwrap().minutes, 375.0);
        assert_eq!(week.categories.iter().find(|c| c.category == Category::Duties).unwrap().minutes, 30.0);
        assert_eq!(week.overflow, 75.0);
        assert_eq!(week.work, 405.0);
    }

    #[test]
    fn nothing_logged_is_an_empty_week_not_a_division_by_zero() {
        let mut study = week_study();
        study.days.iter_mut().for_each(|d| d.intervals.fill(None));
        let week = average_week(&study);
        assert_eq!(week.work, 0.0);
        assert!(week.categories.iter().all(|c| c.minutes == 0.0 && c.share_tenths == 0));
    }

    #[test]
    fn weeks_group_days_from_monday() {
        let mut study = week_study();
        let mut setup = study.setup.clone();
        setup.start = IsoDate::ymd(2026, 10, 7).unwrap(); // a Wednesday
        setup.school_days = 7;
        study.reshape(setup);
        let weeks = weeks(&study);
        assert_eq!(weeks.len(), 2);
        assert_eq!(weeks[0].0.iso(), "2026-10-05");
        assert_eq!(weeks[0].1, [0, 1, 2]);
        assert_eq!(weeks[1].1, [3, 4, 5, 6]);
        let spans = spans(&study);
        assert_eq!(spans.len(), 1 + 2 + 7);
        assert_eq!(spans[1], (Span::Week(0), "Week of Oct 5, 2026".to_string()));
        assert_eq!(spans[3], (Span::Day(0), "Wed Oct 7, 2026".to_string()));
        assert_eq!(days_of(&study, Span::Week(1)), [3, 4, 5, 6]);
        assert_eq!(days_of(&study, Span::Day(2)), [2]);
        // A part the study no longer has is the whole study.
        assert_eq!(days_of(&study, Span::Day(7)), (0..7).collect::<Vec<_>>());
        assert_eq!(days_of(&study, Span::Week(2)).len(), 7);
    }

    #[test]
    fn a_study_of_one_week_has_no_week_of_its_own_to_choose() {
        let spans = spans(&week_study());
        assert_eq!(spans.len(), 1 + 5);
        assert_eq!(spans[0].1, "The whole study");
        assert_eq!(spans[1].0, Span::Day(0));
    }

    #[test]
    fn differences_in_words() {
        let line = |planned: f64, logged: f64| PlanAndStudy { category: Category::Compliance, planned, logged };
        assert_eq!(line(300.0, 552.0).sentence(), "Paperwork took 4.2 hours a week more than planned.");
        assert_eq!(line(300.0, 240.0).sentence(), "Paperwork took 1.0 hours a week less than planned.");
        assert_eq!(line(300.0, 301.0).sentence(), "Paperwork took the time planned.");
    }
}
