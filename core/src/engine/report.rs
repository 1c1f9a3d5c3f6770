//! The whole computation: workspace in, report out.

use crate::model::{Category, Discipline, ServiceModel, Workspace};

use super::capacity::{capacity, full_time_capacity, Status};
use super::caseload::{caseload_lens, weight_of, CaseloadLens};
use super::categories::{category_lines, CategoryLine};
use super::rules_of_thumb::{direct_times_one_and_a_half, iep_hours, DirectTimesOneAndAHalf, IepHours};
use super::students::{student_loads, StudentLoad};
use super::summary::summary;
use super::three_to_one::{three_to_one_week, ThreeToOneWeek};
use super::week::{clean, minutes_per_week, ratio};

#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    pub discipline: Discipline,
    pub fte: f64,
    /// The six categories in fixed order, minutes per week.
    pub categories: Vec<CategoryLine>,
    pub total: f64,
    pub capacity: f64,
    pub full_time_capacity: f64,
    /// Workload over capacity; `None` without capacity.
    pub utilization: Option<f64>,
    /// Capacity minus workload: positive is time left, negative is over.
    pub balance: Option<f64>,
    pub status: Status,
    pub fte_needed: Option<f64>,
    /// Minutes per week driven by students (their services and paperwork).
    pub student_minutes: f64,
    /// Minutes per week not tied to a student (activities, travel).
    pub other_minutes: f64,
    pub average_per_student: Option<f64>,
    /// Students of the current average intensity that fit; `None` without students.
    pub sustainable_caseload: Option<u32>,
    /// Students sorted by their weekly load on the provider, heaviest first.
    pub students: Vec<StudentLoad>,
    /// For each student in caseload order (the order of `Workspace::students`), where its
    /// load is in `students`: for the caseload's rows.
    pub in_caseload_order: Vec<usize>,
    pub caseload: CaseloadLens,
    pub iep_hours: IepHours,
    pub direct_rule: DirectTimesOneAndAHalf,
    /// How the week splits under 3:1 (always computed, so it can be compared).
    pub three_to_one: ThreeToOneWeek,
    pub uses_three_to_one: bool,
    pub travel: f64,
}

impl Report {
    /// The week in plain words for an administrator, with what would bring it within the
    /// contract. Written when shown, not by `compute`: the team page computes a report for
    /// each of up to 200 members and shows none of their sentences, and writing them took
    /// nearly a third of its figures' time (18 of 62 ms at CPU 4×, measured).
    pub fn summary(&self) -> Vec<String> {
        summary(self)
    }

    pub fn minutes(&self, category: Category) -> f64 {
        self.line(category).map_or(0.0, |c| c.minutes)
    }

    /// The category's line of the table.
    pub fn line(&self, category: Category) -> Option<&CategoryLine> {
        self.categories.iter().find(|c| c.category == category)
    }
}

pub fn compute(workspace: &Workspace) -> Report {
    let profile = &workspace.profile;
    let mut loads = student_loads(workspace, |s| weight_of(s, profile.weighting));

    let mut by_category = [0.0f64; 6];
    let slot = |c: Category| Category::ALL.iter().position(|x| *x == c).unwrap_or(0);
    for load in &loads {
        by_category[slot(Category::Direct)] += load.direct;
        by_category[slot(Category::Indirect)] += load.indirect;
        by_category[slot(Category::Compliance)] += load.compliance;
    }
    let student_minutes: f64 = by_category.iter().sum();
    let provider_direct_for_students = by_category[slot(Category::Direct)];
    for activity in &workspace.activities {
        by_category[slot(activity.category)] += minutes_per_week(&activity.rate, profile);
    }
    let travel: f64 = profile.buildings.iter().map(|b| clean(b.travel_minutes_per_week)).sum();
    by_category[slot(Category::Travel)] += travel;

    let categories = category_lines(&Category::ALL.iter().copied().zip(by_category).collect::<Vec<_>>());
    let total: f64 = by_category.iter().sum();
    let other_minutes = clean(total - student_minutes);
    let capacity = capacity(profile);
    let full_time_capacity = full_time_capacity(profile);
    let utilization = ratio(total, capacity);
    let headcount = loads.len();
    let average_per_student = ratio(student_minutes, headcount as f64).filter(|a| *a > 0.0);
    let sustainable_caseload =
        average_per_student.map(|avg| (clean(capacity - other_minutes) / avg).floor().min(u32::MAX as f64) as u32);

    let caseload = caseload_lens(profile, loads.iter().map(|l| l.weight));
    let iep_hours = iep_hours(loads.iter().map(|l| l.service_minutes).sum());
    let direct_rule = direct_times_one_and_a_half(provider_direct_for_students, full_time_capacity);

    let every_week = by_category[slot(Category::Duties)] + by_category[slot(Category::Travel)];
    let flexible = by_category[slot(Category::Indirect)]
        + by_category[slot(Category::Collaboration)]
        + by_category[slot(Category::Compliance)];
    let three_to_one = three_to_one_week(by_category[slot(Category::Direct)], flexible, every_week, capacity);

    // Heaviest first; equal loads in the order they were added.
    loads.sort_unstable_by(|a, b| {
        b.total().partial_cmp(&a.total()).unwrap_or(std::cmp::Ordering::Equal).then(a.place.cmp(&b.place))
    });
    let mut in_caseload_order = vec![0; loads.len()];
    for (sorted, load) in loads.iter().enumerate() {
        in_caseload_order[load.place] = sorted;
    }

    Report {
        discipline: profile.discipline,
        fte: clean(profile.fte),
        categories,
        total,
        capacity,
        full_time_capacity,
        utilization,
        balance: (capacity > 0.0).then_some(capacity - total),
        status: Status::from_utilization(utilization, &profile.thresholds),
        fte_needed: ratio(total, full_time_capacity),
        student_minutes,
        other_minutes,
        average_per_student,
        sustainable_caseload,
        students: loads,
        in_caseload_order,
        caseload,
        iep_hours,
        direct_rule,
        three_to_one,
        uses_three_to_one: matches!(profile.service_model, ServiceModel::ThreeToOne { .. }),
        travel,
    }
}
