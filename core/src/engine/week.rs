//! Reducing any rate to minutes per week (BRIEF §3, units table).

use crate::model::{Period, Profile, Rate};

/// The largest quantity the engine works with. No real input comes near it (it is about
/// two million years of minutes), and bounding every quantity by it keeps every sum and
/// product the engine forms finite.
pub const LIMIT: f64 = 1e12;

/// A quantity the engine may use: negative, NaN and infinite inputs count as zero, and
/// anything beyond [`LIMIT`] counts as [`LIMIT`].
pub fn clean(x: f64) -> f64 {
    if x.is_finite() && x > 0.0 {
        x.min(LIMIT)
    } else {
        0.0
    }
}

/// `a / b`, or `None` where that would not be a finite number.
pub fn ratio(a: f64, b: f64) -> Option<f64> {
    let r = a / b;
    (b != 0.0 && r.is_finite()).then_some(r)
}

/// How many weeks a period spans, per the profile's calendar; `None` where the calendar
/// gives zero (then the rate cannot be averaged and counts as zero).
fn periods_per_week(per: Period, profile: &Profile) -> f64 {
    match per {
        Period::Day => clean(profile.days_per_week),
        Period::Week => 1.0,
        Period::Cycle => 0.25,
        Period::Quarter => ratio(1.0, clean(profile.weeks_per_quarter)).unwrap_or(0.0),
        Period::Year => ratio(1.0, clean(profile.school_weeks_per_year)).unwrap_or(0.0),
    }
}

/// How many times a week, on average, the thing happens.
pub fn times_per_week(rate: &Rate, profile: &Profile) -> f64 {
    clean(clean(rate.times) * periods_per_week(rate.per, profile))
}

/// Minutes per week, averaged over the school year.
pub fn minutes_per_week(rate: &Rate, profile: &Profile) -> f64 {
    clean(clean(rate.minutes) * times_per_week(rate, profile))
}

/// Splits weekly minutes into equal sessions no longer than `max_session`:
/// 90 minutes with a 60-minute maximum is 2 sessions of 45. `None` if nothing to split.
pub fn split_into_sessions(weekly_minutes: f64, max_session: f64) -> Option<(u32, f64)> {
    let (weekly, max) = (clean(weekly_minutes), clean(max_session));
    if weekly == 0.0 || max == 0.0 {
        return None;
    }
    let sessions = (weekly / max).ceil().min(1000.0);
    Some((sessions as u32, weekly / sessions))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn profile() -> Profile {
        Profile::default()
    }

    #[test]
    fn every_unit_of_the_brief_table() {
        let p = profile();
        assert_eq!(minutes_per_week(&Rate::new(10.0, 1.0, Period::Day), &p), 50.0);
        assert_eq!(minutes_per_week(&Rate::new(30.0, 2.0, Period::Week), &p), 60.0);
        assert_eq!(minutes_per_week(&Rate::new(180.0, 1.0, Period::Cycle), &p), 45.0);
        assert_eq!(minutes_per_week(&Rate::new(90.0, 1.0, Period::Quarter), &p), 10.0);
        assert_eq!(minutes_per_week(&Rate::new(120.0, 3.0, Period::Year), &p), 10.0);
    }

    #[test]
    fn calendar_settings_change_the_conversion() {
        let p = Profile { days_per_week: 4.0, weeks_per_quarter: 10.0, school_weeks_per_year: 40.0, ..profile() };
        assert_eq!(minutes_per_week(&Rate::new(10.0, 1.0, Period::Day), &p), 40.0);
        assert_eq!(minutes_per_week(&Rate::new(100.0, 1.0, Period::Quarter), &p), 10.0);
        assert_eq!(minutes_per_week(&Rate::new(400.0, 1.0, Period::Year), &p), 10.0);
    }

    #[test]
    fn bad_numbers_count_as_zero() {
        let p = Profile { school_weeks_per_year: 0.0, ..profile() };
        assert_eq!(minutes_per_week(&Rate::new(120.0, 1.0, Period::Year), &p), 0.0);
        assert_eq!(minutes_per_week(&Rate::new(-30.0, 2.0, Period::Week), &p), 0.0);
        assert_eq!(minutes_per_week(&Rate::new(f64::NAN, 2.0, Period::Week), &p), 0.0);
        assert_eq!(minutes_per_week(&Rate::new(f64::INFINITY, 2.0, Period::Week), &p), 0.0);
        assert_eq!(minutes_per_week(&Rate::new(f64::MAX, f64::MAX, Period::Week), &p), LIMIT);
    }

    #[test]
    fn brief_example_9_session_splitting() {
        assert_eq!(split_into_sessions(60.0, 60.0), Some((1, 60.0)));
        assert_eq!(split_into_sessions(90.0, 60.0), Some((2, 45.0)));
        assert_eq!(split_into_sessions(100.0, 60.0), Some((2, 50.0)));
        assert_eq!(split_into_sessions(0.0, 60.0), None);
    }

    #[test]
    fn ratio_refuses_division_by_zero() {
        assert_eq!(ratio(1.0, 0.0), None);
        assert_eq!(ratio(0.0, 0.0), None);
        assert_eq!(ratio(3.0, 2.0), Some(1.5));
    }
}
