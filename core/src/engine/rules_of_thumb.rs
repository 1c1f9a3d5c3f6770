//! Two published North Carolina rules of thumb, shown beside the detailed model.

use super::week::{clean, ratio};

/// "IEP hours": every student's own IEP service hours per week, summed; 35 to 40 such hours
/// make about one FTE.
#[derive(Clone, Debug, PartialEq)]
pub struct IepHours {
    pub hours: f64,
    pub fte_low: f64,
    pub fte_high: f64,
}

pub fn iep_hours(service_minutes: f64) -> IepHours {
    let hours = clean(service_minutes) / 60.0;
    IepHours { hours, fte_low: hours / 40.0, fte_high: hours / 35.0 }
}

/// "Direct × 1.5": scheduled provider direct hours (a group counted once) times 1.5 is the
/// workload, compared with the contract week.
#[derive(Clone, Debug, PartialEq)]
pub struct DirectTimesOneAndAHalf {
    pub direct_hours: f64,
    pub workload_hours: f64,
    /// Workload hours over the full-time contract week.
    pub fte: Option<f64>,
}

pub fn direct_times_one_and_a_half(provider_direct_minutes: f64, full_time_minutes: f64) -> DirectTimesOneAndAHalf {
    let direct_hours = clean(provider_direct_minutes) / 60.0;
    let workload_hours = direct_hours * 1.5;
    DirectTimesOneAndAHalf { direct_hours, workload_hours, fte: ratio(workload_hours, clean(full_time_minutes) / 60.0) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brief_example_1_iep_hours() {
        let rule = iep_hours((2.0 + 1.0 + 1.0) * 60.0);
        assert_eq!(rule.hours, 4.0);
        assert_eq!(format!("{:.3}", rule.fte_low), "0.100");
        assert_eq!(format!("{:.3}", rule.fte_high), "0.114");
    }

    #[test]
    fn brief_example_2_direct_times_one_and_a_half() {
        let rule = direct_times_one_and_a_half(25.0 * 60.0, 2250.0);
        assert_eq!(rule.workload_hours, 37.5);
        assert_eq!(rule.fte, Some(1.0));
    }
}
