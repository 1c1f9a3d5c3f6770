//! The indirect-service log against the plan: for each student, the minutes logged in a
//! week, in its 4-week cycle and in the school year so far, beside the minutes their consult
//! services plan for the same weeks, with a plain over or under; and, under 3:1, which of
//! the planner's weeks each entry fell in.
//!
//! Planned minutes are the consult services' average minutes a week (as the calculator counts
//! them) times the school weeks of the period: a period is measured in the planner's school
//! weeks, so a break week plans nothing and a cycle cut short by the year's end plans less.

use std::fmt;

use time::{Date, Duration};

use super::school_year::{DayKind, WeekKind, YearPlan};
use super::week::{clean, minutes_per_week};
use crate::format::minutes;
use crate::model::{
    monday_of, Delivery, IndirectLog, IsoDate, LogEntry, Period as RatePeriod, Profile, SchoolYear, Student,
};

/// A stretch of days the log is totalled over, and how many school weeks it holds.
#[derive(Clone, Debug, PartialEq)]
pub struct Period {
    pub first: Date,
    pub last: Date,
    pub school_weeks: u32,
    /// "Week of Oct 5, 2026", "Cycle 3: Sep 28 – Oct 23, 2026".
    pub words: String,
}

impl Period {
    fn holds(&self, day: Date) -> bool {
        self.first <= day && day <= self.last
    }
}

/// The three periods around a day: its week, its cycle and the school year up to its week's
/// end. Without a school year that can be planned there is only the week.
#[derive(Clone, Debug, PartialEq)]
pub struct Periods {
    pub week: Period,
    pub cycle: Option<Period>,
    pub year: Option<Period>,
}

fn sunday_of(monday: Date) -> Date {
    monday.checked_add(Duration::days(6)).unwrap_or(monday)
}

pub fn periods(plan: Option<&YearPlan>, on: IsoDate) -> Periods {
    let monday = monday_of(on).0;
    let school_week = plan.map(|p| p.weeks.iter().find(|w| w.monday == monday));
    let week = Period {
        first: monday,
        last: sunday_of(monday),
        school_weeks: match school_week {
            Some(None) => 0,
            _ => 1,
        },
        words: match school_week {
            Some(None) => format!("Week of {} (no school)", IsoDate(monday).readable()),
            _ => format!("Week of {}", IsoDate(monday).readable()),
        },
    };
    let Some(plan) = plan.filter(|p| !p.weeks.is_empty()) else {
        return Periods { week, cycle: None, year: None };
    };
    let number = plan.cycle_on(on.0);
    let in_cycle: Vec<_> = plan.weeks.iter().filter(|w| w.cycle == number).collect();
    let cycle = match (in_cycle.first(), in_cycle.last()) {
        (Some(first), Some(last)) => Some(Period {
            first: first.monday,
            last: sunday_of(last.monday),
            school_weeks: in_cycle.len() as u32,
            words: format!(
                "Cycle {number}: {} – {}",
                super::school_year::short_date(first.first_school_day),
                IsoDate(last.last_school_day).readable()
            ),
        }),
        _ => None,
    };
    let first = plan.weeks[0].monday;
    let so_far = plan.weeks.iter().filter(|w| w.monday <= monday).count() as u32;
    let year = Some(Period {
        first,
        last: sunday_of(monday).max(first),
        school_weeks: so_far,
        words: format!(
            "The school year to date ({})",
            crate::format::count(so_far as usize, "school week", "school weeks")
        ),
    });
    Periods { week, cycle, year }
}

/// Minutes logged beside minutes planned, for one period.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tally {
    pub logged: u32,
    pub planned: f64,
}

/// Where the logged minutes stand against the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    /// Nothing planned and nothing logged.
    NothingPlanned,
    /// Within half a minute of the plan, either way.
    Met,
    Under(u32),
    Over(u32),
}

impl Tally {
    /// From the difference itself, rounded only once: within half a minute is met (whole
    /// minutes logged cannot match a plan of 7.5 closer).
    pub fn standing(&self) -> Standing {
        let difference = f64::from(self.logged) - self.planned;
        if self.planned == 0.0 && self.logged == 0 {
            Standing::NothingPlanned
        } else if difference.abs() <= 0.5 {
            Standing::Met
        } else if difference < 0.0 {
            Standing::Under((-difference).round() as u32)
        } else {
            Standing::Over(difference.round() as u32)
        }
    }

