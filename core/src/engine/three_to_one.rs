//! The 3:1 model: direct service of a 4-week cycle delivered in three direct weeks, with an
//! indirect week that gathers the flexible work.
//!
//! Model: duties and travel happen every week. Indirect services, collaboration and
//! paperwork ("flexible work") move into the indirect week as far as its room allows; what
//! does not fit stays spread over the direct weeks. The cycle's total is unchanged, so the
//! average week equals the traditional week.

use super::format::number;
use super::week::{clean, ratio};

#[derive(Clone, Debug, PartialEq)]
pub struct ThreeToOneWeek {
    /// The average week over a cycle (the same total as a traditional week).
    pub average_week: f64,
    /// The average week against capacity (`None` without capacity).
    pub average_utilization: Option<f64>,
    /// A direct week: a third of the cycle's direct time, plus every-week work, plus the
    /// flexible work that did not fit in the indirect week.
    pub peak_direct_week: f64,
    /// A direct week against capacity (`None` without capacity).
    pub peak_direct_utilization: Option<f64>,
    pub direct_in_direct_week: f64,
    /// Room in the indirect week once every-week duties and travel are done.
    pub indirect_week_room: f64,
    /// The cycle's indirect, collaboration and paperwork time.
    pub flexible_per_cycle: f64,
    /// How much of it the indirect week holds.
    pub moved_to_indirect_week: f64,
    /// Time the indirect week has left for make-ups and anything else.
    pub indirect_week_free: f64,
}

/// All arguments are average minutes per week: sums of quantities already bounded by
/// [`super::week::clean`], so they are only guarded against being negative here (bounding
/// the sums again would break the cycle's total).
pub fn three_to_one_week(direct: f64, flexible: f64, every_week: f64, capacity: f64) -> ThreeToOneWeek {
    let non_negative = |x: f64| if x > 0.0 { x } else { 0.0 };
    let (direct, flexible, every_week, capacity) =
        (non_negative(direct), non_negative(flexible), non_negative(every_week), non_negative(capacity));
    let flexible_per_cycle = flexible * 4.0;
    let indirect_week_room = non_negative(capacity - every_week);
    let moved = flexible_per_cycle.min(indirect_week_room);
    let left_over = flexible_per_cycle - moved;
    let direct_in_direct_week = direct * 4.0 / 3.0;
    let average_week = direct + flexible + every_week;
    let peak_direct_week = direct_in_direct_week + every_week + left_over / 3.0;
    ThreeToOneWeek {
        average_week,
        average_utilization: ratio(average_week, capacity),
        peak_direct_week,
        peak_direct_utilization: ratio(peak_direct_week, capacity),
        direct_in_direct_week,
        indirect_week_room,
        flexible_per_cycle,
        moved_to_indirect_week: moved,
        indirect_week_free: non_negative(indirect_week_room - moved),
    }
}

/// One service's minutes under 3:1. All three describe the same time.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CycleMinutes {
    pub weekly_average: f64,
    pub per_cycle: f64,
    pub per_direct_week: f64,
}

impl CycleMinutes {
    /// From a traditional weekly figure: the cycle keeps the same total.
    pub fn from_weekly(weekly: f64) -> CycleMinutes {
        let w = clean(weekly);
        CycleMinutes { weekly_average: w, per_cycle: w * 4.0, per_direct_week: w * 4.0 / 3.0 }
    }

    /// From minutes in each direct week ("60 minutes weekly for 3 out of 4 weeks").
    pub fn from_direct_week(minutes: f64) -> CycleMinutes {
        let m = clean(minutes);
        CycleMinutes { weekly_average: m * 3.0 / 4.0, per_cycle: m * 3.0, per_direct_week: m }
    }

    pub fn from_cycle(minutes: f64) -> CycleMinutes {
        let c = clean(minutes);
        CycleMinutes { weekly_average: c / 4.0, per_cycle: c, per_direct_week: c / 3.0 }
    }

