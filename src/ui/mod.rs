//! The browser shell: Leptos components around the pure core. Components read the report
//! and write the workspace; they compute nothing of their own.

mod activities;
mod app;
mod browser;
mod caseload;
mod compare;
mod data;
mod fields;
#[cfg(any(feature = "time-study", feature = "team"))]
mod folded;
#[cfg(feature = "indirect-log")]
mod indirect;
mod list;
mod notices;
mod planner;
mod presenter;
mod profile;
mod report;
mod results;
mod saving;
mod scenarios;
#[cfg(feature = "schedule")]
mod schedule;
mod shell;
mod standards;
mod starting;
mod state;
#[cfg(feature = "team")]
mod team;
#[cfg(feature = "team")]
mod team_present;
#[cfg(feature = "time-study")]
mod time_study;
mod undo;

pub use app::App;
pub use caseload::CaseloadPage;
pub use compare::Compare;
pub use data::{DataPage, SpreadsheetPage};
#[cfg(feature = "indirect-log")]
pub use indirect::IndirectPage;
pub use planner::Planner;
pub use report::Report;
#[cfg(feature = "schedule")]
pub use schedule::SchedulePage;
pub use shell::mount;
#[cfg(feature = "team")]
pub use team::TeamPage;
#[cfg(feature = "team")]
pub use team_present::TeamPresentPage;
#[cfg(feature = "time-study")]
pub use time_study::TimeStudyPage;
