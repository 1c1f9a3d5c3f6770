//! A student's services as an IEP states them, from the plan in the calculator: direct
//! service by the week, or under 3:1 by the weeks of a 4-week cycle it is given in ("30
//! minutes, 2 times a week, 3 of every 4 weeks"), and consultation on the student's behalf
//! ("Consultation between the classroom teacher and the SLP, 15 minutes once per 4-week
//! cycle"). Districts word these differently; these are starting points to edit.

use super::three_to_one::CycleMinutes;
use super::week::{clean, minutes_per_week};
use crate::format::number;
use crate::model::{Delivery, Discipline, Period, Profile, Rate, Service, ServiceModel, Student};

/// What the provider's direct service is called on the IEP's services page.
fn service_name(discipline: Discipline) -> &'static str {
    match discipline {
        Discipline::Slp => "Speech-language therapy",
        Discipline::Ot => "Occupational therapy",
        Discipline::Pt => "Physical therapy",
        Discipline::SpecialEducation => "Specially designed instruction",
        Discipline::Other => "Related service",
    }
}

/// The provider, as a consultation statement names them.
fn provider(discipline: Discipline) -> &'static str {
    match discipline {
        Discipline::Slp => "the SLP",
        Discipline::Ot => "the OT",
        Discipline::Pt => "the PT",
        Discipline::SpecialEducation => "the special-education teacher",
        Discipline::Other => "the provider",
    }
}

/// "once a week", "2 times a week", "once per 4-week cycle", "3 times per school year".
fn how_often(times: f64, per: Period) -> String {
    let times = if times == 1.0 { "once".to_string() } else { format!("{} times", number(times, 2)) };
    let per = match per {
        Period::Day => "a day",
        Period::Week => "a week",
        other => other.label(),
    };
    format!("{times} {per}")
}

/// A direct service's statement: where and how often, and under 3:1 in which weeks.
fn direct(service: &Service, profile: &Profile) -> String {
    let setting = match (service.delivery, service.group.is_some()) {
        (Delivery::Classroom, _) => "in the classroom",
        (_, true) => "in a small group, outside the classroom",
        (_, false) => "individually, outside the classroom",
    };
    let name = service_name(profile.discipline);
    let session = clean(service.rate.minutes);
    let amount = match profile.service_model {
        ServiceModel::Traditional => {
            format!("{} minutes, {}", number(session, 1), how_often(clean(service.rate.times), service.rate.per))
        }
        ServiceModel::ThreeToOne { .. } => three_to_one_amount(&service.rate, profile),
    };
    format!("{name} {setting}: {amount}.")
}

/// Under 3:1 the cycle's direct minutes (four weeks' average) are given in its three direct
/// weeks: as whole sessions a week when they divide evenly, or else in the planner's words
/// for any amount ([`CycleMinutes::iep_wording`]).
fn three_to_one_amount(rate: &Rate, profile: &Profile) -> String {
    let cycle = CycleMinutes::from_weekly(minutes_per_week(rate, profile));
    let session = clean(rate.minutes);
    let sessions_a_week = if session > 0.0 { cycle.per_direct_week / session } else { 0.0 };
    if sessions_a_week >= 1.0 && (sessions_a_week - sessions_a_week.round()).abs() < 1e-9 {
        format!(
            "{} minutes, {}, 3 of every 4 weeks",
            number(session, 1),
            how_often(sessions_a_week.round(), Period::Week)
        )
    } else {
        cycle.iep_wording()
    }
}

/// Every service on `student`'s plan as a statement, in the plan's order.
pub fn service_statements(student: &Student, profile: &Profile) -> Vec<String> {
    student
        .services
        .iter()
        .map(|service| match service.delivery {
            Delivery::Consult => format!(
                "Consultation between the classroom teacher and {}, {} minutes {}.",
                provider(profile.discipline),
                number(clean(service.rate.minutes), 1),
                how_often(clean(service.rate.times), service.rate.per)
            ),
            Delivery::PullOut | Delivery::Classroom => direct(service, profile),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{IndirectWeek, Level, PlanType};

    fn student(services: Vec<Service>) -> Student {
        Student {
            id: 1,
            label: "AB".into(),
            plan: PlanType::Iep,
            level: Level::Elementary,
            building: None,
            weight: None,
            services,
        }
    }

    fn service(delivery: Delivery, minutes: f64, times: f64, per: Period) -> Service {
        Service { delivery, rate: Rate::new(minutes, times, per), group: None }
    }

    fn three_to_one() -> Profile {
        Profile {
            service_model: ServiceModel::ThreeToOne { indirect_week: IndirectWeek::Fourth },
            ..Profile::default()
        }
    }

    #[test]
    fn the_briefs_3_to_1_example_180_minutes_a_cycle_is_twice_a_week_in_3_of_4_weeks() {
        let s = student(vec![service(Delivery::PullOut, 30.0, 6.0, Period::Cycle)]);
        assert_eq!(
            service_statements(&s, &three_to_one()),
            ["Speech-language therapy individually, outside the classroom: 30 minutes, 2 times a week, 3 of every 4 weeks."]
        );
    }

    #[test]
    fn a_weekly_average_that_does_not_divide_into_direct_weeks_is_stated_per_cycle() {
        // 30 minutes twice a week on average is 240 minutes a cycle: 8 sessions in 3 weeks,
        // stated as the planner's conversions state it.
        let s = student(vec![service(Delivery::PullOut, 30.0, 2.0, Period::Week)]);
        assert_eq!(
            service_statements(&s, &three_to_one()),
            ["Speech-language therapy individually, outside the classroom: 80 minutes weekly for 3 out of 4 weeks (240 minutes per 4-week cycle)."]
        );
    }

    #[test]
    fn every_week_alike_states_the_rate_as_given() {
        let mut group = service(Delivery::PullOut, 30.0, 2.0, Period::Week);
        group.group = Some("G1".into());
        let s = student(vec![group, service(Delivery::Classroom, 20.0, 1.0, Period::Week)]);
        let profile = Profile { discipline: Discipline::Ot, ..Profile::default() };
        assert_eq!(
            service_statements(&s, &profile),
            [
                "Occupational therapy in a small group, outside the classroom: 30 minutes, 2 times a week.",
                "Occupational therapy in the classroom: 20 minutes, once a week.",
            ]
        );
    }

    #[test]
    fn consultation_on_the_students_behalf_as_the_issue_words_it() {
        let s = student(vec![service(Delivery::Consult, 15.0, 1.0, Period::Cycle)]);
        for profile in [Profile::default(), three_to_one()] {
            assert_eq!(
                service_statements(&s, &profile),
                ["Consultation between the classroom teacher and the SLP, 15 minutes once per 4-week cycle."]
            );
        }
    }

    #[test]
    fn bad_numbers_read_as_none_never_nan() {
        let s = student(vec![
            service(Delivery::PullOut, f64::NAN, 2.0, Period::Week),
            service(Delivery::Consult, 15.0, f64::INFINITY, Period::Year),
        ]);
        let lines = service_statements(&s, &three_to_one());
        assert_eq!(
            lines[0],
            "Speech-language therapy individually, outside the classroom: 0 minutes weekly for 3 out of 4 weeks (0 minutes per 4-week cycle)."
        );
        assert!(lines.iter().all(|l| !l.contains("NaN") && !l.contains("inf")), "{lines:?}");
    }
}
