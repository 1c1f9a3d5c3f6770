//! The study's average week taken as the scenario's plan: what the activities become so that
//! the calculator's week is the week the study measured.
//!
//! The caseload's students (their sessions, consultation and paperwork) and the buildings'
//! travel stay as they are: the study's time in a category counts beyond what they already
//! plan there. Each task logged as work becomes one activity with its average minutes a
//! week, less its part of what the students and travel account for in its category (shared
//! in proportion to the tasks' time). So after the change, every category plans what the
//! study found, except where the students alone plan more than was logged: that difference
//! stays, and is worth a look.

use super::report::Report;
use super::time_study::average_week;
use super::week::minutes_per_week;
use crate::model::{rules, Category, Rate, Workspace};

/// One activity the study's week turns into.
#[derive(Clone, Debug, PartialEq)]
pub struct StudyActivity {
    pub name: String,
    pub category: Category,
    /// Whole minutes a week.
    pub minutes: f64,
}

impl StudyActivity {
    /// As the activities' list holds it: a weekly rate within the rules (a week longer than
    /// one entry may hold is split into equal times).
    pub fn into_activity(self) -> (String, Category, Rate) {
        let most = rules::EVENT_MINUTES.max;
        let times = (self.minutes / most).ceil().max(1.0);
        (self.name, self.category, Rate::weekly(self.minutes / times, times))
    }
}

