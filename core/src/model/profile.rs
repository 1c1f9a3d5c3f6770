use serde::{Deserialize, Serialize};

use super::CapChoice;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Discipline {
    Slp,
    Ot,
    Pt,
    SpecialEducation,
    Other,
}

impl Discipline {
    pub const ALL: [Discipline; 5] =
        [Discipline::Slp, Discipline::Ot, Discipline::Pt, Discipline::SpecialEducation, Discipline::Other];

    pub fn key(self) -> &'static str {
        match self {
            Discipline::Slp => "slp",
            Discipline::Ot => "ot",
            Discipline::Pt => "pt",
            Discipline::SpecialEducation => "special_education",
            Discipline::Other => "other",
        }
    }

    pub fn from_key(key: &str) -> Option<Discipline> {
        Discipline::ALL.into_iter().find(|d| d.key() == key)
    }

    pub fn label(self) -> &'static str {
        match self {
            Discipline::Slp => "Speech-language pathologist",
            Discipline::Ot => "Occupational therapist",
            Discipline::Pt => "Physical therapist",
            Discipline::SpecialEducation => "Special-education teacher",
            Discipline::Other => "Other provider",
        }
    }
}

/// Where the indirect week falls in a 3:1 cycle.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IndirectWeek {
    First,
    Fourth,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ServiceModel {
    /// Every week looks alike.
    Traditional,
    /// Three weeks of direct service, then one indirect week.
    ThreeToOne { indirect_week: IndirectWeek },
}

impl ServiceModel {
    pub const ALL: [ServiceModel; 3] = [
        ServiceModel::Traditional,
        ServiceModel::ThreeToOne { indirect_week: IndirectWeek::Fourth },
        ServiceModel::ThreeToOne { indirect_week: IndirectWeek::First },
    ];

    pub fn key(self) -> &'static str {
        match self {
            ServiceModel::Traditional => "traditional",
            ServiceModel::ThreeToOne { indirect_week: IndirectWeek::Fourth } => "three_to_one_fourth",
            ServiceModel::ThreeToOne { indirect_week: IndirectWeek::First } => "three_to_one_first",
        }
    }

    pub fn from_key(key: &str) -> Option<ServiceModel> {
        ServiceModel::ALL.into_iter().find(|m| m.key() == key)
    }

    pub fn label(self) -> &'static str {
        match self {
            ServiceModel::Traditional => "Traditional: every week alike",
            ServiceModel::ThreeToOne { indirect_week: IndirectWeek::Fourth } => "3:1, indirect week 4th in each cycle",
            ServiceModel::ThreeToOne { indirect_week: IndirectWeek::First } => "3:1, indirect week 1st in each cycle",
        }
    }
}

/// How students count in the weighted headcount.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Weighting {
    /// Every student 1.0 unless the student has a weight of their own.
    Unweighted,
    /// Ohio's mixed-caseload method: preschool students 1.6 by default; students in the
    /// weighted disability categories get 1.6 as their own weight.
    OhioMixed,
}

impl Weighting {
    pub const ALL: [Weighting; 2] = [Weighting::Unweighted, Weighting::OhioMixed];

    pub fn key(self) -> &'static str {
        match self {
            Weighting::Unweighted => "unweighted",
            Weighting::OhioMixed => "ohio",
        }
    }

    pub fn from_key(key: &str) -> Option<Weighting> {
        Weighting::ALL.into_iter().find(|w| w.key() == key)
    }

    pub fn label(self) -> &'static str {
        match self {
            Weighting::Unweighted => "Every student counts 1",
            Weighting::OhioMixed => "Ohio mixed caseload (preschool 1.6)",
        }
    }
}

/// Utilization thresholds for the status band, in percent.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct StatusThresholds {
    /// Below this the provider has room.
    pub at_capacity_from: f64,
    /// Above this the provider is over capacity.
    pub over_capacity_above: f64,
}

impl Default for StatusThresholds {
    fn default() -> Self {
        StatusThresholds { at_capacity_from: 85.0, over_capacity_above: 100.0 }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Building {
    pub id: u32,
    pub name: String,
    /// Driving to, from and between this building, averaged per week.
    pub travel_minutes_per_week: f64,
}

/// The provider's assignment: who, how much of a contract, and the school calendar.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    pub discipline: Discipline,
    pub fte: f64,
    /// The full-time contract week, in hours.
    pub contract_hours_per_week: f64,
    pub contract_includes_lunch: bool,
    pub lunch_minutes_per_day: f64,
    pub days_per_week: f64,
    pub school_weeks_per_year: f64,
    pub weeks_per_quarter: f64,
    pub buildings: Vec<Building>,
    pub service_model: ServiceModel,
    pub cap: CapChoice,
    /// Assistants (SLPAs) supervised: raises some state caps.
    pub assistants_supervised: f64,
    pub weighting: Weighting,
    pub thresholds: StatusThresholds,
}

impl Default for Profile {
    fn default() -> Self {
        Profile {
            discipline: Discipline::Slp,
            fte: 1.0,
            contract_hours_per_week: 37.5,
            contract_includes_lunch: false,
            lunch_minutes_per_day: 30.0,
            days_per_week: 5.0,
            school_weeks_per_year: 36.0,
            weeks_per_quarter: 9.0,
            buildings: Vec::new(),
            service_model: ServiceModel::Traditional,
            cap: CapChoice::None,
            assistants_supervised: 0.0,
            weighting: Weighting::Unweighted,
            thresholds: StatusThresholds::default(),
        }
    }
}