    /// How an IEP under 3:1 states it.
    pub fn iep_wording(&self) -> String {
        format!(
            "{} minutes weekly for 3 out of 4 weeks ({} minutes per 4-week cycle)",
            number(self.per_direct_week, 1),
            number(self.per_cycle, 1)
        )
    }
}

/// One column of the traditional-versus-3:1 comparison. Minutes per week.
#[derive(Clone, Debug, PartialEq)]
pub struct ModelColumn {
    pub average_week: f64,
    /// A week of direct service: every week under the traditional model.
    pub direct_week: f64,
    pub direct_service_in_direct_week: f64,
    /// What the indirect week holds (3:1 only).
    pub indirect_week: Option<f64>,
    /// The fuller of a direct week and the indirect week, against capacity.
    pub fullest_week_utilization: Option<f64>,
}

/// The same caseload under both models.
pub fn compare_models(report: &super::Report) -> (ModelColumn, ModelColumn) {
    let w = &report.three_to_one;
    let every_week = report.minutes(crate::model::Category::Duties) + report.minutes(crate::model::Category::Travel);
    let traditional = ModelColumn {
        average_week: report.total,
        direct_week: report.total,
        direct_service_in_direct_week: report.minutes(crate::model::Category::Direct),
        indirect_week: None,
        fullest_week_utilization: ratio(report.total, report.capacity),
    };
    let indirect_week = every_week + w.moved_to_indirect_week;
    let three = ModelColumn {
        average_week: w.average_week,
        direct_week: w.peak_direct_week,
        direct_service_in_direct_week: w.direct_in_direct_week,
        indirect_week: Some(indirect_week),
        fullest_week_utilization: ratio(w.peak_direct_week.max(indirect_week), report.capacity),
    };
    (traditional, three)
}

/// Checklist tasks left undone in the cycle before `cycle`: they carry over into it.
pub fn carried_over(checklist: &crate::model::Checklist, cycle: u32) -> Vec<u32> {
    if cycle <= 1 {
        return Vec::new();
    }
    checklist
        .tasks
        .iter()
        .filter(|t| !checklist.is_done(cycle - 1, t.id) && !checklist.is_done(cycle, t.id))
        .map(|t| t.id)
        .collect()
}

/// The checklist's planned minutes against the indirect week's room.
pub fn checklist_minutes(checklist: &crate::model::Checklist) -> f64 {
    checklist.tasks.iter().map(|t| clean(t.minutes)).sum()
}

