use serde::{Deserialize, Serialize};

/// A published caseload cap. `max` is the last allowed number: `max + 1` is over.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CapPreset {
    pub id: &'static str,
    pub label: &'static str,
    pub max: f64,
    /// Added to `max` for each assistant the provider supervises (Kentucky).
    pub per_assistant: f64,
    /// Whether the rule is an average across providers rather than a per-person maximum.
    pub is_average: bool,
    pub source: &'static str,
    pub as_of: &'static str,
}

pub const CAP_PRESETS: &[CapPreset] = &[
    CapPreset {
        id: "il",
        label: "Illinois SLP: at most 60",
        max: 60.0,
        per_assistant: 0.0,
        is_average: false,
        source: "23 Ill. Adm. Code 226.735, plus a local workload plan",
        as_of: "rule as published in 2024",
    },
    CapPreset {
        id: "pa",
        label: "Pennsylvania itinerant SLP: at most 65",
        max: 65.0,
        per_assistant: 0.0,
        is_average: false,
        source: "22 Pa. Code 14.142 (itinerant, 0.8-1.0 FTE)",
        as_of: "rule as published in 2024",
    },
    CapPreset {
        id: "ky",
        label: "Kentucky SLP: 65, plus 32.5 per SLPA supervised",
        max: 65.0,
        per_assistant: 32.5,
        is_average: false,
        source: "KRS 334A.190",
        as_of: "statute as published in 2024",
    },
    CapPreset {
        id: "ca",
        label: "California SLP: average of 55",
        max: 55.0,
        per_assistant: 0.0,
        is_average: true,
        source: "Cal. Ed Code 56363.3 (unless the local plan sets another figure)",
        as_of: "code as published in 2024",
    },
    CapPreset {
        id: "ca_preschool",
        label: "California preschool (ages 3-5): at most 40",
        max: 40.0,
        per_assistant: 0.0,
        is_average: false,
        source: "Cal. Ed Code 56441.7",
        as_of: "code as published in 2024",
    },
    CapPreset {
        id: "contract_slp_prek",
        label: "Union contract example, SLP Pre-K/K: 46",
        max: 46.0,
        per_assistant: 0.0,
        is_average: false,
        source: "A district collective-bargaining agreement (example)",
        as_of: "contract seen in 2024",
    },
    CapPreset {
        id: "contract_slp",
        label: "Union contract example, SLP grades 1-12: 48",
        max: 48.0,
        per_assistant: 0.0,
        is_average: false,
        source: "A district collective-bargaining agreement (example)",
        as_of: "contract seen in 2024",
    },
    CapPreset {
        id: "contract_otpt",
        label: "Union contract example, OT or PT: 48",
        max: 48.0,
        per_assistant: 0.0,
        is_average: false,
        source: "A district collective-bargaining agreement (example)",
        as_of: "contract seen in 2024",
    },
];

impl CapPreset {
    pub fn find(id: &str) -> Option<&'static CapPreset> {
        CAP_PRESETS.iter().find(|p| p.id == id)
    }
}

/// Which cap applies to this provider.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CapChoice {
    /// No numeric cap (ASHA recommends none; Ohio uses a workload process).
    None,
    Preset {
        id: String,
    },
    Custom {
        max: f64,
    },
}
