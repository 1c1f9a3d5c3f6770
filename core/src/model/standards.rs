use serde::{Deserialize, Serialize};

use super::{Period, Rate};

/// A per-student standard time with where the default came from, so the user can judge it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StandardValue {
    pub rate: Rate,
    pub source: String,
}

/// Paperwork every student on a plan brings, whatever their services. Editable defaults.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StandardValues {
    /// Writing the annual plan and holding its meeting.
    pub annual_plan: StandardValue,
    pub progress_reports: StandardValue,
    /// Re-evaluation every three years, spread over the years between.
    pub reevaluation: StandardValue,
    /// Note-taking after each direct session, per student.
    pub documentation_minutes_per_session: f64,
    pub documentation_source: String,
}

impl Default for StandardValues {
    fn default() -> Self {
        StandardValues {
            annual_plan: StandardValue {
                rate: Rate::new(120.0, 1.0, Period::Year),
                source: "Typical time for drafting an IEP and holding its annual meeting (ASHA workload examples)"
                    .into(),
            },
            progress_reports: StandardValue {
                rate: Rate::new(20.0, 4.0, Period::Year),
                source: "One report per grading quarter, about 20 minutes each".into(),
            },
            reevaluation: StandardValue {
                rate: Rate::new(360.0, 1.0 / 3.0, Period::Year),
                source: "A 6-hour re-evaluation (testing, report, meeting) every 3 years".into(),
            },
            documentation_minutes_per_session: 5.0,
            documentation_source: "Session notes and Medicaid logs, about 5 minutes per student per session".into(),
        }
    }
}
