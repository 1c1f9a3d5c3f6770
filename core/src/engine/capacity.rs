//! The contract week: capacity, utilization and the status band.

use crate::model::{Profile, StatusThresholds};

use super::week::clean;

/// Contract minutes per week at full time, less lunch where the contract figure includes it.
pub fn full_time_capacity(profile: &Profile) -> f64 {
    let contract = clean(profile.contract_hours_per_week) * 60.0;
    let lunch = if profile.contract_includes_lunch {
        clean(profile.lunch_minutes_per_day) * clean(profile.days_per_week)
    } else {
        0.0
    };
    clean(contract - lunch)
}

/// This provider's capacity: the full-time week times FTE.
pub fn capacity(profile: &Profile) -> f64 {
    clean(full_time_capacity(profile) * clean(profile.fte))
}

/// Where utilization falls, in words as well as colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// No capacity entered: nothing to compare the workload with.
    NoCapacity,
    Room,
    AtCapacity,
    Over,
}

impl Status {
    pub fn from_utilization(utilization: Option<f64>, thresholds: &StatusThresholds) -> Status {
        let Some(u) = utilization else { return Status::NoCapacity };
        let percent = u * 100.0;
        if percent > thresholds.over_capacity_above {
            Status::Over
        } else if percent >= thresholds.at_capacity_from {
            Status::AtCapacity
        } else {
            Status::Room
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Status::NoCapacity => "none",
            Status::Room => "room",
            Status::AtCapacity => "at",
            Status::Over => "over",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Status::NoCapacity => "No capacity entered",
            Status::Room => "Room in the week",
            Status::AtCapacity => "At capacity",
            Status::Over => "Over capacity",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capacity_is_contract_times_fte_less_included_lunch() {
        let p = Profile::default();
        assert_eq!(capacity(&p), 2250.0);
        let part_time = Profile { fte: 0.6, ..Profile::default() };
        assert_eq!(capacity(&part_time), 1350.0);
        let with_lunch = Profile {
            contract_hours_per_week: 40.0,
            contract_includes_lunch: true,
            lunch_minutes_per_day: 30.0,
            ..Profile::default()
        };
        assert_eq!(capacity(&with_lunch), 2400.0 - 150.0);
    }

    #[test]
    fn status_bands_at_their_edges() {
        let t = StatusThresholds::default();
        assert_eq!(Status::from_utilization(Some(0.849), &t), Status::Room);
        assert_eq!(Status::from_utilization(Some(0.85), &t), Status::AtCapacity);
        assert_eq!(Status::from_utilization(Some(1.0), &t), Status::AtCapacity);
        assert_eq!(Status::from_utilization(Some(1.001), &t), Status::Over);
        assert_eq!(Status::from_utilization(None, &t), Status::NoCapacity);
        let strict = StatusThresholds { at_capacity_from: 70.0, over_capacity_above: 90.0 };
        assert_eq!(Status::from_utilization(Some(0.95), &strict), Status::Over);
    }
}
