//! Scenarios side by side: the table of both lenses, the differences in words, what would
//! bring each week within contract time, and how per-student time is spread.

use crate::model::Category;

use super::capacity::Status;
use super::format::{count, hours, number, percent};
use super::report::Report;
use super::summary::ways_to_fit;

/// A scenario's name and its computed report.
pub type Column<'a> = (&'a str, &'a Report);

/// One row of the side-by-side table: a label and one cell per scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub label: &'static str,
    pub cells: Vec<String>,
}

/// Per-student weekly provider minutes are counted in these bands (lower bounds).
pub const BANDS: [(f64, &str); 5] = [
    (0.0, "Under 30 min"),
    (30.0, "30 to 59 min"),
    (60.0, "60 to 89 min"),
    (90.0, "90 to 119 min"),
    (120.0, "120 min or more"),
];

#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    /// "Same caseload: 48 students each." or the headcounts.
    pub caseload_line: String,
    /// "30.2 hours versus 55.7 hours a week."
    pub workload_line: String,
    /// The two together, the point of the comparison in one sentence.
    pub headline: String,
    pub caseload_rows: Vec<Row>,
    pub workload_rows: Vec<Row>,
    /// Hours per category, one row per category.
    pub category_rows: Vec<Row>,
    /// One sentence per scenario: utilization and status in words.
    pub status_lines: Vec<String>,
    /// The categories that differ most, in words, largest gap first.
    pub differences: Vec<String>,
    /// The largest gap in one short sentence (empty with fewer than two scenarios).
    pub main_difference: String,
    /// Per scenario: what would bring the week within contract time, or the time to spare.
    pub fixes: Vec<String>,
    /// Students per band of [`BANDS`], per scenario.
    pub distribution: Vec<[usize; BANDS.len()]>,
}

pub fn compare(columns: &[Column]) -> Comparison {
    let caseload_line = caseload_line(columns);
    let workload_line = workload_line(columns);
    let headline = format!("{}; {}", caseload_line.trim_end_matches('.'), lowercase_first(&workload_line));
    Comparison {
        headline,
        caseload_line,
        workload_line,
        caseload_rows: caseload_rows(columns),
        workload_rows: workload_rows(columns),
        category_rows: Category::ALL
            .iter()
            .map(|&c| Row { label: c.label(), cells: columns.iter().map(|(_, r)| hours(r.minutes(c))).collect() })
            .collect(),
        status_lines: columns.iter().map(|(name, r)| status_line(name, r)).collect(),
        differences: differences(columns),
        main_difference: main_difference(columns),
        fixes: columns.iter().map(|(name, r)| fix_line(name, r)).collect(),
        distribution: columns.iter().map(|(_, r)| distribution(r)).collect(),
    }
}

fn lowercase_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if !s.starts_with(|c: char| c.is_ascii_digit()) => c.to_lowercase().chain(chars).collect(),
        _ => s.to_string(),
    }
}

/// "a, b and c".
fn join_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

fn caseload_line(columns: &[Column]) -> String {
    let counts: Vec<usize> = columns.iter().map(|(_, r)| r.caseload.headcount).collect();
    match counts.as_slice() {
        [] => "No scenarios chosen.".into(),
        [n] => format!("A caseload of {}.", count(*n, "student", "students")),
        [first, rest @ ..] if rest.iter().all(|n| n == first) => {
            format!("Same caseload: {} each.", count(*first, "student", "students"))
        }
        _ => {
            let list: Vec<String> = counts.iter().map(|n| n.to_string()).collect();
            format!("Caseloads of {} students.", join_and(&list))
        }
    }
}

fn workload_line(columns: &[Column]) -> String {
    let totals: Vec<String> = columns.iter().map(|(_, r)| format!("{} hours", hours(r.total))).collect();
    match totals.as_slice() {
        [] => String::new(),
        [one] => format!("{one} of work a week."),
        [a, b] => format!("{a} versus {b} of work a week."),
        _ => format!("Weeks of {} of work.", join_and(&totals)),
    }
}

