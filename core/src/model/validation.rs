//! Turning what a user typed into a value the model accepts, or why not
//! ([`Invalid`](super::rules::Invalid), in words). The ranges themselves are in
//! [`rules`](super::rules); the UI passes a value on only when it is valid here.

use super::rules::{check_date, Invalid, NumberRule, TextRule, LABEL};
use super::IsoDate;

/// Parses a number typed in a field. Accepts a decimal comma ("0,6") as typed on many
/// keyboards.
pub fn parse_number(text: &str, rule: NumberRule) -> Result<f64, Invalid> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(Invalid::Missing { what: rule.what });
    }
    let value: f64 = trimmed.replace(',', ".").parse().map_err(|_| rule.not_a_number())?;
    rule.check(value)
}

/// Parses a whole number typed in a field (a log entry's minutes): digits only.
pub fn parse_whole(text: &str, rule: NumberRule) -> Result<u32, Invalid> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(Invalid::Missing { what: rule.what });
    }
    if !trimmed.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Invalid::NotWhole { what: rule.what });
    }
    // Only digits: too many of them for a u32 is far above any rule's maximum.
    let value: u32 = trimmed.parse().map_err(|_| Invalid::AboveMax { what: rule.what, max: rule.max })?;
    rule.check(f64::from(value))?;
    Ok(value)
}

/// Text for a field under `rule`, trimmed.
pub fn parse_text(text: &str, rule: TextRule) -> Result<String, Invalid> {
    let trimmed = text.trim();
    rule.check(trimmed)?;
    Ok(trimmed.to_string())
}

/// A date as a date field gives it ("YYYY-MM-DD"), within the years this app plans.
pub fn parse_date(text: &str) -> Result<IsoDate, Invalid> {
    check_date(IsoDate::parse(text).ok_or(Invalid::NotADate)?)
}

/// A student label: required, short. Names are discouraged but not refused (see
/// [`label_looks_like_a_name`]).
pub fn parse_label(text: &str) -> Result<String, Invalid> {
    parse_text(text, LABEL)
}

/// A word written the way names are: a capital and then letters, some lower-case ("Maria",
/// "O'Neil", "McDonald", "Núñez"), or all capitals of three letters or more ("LOPEZ"). Checked with
/// ASCII capitals (any non-ASCII letter allowed after them), which keeps Unicode case
/// tables out of the bundle and catches the common case.
fn name_like_word(word: &str) -> bool {
    let word = word.trim_end_matches([',', '.']);
    let mut chars = word.chars();
    let Some(first) = chars.next() else { return false };
    let rest: Vec<char> = chars.collect();
    // Any non-ASCII character counts as a letter: Unicode's tables stay out of the pages.
    let letter_like = |c: &char| c.is_ascii_alphabetic() || !c.is_ascii() || *c == '-' || *c == '\'';
    if !first.is_ascii_uppercase() || rest.len() < 2 || !rest.iter().all(letter_like) {
        return false;
    }
    let capitalised = rest.iter().any(|c| c.is_ascii_lowercase() || !c.is_ascii());
    let shouting = rest.iter().all(|c| !c.is_ascii_lowercase());
    capitalised || shouting
}

/// Whether a label looks like a person's name: "Maria Lopez", "MARIA LOPEZ", "Lopez, Maria",
/// or a single capitalised first name ("Maria"). Initials and codes ("MA", "S01", "J.D.",
/// "K3-07") do not; nor does anything with a digit in it ("Added 01").
pub fn label_looks_like_a_name(label: &str) -> bool {
    if label.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    let words: Vec<&str> = label.split_whitespace().collect();
    match words.as_slice() {
        [] => false,
        // One word: a capitalised first name; one word in capitals may be a code ("ABCD").
        [word] => name_like_word(word) && word.chars().skip(1).any(|c| c.is_ascii_lowercase() || !c.is_ascii()),
        // Two or more: a name and a surname, maybe with an initial ("Maria L.").
        several => {
            several.iter().any(|w| name_like_word(w)) && several.iter().all(|w| name_like_word(w) || is_initial(w))
        }
    }
}

/// "L." or "L": a single capital, as in "Maria L.".
fn is_initial(word: &str) -> bool {
    let word = word.trim_end_matches('.');
    word.len() == 1 && word.chars().all(|c| c.is_ascii_uppercase())
}

