//! How numbers read on screen. One decimal for hours, percentages in tenths. (Rounded to a
//! few decimals, never in the shortest form that reads back exactly: that code is left out of
//! the pages, and input fields show their numbers with the browser's own.)

/// Minutes as hours with one decimal: 2250 → "37.5". Never "-0.0".
pub fn hours(minutes: f64) -> String {
    let h = (minutes / 60.0 * 10.0).round() / 10.0;
    if h == 0.0 || !h.is_finite() {
        "0.0".to_string()
    } else {
        format!("{h:.1}")
    }
}

/// A time of day from minutes after midnight: 495 → "08:15" (1440, the day's end, "24:00").
pub fn time_of_day(minutes: u32) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

/// Reads "8:15" or "08:15" (what `<input type="time">` gives) as minutes after midnight.
pub fn parse_time_of_day(text: &str) -> Option<u32> {
    let (h, m) = text.trim().split_once(':')?;
    let (h, m): (u32, u32) = (h.parse().ok()?, m.get(..2)?.parse().ok()?);
    (h < 24 && m < 60).then_some(h * 60 + m)
}

/// Whole minutes: 94.6 → "95".
pub fn minutes(minutes: f64) -> String {
    let m = minutes.round();
    if m == 0.0 || !m.is_finite() {
        "0".to_string()
    } else {
        format!("{m:.0}")
    }
}

/// A share in tenths of a percent: 429 → "42.9".
pub fn percent_tenths(tenths: u32) -> String {
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// A ratio as a percentage with one decimal: 0.992 → "99.2".
pub fn percent(ratio: f64) -> String {
    let p = (ratio * 1000.0).round() / 10.0;
    if p == 0.0 || !p.is_finite() {
        "0.0".to_string()
    } else {
        format!("{p:.1}")
    }
}

/// A number with up to `decimals` decimals and no trailing zeros: 0.60 → "0.6", 2.0 → "2".
pub fn number(x: f64, decimals: usize) -> String {
    if !x.is_finite() {
        return "0".to_string();
    }
    let s = format!("{x:.decimals$}");
    let s = if s.contains('.') { s.trim_end_matches('0').trim_end_matches('.').to_string() } else { s };
    if s == "-0" {
        "0".to_string()
    } else {
        s
    }
}

/// A rate as people say it: "30 min × 2 per week".
pub fn rate(rate: &crate::model::Rate) -> String {
    format!("{} min × {} {}", number(rate.minutes, 1), number(rate.times, 2), rate.per.label())
}

/// "1 student" / "3 students".
pub fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_of_day_both_ways() {
        assert_eq!(time_of_day(495), "08:15");
        assert_eq!(time_of_day(930), "15:30");
        assert_eq!(parse_time_of_day("8:15"), Some(495));
        assert_eq!(parse_time_of_day("15:30"), Some(930));
        assert_eq!(parse_time_of_day("15:30:00"), Some(930));
        assert_eq!(parse_time_of_day("24:00"), None);
        assert_eq!(parse_time_of_day("noon"), None);
    }

    #[test]
    fn hours_have_one_decimal_and_no_negative_zero() {
        assert_eq!(hours(2250.0), "37.5");
        assert_eq!(hours(-1.0), "0.0");
        assert_eq!(hours(-120.0), "-2.0");
        assert_eq!(hours(f64::NAN), "0.0");
    }

    #[test]
    fn numbers_drop_trailing_zeros() {
        assert_eq!(number(0.60, 2), "0.6");
        assert_eq!(number(2.0, 2), "2");
        assert_eq!(number(0.1142, 3), "0.114");
        assert_eq!(number(-0.0001, 2), "0");
    }

    #[test]
    fn percents() {
        assert_eq!(percent_tenths(429), "42.9");
        assert_eq!(percent_tenths(1000), "100.0");
        assert_eq!(percent(0.992), "99.2");
    }
}
