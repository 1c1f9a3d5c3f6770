//! Turning what a user typed into a value the engine may use, or a message in words.
//! The UI only passes a value on to the model when it is valid here.

/// The allowed range of a numeric field, with the words for its messages.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NumberRule {
    pub min: f64,
    pub max: f64,
    /// Whether `min` itself is allowed (minutes may be 0; FTE may not).
    pub min_inclusive: bool,
    pub what: &'static str,
}

impl NumberRule {
    pub const fn new(min: f64, max: f64, min_inclusive: bool, what: &'static str) -> NumberRule {
        NumberRule { min, max, min_inclusive, what }
    }
}

pub const FTE: NumberRule = NumberRule::new(0.0, 1.0, false, "FTE");
pub const CONTRACT_HOURS: NumberRule = NumberRule::new(0.0, 80.0, false, "Contract hours");
pub const DAYS_PER_WEEK: NumberRule = NumberRule::new(0.0, 7.0, false, "Days per week");
pub const WEEKS_PER_YEAR: NumberRule = NumberRule::new(0.0, 52.0, false, "School weeks");
pub const WEEKS_PER_QUARTER: NumberRule = NumberRule::new(0.0, 26.0, false, "Weeks per quarter");
pub const LUNCH_MINUTES: NumberRule = NumberRule::new(0.0, 120.0, true, "Lunch minutes");
pub const SESSION_MINUTES: NumberRule = NumberRule::new(0.0, 600.0, true, "Minutes");
pub const TIMES: NumberRule = NumberRule::new(0.0, 100.0, true, "Times");
pub const WEEKLY_MINUTES: NumberRule = NumberRule::new(0.0, 3000.0, true, "Minutes per week");
pub const EVENT_MINUTES: NumberRule = NumberRule::new(0.0, 10_000.0, true, "Minutes");
pub const WEIGHT: NumberRule = NumberRule::new(0.0, 10.0, true, "Weight");
pub const CAP: NumberRule = NumberRule::new(0.0, 500.0, false, "Cap");
pub const ASSISTANTS: NumberRule = NumberRule::new(0.0, 10.0, true, "Assistants");
/// What-ifs on the comparison: a caseload can be shared, so FTE may pass 1.
pub const WHAT_IF_FTE: NumberRule = NumberRule::new(0.0, 3.0, false, "FTE");
pub const WHAT_IF_STUDENTS: NumberRule = NumberRule::new(0.0, 5000.0, true, "Students");
pub const WHAT_IF_BUILDINGS: NumberRule = NumberRule::new(0.0, 20.0, true, "Buildings");
pub const PERCENT: NumberRule = NumberRule::new(0.0, 300.0, false, "Threshold");

/// Parses a number typed in a field. Accepts a decimal comma ("0,6") as typed on many
/// keyboards.
pub fn parse_number(text: &str, rule: NumberRule) -> Result<f64, String> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(format!("{} is needed: enter a number.", rule.what));
    }
    let value: f64 = trimmed
        .replace(',', ".")
        .parse()
        .map_err(|_| format!("{} must be a number, such as {}.", rule.what, example(rule)))?;
    check_number(value, rule)
}

/// Whether a number already read (from a field, a file or a link) is within `rule`.
pub fn check_number(value: f64, rule: NumberRule) -> Result<f64, String> {
    if !value.is_finite() {
        return Err(format!("{} must be a number, such as {}.", rule.what, example(rule)));
    }
    if value < 0.0 {
        return Err(format!("{} cannot be negative.", rule.what));
    }
    let too_small = if rule.min_inclusive { value < rule.min } else { value <= rule.min };
    if too_small {
        return Err(if rule.min_inclusive {
            format!("{} must be at least {}.", rule.what, rule.min)
        } else {
            format!("{} must be more than {}.", rule.what, rule.min)
        });
    }
    if value > rule.max {
        return Err(format!("{} can be at most {}.", rule.what, rule.max));
    }
    Ok(value)
}

fn example(rule: NumberRule) -> String {
    if rule.max <= 1.0 {
        "0.6".to_string()
    } else {
        "30".to_string()
    }
}

pub const LABEL_MAX_CHARS: usize = 40;

/// A student label: required, short. Names are discouraged but not refused (see
/// [`label_looks_like_a_name`]).
pub fn parse_label(text: &str) -> Result<String, String> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err("Give the student a label, such as initials or a code.".to_string());
    }
    if trimmed.chars().count() > LABEL_MAX_CHARS {
        return Err(format!("Keep the label to {LABEL_MAX_CHARS} characters or fewer."));
    }
    Ok(trimmed.to_string())
}

/// A name for an activity or building: required, at most 80 characters.
pub fn parse_name(text: &str, what: &str) -> Result<String, String> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(format!("{what} needs a name."));
    }
    if trimmed.chars().count() > 80 {
        return Err(format!("Keep the {} to 80 characters or fewer.", what.to_ascii_lowercase()));
    }
    Ok(trimmed.to_string())
}

/// Two or more capitalised words ("Maria Lopez", "José Núñez") look like a full name.
/// Checked with ASCII capitals only (with any non-ASCII letter allowed after them), which
/// keeps Unicode case tables out of the bundle and catches the common case.
pub fn label_looks_like_a_name(label: &str) -> bool {
    let words: Vec<&str> = label.split_ascii_whitespace().collect();
    words.len() >= 2
        && words.iter().all(|w| {
            let mut chars = w.chars();
            chars.next().is_some_and(|c| c.is_ascii_uppercase())
                && w.chars().count() >= 2
                && chars.all(|c| c.is_ascii_lowercase() || !c.is_ascii() || c == '-' || c == '\'')
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_in_range_pass() {
        assert_eq!(parse_number("0.6", FTE), Ok(0.6));
        assert_eq!(parse_number(" 0,8 ", FTE), Ok(0.8));
        assert_eq!(parse_number("0", SESSION_MINUTES), Ok(0.0));
    }

    #[test]
    fn bad_numbers_are_explained() {
        assert_eq!(parse_number("1.2", FTE), Err("FTE can be at most 1.".to_string()));
        assert_eq!(parse_number("0", FTE), Err("FTE must be more than 0.".to_string()));
        assert_eq!(parse_number("-30", SESSION_MINUTES), Err("Minutes cannot be negative.".to_string()));
        assert_eq!(parse_number("", SESSION_MINUTES), Err("Minutes is needed: enter a number.".to_string()));
        assert!(parse_number("abc", SESSION_MINUTES).unwrap_err().contains("must be a number"));
        assert!(parse_number("NaN", SESSION_MINUTES).is_err());
        assert!(parse_number("inf", SESSION_MINUTES).is_err());
    }

    #[test]
    fn labels() {
        assert_eq!(parse_label("  JD "), Ok("JD".to_string()));
        assert!(parse_label("   ").is_err());
        assert!(parse_label(&"x".repeat(41)).is_err());
        assert!(label_looks_like_a_name("Maria Lopez"));
        assert!(label_looks_like_a_name("José Núñez"));
        assert!(!label_looks_like_a_name("M.L."));
        assert!(!label_looks_like_a_name("S01"));
        assert!(!label_looks_like_a_name("Group A"));
    }
}
