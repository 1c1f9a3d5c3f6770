//! Data in and out (pure): backup files, spreadsheets (CSV) and share links. No web imports;
//! the data page (`ui/data/`) reads files and writes downloads around these functions.

pub mod backup;
pub mod csv_export;
pub mod csv_import;
pub mod envelope;
pub mod frequency;
#[cfg(feature = "indirect-log")]
pub mod indirect_log_csv;
pub mod json_path;
pub mod json_reader;
pub mod merge;
#[cfg(feature = "schedule")]
pub mod schedule_csv;
pub mod share;
#[cfg(feature = "team")]
pub mod team;
#[cfg(feature = "team")]
pub mod team_csv;
pub mod time_study_csv;
