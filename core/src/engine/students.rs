//! What each student costs the provider per week, with group sessions counted once.

use std::collections::HashMap;

use crate::model::{Delivery, Service, StandardValues, Student, Workspace};

use super::week::{clean, minutes_per_week, ratio, times_per_week};

/// One student's weekly load on the provider.
#[derive(Clone, Debug, PartialEq)]
pub struct StudentLoad {
    pub id: u32,
    /// The student's place in the caseload (in `Workspace::students`).
    pub place: usize,
    pub label: String,
    /// The provider's direct minutes for this student: a group session's time is shared
    /// among its members in proportion to their own minutes, so a group counts once.
    pub direct: f64,
    /// Consult time on the student's behalf.
    pub indirect: f64,
    /// Plan paperwork and session notes.
    pub compliance: f64,
    /// The session notes part of `compliance`.
    pub notes: f64,
    /// The student's own service minutes in full (what the IEP says), direct and consult.
    pub service_minutes: f64,
    /// The student's own direct service minutes in full.
    pub direct_service_minutes: f64,
    pub weight: f64,
}

impl StudentLoad {
    pub fn total(&self) -> f64 {
        self.direct + self.indirect + self.compliance
    }
}

/// The key a service's group is known by (`model::group_key`).
fn group_key(service: &Service) -> Option<String> {
    crate::model::group_key(service.group.as_deref()?)
}

/// Weekly paperwork a student brings: their plan's share plus a note per direct session;
/// and the notes alone.
fn compliance_minutes(student: &Student, standards: &StandardValues, workspace: &Workspace) -> (f64, f64) {
    let profile = &workspace.profile;
    let plan = if student.plan.has_plan_paperwork() {
        [&standards.annual_plan, &standards.progress_reports, &standards.reevaluation]
            .iter()
            .map(|v| minutes_per_week(&v.rate, profile))
            .sum()
    } else {
        0.0
    };
    let sessions: f64 =
        student.services.iter().filter(|s| s.delivery.is_direct()).map(|s| times_per_week(&s.rate, profile)).sum();
    let notes = clean(sessions * clean(standards.documentation_minutes_per_session));
    (clean(plan + notes), notes)
}

/// Every student's load, in caseload order.
pub fn student_loads(workspace: &Workspace, weight_of: impl Fn(&Student) -> f64) -> Vec<StudentLoad> {
    let profile = &workspace.profile;

    // A group's session time is the longest of its members' services (the session lasts
    // as long as its longest stay), spent once and shared by everyone in it.
    // Group key → (session minutes, sum of members' own minutes): one lookup per service,
    // however many groups a caseload (or a file) has.
    let mut groups: HashMap<String, (f64, f64)> = HashMap::new();
    for service in workspace.students.iter().flat_map(|s| &s.services) {
        if let Some(key) = group_key(service) {
            let own = minutes_per_week(&service.rate, profile);
            let group = groups.entry(key).or_insert((0.0, 0.0));
            group.0 = group.0.max(own);
            group.1 += own;
        }
    }
    let provider_minutes = |service: &Service| -> f64 {
        let own = minutes_per_week(&service.rate, profile);
        match group_key(service).and_then(|k| groups.get(&k)) {
            Some(&(session, sum_own)) => ratio(own * session, sum_own).map(clean).unwrap_or(0.0),
            None => own,
        }
    };

    workspace
        .students
        .iter()
        .enumerate()
        .map(|(place, student)| {
            let (compliance, notes) = compliance_minutes(student, &workspace.standards, workspace);
            let mut load = StudentLoad {
                id: student.id,
                place,
                label: student.label.clone(),
                direct: 0.0,
                indirect: 0.0,
                compliance,
                notes,
                service_minutes: 0.0,
                direct_service_minutes: 0.0,
                weight: weight_of(student),
            };
            for service in &student.services {
                let own = minutes_per_week(&service.rate, profile);
                load.service_minutes += own;
                match service.delivery {
                    Delivery::PullOut | Delivery::Classroom => {
                        load.direct_service_minutes += own;
                        load.direct += provider_minutes(service);
                    }
                    Delivery::Consult => load.indirect += provider_minutes(service),
                }
            }
            load
        })
        .collect()
}

