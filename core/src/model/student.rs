use serde::{Deserialize, Serialize};

use super::Rate;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlanType {
    Iep,
    Section504,
    Ifsp,
    MtssTier2,
    MtssTier3,
}

impl PlanType {
    pub const ALL: [PlanType; 5] =
        [PlanType::Iep, PlanType::Section504, PlanType::Ifsp, PlanType::MtssTier2, PlanType::MtssTier3];

    pub fn key(self) -> &'static str {
        match self {
            PlanType::Iep => "iep",
            PlanType::Section504 => "504",
            PlanType::Ifsp => "ifsp",
            PlanType::MtssTier2 => "mtss2",
            PlanType::MtssTier3 => "mtss3",
        }
    }

    pub fn from_key(key: &str) -> Option<PlanType> {
        PlanType::ALL.into_iter().find(|p| p.key() == key)
    }

    pub fn label(self) -> &'static str {
        match self {
            PlanType::Iep => "IEP",
            PlanType::Section504 => "504 plan",
            PlanType::Ifsp => "IFSP",
            PlanType::MtssTier2 => "MTSS Tier 2",
            PlanType::MtssTier3 => "MTSS Tier 3",
        }
    }

    /// Students on a formal plan carry its paperwork (annual plan, progress reports,
    /// re-evaluation); MTSS intervention has none of that.
    pub fn has_plan_paperwork(self) -> bool {
        matches!(self, PlanType::Iep | PlanType::Section504 | PlanType::Ifsp)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Preschool,
    Elementary,
    Secondary,
}

impl Level {
    pub const ALL: [Level; 3] = [Level::Preschool, Level::Elementary, Level::Secondary];

    pub fn key(self) -> &'static str {
        match self {
            Level::Preschool => "preschool",
            Level::Elementary => "elementary",
            Level::Secondary => "secondary",
        }
    }

    pub fn from_key(key: &str) -> Option<Level> {
        Level::ALL.into_iter().find(|l| l.key() == key)
    }

    pub fn label(self) -> &'static str {
        match self {
            Level::Preschool => "Preschool",
            Level::Elementary => "Elementary",
            Level::Secondary => "Secondary",
        }
    }
}

/// How a service is delivered. Pull-out and classroom are direct service; consult is
/// indirect service on the student's behalf.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Delivery {
    PullOut,
    Classroom,
    Consult,
}

impl Delivery {
    pub const ALL: [Delivery; 3] = [Delivery::PullOut, Delivery::Classroom, Delivery::Consult];

    pub fn key(self) -> &'static str {
        match self {
            Delivery::PullOut => "pull_out",
            Delivery::Classroom => "classroom",
            Delivery::Consult => "consult",
        }
    }

    pub fn from_key(key: &str) -> Option<Delivery> {
        Delivery::ALL.into_iter().find(|d| d.key() == key)
    }

    pub fn label(self) -> &'static str {
        match self {
            Delivery::PullOut => "Direct, pull-out",
            Delivery::Classroom => "Direct, in class",
            Delivery::Consult => "Consult",
        }
    }

    /// For a line of text: "pull-out", "in class", "consult".
    pub fn short_label(self) -> &'static str {
        match self {
            Delivery::PullOut => "pull-out",
            Delivery::Classroom => "in class",
            Delivery::Consult => "consult",
        }
    }

    pub fn is_direct(self) -> bool {
        !matches!(self, Delivery::Consult)
    }
}

/// The key a group is known by: names differing only in case or surrounding spaces are one
/// group, and a blank name is none.
pub fn group_key(name: &str) -> Option<String> {
    let name = name.trim();
    (!name.is_empty()).then(|| name.to_ascii_lowercase())
}

/// One line of a student's plan: "30 minutes twice a week, pull-out, in group A".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Service {
    pub delivery: Delivery,
    pub rate: Rate,
    /// Students whose services share a group name are seen together: the provider spends
    /// the session's time once, however many are in it.
    #[serde(default)]
    pub group: Option<String>,
}

/// A student, identified only by a label the user chooses (initials or a code, never a name).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Student {
    pub id: u32,
    pub label: String,
    pub plan: PlanType,
    pub level: Level,
    #[serde(default)]
    pub building: Option<u32>,
    /// The student's own weight in the weighted headcount, overriding the scheme's default.
    #[serde(default)]
    pub weight: Option<f64>,
    pub services: Vec<Service>,
}
