//! What a valid workspace is: every range, length, count and date bound, decided once.
//!
//! The input fields take their rule from here, every operation that makes a workspace keeps
//! within it, the importer refuses what falls outside it, and loading repairs what an older
//! version of the app let through (`model::check`). Errors are a type ([`Invalid`]), whose
//! `Display` gives the words the user reads.

use std::fmt;

use super::IsoDate;
use crate::format::number;

/// The allowed range of a number, with the words for its messages.
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

    /// Whether `value` is within the rule, or why not.
    pub fn check(&self, value: f64) -> Result<f64, Invalid> {
        let what = self.what;
        if !value.is_finite() {
            return Err(self.not_a_number());
        }
        if value < 0.0 {
            return Err(Invalid::Negative { what });
        }
        if self.min_inclusive && value < self.min {
            return Err(Invalid::BelowMin { what, min: self.min });
        }
        if !self.min_inclusive && value <= self.min {
            return Err(Invalid::NotAboveMin { what, min: self.min });
        }
        if value > self.max {
            return Err(Invalid::AboveMax { what, max: self.max });
        }
        Ok(value)
    }

    /// The nearest value within the rule: for repairing what an older version let through.
    /// `fallback` stands in where there is no nearest (not a number, or not above an
    /// exclusive minimum).
    pub fn nearest(&self, value: f64, fallback: f64) -> f64 {
        match self.check(value) {
            Ok(v) => v,
            Err(Invalid::AboveMax { .. }) => self.max,
            Err(_) if self.min_inclusive && value.is_finite() => self.min,
            Err(_) => fallback,
        }
    }

    /// What is wrong with text that is not a number at all.
    pub fn not_a_number(&self) -> Invalid {
        let example = if self.max <= 1.0 { "0.6" } else { "30" };
        Invalid::NotANumber { what: self.what, example }
    }
}

/// A piece of text: required or not, and at most `max_chars` characters (after trimming).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TextRule {
    pub max_chars: usize,
    pub what: &'static str,
    pub required: bool,
}

impl TextRule {
    pub const fn new(max_chars: usize, what: &'static str, required: bool) -> TextRule {
        TextRule { max_chars, what, required }
    }

    pub fn check(&self, text: &str) -> Result<(), Invalid> {
        let trimmed = text.trim();
        if self.required && trimmed.is_empty() {
            return Err(Invalid::EmptyText { what: self.what });
        }
        if text.chars().count() > self.max_chars {
            return Err(Invalid::TooLong { what: self.what, max_chars: self.max_chars });
        }
        Ok(())
    }

    /// `text` cut to fit, on a character boundary; for operations that add to a text (a
    /// copy's label) and for repairs.
    pub fn fit(&self, text: &str) -> String {
        text.chars().take(self.max_chars).collect()
    }
}

// ---- Numbers -----------------------------------------------------------------------------

/// A caseload may be shared: 1.5 FTE serving one caseload is a real what-if, so FTE may pass 1.
pub const FTE: NumberRule = NumberRule::new(0.0, 3.0, false, "FTE");
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
pub const PERCENT: NumberRule = NumberRule::new(0.0, 300.0, false, "Threshold");
/// Re-evaluations are entered as years between them and saved as times a year: the two
/// ranges are each other's inverse, so any value typed here saves as a valid rate.
pub const YEARS_BETWEEN_REEVALUATIONS: NumberRule = NumberRule::new(0.5, 10.0, true, "Years between");
pub const REEVALUATIONS_PER_YEAR: NumberRule = NumberRule::new(0.1, 2.0, true, "Re-evaluations a year");
/// What-ifs on the comparison.
pub const WHAT_IF_STUDENTS: NumberRule = NumberRule::new(0.0, 5000.0, true, "Students");
pub const WHAT_IF_BUILDINGS: NumberRule = NumberRule::new(0.0, 20.0, true, "Buildings");
/// Service minutes a week, per student on average: ten hours a week is beyond any plan.
pub const WHAT_IF_AVERAGE_MINUTES: NumberRule = NumberRule::new(0.0, 600.0, true, "Minutes per week");
/// A time study: a week of school days to a month of them.
pub const STUDY_DAYS: NumberRule = NumberRule::new(5.0, 20.0, true, "School days");
/// A time of day, in minutes after midnight.
pub const TIME_OF_DAY: NumberRule = NumberRule::new(0.0, 1440.0, true, "Time");
/// Work outside contract hours, one task on one day: at most a whole evening and night.
pub const OVERFLOW_MINUTES: NumberRule = NumberRule::new(0.0, 960.0, true, "Minutes");
/// One entry of the indirect-service log: a minute to a whole working day.
pub const LOG_MINUTES: NumberRule = NumberRule::new(0.0, 480.0, false, "Minutes");
/// The weekly schedule: a time on its grid (5:00 to 22:00), a block from 5 minutes to a
/// whole working day, the first to the seventh day of the week, and a group of 1 to 20.
pub const SCHEDULE_TIME: NumberRule = NumberRule::new(300.0, 1320.0, true, "Time");
pub const BLOCK_MINUTES: NumberRule = NumberRule::new(5.0, 600.0, true, "Minutes");
pub const BLOCK_DAY: NumberRule = NumberRule::new(0.0, 6.0, true, "Day");
pub const LARGEST_GROUP: NumberRule = NumberRule::new(1.0, 20.0, true, "Largest group");

