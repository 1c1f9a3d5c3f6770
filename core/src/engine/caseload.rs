//! The caseload lens: headcount, students per FTE, the cap and the weighted headcount.

use crate::model::{CapChoice, CapPreset, Level, Profile, Student, Weighting};

use super::week::{clean, ratio};

/// Ohio's weight for preschool students in a mixed caseload.
pub const OHIO_WEIGHT: f64 = 1.6;

/// The student's weight in the weighted headcount.
pub fn weight_of(student: &Student, weighting: Weighting) -> f64 {
    if let Some(w) = student.weight.filter(|w| w.is_finite() && *w >= 0.0) {
        return w;
    }
    match weighting {
        Weighting::OhioMixed if student.level == Level::Preschool => OHIO_WEIGHT,
        _ => 1.0,
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CapStatus {
    Under,
    At,
    Over,
}

impl CapStatus {
    /// The cap is the last allowed number: `cap` is at it, `cap + 1` is over.
    pub fn of(count: f64, cap: f64) -> CapStatus {
        if count > cap {
            CapStatus::Over
        } else if count == cap {
            CapStatus::At
        } else {
            CapStatus::Under
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            CapStatus::Under => "under the cap",
            CapStatus::At => "at the cap",
            CapStatus::Over => "over the cap",
        }
    }
}

/// The cap that applies, with where it comes from.
#[derive(Clone, Debug, PartialEq)]
pub struct CapLine {
    pub max: f64,
    pub label: String,
    pub source: String,
    pub as_of: String,
    pub is_average: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CaseloadLens {
    pub headcount: usize,
    pub students_per_fte: Option<f64>,
    pub weighted_headcount: f64,
    pub cap: Option<CapLine>,
    pub cap_status: Option<CapStatus>,
    pub weighted_cap_status: Option<CapStatus>,
}

pub fn cap_line(profile: &Profile) -> Option<CapLine> {
    match &profile.cap {
        CapChoice::None => None,
        CapChoice::Preset { id } => CapPreset::find(id).map(|p| CapLine {
            max: p.max + p.per_assistant * clean(profile.assistants_supervised),
            label: p.label.to_string(),
            source: p.source.to_string(),
            as_of: p.as_of.to_string(),
            is_average: p.is_average,
        }),
        CapChoice::Custom { max } => Some(CapLine {
            max: clean(*max),
            label: "Your own cap".to_string(),
            source: "Entered by you".to_string(),
            as_of: String::new(),
            is_average: false,
        }),
    }
}

pub fn caseload_lens(profile: &Profile, weights: impl Iterator<Item = f64>) -> CaseloadLens {
    let weights: Vec<f64> = weights.collect();
    let headcount = weights.len();
    let weighted_headcount = weights.iter().copied().map(clean).sum::<f64>();
    let cap = cap_line(profile);
    CaseloadLens {
        headcount,
        students_per_fte: ratio(headcount as f64, clean(profile.fte)),
        weighted_headcount,
        cap_status: cap.as_ref().map(|c| CapStatus::of(headcount as f64, c.max)),
        weighted_cap_status: cap.as_ref().map(|c| CapStatus::of((weighted_headcount * 10.0).round() / 10.0, c.max)),
        cap,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brief_example_7_illinois_cap_60() {
        let profile = Profile { cap: CapChoice::Preset { id: "il".into() }, ..Profile::default() };
        let lens = |n: usize| caseload_lens(&profile, std::iter::repeat_n(1.0, n));
        assert_eq!(lens(59).cap_status, Some(CapStatus::Under));
        assert_eq!(lens(60).cap_status, Some(CapStatus::At));
        assert_eq!(lens(61).cap_status, Some(CapStatus::Over));
    }

    #[test]
    fn kentucky_cap_grows_with_assistants() {
        let profile =
            Profile { cap: CapChoice::Preset { id: "ky".into() }, assistants_supervised: 2.0, ..Profile::default() };
        assert_eq!(cap_line(&profile).unwrap().max, 130.0);
    }

    #[test]
    fn students_per_fte_and_no_fte() {
        let half = Profile { fte: 0.5, ..Profile::default() };
        assert_eq!(caseload_lens(&half, [1.0; 20].into_iter()).students_per_fte, Some(40.0));
        let none = Profile { fte: 0.0, ..Profile::default() };
        assert_eq!(caseload_lens(&none, [1.0; 20].into_iter()).students_per_fte, None);
    }
}