    /// "45 of 60 min".
    pub fn words(&self) -> String {
        format!("{} of {} min", self.logged, minutes(self.planned))
    }
}

impl fmt::Display for Standing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Standing::NothingPlanned => f.write_str("none planned"),
            Standing::Met => f.write_str("met"),
            Standing::Under(m) => write!(f, "under by {m} min"),
            Standing::Over(m) => write!(f, "over by {m} min"),
        }
    }
}

/// One student's indirect minutes, logged and planned.
#[derive(Clone, Debug, PartialEq)]
pub struct StudentCoverage {
    pub student: u32,
    pub label: String,
    /// The consult services' average minutes a week.
    pub planned_weekly: f64,
    pub week: Tally,
    pub cycle: Option<Tally>,
    pub year: Option<Tally>,
    /// Every entry for the student, in any period.
    pub entries: usize,
}

impl StudentCoverage {
    /// Whether the student has anything to measure: consult services, or entries logged.
    pub fn has_indirect(&self) -> bool {
        self.planned_weekly > 0.0 || self.entries > 0
    }
}

/// Entries for students no longer on the caseload, kept as records.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Unlinked {
    pub entries: usize,
    pub minutes: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Coverage {
    pub periods: Periods,
    pub students: Vec<StudentCoverage>,
    pub unlinked: Unlinked,
}

/// The minutes a week a student's consult services plan over the planner's `year_weeks`
/// school weeks: an amount a year (or a quarter, a fourth of the year) is spread over the
/// weeks the calendar really has, so that the year's weeks plan exactly that amount; other
/// rates as the calculator counts them. Without a calendar, as the calculator counts all.
pub fn planned_per_school_week(student: &Student, profile: &Profile, year_weeks: Option<u32>) -> f64 {
    student
        .services
        .iter()
        .filter(|s| s.delivery == Delivery::Consult)
        .map(|s| {
            let (amount, weeks) = (clean(s.rate.minutes) * clean(s.rate.times), year_weeks.map(f64::from));
            match (s.rate.per, weeks) {
                (RatePeriod::Year, Some(weeks)) if weeks > 0.0 => amount / weeks,
                (RatePeriod::Quarter, Some(weeks)) if weeks > 0.0 => amount * 4.0 / weeks,
                _ => minutes_per_week(&s.rate, profile),
            }
        })
        .sum()
}

/// Every student's coverage around the day `on`, in caseload order. One pass over the log.
/// `year_weeks`: the school weeks of the planner's calendar, if it can be laid out.
pub fn coverage(
    students: &[Student],
    profile: &Profile,
    log: Option<&IndirectLog>,
    periods: Periods,
    year_weeks: Option<u32>,
) -> Coverage {
    let tally = |weekly: f64, period: &Period| Tally { logged: 0, planned: weekly * f64::from(period.school_weeks) };
    let mut rows: Vec<StudentCoverage> = students
        .iter()
        .map(|s| {
            let weekly = planned_per_school_week(s, profile, year_weeks);
            StudentCoverage {
                student: s.id,
                label: s.label.clone(),
                planned_weekly: weekly,
                week: tally(weekly, &periods.week),
                cycle: periods.cycle.as_ref().map(|p| tally(weekly, p)),
                year: periods.year.as_ref().map(|p| tally(weekly, p)),
                entries: 0,
            }
        })
        .collect();
    // Each student's row by id, looked up in a few steps (a sorted list: no hashing code in
    // the page); the first student of an id, should two share one.
    let mut place: Vec<(u32, usize)> = rows.iter().enumerate().map(|(i, r)| (r.student, i)).collect();
    place.sort_by_key(|&(id, _)| id);
    place.dedup_by_key(|&mut (id, _)| id);
    let mut unlinked = Unlinked::default();
    for entry in log.map_or(&[][..], |l| &l.entries[..]) {
        let Ok(found) = place.binary_search_by_key(&entry.student, |&(id, _)| id) else {
            unlinked.entries += 1;
            unlinked.minutes += entry.minutes;
            continue;
        };
        let row = &mut rows[place[found].1];
        row.entries += 1;
        let day = entry.date.0;
        if periods.week.holds(day) {
            row.week.logged += entry.minutes;
        }
        for (tally, period) in [(&mut row.cycle, &periods.cycle), (&mut row.year, &periods.year)] {
            if let (Some(tally), Some(period)) = (tally, period) {
                if period.holds(day) {
                    tally.logged += entry.minutes;
                }
            }
        }
    }
    Coverage { periods, students: rows, unlinked }
}

