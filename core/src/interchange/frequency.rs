//! Reading service frequencies as people write them in spreadsheets: "30 min 2x/week",
//! "60 min/month", "2x30 weekly", "twice weekly for 30 minutes", "1 hr daily".
//!
//! "Month" means a 4-week cycle, as in 3:1 IEPs (BRIEF §3).

use crate::model::Period;

/// What a frequency text said; any part may be missing (another column may supply it).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Frequency {
    pub minutes: Option<f64>,
    pub times: Option<f64>,
    pub per: Option<Period>,
}

/// A period word anywhere in `text`: "weekly", "per wk", "/month", "a day", "annually".
pub fn parse_period(text: &str) -> Option<Period> {
    let found: Vec<Period> = words(text).iter().filter_map(|w| period_word(w)).collect();
    // "per 4-week cycle": the cycle is the period, the week only its length.
    if found.contains(&Period::Cycle) {
        Some(Period::Cycle)
    } else {
        found.first().copied()
    }
}

fn period_word(word: &str) -> Option<Period> {
    // Longer spellings first: "cycle" must win over the "week" in "4-week cycle".
    const TABLE: [(&[&str], Period); 5] = [
        (&["cycle", "cycles", "month", "months", "monthly", "mo", "mth"], Period::Cycle),
        (&["quarter", "quarters", "quarterly", "qtr", "term"], Period::Quarter),
        (&["year", "years", "yearly", "annually", "annual", "yr"], Period::Year),
        (&["week", "weeks", "weekly", "wk", "wks", "w"], Period::Week),
        (&["day", "days", "daily", "d"], Period::Day),
    ];
    TABLE.iter().find(|(spellings, _)| spellings.contains(&word)).map(|(_, p)| *p)
}

/// Lowercase words and numbers, split at every change between digits and letters and at
/// punctuation ("2x30/wk" → 2, x, 30, wk). A decimal comma or point stays in its number.
fn words(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut in_number = false;
    let flush = |current: &mut String, out: &mut Vec<String>| {
        if !current.is_empty() {
            out.push(std::mem::take(current));
        }
    };
    let chars: Vec<char> = text.to_lowercase().chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let decimal_mark = (c == '.' || c == ',') && in_number && chars.get(i + 1).is_some_and(|n| n.is_ascii_digit());
        if c.is_ascii_digit() || decimal_mark {
            if !in_number {
                flush(&mut current, &mut out);
            }
            in_number = true;
            current.push(if c == ',' { '.' } else { c });
        } else if c.is_alphabetic() {
            if in_number {
                flush(&mut current, &mut out);
            }
            in_number = false;
            current.push(c);
        } else {
            flush(&mut current, &mut out);
            in_number = false;
        }
    }
    flush(&mut current, &mut out);
    out
}

fn is_minutes_unit(w: &str) -> bool {
    matches!(w, "min" | "mins" | "minute" | "minutes" | "m" | "mn")
}

fn is_hours_unit(w: &str) -> bool {
    matches!(w, "h" | "hr" | "hrs" | "hour" | "hours")
}

fn is_times_word(w: &str) -> bool {
    matches!(w, "x" | "times" | "time" | "sessions" | "session")
}

fn times_word(w: &str) -> Option<f64> {
    match w {
        "once" => Some(1.0),
        "twice" => Some(2.0),
        "thrice" => Some(3.0),
        _ => None,
    }
}

/// A frequency text that states neither minutes nor how often.
#[derive(Clone, Debug, PartialEq)]
pub struct NoFrequency(pub String);

impl std::fmt::Display for NoFrequency {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "\"{}\" does not say minutes or how often (try \"30 min 2x/week\").", self.0.trim())
    }
}

