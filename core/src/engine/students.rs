//! What each student costs the provider per week, with group sessions counted once.

use std::collections::HashMap;

use crate::model::{Delivery, Service, StandardValues, Student, Workspace};

use super::week::{clean, minutes_per_week, ratio, times_per_week};

/// One student's weekly load on the provider.
#[derive(Clone, Debug, PartialEq)]
pub struct StudentLoad {
    pub id: u32,
    pub label: String,
    /// The provider's direct minutes for this student: a group session's time is shared
    /// among its members in proportion to their own minutes, so a group counts once.
    pub direct: f64,
    /// Consult time on the student's behalf.
    pub indirect: f64,
    /// Plan paperwork and session notes.
    pub compliance: f64,
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

/// The key a group is known by: names differing only in case or spacing are one group.
fn group_key(service: &Service) -> Option<String> {
    let name = service.group.as_deref()?.trim();
    (!name.is_empty()).then(|| name.to_ascii_lowercase())
}

/// Weekly paperwork a student brings: their plan's share plus a note per direct session.
fn compliance_minutes(student: &Student, standards: &StandardValues, workspace: &Workspace) -> f64 {
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
    clean(plan + sessions * clean(standards.documentation_minutes_per_session))
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
        .map(|student| {
            let mut load = StudentLoad {
                id: student.id,
                label: student.label.clone(),
                direct: 0.0,
                indirect: 0.0,
                compliance: compliance_minutes(student, &workspace.standards, workspace),
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