fn optional(value: Option<String>) -> String {
    value.unwrap_or_else(|| "—".into())
}

fn caseload_rows(columns: &[Column]) -> Vec<Row> {
    let row =
        |label, cell: &dyn Fn(&Report) -> String| Row { label, cells: columns.iter().map(|(_, r)| cell(r)).collect() };
    vec![
        row("Students (headcount)", &|r| r.caseload.headcount.to_string()),
        row("Caseload cap", &|r| match (&r.caseload.cap, r.caseload.cap_status) {
            (Some(cap), Some(status)) => format!("{} ({})", number(cap.max, 1), status.label()),
            _ => "None chosen".into(),
        }),
        row("Students per FTE", &|r| optional(r.caseload.students_per_fte.map(|x| number(x, 1)))),
    ]
}

fn workload_rows(columns: &[Column]) -> Vec<Row> {
    let row =
        |label, cell: &dyn Fn(&Report) -> String| Row { label, cells: columns.iter().map(|(_, r)| cell(r)).collect() };
    vec![
        row("Hours of work a week", &|r| hours(r.total)),
        row("Contract hours a week", &|r| hours(r.capacity)),
        row("Utilization", &|r| optional(r.utilization.map(|u| format!("{}%", percent(u))))),
        row("Status", &|r| r.status.label().to_string()),
        row("Hours over (+) or to spare (−)", &|r| {
            optional(r.balance.map(|b| if b < 0.0 { format!("+{}", hours(-b)) } else { format!("−{}", hours(b)) }))
        }),
        row("FTE needed", &|r| optional(r.fte_needed.map(|f| number(f, 2)))),
        row("Your time a week per student (groups shared, paperwork included), min", &|r| {
            optional(r.average_per_student.map(|a| number(a.round(), 0)))
        }),
        row("Sustainable caseload", &|r| optional(r.sustainable_caseload.map(|n| n.to_string()))),
    ]
}

fn status_line(name: &str, r: &Report) -> String {
    match r.utilization {
        Some(u) => format!(
            "{name}: {}% of contract time, {}; needs {} FTE.",
            percent(u),
            r.status.label().to_ascii_lowercase(),
            number(r.fte_needed.unwrap_or(0.0), 2)
        ),
        None => format!("{name}: {} hours of work; no contract time entered.", hours(r.total)),
    }
}

/// The categories whose hours differ by at least half an hour, largest gap first (at most
/// three), naming which scenario has the least and the most.
fn differences(columns: &[Column]) -> Vec<String> {
    if columns.len() < 2 {
        return Vec::new();
    }
    let mut gaps: Vec<(f64, String)> = Category::ALL
        .iter()
        .filter_map(|&c| {
            let (low_name, low) = columns.iter().map(|(n, r)| (*n, r.minutes(c))).min_by(|a, b| a.1.total_cmp(&b.1))?;
            let (high_name, high) =
                columns.iter().map(|(n, r)| (*n, r.minutes(c))).max_by(|a, b| a.1.total_cmp(&b.1))?;
            let gap = high - low;
            (gap >= 30.0).then(|| {
                (
                    gap,
                    format!(
                        "{}: {} hours for {high_name}, {} for {low_name} ({} hours a week more).",
                        c.label(),
                        hours(high),
                        hours(low),
                        hours(gap)
                    ),
                )
            })
        })
        .collect();
    gaps.sort_by(|a, b| b.0.total_cmp(&a.0));
    let mut lines: Vec<String> = gaps.into_iter().take(3).map(|(_, line)| line).collect();
    let averages: Vec<String> = columns
        .iter()
        .filter_map(|(n, r)| r.average_per_student.map(|a| format!("{} minutes for {n}", number(a.round(), 0))))
        .collect();
    if averages.len() >= 2 {
        lines.push(format!("Each student takes on average {} of the provider's week.", join_and(&averages)));
    }
    lines
}

