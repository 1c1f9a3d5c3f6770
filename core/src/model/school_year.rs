//! The school year: first and last day, breaks and days off, and the date type they use.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use time::{Date, Month};

/// A calendar date, saved as "YYYY-MM-DD" (what `<input type="date">` gives).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct IsoDate(pub Date);

impl IsoDate {
    pub fn ymd(year: i32, month: u8, day: u8) -> Option<IsoDate> {
        let month = Month::try_from(month).ok()?;
        Date::from_calendar_date(year, month, day).ok().map(IsoDate)
    }

    /// Reads "YYYY-MM-DD"; `None` for anything else or an impossible date.
    pub fn parse(text: &str) -> Option<IsoDate> {
        let mut parts = text.trim().splitn(3, '-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        IsoDate::ymd(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
    }

    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.0.year(), u8::from(self.0.month()), self.0.day())
    }

    /// "23 November 2026", for a printed date.
    pub fn long(self) -> String {
        format!("{} {} {}", self.0.day(), month_name(self.0.month()), self.0.year())
    }

    /// "Sep 8, 2026" style, for lists people read.
    pub fn readable(self) -> String {
        format!("{} {}, {}", month_short(self.0.month()), self.0.day(), self.0.year())
    }
}

pub fn month_short(month: Month) -> &'static str {
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][u8::from(month) as usize - 1]
}

pub fn month_name(month: Month) -> &'static str {
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ][u8::from(month) as usize - 1]
}

impl Serialize for IsoDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.iso())
    }
}

impl<'de> Deserialize<'de> for IsoDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        IsoDate::parse(&text).ok_or_else(|| serde::de::Error::custom(format!("not a date: {text}")))
    }
}

/// A break or a single day off; both ends included.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DaysOff {
    pub id: u32,
    pub label: String,
    pub first: IsoDate,
    pub last: IsoDate,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SchoolYear {
    pub first_day: IsoDate,
    pub last_day: IsoDate,
    pub days_off: Vec<DaysOff>,
}

fn date(y: i32, m: u8, d: u8) -> IsoDate {
    // The preset's dates are fixed and valid.
    IsoDate::ymd(y, m, d).unwrap_or(IsoDate(Date::MIN))
}

impl SchoolYear {
    /// A typical US school year, 2026-27: starts after Labor Day, ends mid-June, with the
    /// usual holidays. Ids 1.. are its own; new days off take ids from the workspace.
    pub fn typical_us_2026() -> SchoolYear {
        let off = |id, label: &str, first, last| DaysOff { id, label: label.to_string(), first, last };
        SchoolYear {
            first_day: date(2026, 9, 8),
            last_day: date(2027, 6, 18),
            days_off: vec![
                off(1, "Indigenous Peoples' Day", date(2026, 10, 12), date(2026, 10, 12)),
                off(2, "Thanksgiving break", date(2026, 11, 25), date(2026, 11, 27)),
                off(3, "Winter break", date(2026, 12, 21), date(2027, 1, 1)),
                off(4, "Martin Luther King Jr. Day", date(2027, 1, 18), date(2027, 1, 18)),
                off(5, "Presidents' Day", date(2027, 2, 15), date(2027, 2, 15)),
                off(6, "Spring break", date(2027, 3, 29), date(2027, 4, 2)),
                off(7, "Memorial Day", date(2027, 5, 31), date(2027, 5, 31)),
            ],
        }
    }
}

impl Default for SchoolYear {
    fn default() -> Self {
        SchoolYear::typical_us_2026()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates_round_trip_and_refuse_nonsense() {
        let d = IsoDate::parse("2027-02-28").unwrap();
        assert_eq!(d.iso(), "2027-02-28");
        assert_eq!(d.readable(), "Feb 28, 2027");
        assert!(IsoDate::parse("2027-02-29").is_none());
        assert!(IsoDate::parse("2028-02-29").is_some());
        for bad in ["", "2027-2-28", "28/02/2027", "2027-13-01", "abcd-ef-gh"] {
            assert!(IsoDate::parse(bad).is_none(), "{bad}");
        }
        let json = serde_json::to_string(&d).unwrap();
        assert_eq!(json, "\"2027-02-28\"");
        assert_eq!(serde_json::from_str::<IsoDate>(&json).unwrap(), d);
        assert_eq!(IsoDate::ymd(2026, 11, 23).unwrap().long(), "23 November 2026");
        assert!(serde_json::from_str::<IsoDate>("\"2027-02-30\"").is_err());
    }
}