/// What a caseload row says about a student, in words.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RowWords {
    /// "IEP · Elementary · Lincoln"
    pub plan: String,
    /// The services as planned: "2 × 30 min a week, pull-out, group A".
    pub services: String,
    /// Where the weekly time goes: "60 direct, 10 notes, 9 paperwork".
    pub breakdown: String,
}

/// How often, as an IEP says it: "2 × 30 min a week", "20 min a day", "1 × 60 min per 4-week cycle".
pub fn rate_words(rate: &crate::model::Rate) -> String {
    use crate::format::number;
    let per = match rate.per {
        crate::model::Period::Day => "a day",
        crate::model::Period::Week => "a week",
        other => other.label(),
    };
    if rate.times == 1.0 {
        format!("{} min {per}", number(rate.minutes, 1))
    } else {
        format!("{} × {} min {per}", number(rate.times, 2), number(rate.minutes, 1))
    }
}

/// One service as planned: "2 × 30 min a week, pull-out, group A" ("Group A" where the
/// name says so already).
pub fn service_words(service: &crate::model::Service) -> String {
    let group = service
        .group
        .as_ref()
        .map(|g| if g.to_ascii_lowercase().starts_with("group") { format!(", {g}") } else { format!(", group {g}") })
        .unwrap_or_default();
    format!("{}, {}{group}", rate_words(&service.rate), service.delivery.short_label())
}

/// A student's services as planned, one after another ("no services" if none).
pub fn services_words(student: &Student) -> String {
    let services: Vec<String> = student.services.iter().map(service_words).collect();
    if services.is_empty() {
        "no services".into()
    } else {
        services.join("; ")
    }
}

/// A caseload row's words for `student`, whose load is `load`.
pub fn row_words(student: &Student, load: &StudentLoad, buildings: &[crate::model::Building]) -> RowWords {
    use crate::format::minutes;
    let building = student
        .building
        .and_then(|b| buildings.iter().find(|x| x.id == b))
        .map(|b| format!(" · {}", b.name))
        .unwrap_or_default();
    let mut parts = vec![format!("{} direct", minutes(load.direct))];
    if load.indirect > 0.0 {
        parts.push(format!("{} consult", minutes(load.indirect)));
    }
    parts.push(format!("{} notes", minutes(load.notes)));
    parts.push(format!("{} paperwork", minutes(load.compliance - load.notes)));
    RowWords {
        plan: format!("{} · {}{building}", student.plan.label(), student.level.label()),
        services: services_words(student),
        breakdown: parts.join(", "),
    }
}

#[cfg(test)]
mod words {
    use super::*;
    use crate::model::{Delivery, Period, Rate};

    #[test]
    fn sessions_read_as_planned_and_time_is_broken_down() {
        assert_eq!(rate_words(&Rate::weekly(30.0, 2.0)), "2 × 30 min a week");
        assert_eq!(rate_words(&Rate::new(20.0, 1.0, Period::Day)), "20 min a day");
        assert_eq!(rate_words(&Rate::new(60.0, 1.0, Period::Cycle)), "60 min per 4-week cycle");
        let mut w = crate::model::blank_workspace(crate::model::Discipline::Slp);
        let id = w.add_student().unwrap();
        let s = w.student_mut(id).unwrap();
        s.services[0] = Service { delivery: Delivery::PullOut, rate: Rate::weekly(30.0, 2.0), group: Some("A".into()) };
        let loads = student_loads(&w, |_| 1.0);
        let words = row_words(&w.students[0], &loads[0], &[]);
        assert_eq!(words.services, "2 × 30 min a week, pull-out, group A");
        assert_eq!(services_words(&w.students[0]), words.services);
        w.students[0].services.clear();
        assert_eq!(services_words(&w.students[0]), "no services");
        assert_eq!(words.breakdown, "60 direct, 10 notes, 9 paperwork");
    }
}