/// Hours of category `c` from the scenario with the least to the one with the most.
fn gap(columns: &[Column], c: Category) -> f64 {
    let minutes = columns.iter().map(|(_, r)| r.minutes(c));
    minutes.clone().fold(f64::MIN, f64::max) - minutes.fold(f64::MAX, f64::min)
}

fn main_difference(columns: &[Column]) -> String {
    if columns.len() < 2 {
        return String::new();
    }
    let widest = Category::ALL.iter().map(|&c| (c, gap(columns, c))).max_by(|a, b| a.1.total_cmp(&b.1));
    match widest {
        Some((c, g)) if g >= 30.0 => {
            format!("The largest gap is in {}: {} hours a week.", c.label().to_ascii_lowercase(), hours(g))
        }
        _ => "No category differs by as much as half an hour a week.".into(),
    }
}

fn fix_line(name: &str, r: &Report) -> String {
    match (r.status, r.balance) {
        (Status::Over, _) => {
            let ways = ways_to_fit(r);
            if ways.is_empty() {
                format!("{name} is over contract time.")
            } else {
                format!("{name}: to fit the contract week, {}.", ways.join(", or "))
            }
        }
        (_, Some(balance)) if balance >= 0.0 => format!(
            "{name} fits within the contract week, with {} hours to spare{}.",
            hours(balance),
            r.sustainable_caseload
                .map(|n| format!(" (about {} at this intensity)", count(n as usize, "student", "students")))
                .unwrap_or_default()
        ),
        _ => format!("{name}: enter contract hours and FTE to see what fits."),
    }
}

/// How many students fall in each band of weekly provider minutes.
pub fn distribution(r: &Report) -> [usize; BANDS.len()] {
    let mut counts = [0; BANDS.len()];
    for s in &r.students {
        let minutes = s.total();
        let band = BANDS.iter().rposition(|(low, _)| minutes >= *low).unwrap_or(0);
        counts[band] += 1;
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::compute;
    use crate::model::{blank_workspace, typical_slp_workspace, Discipline};

    #[test]
    fn words_for_two_three_and_one() {
        let a = compute(&typical_slp_workspace());
        let b = compute(&blank_workspace(Discipline::Ot));
        let two = compare(&[("A", &a), ("B", &b)]);
        assert_eq!(two.caseload_line, "Caseloads of 48 and 0 students.");
        assert!(two.workload_line.ends_with("versus 7.1 hours of work a week."), "{}", two.workload_line);
        let same = compare(&[("A", &a), ("A again", &a), ("A once more", &a)]);
        assert_eq!(same.caseload_line, "Same caseload: 48 students each.");
        assert_eq!(same.workload_line, "Weeks of 37.1 hours, 37.1 hours and 37.1 hours of work.");
        assert!(same.differences.iter().all(|d| !d.contains("hours a week more")), "no gaps between equals");
        let one = compare(&[("A", &a)]);
        assert!(one.differences.is_empty());
        assert_eq!(one.main_difference, "");
        assert_eq!(same.main_difference, "No category differs by as much as half an hour a week.");
        assert_eq!(one.status_lines, vec!["A: 99.1% of contract time, at capacity; needs 0.99 FTE.".to_string()]);
        assert!(compare(&[]).headline.starts_with("No scenarios"));
    }

    #[test]
    fn every_row_has_a_cell_per_scenario_and_the_distribution_counts_everyone() {
        let a = compute(&typical_slp_workspace());
        let c = compare(&[("A", &a), ("B", &a)]);
        for row in c.caseload_rows.iter().chain(&c.workload_rows).chain(&c.category_rows) {
            assert_eq!(row.cells.len(), 2, "{}", row.label);
        }
        assert_eq!(c.distribution[0].iter().sum::<usize>(), 48);
    }
}
