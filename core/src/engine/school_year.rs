//! The school year laid out in weeks, and the 3:1 cycles over them.
//!
//! A school week is a Monday-to-Sunday calendar week with at least one school day: a
//! weekday (the first `days_per_week` days from Monday) between the first and last day of
//! school that is not a day off. Weeks with no school day (breaks) are skipped. School weeks
//! are numbered from 1; every four make a cycle, whose indirect week is the 4th (or the 1st).

use time::{Date, Duration, Weekday};

use crate::model::rules::check_date;
use crate::model::{DaysOff, IndirectWeek, IsoDate, SchoolYear, ServiceModel};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WeekKind {
    Direct,
    Indirect,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SchoolWeek {
    /// 1-based school-week number.
    pub number: u32,
    pub monday: Date,
    pub first_school_day: Date,
    pub last_school_day: Date,
    pub school_days: u8,
    /// Fewer school days than a full week (a holiday, or the year's first or last week).
    pub short: bool,
    pub cycle: u32,
    /// 1 to 4 within the cycle.
    pub position: u8,
    pub kind: WeekKind,
}

#[derive(Clone, Debug, PartialEq)]
pub struct YearPlan {
    pub weeks: Vec<SchoolWeek>,
    pub cycles: u32,
    pub direct_weeks: u32,
    pub indirect_weeks: u32,
    /// The last cycle has fewer than four weeks (the year ends mid-cycle).
    pub last_cycle_weeks: u32,
    pub uses_three_to_one: bool,
}

/// What a calendar day is, for the month grid.
#[derive(Clone, Debug, PartialEq)]
pub enum DayKind {
    /// Before the first or after the last day, or a weekend.
    NoSchool,
    Off(String),
    School {
        week: u32,
        cycle: u32,
        kind: WeekKind,
    },
}

/// Everything wrong with a school year, each in words; empty when it can be planned.
pub fn problems(year: &SchoolYear) -> Vec<String> {
    let mut found = Vec::new();
    let dates = [("The first day of school", year.first_day), ("The last day of school", year.last_day)];
    let days_off = year.days_off.iter().flat_map(|d| [(d.label.trim(), d.first), (d.label.trim(), d.last)]);
    for (what, date) in dates.into_iter().chain(days_off) {
        if let Err(error) = check_date(date) {
            found.push(format!("{what}: {error}"));
        }
    }
    if !found.is_empty() {
        // Dates that far out are typing slips; nothing else can be said until they are fixed.
        return found;
    }
    if year.last_day < year.first_day {
        found.push("The last day of school is before the first day.".to_string());
    } else if year.last_day.0 - year.first_day.0 > Duration::days(400) {
        found.push("The school year is longer than 400 days: check the years of the first and last day.".to_string());
    }
    for off in &year.days_off {
        let name = if off.label.trim().is_empty() { "A day off" } else { off.label.trim() };
        if off.last < off.first {
            found.push(format!("{name}: it ends before it starts."));
        } else if off.last < year.first_day || off.first > year.last_day {
            found.push(format!(
                "{name}: it falls outside the school year ({} to {}).",
                year.first_day.readable(),
                year.last_day.readable()
            ));
        }
    }
    let mut sorted: Vec<&DaysOff> = year.days_off.iter().filter(|d| d.first <= d.last).collect();
    sorted.sort_unstable_by_key(|d| (d.first, d.id));
    for pair in sorted.windows(2) {
        if pair[1].first <= pair[0].last {
            found.push(format!("{} and {} overlap.", pair[0].label.trim(), pair[1].label.trim()));
        }
    }
    found
}

fn is_off(year: &SchoolYear, day: Date) -> Option<&DaysOff> {
    year.days_off.iter().find(|d| d.first.0 <= day && day <= d.last.0)
}

fn is_school_weekday(day: Date, days_per_week: u8) -> bool {
    day.weekday().number_days_from_monday() < days_per_week
}

/// Lays the year out in school weeks and cycles. `Err` carries the problems in words.
pub fn plan_year(year: &SchoolYear, days_per_week: f64, model: ServiceModel) -> Result<YearPlan, Vec<String>> {
    let found = problems(year);
    if !found.is_empty() {
        return Err(found);
    }
    let days_per_week = if days_per_week.is_finite() { days_per_week.round().clamp(1.0, 7.0) as u8 } else { 5 };
    let indirect_position = match model {
        ServiceModel::Traditional => None,
        ServiceModel::ThreeToOne { indirect_week: IndirectWeek::Fourth } => Some(4),
        ServiceModel::ThreeToOne { indirect_week: IndirectWeek::First } => Some(1),
    };

    let mut weeks = Vec::new();
    // Dates are within the years planned (checked above), so none of this arithmetic can
    // leave the calendar; checked arithmetic all the same, so no input can make it panic.
    let days_back = Duration::days(year.first_day.0.weekday().number_days_from_monday() as i64);
    let mut monday = year.first_day.0.checked_sub(days_back).unwrap_or(year.first_day.0);
    while monday <= year.last_day.0 {
        let school_days: Vec<Date> = (0..7)
            .filter_map(|i| monday.checked_add(Duration::days(i)))
            .filter(|&d| d >= year.first_day.0 && d <= year.last_day.0)
            .filter(|&d| is_school_weekday(d, days_per_week) && is_off(year, d).is_none())
            .collect();
        if let (Some(&first), Some(&last)) = (school_days.first(), school_days.last()) {
            let number = weeks.len() as u32 + 1;
            let position = ((number - 1) % 4 + 1) as u8;
            weeks.push(SchoolWeek {
                number,
                monday,
                first_school_day: first,
                last_school_day: last,
                school_days: school_days.len() as u8,
                short: school_days.len() < days_per_week as usize,
                cycle: (number - 1) / 4 + 1,
                position,
                kind: if indirect_position == Some(position) { WeekKind::Indirect } else { WeekKind::Direct },
            });
        }
        match monday.checked_add(Duration::days(7)) {
            Some(next) => monday = next,
            None => break,
        }
    }
    let total = weeks.len() as u32;
    let indirect_weeks = weeks.iter().filter(|w| w.kind == WeekKind::Indirect).count() as u32;
    Ok(YearPlan {
        cycles: total.div_ceil(4),
        direct_weeks: total - indirect_weeks,
        indirect_weeks,
        last_cycle_weeks: if total.is_multiple_of(4) { 4.min(total) } else { total % 4 },
        uses_three_to_one: indirect_position.is_some(),
        weeks,
    })
}

impl YearPlan {
    pub fn indirect(&self) -> impl Iterator<Item = &SchoolWeek> {
        self.weeks.iter().filter(|w| w.kind == WeekKind::Indirect)
    }

    pub fn day(&self, year: &SchoolYear, day: Date) -> DayKind {
        if day < year.first_day.0
            || day > year.last_day.0
            || matches!(day.weekday(), Weekday::Saturday | Weekday::Sunday)
        {
            return DayKind::NoSchool;
        }
        if let Some(off) = is_off(year, day) {
            return DayKind::Off(off.label.clone());
        }
        let monday = day.checked_sub(Duration::days(day.weekday().number_days_from_monday() as i64)).unwrap_or(day);
        match self.weeks.iter().find(|w| w.monday == monday) {
            Some(w) if day >= w.first_school_day && day <= w.last_school_day => {
                DayKind::School { week: w.number, cycle: w.cycle, kind: w.kind }
            }
            _ => DayKind::NoSchool,
        }
    }

    /// The cycle a date falls in: the cycle of its school week, else of the next school
    /// week (during a break), else the last cycle.
    pub fn cycle_on(&self, day: Date) -> u32 {
        self.weeks
            .iter()
            .find(|w| w.monday.checked_add(Duration::days(6)).is_none_or(|sunday| sunday >= day))
            .or(self.weeks.last())
            .map_or(1, |w| w.cycle)
    }
}

/// "Sep 8 – Sep 11, 2026" for a week's school days.
pub fn week_dates(week: &SchoolWeek) -> String {
    let (a, b) = (IsoDate(week.first_school_day), IsoDate(week.last_school_day));
    if a == b {
        a.readable()
    } else {
        format!("{} – {}", short_date(a.0), b.readable())
    }
}

/// "Sep 8": a date whose year is said after it.
pub fn short_date(day: Date) -> String {
    format!("{} {}", crate::model::month_short(day.month()), day.day())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u8, day: u8) -> IsoDate {
        IsoDate::ymd(y, m, day).unwrap()
    }

    fn off(label: &str, first: IsoDate, last: IsoDate) -> DaysOff {
        DaysOff { id: 0, label: label.into(), first, last }
    }

    const THREE_TO_ONE: ServiceModel = ServiceModel::ThreeToOne { indirect_week: IndirectWeek::Fourth };

    fn year(first: IsoDate, last: IsoDate, days_off: Vec<DaysOff>) -> SchoolYear {
        SchoolYear { first_day: first, last_day: last, days_off }
    }

    #[test]
    fn thirty_six_weeks_without_breaks_make_nine_cycles() {
        // Mon Sep 7, 2026 to Fri May 14, 2027: 36 full weeks.
        let plan = plan_year(&year(d(2026, 9, 7), d(2027, 5, 14), vec![]), 5.0, THREE_TO_ONE).unwrap();
        assert_eq!(plan.weeks.len(), 36);
        assert_eq!((plan.cycles, plan.direct_weeks, plan.indirect_weeks), (9, 27, 9));
        assert!(plan.weeks.iter().all(|w| !w.short));
        assert_eq!(plan.weeks[3].kind, WeekKind::Indirect);
        assert_eq!(plan.weeks[4].cycle, 2);
    }

    #[test]
    fn a_year_starting_mid_week_has_a_short_first_week() {
        let plan = plan_year(&year(d(2026, 9, 9), d(2026, 10, 30), vec![]), 5.0, THREE_TO_ONE).unwrap();
        let first = &plan.weeks[0];
        assert_eq!((first.school_days, first.short), (3, true));
        assert_eq!(IsoDate(first.first_school_day), d(2026, 9, 9));
        assert_eq!(plan.weeks.len(), 8);
    }

    #[test]
    fn a_break_spanning_weekends_skips_whole_weeks() {
        // Winter break Mon Dec 21 to Fri Jan 1: two calendar weeks with no school.
        let y = year(d(2026, 12, 7), d(2027, 1, 29), vec![off("Winter break", d(2026, 12, 19), d(2027, 1, 3))]);
        let plan = plan_year(&y, 5.0, THREE_TO_ONE).unwrap();
        let mondays: Vec<String> = plan.weeks.iter().map(|w| IsoDate(w.monday).iso()).collect();
        assert_eq!(mondays, ["2026-12-07", "2026-12-14", "2027-01-04", "2027-01-11", "2027-01-18", "2027-01-25"]);
        // The break splits cycle 1: its 3rd and 4th weeks come after the break.
        assert_eq!(plan.weeks[3].cycle, 1);
        assert_eq!(IsoDate(plan.weeks[3].monday), d(2027, 1, 11));
        assert_eq!(plan.weeks[3].kind, WeekKind::Indirect);
    }

    #[test]
    fn a_single_day_off_makes_a_short_week_not_a_skipped_one() {
        let y = year(d(2027, 1, 4), d(2027, 1, 29), vec![off("MLK Day", d(2027, 1, 18), d(2027, 1, 18))]);
        let plan = plan_year(&y, 5.0, THREE_TO_ONE).unwrap();
        assert_eq!(plan.weeks.len(), 4);
        assert_eq!((plan.weeks[2].school_days, plan.weeks[2].short), (4, true));
        assert_eq!(plan.day(&y, d(2027, 1, 18).0), DayKind::Off("MLK Day".into()));
        assert_eq!(plan.day(&y, d(2027, 1, 19).0), DayKind::School { week: 3, cycle: 1, kind: WeekKind::Direct });
        assert_eq!(plan.day(&y, d(2027, 1, 23).0), DayKind::NoSchool);
    }

    #[test]
    fn leap_year_february() {
        // 2028 is a leap year: Feb 28 (Mon) to Mar 3 (Fri) is one week including Feb 29.
        let plan = plan_year(&year(d(2028, 2, 28), d(2028, 3, 3), vec![]), 5.0, THREE_TO_ONE).unwrap();
        assert_eq!(plan.weeks.len(), 1);
        assert_eq!(plan.weeks[0].school_days, 5);
        assert!(matches!(
            plan.day(&year(d(2028, 2, 28), d(2028, 3, 3), vec![]), d(2028, 2, 29).0),
            DayKind::School { .. }
        ));
    }

    #[test]
    fn the_last_cycle_can_be_cut_short() {
        // 10 weeks: two full cycles and a last cycle of two direct weeks.
        let plan = plan_year(&year(d(2026, 9, 7), d(2026, 11, 13), vec![]), 5.0, THREE_TO_ONE).unwrap();
        assert_eq!((plan.cycles, plan.last_cycle_weeks), (3, 2));
        assert_eq!((plan.direct_weeks, plan.indirect_weeks), (8, 2));
    }

    #[test]
    fn indirect_week_first_in_each_cycle() {
        let model = ServiceModel::ThreeToOne { indirect_week: IndirectWeek::First };
        let plan = plan_year(&year(d(2026, 9, 7), d(2026, 11, 13), vec![]), 5.0, model).unwrap();
        let indirect: Vec<u32> = plan.indirect().map(|w| w.number).collect();
        assert_eq!(indirect, vec![1, 5, 9]);
    }

    #[test]
    fn traditional_years_have_no_indirect_weeks() {
        let plan = plan_year(&SchoolYear::typical_us_2026(), 5.0, ServiceModel::Traditional).unwrap();
        assert_eq!(plan.indirect_weeks, 0);
        assert!(!plan.uses_three_to_one);
    }

    #[test]
    fn a_four_day_week() {
        let plan = plan_year(&year(d(2026, 9, 7), d(2026, 9, 18), vec![]), 4.0, THREE_TO_ONE).unwrap();
        assert!(plan.weeks.iter().all(|w| w.school_days == 4 && !w.short));
        assert_eq!(IsoDate(plan.weeks[0].last_school_day), d(2026, 9, 10));
    }

    #[test]
    fn the_typical_year() {
        let y = SchoolYear::typical_us_2026();
        let plan = plan_year(&y, 5.0, THREE_TO_ONE).unwrap();
        // Sep 8, 2026 to Jun 18, 2027 less Thanksgiving-week days, two winter weeks and spring break.
        assert_eq!(plan.weeks.len(), 38);
        assert_eq!(plan.cycles, 10);
        let first_indirect = plan.indirect().next().unwrap();
        assert_eq!(week_dates(first_indirect), "Sep 28 – Oct 2, 2026");
        assert_eq!(
            plan.cycle_on(d(2026, 12, 25).0),
            plan.weeks.iter().find(|w| IsoDate(w.monday) == d(2027, 1, 4)).unwrap().cycle
        );
    }

    #[test]
    fn invalid_years_are_explained() {
        let backwards = year(d(2027, 6, 1), d(2026, 9, 1), vec![]);
        assert_eq!(
            plan_year(&backwards, 5.0, THREE_TO_ONE),
            Err(vec!["The last day of school is before the first day.".to_string()])
        );
        let y = year(
            d(2026, 9, 1),
            d(2027, 6, 1),
            vec![
                off("Break A", d(2026, 12, 20), d(2026, 12, 10)),
                off("Summer", d(2027, 7, 1), d(2027, 7, 5)),
                off("Winter", d(2026, 12, 21), d(2027, 1, 1)),
                off("Holiday", d(2026, 12, 31), d(2026, 12, 31)),
            ],
        );
        let found = problems(&y);
        assert!(found.contains(&"Break A: it ends before it starts.".to_string()));
        assert!(found.iter().any(|p| p.starts_with("Summer: it falls outside the school year")));
        assert!(found.contains(&"Winter and Holiday overlap.".to_string()));
        assert_eq!(found.len(), 3);
    }
}