/// Whether a column heading says the column holds people's names ("Student Name", "Name",
/// "First name"), so a spreadsheet import can warn before anything is imported.
pub fn heading_names_people(heading: &str) -> bool {
    let h = heading.to_ascii_lowercase();
    h.contains("name") && !h.contains("group") && !h.contains("school") && !h.contains("building")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_numbers_are_digits_within_their_rule() {
        use crate::model::rules::LOG_MINUTES;
        assert_eq!(parse_whole(" 45 ", LOG_MINUTES), Ok(45));
        assert_eq!(parse_whole("", LOG_MINUTES), Err(Invalid::Missing { what: "Minutes" }));
        assert_eq!(parse_whole("0", LOG_MINUTES), Err(Invalid::NotAboveMin { what: "Minutes", min: 0.0 }));
        assert_eq!(parse_whole("481", LOG_MINUTES), Err(Invalid::AboveMax { what: "Minutes", max: 480.0 }));
        assert_eq!(parse_whole("99999999999", LOG_MINUTES), Err(Invalid::AboveMax { what: "Minutes", max: 480.0 }));
        for bad in ["12.5", "-5", "1e2", "ten"] {
            assert_eq!(parse_whole(bad, LOG_MINUTES), Err(Invalid::NotWhole { what: "Minutes" }), "{bad}");
        }
        assert_eq!(Invalid::NotWhole { what: "Minutes" }.to_string(), "Minutes must be a whole number, such as 30.");
    }
    use crate::model::rules::{FTE, SESSION_MINUTES};

    #[test]
    fn numbers_in_range_pass() {
        assert_eq!(parse_number("0.6", FTE), Ok(0.6));
        assert_eq!(parse_number(" 0,8 ", FTE), Ok(0.8));
        assert_eq!(parse_number("1.5", FTE), Ok(1.5));
        assert_eq!(parse_number("0", SESSION_MINUTES), Ok(0.0));
    }

    #[test]
    fn bad_numbers_are_explained() {
        assert_eq!(parse_number("3.2", FTE).unwrap_err().to_string(), "FTE can be at most 3.");
        assert_eq!(parse_number("0", FTE), Err(Invalid::NotAboveMin { what: "FTE", min: 0.0 }));
        assert_eq!(parse_number("-30", SESSION_MINUTES), Err(Invalid::Negative { what: "Minutes" }));
        assert_eq!(parse_number("", SESSION_MINUTES).unwrap_err().to_string(), "Minutes is needed: enter a number.");
        assert_eq!(
            parse_number("abc", SESSION_MINUTES).unwrap_err().to_string(),
            "Minutes must be a number, such as 30."
        );
        for bad in ["NaN", "inf", "-inf", "1e999"] {
            assert!(matches!(parse_number(bad, SESSION_MINUTES), Err(Invalid::NotANumber { .. })), "{bad}");
        }
    }

    #[test]
    fn dates_within_the_years_planned() {
        assert_eq!(parse_date("2026-09-08"), Ok(IsoDate::ymd(2026, 9, 8).unwrap()));
        assert_eq!(parse_date("9999-12-31"), Err(Invalid::YearOutOfRange { year: 9999 }));
        assert_eq!(parse_date("2027-02-30"), Err(Invalid::NotADate));
        assert_eq!(
            Invalid::YearOutOfRange { year: 1999 }.to_string(),
            "The year 1999 is outside the years this app plans (2000 to 2100)."
        );
    }

    #[test]
    fn labels() {
        assert_eq!(parse_label("  JD "), Ok("JD".to_string()));
        assert!(matches!(parse_label("   "), Err(Invalid::EmptyText { .. })));
        assert!(matches!(parse_label(&"x".repeat(41)), Err(Invalid::TooLong { max_chars: 40, .. })));
    }

    #[test]
    fn the_name_guard_catches_names_and_leaves_codes_alone() {
        for name in [
            "Maria Lopez",
            "José Núñez",
            "Lopez, Maria",
            "MARIA LOPEZ",
            "Maria",
            "Maria L.",
            "O'Neil Ray",
            "Sean McDonald",
        ] {
            assert!(label_looks_like_a_name(name), "{name} should look like a name");
        }
        for code in ["MA", "S01", "J.D.", "K3-07", "M.L.", "Added 01", "AB CD", "ABCD", "jd", "Group A 2", "x"] {
            assert!(!label_looks_like_a_name(code), "{code} should not look like a name");
        }
    }

    #[test]
    fn headings_that_name_people() {
        assert!(heading_names_people("Student Name"));
        assert!(heading_names_people("First name"));
        assert!(!heading_names_people("Student"));
        assert!(!heading_names_people("Group name"));
        assert!(!heading_names_people("School name"));
    }
}
