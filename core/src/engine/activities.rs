//! Other activities (not tied to a student), summed per category: what each collapsed
//! category of the calculator's activity list shows.

use super::week::minutes_per_week;
use crate::model::{Category, Workspace};

/// How many activities `category` holds and their minutes a week.
pub fn in_category(workspace: &Workspace, category: Category) -> (usize, f64) {
    workspace
        .activities
        .iter()
        .filter(|a| a.category == category)
        .fold((0, 0.0), |(n, minutes), a| (n + 1, minutes + minutes_per_week(&a.rate, &workspace.profile)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::typical_slp_workspace;

    #[test]
    fn categories_share_out_every_activity_minute() {
        let w = typical_slp_workspace();
        let (count, minutes) =
            Category::ALL.iter().map(|&c| in_category(&w, c)).fold((0, 0.0), |(n, m), (cn, cm)| (n + cn, m + cm));
        assert_eq!(count, w.activities.len());
        let all: f64 = w.activities.iter().map(|a| minutes_per_week(&a.rate, &w.profile)).sum();
        assert!((minutes - all).abs() < 1e-9 && minutes > 0.0);
        assert_eq!(in_category(&w, Category::Travel), (0, 0.0));
    }
}
