use serde::{Deserialize, Serialize};

/// The periods a user can state a frequency in. See BRIEF §3 for the conversion to a week.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Period {
    Day,
    Week,
    /// A 4-school-week cycle: what "per month" means in 3:1 IEPs.
    Cycle,
    Quarter,
    Year,
}

impl Period {
    pub const ALL: [Period; 5] = [Period::Day, Period::Week, Period::Cycle, Period::Quarter, Period::Year];

    pub fn key(self) -> &'static str {
        match self {
            Period::Day => "day",
            Period::Week => "week",
            Period::Cycle => "cycle",
            Period::Quarter => "quarter",
            Period::Year => "year",
        }
    }

    pub fn from_key(key: &str) -> Option<Period> {
        Period::ALL.into_iter().find(|p| p.key() == key)
    }

    /// Words for "per …" in a sentence.
    pub fn label(self) -> &'static str {
        match self {
            Period::Day => "per day",
            Period::Week => "per week",
            Period::Cycle => "per 4-week cycle",
            Period::Quarter => "per quarter",
            Period::Year => "per school year",
        }
    }
}

/// `minutes` each time, `times` per `per`. "30 minutes twice a week" is `{30, 2, Week}`;
/// "an annual IEP of 120 minutes" is `{120, 1, Year}`.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Rate {
    pub minutes: f64,
    pub times: f64,
    pub per: Period,
}

impl Rate {
    pub const fn new(minutes: f64, times: f64, per: Period) -> Rate {
        Rate { minutes, times, per }
    }

    pub const fn weekly(minutes: f64, times: f64) -> Rate {
        Rate::new(minutes, times, Period::Week)
    }
}