/// Reads whatever a frequency text states. Errors only when it states nothing usable.
pub fn parse_frequency(text: &str) -> Result<Frequency, NoFrequency> {
    let words = words(text);
    let mut f = Frequency::default();
    let mut loose: Vec<f64> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let w = words[i].as_str();
        let next = words.get(i + 1).map(String::as_str).unwrap_or("");
        if let Ok(n) = w.parse::<f64>() {
            if is_minutes_unit(next) && f.minutes.is_none() {
                f.minutes = Some(n);
                i += 2;
                continue;
            }
            if is_hours_unit(next) && f.minutes.is_none() {
                f.minutes = Some(n * 60.0);
                i += 2;
                continue;
            }
            if is_times_word(next) && f.times.is_none() {
                f.times = Some(n);
                i += 2;
                continue;
            }
            // "out of 4 weeks" and "4-week cycle" describe the cycle; the 4 is not a count.
            let spans_weeks = matches!(next, "week" | "weeks")
                && (i > 0 && words[i - 1] == "of" || words.get(i + 2).is_some_and(|w| w == "cycle"));
            if spans_weeks {
                i += 1;
                continue;
            }
            loose.push(n);
        } else if let Some(n) = times_word(w) {
            f.times.get_or_insert(n);
        } else if w == "x" {
            // "x 30" with the count before it already taken: the 30 is minutes.
        } else if let Some(period) = period_word(w) {
            // A cycle named anywhere wins over the "week" of "3 out of 4 weeks".
            if f.per.is_none() || period == Period::Cycle {
                f.per = Some(period);
            }
        }
        i += 1;
    }
    // Numbers without a unit: "2x30" leaves 30 loose (minutes); "30 2x" leaves 30 too.
    for n in loose {
        if f.minutes.is_none() {
            f.minutes = Some(n);
        } else if f.times.is_none() {
            f.times = Some(n);
        }
    }
    if f == Frequency::default() {
        return Err(NoFrequency(text.to_string()));
    }
    Ok(f)
}

#[cfg(test)]
mod tests {
    use super::*;
    use Period::*;

    fn read(text: &str) -> (Option<f64>, Option<f64>, Option<Period>) {
        let f = parse_frequency(text).unwrap_or_else(|e| panic!("{text}: {e}"));
        (f.minutes, f.times, f.per)
    }

    #[test]
    fn common_spellings() {
        assert_eq!(read("30 min 2x/week"), (Some(30.0), Some(2.0), Some(Week)));
        assert_eq!(read("60 min/month"), (Some(60.0), None, Some(Cycle)));
        assert_eq!(read("2x30 weekly"), (Some(30.0), Some(2.0), Some(Week)));
        assert_eq!(read("2 x 30 min weekly"), (Some(30.0), Some(2.0), Some(Week)));
        assert_eq!(read("30min 3x wk"), (Some(30.0), Some(3.0), Some(Week)));
        assert_eq!(read("twice weekly for 30 minutes"), (Some(30.0), Some(2.0), Some(Week)));
        assert_eq!(read("1 hr daily"), (Some(60.0), None, Some(Day)));
        assert_eq!(read("1,5 hours per quarter"), (Some(90.0), None, Some(Quarter)));
        assert_eq!(read("15 minutes monthly consult"), (Some(15.0), None, Some(Cycle)));
        assert_eq!(read("20 min 3 times a week"), (Some(20.0), Some(3.0), Some(Week)));
        assert_eq!(read("120 min per school year"), (Some(120.0), None, Some(Year)));
        assert_eq!(read("2x/week"), (None, Some(2.0), Some(Week)));
        assert_eq!(read("30"), (Some(30.0), None, None));
        assert_eq!(read("per 4-week cycle"), (None, None, Some(Cycle)));
        assert_eq!(read("twice weekly for 30 minutes for 3 out of 4 weeks"), (Some(30.0), Some(2.0), Some(Week)));
        assert_eq!(read("180 min per cycle"), (Some(180.0), None, Some(Cycle)));
    }

    #[test]
    fn nothing_usable_is_explained() {
        for text in ["", "   ", "as needed", "TBD"] {
            assert_eq!(parse_frequency(text), Err(NoFrequency(text.into())));
            assert!(NoFrequency(text.into()).to_string().contains("does not say minutes"), "{text}");
        }
    }

    #[test]
    fn periods_alone() {
        assert_eq!(parse_period("Per week"), Some(Week));
        assert_eq!(parse_period("per 4-week cycle"), Some(Cycle));
        assert_eq!(parse_period("Monthly"), Some(Cycle));
        assert_eq!(parse_period("per school year"), Some(Year));
        assert_eq!(parse_period("sometimes"), None);
    }
}
