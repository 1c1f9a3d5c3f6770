//! The category table: minutes per category and shares that add up to exactly 100%.

use crate::model::Category;

#[derive(Clone, Debug, PartialEq)]
pub struct CategoryLine {
    pub category: Category,
    pub minutes: f64,
    /// Share of the total in tenths of a percent; the lines add up to 1000 when the total is
    /// not zero.
    pub share_tenths: u32,
}

/// Rounds shares to tenths of a percent so that they add up to exactly 100.0%
/// (largest-remainder method; ties go to the earlier entry). All zero if the total is zero.
pub fn largest_remainder_tenths(values: &[f64]) -> Vec<u32> {
    let total: f64 = values.iter().copied().filter(|v| v.is_finite() && *v > 0.0).sum();
    if !(total > 0.0 && total.is_finite()) {
        return vec![0; values.len()];
    }
    let exact: Vec<f64> =
        values.iter().map(|&v| if v.is_finite() && v > 0.0 { v / total * 1000.0 } else { 0.0 }).collect();
    let mut shares: Vec<u32> = exact.iter().map(|e| e.floor() as u32).collect();
    let handed_out: u32 = shares.iter().sum();
    // What is left goes one tenth at a time to the largest remainder not yet served; among
    // equal remainders, the earlier entry first. (A handful of entries: each tenth is one
    // look through them, which keeps a sort out of every page.)
    let mut remainders: Vec<f64> = exact.iter().map(|e| e - e.floor()).collect();
    for _ in 0..1000u32.saturating_sub(handed_out).min(values.len() as u32) {
        let mut best: Option<usize> = None;
        for (i, &r) in remainders.iter().enumerate() {
            if r >= 0.0 && best.is_none_or(|b| r > remainders[b]) {
                best = Some(i);
            }
        }
        let Some(i) = best else { break };
        shares[i] += 1;
        remainders[i] = -1.0;
    }
    shares
}

pub fn category_lines(minutes: &[(Category, f64)]) -> Vec<CategoryLine> {
    let values: Vec<f64> = minutes.iter().map(|(_, m)| *m).collect();
    largest_remainder_tenths(&values)
        .into_iter()
        .zip(minutes)
        .map(|(share_tenths, &(category, minutes))| CategoryLine { category, minutes, share_tenths })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brief_example_4_shares_add_to_exactly_100() {
        // 15 h, 12 h, 8 h of 35 h: naive rounding gives 42.9 + 34.3 + 22.9 = 100.1.
        let shares = largest_remainder_tenths(&[900.0, 720.0, 480.0]);
        assert_eq!(shares, vec![429, 343, 228]);
        assert_eq!(shares.iter().sum::<u32>(), 1000);
    }

    #[test]
    fn zero_total_gives_zero_shares() {
        assert_eq!(largest_remainder_tenths(&[0.0, 0.0]), vec![0, 0]);
        assert_eq!(largest_remainder_tenths(&[]), Vec::<u32>::new());
    }

    #[test]
    fn thirds_share_the_remainder_in_order() {
        assert_eq!(largest_remainder_tenths(&[1.0, 1.0, 1.0]), vec![334, 333, 333]);
    }
}