/// Which week of the planner's calendar an entry's day is.
#[derive(Clone, Debug, PartialEq)]
pub enum EntryWeek {
    /// Under 3:1: an indirect or direct week, and its cycle.
    ThreeToOne {
        kind: WeekKind,
        cycle: u32,
    },
    /// The traditional model: a school week, by number.
    School {
        week: u32,
    },
    DayOff(String),
    NoSchool,
    /// The school year cannot be laid out (its problems are shown on the planner).
    Unknown,
}

/// The week an entry counts in is its school week, whatever the day (work done on a Saturday
/// or a day off of an indirect week is that week's); only outside the school weeks is the
/// day itself named.
pub fn entry_week(plan: Option<&YearPlan>, year: &SchoolYear, day: IsoDate) -> EntryWeek {
    let Some(plan) = plan else {
        return EntryWeek::Unknown;
    };
    let monday = monday_of(day).0;
    match plan.weeks.iter().find(|w| w.monday == monday) {
        Some(w) if plan.uses_three_to_one => EntryWeek::ThreeToOne { kind: w.kind, cycle: w.cycle },
        Some(w) => EntryWeek::School { week: w.number },
        None => match plan.day(year, day.0) {
            DayKind::Off(label) => EntryWeek::DayOff(label),
            _ => EntryWeek::NoSchool,
        },
    }
}

impl fmt::Display for EntryWeek {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EntryWeek::ThreeToOne { kind: WeekKind::Indirect, cycle } => write!(f, "Indirect week (cycle {cycle})"),
            EntryWeek::ThreeToOne { kind: WeekKind::Direct, cycle } => write!(f, "Direct week (cycle {cycle})"),
            EntryWeek::School { week } => write!(f, "School week {week}"),
            EntryWeek::DayOff(label) => write!(f, "Day off: {label}"),
            EntryWeek::NoSchool => f.write_str("Not a school day"),
            EntryWeek::Unknown => f.write_str(""),
        }
    }
}

/// The entries for the students `is_for` accepts (by id), from `first` to `last` inclusive,
/// by date and then as entered: a student's log on screen and on the filled form.
pub fn entries_between(
    log: Option<&IndirectLog>,
    is_for: impl Fn(u32) -> bool,
    first: IsoDate,
    last: IsoDate,
) -> Vec<&LogEntry> {
    let mut found: Vec<&LogEntry> = log
        .map_or(&[][..], |l| &l.entries[..])
        .iter()
        .filter(|e| first <= e.date && e.date <= last && is_for(e.student))
        .collect();
    found.sort_by_key(|e| e.date);
    found
}