// ---- Text --------------------------------------------------------------------------------

/// A student label: initials or a code.
pub const LABEL: TextRule = TextRule::new(40, "label", true);
pub const GROUP: TextRule = TextRule::new(40, "group name", false);
pub const BUILDING_NAME: TextRule = TextRule::new(80, "Building", true);
pub const ACTIVITY_NAME: TextRule = TextRule::new(80, "Activity", true);
pub const BREAK_NAME: TextRule = TextRule::new(80, "Break", true);
pub const TASK_NAME: TextRule = TextRule::new(80, "Task", true);
/// Short enough for a column heading on a projector.
pub const SCENARIO_NAME: TextRule = TextRule::new(60, "Scenario", true);
/// Where a standard value comes from.
pub const SOURCE: TextRule = TextRule::new(300, "source", false);
/// A log entry's note: what was done, in a line.
pub const LOG_NOTE: TextRule = TextRule::new(200, "Note", false);
/// The parent letter as edited: a page of text.
pub const LETTER: TextRule = TextRule::new(6000, "Letter", false);
/// A schedule block's words: short enough to read inside the block.
pub const BLOCK_LABEL: TextRule = TextRule::new(60, "Block name", false);
/// A team member's label: initials or a role code.
#[cfg(feature = "team")]
pub const MEMBER_LABEL: TextRule = TextRule::new(16, "Member label", true);
/// Team members' packed scenarios: never longer than the browser's whole storage.
#[cfg(feature = "team")]
pub const PACKED_SCENARIOS: TextRule = TextRule::new(5 * 1024 * 1024, "Packed scenarios", true);

// ---- Counts ------------------------------------------------------------------------------

/// More students than any one provider's caseload, with room for district-sized stress tests.
pub const MAX_STUDENTS: usize = 10_000;
pub const MAX_SERVICES_PER_STUDENT: usize = 20;
pub const MAX_ACTIVITIES: usize = 200;
pub const MAX_BUILDINGS: usize = 50;
pub const MAX_DAYS_OFF: usize = 100;
pub const MAX_TASKS: usize = 100;
/// Tasks a time study logs to: each needs a key to type it in the grid.
/// (1 to 9 and a to z: 35.)
pub const MAX_STUDY_TASKS: usize = 35;
/// Ticks on the checklist: every task in every cycle of a long year.
pub const MAX_TICKS: usize = 10_000;
/// Entries in one scenario's indirect-service log: a weekly entry for each of 60 students
/// through a school year is about 2,200; this leaves room for a busier year.
pub const MAX_LOG_ENTRIES: usize = 6_000;
/// Blocks in one scenario's schedule: 60 students' sessions, both weeks of 3:1, and the
/// school's fixed times come to a few hundred.
pub const MAX_BLOCKS: usize = 1_000;
/// Compare shows up to four; more than this many saved is refused (each is a full workspace).
pub const MAX_SCENARIOS: usize = 30;
/// A team's members: a district's therapists of every discipline.
#[cfg(feature = "team")]
pub const MAX_MEMBERS: usize = 250;
/// Packs of members' scenarios: one for each member of a team of format 6, and as many again
/// for changes made before the team page packs the team again.
#[cfg(feature = "team")]
pub const MAX_PACKS: usize = 2 * MAX_MEMBERS;
/// Building spellings read as another.
#[cfg(feature = "team")]
pub const MAX_MERGES: usize = 200;
/// Ids stay below this; an id counter that reaches it renumbers instead of wrapping.
pub const MAX_ID: u32 = 1_000_000_000;

// ---- Dates -------------------------------------------------------------------------------

/// School years are planned within these years (inclusive).
pub const FIRST_YEAR: i32 = 2000;
pub const LAST_YEAR: i32 = 2100;

/// Whether a date is within the years this app plans.
pub fn check_date(date: IsoDate) -> Result<IsoDate, Invalid> {
    let year = date.0.year();
    if (FIRST_YEAR..=LAST_YEAR).contains(&year) {
        Ok(date)
    } else {
        Err(Invalid::YearOutOfRange { year })
    }
}