/// The activities that make `workspace`'s planned week (`report`, computed from it) the
/// study's average week; none without a study or with nothing logged.
pub fn activities_from_study(workspace: &Workspace, report: &Report) -> Vec<StudyActivity> {
    let Some(study) = &workspace.time_study else { return Vec::new() };
    let week = average_week(study);
    let slot = |c: Category| Category::ALL.iter().position(|x| *x == c).unwrap_or(0);
    // What the scenario plans in each category apart from its activities.
    let mut activities = [0.0; Category::ALL.len()];
    for a in &workspace.activities {
        activities[slot(a.category)] += minutes_per_week(&a.rate, &workspace.profile);
    }
    let scale = Category::ALL.map(|c| {
        let logged = week.categories[slot(c)].minutes;
        let others = (report.minutes(c) - activities[slot(c)]).max(0.0);
        if logged > others {
            (logged - others) / logged
        } else {
            0.0
        }
    });
    study
        .tasks
        .iter()
        .zip(&week.by_task)
        .filter_map(|(task, (_, minutes))| {
            let category = task.category?;
            let minutes = (minutes * scale[slot(category)]).round();
            (minutes >= 1.0).then(|| StudyActivity { name: task.name.clone(), category, minutes })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::compute;
    use crate::format::hours;
    use crate::model::{typical_slp_workspace, IsoDate, StudySetup, TaskMinutes};

    fn task(w: &Workspace, name: &str) -> u32 {
        w.time_study.as_ref().unwrap().tasks.iter().find(|t| t.name == name).unwrap().id
    }

    /// A week's study with an hour of consultation and half an hour of reports a day, two
    /// hours of group therapy on Monday, and two hours of staff meetings a month.
    fn studied(mut w: Workspace) -> Workspace {
        w.start_time_study(StudySetup::week_from(IsoDate::ymd(2026, 10, 5).unwrap()));
        let (consult, reports, group, meetings) = (
            task(&w, "Consultation with teachers"),
            task(&w, "Progress reports and documentation"),
            task(&w, "Therapy, group"),
            task(&w, "Staff meetings and PD"),
        );
        let study = w.time_study.as_mut().unwrap();
        for day in 0..5 {
            study.set(day, 0, 3, Some(consult));
            study.set(day, 4, 5, Some(reports));
        }
        study.set(0, 6, 13, Some(group));
        study.monthly.push(TaskMinutes { task: meetings, minutes: 120.0 });
        w
    }

    #[test]
    fn without_students_each_task_becomes_an_activity_of_its_average_week() {
        let mut w = studied(typical_slp_workspace());
        w.students.clear();
        w.profile.buildings.iter_mut().for_each(|b| b.travel_minutes_per_week = 0.0);
        let list = activities_from_study(&w, &compute(&w));
        let named = |n: &str| list.iter().find(|a| a.name == n).map(|a| a.minutes);
        assert_eq!(named("Consultation with teachers"), Some(300.0));
        assert_eq!(named("Progress reports and documentation"), Some(150.0));
        assert_eq!(named("Therapy, group"), Some(120.0));
        // 120 minutes a month is 30 a week.
        assert_eq!(named("Staff meetings and PD"), Some(30.0));
        // Lunch is not work, and tasks with no time logged are left out.
        assert_eq!(list.len(), 4);
    }

    #[test]
    fn after_the_change_the_planned_week_is_the_studys_week_where_students_plan_less() {
        let mut w = studied(typical_slp_workspace());
        let before = compute(&w);
        assert!(before.minutes(Category::Direct) > 120.0, "the caseload plans more direct time than was logged");
        let list = activities_from_study(&w, &before);
        w.replace_activities(list.into_iter().map(StudyActivity::into_activity));
        let after = compute(&w);
        let week = average_week(w.time_study.as_ref().unwrap());
        let logged = |c: Category| week.categories.iter().find(|l| l.category == c).unwrap().minutes;
        for c in [Category::Indirect, Category::Collaboration, Category::Duties] {
            assert_eq!(hours(after.minutes(c)), hours(logged(c)), "{c:?}");
        }
        // Students' paperwork alone plans more than the 2.5 h of reports logged, and their
        // sessions more than the 2 h of therapy: those stay, and no activity is added.
        assert!(after.minutes(Category::Compliance) > logged(Category::Compliance));
        assert!(after.minutes(Category::Direct) > logged(Category::Direct));
        assert!(w.activities.iter().all(|a| a.category != Category::Direct && a.category != Category::Compliance));
        // Travel between buildings stays as the profile has it.
        assert_eq!(after.minutes(Category::Travel), before.travel);
    }

    #[test]
    fn what_students_plan_is_shared_among_the_tasks_of_its_category() {
        let mut w = studied(typical_slp_workspace());
        // One student, with some indirect service on its plan.
        let place = compute(&w).students.iter().find(|l| l.indirect > 0.0).unwrap().place;
        w.students = vec![w.students[place].clone()];
        w.profile.buildings.iter_mut().for_each(|b| b.travel_minutes_per_week = 0.0);
        let report = compute(&w);
        let students_indirect = report.minutes(Category::Indirect)
            - w.activities
                .iter()
                .filter(|a| a.category == Category::Indirect)
                .map(|a| minutes_per_week(&a.rate, &w.profile))
                .sum::<f64>();
        assert!(students_indirect > 0.0);
        let list = activities_from_study(&w, &report);
        let consult = list.iter().find(|a| a.name == "Consultation with teachers").unwrap();
        assert_eq!(consult.minutes, (300.0 - students_indirect).round());
        // With a second indirect task (30 minutes of family contact a week), what the student
        // plans is shared 300 : 30 between the two.
        let family = task(&w, "Family communication");
        w.time_study.as_mut().unwrap().set(0, 14, 15, Some(family));
        let list = activities_from_study(&w, &compute(&w));
        let minutes = |name: &str| list.iter().find(|a| a.name == name).unwrap().minutes;
        let left = (330.0 - students_indirect) / 330.0;
        assert_eq!(minutes("Consultation with teachers"), (300.0 * left).round());
        assert_eq!(minutes("Family communication"), (30.0 * left).round());
        assert!(minutes("Family communication") < 30.0);
    }

    #[test]
    fn a_week_longer_than_one_entry_holds_is_split_into_equal_times() {
        let most = rules::EVENT_MINUTES.max;
        let (_, _, rate) =
            StudyActivity { name: "Long".into(), category: Category::Duties, minutes: most * 1.5 }.into_activity();
        assert_eq!((rate.minutes, rate.times), (most * 0.75, 2.0));
        let (_, _, rate) =
            StudyActivity { name: "Short".into(), category: Category::Duties, minutes: 90.0 }.into_activity();
        assert_eq!((rate.minutes, rate.times), (90.0, 1.0));
    }

    #[test]
    fn no_study_no_activities() {
        let w = typical_slp_workspace();
        assert!(activities_from_study(&w, &compute(&w)).is_empty());
    }
}