/// The total minutes of some entries, as the filled form's last line states it.
pub fn total_minutes(entries: &[&LogEntry]) -> u32 {
    entries.iter().map(|e| e.minutes).sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::school_year::plan_year;
    use crate::model::{
        blank_workspace, Discipline, Draft, IndirectService, IndirectWeek, Rate, Role, ServiceModel, Workspace,
    };

    fn day(y: i32, m: u8, d: u8) -> IsoDate {
        IsoDate::ymd(y, m, d).unwrap()
    }

    /// Two students: A with consultation 15 minutes per 4-week cycle, B with 10 minutes a week.
    fn workspace() -> Workspace {
        let mut w = blank_workspace(Discipline::Slp);
        let a = w.add_student().unwrap();
        let b = w.add_student().unwrap();
        for (id, rate) in
            [(a, Rate { minutes: 15.0, times: 1.0, per: crate::model::Period::Cycle }), (b, Rate::weekly(10.0, 1.0))]
        {
            let s = w.student_mut(id).unwrap();
            s.services.push(crate::model::Service { delivery: Delivery::Consult, rate, group: None });
        }
        w
    }

    fn weeks(plan: &YearPlan) -> Option<u32> {
        Some(plan.weeks.len() as u32)
    }

    #[test]
    fn a_yearly_amount_is_spread_over_the_calendars_own_weeks() {
        let mut w = workspace();
        let a = w.students[0].id;
        w.student_mut(a).unwrap().services.last_mut().unwrap().rate =
            Rate { minutes: 360.0, times: 1.0, per: crate::model::Period::Year };
        let plan = plan_year(&w.school_year, 5.0, w.profile.service_model).unwrap();
        // The profile says 36 school weeks a year; the calendar has 38: by its last week the
        // year's 360 minutes are planned, no more.
        assert_eq!((w.profile.school_weeks_per_year, plan.weeks.len()), (36.0, 38));
        let last = IsoDate(plan.weeks.last().unwrap().last_school_day);
        let c = coverage(&w.students, &w.profile, None, periods(Some(&plan), last), weeks(&plan));
        assert!((c.students[0].year.unwrap().planned - 360.0).abs() < 1e-9);
        assert_eq!(c.students[0].year.unwrap().standing(), Standing::Under(360));
    }

    fn log(w: &mut Workspace, on: IsoDate, minutes: u32, students: &[u32]) {
        let draft = Draft {
            date: on,
            service: IndirectService::Consultation,
            with: Role::ClassroomTeacher,
            minutes,
            note: String::new(),
        };
        w.log_entries(&draft, students, false).unwrap();
    }

    #[test]
    fn a_cycle_plan_is_met_by_one_consultation_in_the_cycle() {
        let mut w = workspace();
        let (a, b) = (w.students[0].id, w.students[1].id);
        let plan = plan_year(&w.school_year, 5.0, w.profile.service_model).unwrap();
        // The typical year starts Tuesday Sep 8, 2026: school week 1 is Sep 7, cycle 1 is
        // weeks 1 to 4 (to Oct 2). Week 2 is Sep 14.
        log(&mut w, day(2026, 9, 16), 15, &[a]);
        log(&mut w, day(2026, 9, 17), 10, &[b]);
        log(&mut w, day(2026, 9, 9), 10, &[b]);
        let c = coverage(
            &w.students,
            &w.profile,
            w.indirect_log.as_ref(),
            periods(Some(&plan), day(2026, 9, 16)),
            weeks(&plan),
        );
        assert_eq!(c.periods.week.words, "Week of Sep 14, 2026");
        assert_eq!(c.periods.cycle.as_ref().unwrap().words, "Cycle 1: Sep 8 – Oct 2, 2026");
        assert_eq!(c.periods.cycle.as_ref().unwrap().school_weeks, 4);
        assert_eq!(c.periods.year.as_ref().unwrap().school_weeks, 2);
        let (ra, rb) = (&c.students[0], &c.students[1]);
        // A: 15 a cycle is 3.75 a week.
        assert_eq!(ra.week, Tally { logged: 15, planned: 3.75 });
        assert_eq!(ra.week.standing(), Standing::Over(11));
        assert_eq!(ra.cycle.unwrap().standing(), Standing::Met);
        assert_eq!(ra.year.unwrap(), Tally { logged: 15, planned: 7.5 });
        assert_eq!(ra.year.unwrap().standing(), Standing::Over(8), "15 against 7.5: 7.5 over, said as 8");
        assert_eq!(Tally { logged: 7, planned: 7.5 }.standing(), Standing::Met);
        assert_eq!(Tally { logged: 8, planned: 7.5 }.standing(), Standing::Met);
        assert_eq!(Tally { logged: 0, planned: 0.4 }.standing(), Standing::Met);
        assert_eq!(Tally { logged: 0, planned: 30.0 }.standing(), Standing::Under(30));
        // B: 10 a week, logged in weeks 1 and 2.
        assert_eq!(rb.week.standing(), Standing::Met);
        assert_eq!(rb.cycle.unwrap(), Tally { logged: 20, planned: 40.0 });
        assert_eq!(rb.cycle.unwrap().standing(), Standing::Under(20));
        assert_eq!(rb.cycle.unwrap().standing().to_string(), "under by 20 min");
        assert_eq!(rb.year.unwrap().standing(), Standing::Met);
        assert_eq!(rb.entries, 2);
    }

    #[test]
    fn a_break_week_plans_nothing_and_entries_of_students_gone_are_kept_apart() {
        let mut w = workspace();
        let b = w.students[1].id;
        let plan = plan_year(&w.school_year, 5.0, w.profile.service_model).unwrap();
        let winter_break = day(2026, 12, 23);
        log(&mut w, winter_break, 30, &[b]);
        w.remove_student(b);
        let c = coverage(
            &w.students,
            &w.profile,
            w.indirect_log.as_ref(),
            periods(Some(&plan), winter_break),
            weeks(&plan),
        );
        assert_eq!(c.periods.week.school_weeks, 0);
        assert_eq!(c.periods.week.words, "Week of Dec 21, 2026 (no school)");
        assert_eq!(c.students[0].week.standing(), Standing::NothingPlanned);
        assert_eq!(c.unlinked, Unlinked { entries: 1, minutes: 30 });
        assert!(c.students[0].has_indirect());
        let mut plain = w.clone();
        plain.students[0].services.retain(|s| s.delivery != Delivery::Consult);
        let c = coverage(
            &plain.students,
            &plain.profile,
            plain.indirect_log.as_ref(),
            periods(Some(&plan), winter_break),
            weeks(&plan),
        );
        assert!(!c.students[0].has_indirect());
    }

    #[test]
    fn without_a_plannable_year_only_the_week_is_measured() {
        let w = workspace();
        let c = coverage(&w.students, &w.profile, None, periods(None, day(2026, 9, 9)), None);
        assert!(c.periods.cycle.is_none() && c.students[1].year.is_none());
        assert_eq!(c.students[1].week, Tally { logged: 0, planned: 10.0 });
    }

    #[test]
    fn under_three_to_one_each_entry_knows_its_week() {
        let mut w = workspace();
        w.profile.service_model = ServiceModel::ThreeToOne { indirect_week: IndirectWeek::Fourth };
        let plan = plan_year(&w.school_year, 5.0, w.profile.service_model).unwrap();
        let fourth = plan.indirect().next().unwrap().first_school_day;
        assert_eq!(entry_week(Some(&plan), &w.school_year, IsoDate(fourth)).to_string(), "Indirect week (cycle 1)");
        assert_eq!(IsoDate(fourth), day(2026, 9, 28));
        assert_eq!(entry_week(Some(&plan), &w.school_year, day(2026, 9, 9)).to_string(), "Direct week (cycle 1)");
        // A day off, or a Saturday, of a school week counts in that week.
        assert_eq!(entry_week(Some(&plan), &w.school_year, day(2026, 10, 12)).to_string(), "Direct week (cycle 2)");
        assert_eq!(entry_week(Some(&plan), &w.school_year, day(2026, 10, 3)).to_string(), "Indirect week (cycle 1)");
        assert_eq!(entry_week(Some(&plan), &w.school_year, day(2026, 12, 23)).to_string(), "Day off: Winter break");
        assert_eq!(entry_week(Some(&plan), &w.school_year, day(2027, 6, 25)), EntryWeek::NoSchool);
        let traditional = plan_year(&w.school_year, 5.0, ServiceModel::Traditional).unwrap();
        assert_eq!(entry_week(Some(&traditional), &w.school_year, day(2026, 9, 16)), EntryWeek::School { week: 2 });
    }

    #[test]
    fn a_students_entries_in_a_range_by_date() {
        let mut w = workspace();
        let (a, b) = (w.students[0].id, w.students[1].id);
        log(&mut w, day(2026, 10, 8), 20, &[a]);
        log(&mut w, day(2026, 10, 1), 15, &[a, b]);
        log(&mut w, day(2026, 11, 2), 5, &[a]);
        let found = entries_between(w.indirect_log.as_ref(), |s| s == a, day(2026, 10, 1), day(2026, 10, 31));
        assert_eq!(found.iter().map(|e| e.minutes).collect::<Vec<_>>(), vec![15, 20]);
        assert_eq!(total_minutes(&found), 35);
        w.remove_student(b);
        let gone = |s: u32| w.student(s).is_none();
        let found = entries_between(w.indirect_log.as_ref(), gone, day(2026, 9, 1), day(2027, 6, 30));
        assert_eq!(found.iter().map(|e| (e.student, e.minutes)).collect::<Vec<_>>(), vec![(b, 15)]);
    }
}
