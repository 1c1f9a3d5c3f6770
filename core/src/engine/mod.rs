//! The calculation engine: pure functions from a [`Workspace`] to a [`Report`].
//! No web or framework imports; every number the app shows is computed here.
//!
//! All time is reduced to minutes per week averaged over the school year ([`week`]).
//! Inputs are treated defensively: a negative, NaN or infinite quantity counts as zero, and
//! every ratio whose denominator can be zero is an `Option`, so no NaN or infinity can leave.

pub mod activities;
pub mod arrange;
mod capacity;
mod caseload;
mod categories;
pub mod chart;
pub mod compare;
pub mod ics;
pub mod iep_wording;
#[cfg(feature = "indirect-log")]
pub mod indirect_log;
#[cfg(feature = "indirect-log")]
pub mod indirect_markup;
pub mod parent_letter;
#[cfg(feature = "team")]
pub mod rebalance;
mod report;
mod rules_of_thumb;
#[cfg(feature = "schedule")]
pub mod schedule;
#[cfg(feature = "schedule")]
pub mod schedule_ics;
#[cfg(feature = "schedule")]
pub mod schedule_markup;
pub mod school_year;
pub mod starting;
pub mod students;
#[cfg(feature = "time-study")]
pub mod study_activities;
pub mod study_charts;
mod summary;
#[cfg(feature = "team")]
pub mod team;
#[cfg(feature = "team")]
pub mod team_markup;
mod three_to_one;
pub mod time_study;
pub mod week;
pub mod what_if;

/// How numbers read: shared with the model's messages, so it lives at the crate's root.
pub use crate::format;
pub use capacity::Status;
pub use caseload::{CapLine, CapStatus, CaseloadLens};
pub use categories::{largest_remainder_tenths, CategoryLine};
pub use report::{compute, Report};
pub use rules_of_thumb::{DirectTimesOneAndAHalf, IepHours};
pub use students::StudentLoad;
pub use summary::{caseload_line, ways_to_fit};
pub use three_to_one::{
    carried_over, checklist_fit, checklist_minutes, compare_models, CycleMinutes, ModelColumn, ThreeToOneWeek,
};
