//! The domain model: what a user describes. Plain data, serde only; no web or framework imports.
//!
//! Every time quantity is stored as the user entered it (minutes × times per period); the
//! engine reduces it to minutes per week.

mod activity;
mod caps;
mod carried;
pub mod check;
mod checklist;
mod demo;
pub mod fields;
#[cfg(feature = "indirect-log")]
mod indirect_log;
mod presets;
mod profile;
mod rate;
pub mod rules;
mod scenarios;
#[cfg(feature = "schedule")]
mod schedule;
mod school_year;
mod standards;
mod student;
#[cfg(feature = "team")]
mod team;
mod time_study;
pub mod validation;
mod workspace;

pub use activity::{Activity, Category};
pub use caps::{CapChoice, CapPreset, CAP_PRESETS};
pub use carried::Carried;
pub use checklist::{default_tasks, Checklist, IndirectTask, TaskKind};
pub use demo::{demonstration, DEMO_HEADCOUNT};
#[cfg(feature = "indirect-log")]
pub use indirect_log::{share_minutes, Draft, IndirectLog, IndirectService, LogEntry, NotLogged, Role};
pub use presets::{blank_workspace, default_activities, new_caseload, typical_slp_workspace};
pub use profile::{Building, Discipline, IndirectWeek, Profile, ServiceModel, StatusThresholds, Weighting};
pub use rate::{Period, Rate};
pub use rules::MAX_SCENARIOS;
pub use scenarios::{clean_name, Scenario, Scenarios, EXAMPLE_NAME};
#[cfg(feature = "schedule")]
pub use schedule::{school_days, Block, BlockKind, BlockWeek, BuildingDays, NotPlaced, Schedule, DAY_NAMES, SLOTS};
pub use school_year::{month_name, month_short, DaysOff, IsoDate, SchoolYear};
pub use standards::{StandardValue, StandardValues};
pub use student::{group_key, Delivery, Level, PlanType, Service, Student};
#[cfg(feature = "team")]
pub use team::{member_label, BuildingMerge, Member, NotAdded, Pack, Removed, Team};
pub use time_study::{
    default_study_tasks, monday_of, shortcut, weekday_short, EntryList, StudyDay, StudySetup, StudyTask, TaskMinutes,
    TimeStudy, INTERVALS, NOT_WORK, WEEKDAYS, WEEKDAYS_SHORT,
};
pub use workspace::{new_service, LogSlot, ScheduleSlot, StudySlot, Workspace};
