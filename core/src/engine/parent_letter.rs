//! The letter to families about a switch to the 3:1 service model: what changes for their
//! child, why, and the dates of every indirect week of the school year from the planner. The
//! therapist edits it before printing; this is the starting text.

use super::school_year::{plan_year, week_dates, YearPlan};
use crate::model::{Discipline, IndirectWeek, Profile, SchoolYear, ServiceModel};

/// The school year's weeks as the letter describes them: the scenario's own 3:1 calendar, or,
/// for a scenario still on the traditional model, the calendar 3:1 would give it (the
/// fourth week indirect), so the letter can be written before the switch is made. `None`
/// when the school year has problems (the planner shows them).
pub fn letter_calendar(year: &SchoolYear, profile: &Profile) -> Option<YearPlan> {
    let model = match profile.service_model {
        ServiceModel::Traditional => ServiceModel::ThreeToOne { indirect_week: IndirectWeek::Fourth },
        three_to_one => three_to_one,
    };
    plan_year(year, profile.days_per_week, model).ok()
}

/// The letter's text, paragraphs separated by blank lines.
pub fn parent_letter(profile: &Profile, plan: &YearPlan) -> String {
    let service = match profile.discipline {
        Discipline::Slp => "speech-language therapy",
        Discipline::Ot => "occupational therapy",
        Discipline::Pt => "physical therapy",
        Discipline::SpecialEducation => "special education services",
        Discipline::Other => "services",
    };
    let provider = match profile.discipline {
        Discipline::Slp => "speech-language pathologist",
        Discipline::Ot => "occupational therapist",
        Discipline::Pt => "physical therapist",
        Discipline::SpecialEducation => "special-education teacher",
        Discipline::Other => "provider",
    };
    let which = match profile.service_model {
        ServiceModel::ThreeToOne { indirect_week: IndirectWeek::First } => "first",
        _ => "fourth",
    };
    let mut weeks = String::new();
    for week in plan.indirect() {
        weeks.push_str("- ");
        weeks.push_str(&week_dates(week));
        weeks.push('\n');
    }
    if weeks.is_empty() {
        weeks.push_str("- (The school year is too short for an indirect week.)\n");
    }
    format!(
        "Dear families,\n\n\
         This school year your child's {service} will follow a schedule called the 3:1 model. \
         The year is divided into cycles of four school weeks. In three weeks of each cycle I \
         will see your child for sessions, as their plan sets out. In the {which} week I will \
         not hold sessions: I will work on your child's behalf instead.\n\n\
         In those weeks I will meet with teachers and aides, watch how your child uses their \
         skills in class, adapt materials and set up supports, check devices and equipment, \
         plan the next cycle's sessions, and contact families. Your child's plan is met over \
         each cycle: the minutes stay the same, arranged differently.\n\n\
         Why the change? Skills practised only in a therapy room do not always carry over to \
         the classroom. Time with the adults who are with your child every day helps those \
         skills show up where they matter, and planned time lets me prepare sessions that fit \
         your child's goals.\n\n\
         The weeks without sessions this school year:\n\
         {weeks}\n\
         If you have questions, or would like to talk during one of those weeks, please contact \
         me. I look forward to working with you and your child this year.\n\n\
         Sincerely,\n\n\
         [Your name], {provider}\n"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SchoolYear;

    #[test]
    fn the_letter_lists_every_indirect_week_of_the_typical_year() {
        let profile = Profile::default();
        assert_eq!(profile.service_model, ServiceModel::Traditional);
        let plan = letter_calendar(&SchoolYear::default(), &profile).unwrap();
        let letter = parent_letter(&profile, &plan);
        let weeks: Vec<&str> = letter.lines().filter(|l| l.starts_with("- ")).collect();
        assert_eq!(weeks.len(), plan.indirect_weeks as usize);
        assert_eq!(weeks[0], "- Sep 28 – Oct 2, 2026");
        assert!(letter.contains("speech-language therapy will follow"));
        assert!(letter.contains("In the fourth week"));
        assert!(letter.ends_with("[Your name], speech-language pathologist\n"));
    }

    #[test]
    fn an_indirect_first_week_is_said_and_dated() {
        let profile = Profile {
            discipline: Discipline::Ot,
            service_model: ServiceModel::ThreeToOne { indirect_week: IndirectWeek::First },
            ..Profile::default()
        };
        let plan = letter_calendar(&SchoolYear::default(), &profile).unwrap();
        let letter = parent_letter(&profile, &plan);
        assert!(letter.contains("In the first week") && letter.contains("occupational therapy"));
        assert!(letter.contains("- Sep 8 – Sep 11, 2026\n"));
    }

    #[test]
    fn a_year_that_cannot_be_planned_has_no_letter_calendar() {
        let mut year = SchoolYear::default();
        year.last_day = year.first_day;
        year.first_day = crate::model::IsoDate::ymd(2027, 1, 1).unwrap();
        assert!(letter_calendar(&year, &Profile::default()).is_none());
    }
}
