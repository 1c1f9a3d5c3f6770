//! Checking a whole set of scenarios read from outside (a backup file, a shared link) field
//! by field, with the same ranges the input fields use. Each problem names where it is:
//! `scenario 1 ("Name"): students[3].services[0].rate.minutes: Minutes can be at most 600.`

use crate::model::validation::{
    check_number, parse_label, NumberRule, ASSISTANTS, CAP, CONTRACT_HOURS, DAYS_PER_WEEK, EVENT_MINUTES, FTE,
    LUNCH_MINUTES, PERCENT, SESSION_MINUTES, TIMES, WEEKLY_MINUTES, WEEKS_PER_QUARTER, WEEKS_PER_YEAR, WEIGHT,
};
use crate::model::{CapChoice, Rate, Scenarios, Workspace, MAX_SCENARIOS};

/// More students than any one provider's caseload, with room for district-sized stress tests.
pub const MAX_STUDENTS: usize = 10_000;
/// Problems listed before "and N more".
const SHOWN: usize = 20;

struct Problems {
    list: Vec<String>,
    prefix: String,
}

impl Problems {
    fn number(&mut self, path: &str, value: f64, rule: NumberRule) {
        if let Err(message) = check_number(value, rule) {
            self.list.push(format!("{}{path}: {message}", self.prefix));
        }
    }

    fn rate(&mut self, path: &str, rate: &Rate, minutes: NumberRule) {
        self.number(&format!("{path}.minutes"), rate.minutes, minutes);
        self.number(&format!("{path}.times"), rate.times, TIMES);
    }

    fn text(&mut self, path: &str, result: Result<String, String>) {
        if let Err(message) = result {
            self.list.push(format!("{}{path}: {message}", self.prefix));
        }
    }
}

fn check_workspace(p: &mut Problems, w: &Workspace) {
    let profile = &w.profile;
    p.number("profile.fte", profile.fte, FTE);
    p.number("profile.contract_hours_per_week", profile.contract_hours_per_week, CONTRACT_HOURS);
    p.number("profile.lunch_minutes_per_day", profile.lunch_minutes_per_day, LUNCH_MINUTES);
    p.number("profile.days_per_week", profile.days_per_week, DAYS_PER_WEEK);
    p.number("profile.school_weeks_per_year", profile.school_weeks_per_year, WEEKS_PER_YEAR);
    p.number("profile.weeks_per_quarter", profile.weeks_per_quarter, WEEKS_PER_QUARTER);
    p.number("profile.assistants_supervised", profile.assistants_supervised, ASSISTANTS);
    p.number("profile.thresholds.at_capacity_from", profile.thresholds.at_capacity_from, PERCENT);
    p.number("profile.thresholds.over_capacity_above", profile.thresholds.over_capacity_above, PERCENT);
    if let CapChoice::Custom { max } = profile.cap {
        p.number("profile.cap.custom.max", max, CAP);
    }
    for (i, b) in profile.buildings.iter().enumerate() {
        p.number(&format!("profile.buildings[{i}].travel_minutes_per_week"), b.travel_minutes_per_week, WEEKLY_MINUTES);
    }
    let standards = &w.standards;
    p.rate("standards.annual_plan.rate", &standards.annual_plan.rate, EVENT_MINUTES);
    p.rate("standards.progress_reports.rate", &standards.progress_reports.rate, EVENT_MINUTES);
    p.rate("standards.reevaluation.rate", &standards.reevaluation.rate, EVENT_MINUTES);
    p.number(
        "standards.documentation_minutes_per_session",
        standards.documentation_minutes_per_session,
        SESSION_MINUTES,
    );
    if w.students.len() > MAX_STUDENTS {
        p.list.push(format!("{}students: more than {MAX_STUDENTS} students", p.prefix));
    }
    for (i, s) in w.students.iter().enumerate() {
        p.text(&format!("students[{i}].label"), parse_label(&s.label));
        if let Some(weight) = s.weight {
            p.number(&format!("students[{i}].weight"), weight, WEIGHT);
        }
        for (j, v) in s.services.iter().enumerate() {
            p.rate(&format!("students[{i}].services[{j}].rate"), &v.rate, SESSION_MINUTES);
        }
    }
    for (i, a) in w.activities.iter().enumerate() {
        p.rate(&format!("activities[{i}].rate"), &a.rate, EVENT_MINUTES);
    }
    for (i, t) in w.checklist.tasks.iter().enumerate() {
        p.number(&format!("checklist.tasks[{i}].minutes"), t.minutes, EVENT_MINUTES);
    }
}

/// Every problem in `scenarios`, in words, with where it is (at most [`SHOWN`], then a count).
pub fn problems(scenarios: &Scenarios) -> Vec<String> {
    let mut p = Problems { list: Vec::new(), prefix: String::new() };
    if scenarios.list.is_empty() {
        p.list.push("list: there are no scenarios".into());
    }
    if scenarios.list.len() > MAX_SCENARIOS {
        p.list.push(format!("list: more than {MAX_SCENARIOS} scenarios"));
    }
    for (i, s) in scenarios.list.iter().enumerate() {
        p.prefix = format!("scenario {} (\"{}\"): ", i + 1, s.name.chars().take(60).collect::<String>());
        check_workspace(&mut p, &s.workspace);
    }
    let mut list = p.list;
    if list.len() > SHOWN {
        let more = list.len() - SHOWN;
        list.truncate(SHOWN);
        list.push(format!("… and {more} more."));
    }
    list
}