/// Whether the checklist fits the indirect week, in words: "Planned: 14.0 h. The indirect
/// week has 16.5 h after duties and travel. It fits, with 2.5 h to spare."
pub fn checklist_fit(checklist: &crate::model::Checklist, week: &ThreeToOneWeek) -> String {
    use super::format::hours;
    let planned = checklist_minutes(checklist);
    let room = week.indirect_week_room;
    let verdict = if planned <= room {
        format!("It fits, with {} h to spare.", hours(room - planned))
    } else {
        format!("That is {} h more than the week holds.", hours(planned - room))
    };
    format!("Planned: {} h. The indirect week has {} h after duties and travel. {verdict}", hours(planned), hours(room))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_checklist_against_the_indirect_week() {
        let mut checklist = crate::model::Checklist::default();
        checklist.tasks.push(crate::model::IndirectTask {
            id: 1,
            name: "Consult".into(),
            minutes: 840.0,
            kind: crate::model::TaskKind::Consultation,
        });
        let week = three_to_one_week(1000.0, 600.0, 300.0, 2250.0);
        assert_eq!(week.indirect_week_room, 1950.0);
        assert_eq!(
            checklist_fit(&checklist, &week),
            "Planned: 14.0 h. The indirect week has 32.5 h after duties and travel. It fits, with 18.5 h to spare."
        );
    }

    #[test]
    fn brief_example_6_sixty_minutes_weekly_for_three_of_four_weeks() {
        // 180 minutes per cycle = 45 a week on average, 60 in each direct week.
        let week = three_to_one_week(45.0, 0.0, 0.0, 2250.0);
        assert_eq!(week.average_week, 45.0);
        assert_eq!(week.direct_in_direct_week, 60.0);
    }

    #[test]
    fn conversions_both_ways_and_iep_wording() {
        // BRIEF example 6: 60 minutes weekly for 3 out of 4 weeks = 180 a cycle = 45 a week.
        let m = CycleMinutes::from_direct_week(60.0);
        assert_eq!((m.per_cycle, m.weekly_average), (180.0, 45.0));
        assert_eq!(m.iep_wording(), "60 minutes weekly for 3 out of 4 weeks (180 minutes per 4-week cycle)");
        assert_eq!(CycleMinutes::from_weekly(45.0), m);
        assert_eq!(CycleMinutes::from_cycle(180.0), m);
        // A traditional 60 a week keeps its total: 240 a cycle, 80 in each direct week.
        let t = CycleMinutes::from_weekly(60.0);
        assert_eq!((t.per_cycle, t.per_direct_week), (240.0, 80.0));
        assert_eq!(
            CycleMinutes::from_weekly(20.0).iep_wording(),
            "26.7 minutes weekly for 3 out of 4 weeks (80 minutes per 4-week cycle)"
        );
        assert_eq!(CycleMinutes::from_weekly(-5.0).per_cycle, 0.0);
    }

    #[test]
    fn the_comparison_finds_the_fullest_week_under_either_model() {
        use crate::model::typical_slp_workspace;
        let report = super::super::compute(&typical_slp_workspace());
        let (traditional, three) = compare_models(&report);
        assert_eq!(traditional.average_week, three.average_week);
        assert!(three.direct_service_in_direct_week > traditional.direct_service_in_direct_week);
        // In the typical week the indirect week fills up to the contract: it is the fullest.
        let indirect = three.indirect_week.unwrap();
        assert!(indirect > three.direct_week);
        assert_eq!(three.fullest_week_utilization, Some(indirect / report.capacity));
    }

    #[test]
    fn unfinished_tasks_carry_over() {
        use crate::model::{Checklist, IndirectTask, TaskKind};
        let task = |id| IndirectTask { id, name: format!("t{id}"), minutes: 60.0, kind: TaskKind::Other };
        let mut list = Checklist { tasks: vec![task(1), task(2), task(3)], done: vec![] };
        list.set_done(1, 1, true);
        list.set_done(2, 3, true);
        assert_eq!(carried_over(&list, 1), Vec::<u32>::new());
        // Task 2 was not done in cycle 1; task 3 is done in cycle 2 already.
        assert_eq!(carried_over(&list, 2), vec![2]);
        list.set_done(1, 1, false);
        assert!(!list.is_done(1, 1));
        assert_eq!(checklist_minutes(&list), 180.0);
    }

    #[test]
    fn the_cycle_total_is_preserved() {
        let w = three_to_one_week(1200.0, 700.0, 300.0, 2250.0);
        let indirect_week = 300.0 + w.moved_to_indirect_week;
        assert!((3.0 * w.peak_direct_week + indirect_week - 4.0 * w.average_week).abs() < 1e-9);
        // 2800 flexible minutes a cycle; the indirect week has 1950 of room.
        assert_eq!(w.moved_to_indirect_week, 1950.0);
        assert_eq!(w.indirect_week_free, 0.0);
    }

    #[test]
    fn weeks_against_capacity_and_none_without_it() {
        let w = three_to_one_week(1200.0, 700.0, 300.0, 2250.0);
        assert_eq!(w.average_utilization, Some(2200.0 / 2250.0));
        assert_eq!(w.peak_direct_utilization, Some(w.peak_direct_week / 2250.0));
        let none = three_to_one_week(1200.0, 700.0, 300.0, 0.0);
        assert_eq!((none.average_utilization, none.peak_direct_utilization), (None, None));
    }
}
