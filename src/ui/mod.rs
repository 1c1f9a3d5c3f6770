//! The browser shell: Leptos components around the pure core. Components read the report
//! and write the workspace; they compute nothing of their own.

mod activities;
mod app;
mod browser;
mod caseload;
mod compare;
mod data;
mod fields;
mod list;
mod notices;
mod planner;
mod profile;
mod report;
mod results;
mod saving;
mod scenarios;
mod shell;
mod standards;
mod starting;
mod state;
mod undo;

pub use app::App;
pub use caseload::CaseloadPage;
pub use compare::Compare;
pub use data::DataPage;
pub use planner::Planner;
pub use report::Report;
pub use shell::mount;
