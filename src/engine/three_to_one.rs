//! The 3:1 model: direct service of a 4-week cycle delivered in three direct weeks, with an
//! indirect week that gathers the flexible work.
//!
//! Model: duties and travel happen every week. Indirect services, collaboration and
//! paperwork ("flexible work") move into the indirect week as far as its room allows; what
//! does not fit stays spread over the direct weeks. The cycle's total is unchanged, so the
//! average week equals the traditional week.

#[derive(Clone, Debug, PartialEq)]
pub struct ThreeToOneWeek {
    /// The average week over a cycle (the same total as a traditional week).
    pub average_week: f64,
    /// A direct week: a third of the cycle's direct time, plus every-week work, plus the
    /// flexible work that did not fit in the indirect week.
    pub peak_direct_week: f64,
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
    ThreeToOneWeek {
        average_week: direct + flexible + every_week,
        peak_direct_week: direct_in_direct_week + every_week + left_over / 3.0,
        direct_in_direct_week,
        indirect_week_room,
        flexible_per_cycle,
        moved_to_indirect_week: moved,
        indirect_week_free: non_negative(indirect_week_room - moved),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brief_example_6_sixty_minutes_weekly_for_three_of_four_weeks() {
        // 180 minutes per cycle = 45 a week on average, 60 in each direct week.
        let week = three_to_one_week(45.0, 0.0, 0.0, 2250.0);
        assert_eq!(week.average_week, 45.0);
        assert_eq!(week.direct_in_direct_week, 60.0);
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
}