/// The nearest date within the years this app plans (the same month and day where it can).
pub fn nearest_date(date: IsoDate) -> IsoDate {
    let year = date.0.year().clamp(FIRST_YEAR, LAST_YEAR);
    IsoDate::ymd(year, u8::from(date.0.month()), date.0.day().min(28)).unwrap_or(date)
}

/// Why a value is not valid. `Display` gives the sentence the user reads.
#[derive(Clone, Debug, PartialEq)]
pub enum Invalid {
    /// An empty number field.
    Missing {
        what: &'static str,
    },
    NotANumber {
        what: &'static str,
        example: &'static str,
    },
    Negative {
        what: &'static str,
    },
    /// A count typed with a fraction or a sign.
    NotWhole {
        what: &'static str,
    },
    BelowMin {
        what: &'static str,
        min: f64,
    },
    NotAboveMin {
        what: &'static str,
        min: f64,
    },
    AboveMax {
        what: &'static str,
        max: f64,
    },
    EmptyText {
        what: &'static str,
    },
    TooLong {
        what: &'static str,
        max_chars: usize,
    },
    /// Not a whole, real date ("YYYY-MM-DD").
    NotADate,
    /// Not a time of day ("08:15").
    NotATime,
    YearOutOfRange {
        year: i32,
    },
    TooMany {
        what: &'static str,
        max: usize,
    },
    /// Two rows of one list share an id.
    DuplicateId {
        id: u32,
    },
    /// An id or id counter at or past [`MAX_ID`].
    IdTooLarge {
        id: u32,
    },
    /// The id counter would hand out an id already in use.
    CounterBehind {
        next_id: u32,
        highest: u32,
    },
    UnknownCap {
        id: String,
    },
    /// A student in a building that is not in the list.
    NoSuchBuilding {
        id: u32,
    },
    NoScenarios,
    /// The open scenario is not in the list.
    NoSuchScenario {
        id: u32,
    },
    /// A time study that logs none of Monday to Friday. (The time study's and the schedule's
    /// variants exist only where those are read: each variant's words cost every page that
    /// shows an `Invalid`.)
    #[cfg(feature = "time-study")]
    NoStudyWeekday,
    /// A contract day that ends when or before it starts.
    #[cfg(any(feature = "time-study", feature = "schedule"))]
    DayEndsBeforeStart,
    /// An interval length the time study does not offer.
    #[cfg(feature = "time-study")]
    NotAnInterval {
        minutes: u32,
    },
    /// A day of a time study with more or fewer intervals than its contract day has.
    #[cfg(feature = "time-study")]
    WrongIntervalCount {
        expected: usize,
        found: usize,
    },
    /// A time study's entry for a task that is not in its list.
    #[cfg(feature = "time-study")]
    NoSuchTask {
        id: u32,
    },
    /// A schedule's slot length it does not offer.
    #[cfg(feature = "schedule")]
    NotASlot {
        minutes: u32,
    },
}

