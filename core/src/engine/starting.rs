//! What a new caseload would start with, in hours: the figures "New caseload" shows beside
//! the choice of the discipline's usual activities.

use super::week::minutes_per_week;
use crate::model::{default_activities, Discipline, Profile};

/// Each usual activity of `discipline` with its weekly minutes (averaged over the school
/// year, as the calculator counts it), and their total.
pub fn usual_activities(discipline: Discipline) -> (Vec<(&'static str, f64)>, f64) {
    let profile = Profile { discipline, ..Profile::default() };
    let list: Vec<(&'static str, f64)> = default_activities(discipline)
        .into_iter()
        .map(|(name, _, rate)| (name, minutes_per_week(&rate, &profile)))
        .collect();
    let total = list.iter().map(|(_, minutes)| minutes).sum();
    (list, total)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::compute;
    use crate::model::new_caseload;

    #[test]
    fn the_offer_adds_up_to_what_the_new_caseload_computes() {
        for discipline in Discipline::ALL {
            let (list, total) = usual_activities(discipline);
            assert!(!list.is_empty() && total > 0.0);
            let with = compute(&new_caseload(discipline, true));
            let without = compute(&new_caseload(discipline, false));
            assert!((with.total - without.total - total).abs() < 1e-9, "{discipline:?}");
            assert!(new_caseload(discipline, false).activities.is_empty());
        }
    }
}