impl fmt::Display for Invalid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Invalid::Missing { what } => write!(f, "{what} is needed: enter a number."),
            Invalid::NotANumber { what, example } => write!(f, "{what} must be a number, such as {example}."),
            Invalid::Negative { what } => write!(f, "{what} cannot be negative."),
            Invalid::NotWhole { what } => write!(f, "{what} must be a whole number, such as 30."),
            Invalid::BelowMin { what, min } => write!(f, "{what} must be at least {}.", number(*min, 3)),
            Invalid::NotAboveMin { what, min } => write!(f, "{what} must be more than {}.", number(*min, 3)),
            Invalid::AboveMax { what, max } => write!(f, "{what} can be at most {}.", number(*max, 3)),
            Invalid::EmptyText { what: "label" } => {
                f.write_str("Give the student a label, such as initials or a code.")
            }
            Invalid::EmptyText { what } => write!(f, "{what} needs a name."),
            Invalid::TooLong { what, max_chars } => {
                write!(f, "Keep the {} to {max_chars} characters or fewer.", what.to_ascii_lowercase())
            }
            Invalid::NotADate => f.write_str("Enter a whole date."),
            Invalid::NotATime => f.write_str("Enter a whole time, such as 08:00."),
            Invalid::YearOutOfRange { year } => {
                write!(f, "The year {year} is outside the years this app plans ({FIRST_YEAR} to {LAST_YEAR}).")
            }
            Invalid::TooMany { what, max } => write!(f, "More than {max} {what}: this app keeps at most {max}."),
            Invalid::DuplicateId { id } => write!(f, "The id {id} is used twice."),
            Invalid::IdTooLarge { id } => write!(f, "The id {id} is larger than this app uses (below {MAX_ID})."),
            Invalid::CounterBehind { next_id, highest } => {
                write!(f, "The next id, {next_id}, is not above the highest id in use, {highest}.")
            }
            Invalid::UnknownCap { id } => write!(f, "\"{id}\" is not a caseload cap this app knows."),
            Invalid::NoSuchBuilding { id } => write!(f, "There is no building with the id {id}."),
            Invalid::NoScenarios => f.write_str("There are no scenarios."),
            Invalid::NoSuchScenario { id } => write!(f, "The open scenario, {id}, is not in the list."),
            #[cfg(feature = "time-study")]
            Invalid::NoStudyWeekday => f.write_str("Choose at least one weekday to log."),
            #[cfg(any(feature = "time-study", feature = "schedule"))]
            Invalid::DayEndsBeforeStart => f.write_str("The day must end after it starts."),
            #[cfg(feature = "time-study")]
            Invalid::NotAnInterval { minutes } => {
                write!(f, "Intervals of {minutes} minutes are not offered: choose 10, 15 or 30.")
            }
            #[cfg(feature = "time-study")]
            Invalid::WrongIntervalCount { expected, found } => {
                write!(f, "The day has {found} intervals where the study's contract day has {expected}.")
            }
            #[cfg(feature = "time-study")]
            Invalid::NoSuchTask { id } => write!(f, "There is no task with the id {id} in the time study."),
            #[cfg(feature = "schedule")]
            Invalid::NotASlot { minutes } => {
                write!(f, "Slots of {minutes} minutes are not offered: choose 5, 10, 15 or 30.")
            }
        }
    }
}

impl Invalid {
    /// A problem with ids, which nobody sees or types: repaired by renumbering, never a
    /// reason to refuse a file.
    pub fn is_about_ids(&self) -> bool {
        #[cfg(feature = "time-study")]
        if matches!(self, Invalid::NoSuchTask { .. }) {
            return true;
        }
        matches!(
            self,
            Invalid::DuplicateId { .. }
                | Invalid::IdTooLarge { .. }
                | Invalid::CounterBehind { .. }
                | Invalid::NoSuchBuilding { .. }
                | Invalid::NoSuchScenario { .. }
        )
    }
}

impl std::error::Error for Invalid {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_checked_with_words() {
        assert_eq!(FTE.check(1.5), Ok(1.5));
        assert_eq!(FTE.check(0.0), Err(Invalid::NotAboveMin { what: "FTE", min: 0.0 }));
        assert_eq!(FTE.check(3.5).unwrap_err().to_string(), "FTE can be at most 3.");
        assert_eq!(SESSION_MINUTES.check(-1.0).unwrap_err().to_string(), "Minutes cannot be negative.");
        assert!(matches!(TIMES.check(f64::NAN), Err(Invalid::NotANumber { .. })));
        assert!(matches!(TIMES.check(f64::INFINITY), Err(Invalid::NotANumber { .. })));
    }

    #[test]
    fn the_nearest_valid_value() {
        assert_eq!(FTE.nearest(7.0, 1.0), 3.0);
        assert_eq!(FTE.nearest(0.0, 1.0), 1.0);
        assert_eq!(SESSION_MINUTES.nearest(-5.0, 30.0), 0.0);
        assert_eq!(SESSION_MINUTES.nearest(f64::NAN, 30.0), 30.0);
        assert_eq!(YEARS_BETWEEN_REEVALUATIONS.nearest(0.001, 3.0), 0.5);
    }

    #[test]
    fn the_two_re_evaluation_rules_are_each_others_inverse() {
        assert_eq!(1.0 / YEARS_BETWEEN_REEVALUATIONS.min, REEVALUATIONS_PER_YEAR.max);
        assert_eq!(1.0 / YEARS_BETWEEN_REEVALUATIONS.max, REEVALUATIONS_PER_YEAR.min);
        const { assert!(REEVALUATIONS_PER_YEAR.min_inclusive && YEARS_BETWEEN_REEVALUATIONS.min_inclusive) };
    }

    #[test]
    fn text_fits_by_characters() {
        assert_eq!(LABEL.check(&"é".repeat(40)), Ok(()));
        assert_eq!(LABEL.check(&"é".repeat(41)), Err(Invalid::TooLong { what: "label", max_chars: 40 }));
        assert_eq!(LABEL.fit(&"é".repeat(50)).chars().count(), 40);
        assert_eq!(LABEL.check("  ").unwrap_err().to_string(), "Give the student a label, such as initials or a code.");
        assert_eq!(GROUP.check(""), Ok(()));
    }
}
