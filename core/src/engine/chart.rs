//! The charts' geometry: where each bar, segment, mark and label goes, in SVG units, written
//! as the attribute text the pages put in (one decimal). The pages draw it and compute
//! nothing; the words a screen reader hears instead are built here too.

use crate::format::{hours, number, percent};
use crate::model::Category;

use super::compare::BANDS;
use super::report::Report;
use super::students::StudentLoad;

/// A length in SVG units, as attribute text.
pub(super) fn at(x: f64) -> String {
    number(x, 1)
}

/// One category's part of a stacked bar.
#[derive(Clone, Debug, PartialEq)]
pub struct Segment {
    pub category: Category,
    pub x: String,
    pub width: String,
    /// "Direct services: 22.0 h", for a tooltip.
    pub title: String,
    /// Where its hours are written inside it (centre x and the hours), if it is wide enough.
    pub label: Option<(String, String)>,
}

/// A contract week marked on a bar: the line's x, and its label's x and anchoring.
#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    pub x: String,
    pub text_x: String,
    pub anchor: &'static str,
    pub label: String,
}

/// A week as one stacked bar against its contract week.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub segments: Vec<Segment>,
    pub capacity: Option<Mark>,
}

impl Bar {
    /// The segment of `category`, if it has any time.
    pub fn segment(&self, category: Category) -> Option<&Segment> {
        self.segments.iter().find(|s| s.category == category)
    }
}

/// Segments narrower than this carry no label.
const LABELLED_FROM: f64 = 42.0;

/// Categories with time, stacked from x = 0 at `px_per_minute`, and where the stack ends;
/// `labelled`: wide segments carry their hours.
fn stacked(lines: &[super::CategoryLine], px_per_minute: f64, labelled: bool) -> (Vec<Segment>, f64) {
    let mut x = 0.0;
    let segments = lines
        .iter()
        .filter(|c| c.minutes > 0.0)
        .map(|c| {
            let (start, w) = (x, c.minutes * px_per_minute);
            x += w;
            Segment {
                category: c.category,
                x: at(start),
                width: at(w),
                title: format!("{}: {} h", c.category.label(), hours(c.minutes)),
                label: (labelled && w > LABELLED_FROM).then(|| (at(start + w / 2.0), hours(c.minutes))),
            }
        })
        .collect();
    (segments, x)
}

/// `r`'s categories stacked from x = 0 at `px_per_minute`, and its contract week marked
/// (its label to the left of the line once the line is past `flip_at` of `width`).
fn bar(r: &Report, px_per_minute: f64, width: f64, flip_at: f64, capacity_words: &str) -> Bar {
    let (segments, _) = stacked(&r.categories, px_per_minute, true);
    let capacity = (r.capacity > 0.0).then(|| {
        let cx = r.capacity * px_per_minute;
        let flipped = cx > width * flip_at;
        Mark {
            x: at(cx),
            text_x: at(if flipped { cx - 4.0 } else { cx + 4.0 }),
            anchor: if flipped { "end" } else { "start" },
            label: format!("{capacity_words} {} h", hours(r.capacity)),
        }
    });
    Bar { segments, capacity }
}

/// The calculator's week: one bar `width` wide, with room past the longer of the work and
/// the contract week.
pub fn week_bar(r: &Report, width: f64) -> Bar {
    let scale = r.total.max(r.capacity).max(1.0) * 1.08;
    bar(r, width / scale, width, 0.7, "Contract week")
}

/// The week in words, for screen readers.
pub fn week_description(r: &Report) -> String {
    let parts: Vec<String> = r
        .categories
        .iter()
        .filter(|c| c.minutes > 0.0)
        .map(|c| format!("{} {} h", c.category.short_label(), hours(c.minutes)))
        .collect();
    format!(
        "Stacked bar of the week: {}. Total {} h against a contract week of {} h.",
        if parts.is_empty() { "no work entered".to_string() } else { parts.join(", ") },
        hours(r.total),
        hours(r.capacity)
    )
}

/// One compared week: its heading, its bar and where they go.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub heading: String,
    pub heading_y: String,
    pub bar_top: String,
    /// Where segment labels sit, vertically.
    pub label_y: String,
    pub mark_top: String,
    pub mark_bottom: String,
    pub mark_label_y: String,
    pub bar: Bar,
}

/// The comparison's weeks, one bar each on a common scale.
#[derive(Clone, Debug, PartialEq)]
pub struct Weeks {
    pub rows: Vec<Row>,
    pub height: String,
    pub description: String,
}

pub const WEEKS_ROW: f64 = 84.0;
pub const WEEKS_BAR: f64 = 34.0;

pub fn compared_weeks(columns: &[(&str, &Report)], width: f64) -> Weeks {
    let scale = columns.iter().map(|(_, r)| r.total.max(r.capacity)).fold(60.0, f64::max) * 1.1;
    let rows = columns
        .iter()
        .enumerate()
        .map(|(i, (name, r))| {
            let top = i as f64 * WEEKS_ROW;
            let bar_top = top + 24.0;
            let utilization = r.utilization.map(|u| format!(", {}%", percent(u))).unwrap_or_default();
            Row {
                heading: format!("{name}: {} h{utilization}", hours(r.total)),
                heading_y: at(top + 17.0),
                bar_top: at(bar_top),
                label_y: at(bar_top + WEEKS_BAR / 2.0 + 5.0),
                mark_top: at(bar_top - 4.0),
                mark_bottom: at(bar_top + WEEKS_BAR + 6.0),
                mark_label_y: at(bar_top + WEEKS_BAR + 20.0),
                bar: bar(r, width / scale, width, 0.75, "contract week"),
            }
        })
        .collect();
    let description = columns
        .iter()
        .map(|(name, r)| {
            let parts: Vec<String> = r
                .categories
                .iter()
                .filter(|c| c.minutes > 0.0)
                .map(|c| format!("{} {} h", c.category.short_label().to_ascii_lowercase(), hours(c.minutes)))
                .collect();
            format!(
                "{name}: {}; {} h in all against {} h of contract time.",
                parts.join(", "),
                hours(r.total),
                hours(r.capacity)
            )
        })
        .collect::<Vec<_>>()
        .join(" ");
    Weeks { rows, height: at((columns.len() as f64 * WEEKS_ROW).max(WEEKS_ROW)), description }
}

/// The class that colours a category on every chart (the pages' stylesheet).
pub fn category_class(c: Category) -> &'static str {
    match c {
        Category::Direct => "cat-direct",
        Category::Indirect => "cat-indirect",
        Category::Collaboration => "cat-collaboration",
        Category::Compliance => "cat-compliance",
        Category::Duties => "cat-duties",
        Category::Travel => "cat-travel",
    }
}

/// The overlay pattern of each category (direct service is solid), so that categories are
/// told apart without colour; the page defines the patterns once.
pub fn category_pattern(c: Category) -> Option<&'static str> {
    match c {
        Category::Direct => None,
        Category::Indirect => Some("url(#pat-diagonal)"),
        Category::Collaboration => Some("url(#pat-dots)"),
        Category::Compliance => Some("url(#pat-cross)"),
        Category::Duties => Some("url(#pat-horizontal)"),
        Category::Travel => Some("url(#pat-vertical)"),
    }
}

/// The compared weeks as SVG markup `width` wide, with their words for screen readers
/// (compare's chart, a team's members): each week stacked by category against its contract
/// week. Headings are the user's words, escaped.
pub fn weeks_html(columns: &[(&str, &Report)], width: f64) -> String {
    use super::study_charts::text;
    let weeks = compared_weeks(columns, width);
    let mut out = format!(
        r#"<svg class="weeks-chart" viewBox="0 0 {} {}" role="img" aria-label="Each week stacked by category against its contract week. {}">"#,
        at(width),
        weeks.height,
        text(&weeks.description)
    );
    for row in &weeks.rows {
        out += &format!(r#"<text x="0" y="{}" class="bar-name">{}</text>"#, row.heading_y, text(&row.heading));
        for s in &row.bar.segments {
            let (x, w, top) = (&s.x, &s.width, &row.bar_top);
            out += &format!(
                r#"<rect x="{x}" y="{top}" width="{w}" height="34" class="{}"><title>{}</title></rect>"#,
                category_class(s.category),
                text(&s.title)
            );
            if let Some(p) = category_pattern(s.category) {
                out += &format!(r#"<rect x="{x}" y="{top}" width="{w}" height="34" fill="{p}" aria-hidden="true"/>"#);
            }
            if let Some((lx, hours)) = &s.label {
                out += &format!(
                    r#"<text x="{lx}" y="{}" text-anchor="middle" class="seg-label">{hours}</text>"#,
                    row.label_y
                );
            }
        }
        if let Some(m) = &row.bar.capacity {
            out += &format!(
                r#"<line x1="{x}" x2="{x}" y1="{}" y2="{}" class="capacity-line"/><text x="{}" y="{}" text-anchor="{}" class="capacity-label">{}</text>"#,
                row.mark_top,
                row.mark_bottom,
                m.text_x,
                row.mark_label_y,
                m.anchor,
                text(&m.label),
                x = m.x
            );
        }
    }
    out + "</svg>"
}

/// One scenario's bar in one band of the distribution chart.
#[derive(Clone, Debug, PartialEq)]
pub struct CountBar {
    pub y: String,
    pub width: String,
    pub count: usize,
    pub label_x: String,
    pub label_y: String,
}

/// One band of minutes ("30-59 min") with a bar per scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct Band {
    pub label: &'static str,
    pub label_y: String,
    pub bars: Vec<CountBar>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Distribution {
    pub bands: Vec<Band>,
    pub left: String,
    pub height: String,
}

/// How many students fall in each band of weekly minutes, per scenario, as bars.
pub fn distribution(counts: &[[usize; BANDS.len()]], width: f64) -> Distribution {
    let most = counts.iter().flat_map(|c| c.iter().copied()).max().unwrap_or(0).max(1) as f64;
    let per_band = counts.len() as f64 * 14.0 + 14.0;
    let (left, room) = (130.0, width - 130.0 - 40.0);
    let bands = BANDS
        .iter()
        .enumerate()
        .map(|(band, (_, label))| {
            let top = band as f64 * per_band;
            let bars = counts
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    let y = top + 4.0 + i as f64 * 14.0;
                    let w = c[band] as f64 / most * room;
                    CountBar {
                        y: at(y),
                        width: at(w),
                        count: c[band],
                        label_x: at(left + w + 4.0),
                        label_y: at(y + 10.5),
                    }
                })
                .collect();
            Band { label, label_y: at(top + per_band / 2.0 + 2.0), bars }
        })
        .collect();
    Distribution { bands, left: at(left), height: at(per_band * BANDS.len() as f64) }
}

/// Each student's bar in the table of weekly times, as a share of the heaviest (0-100).
pub fn student_bars(students: &[StudentLoad]) -> Vec<String> {
    let heaviest = students.first().map_or(1.0, |s| s.total().max(1.0));
    students.iter().map(|s| at(s.total() / heaviest * 100.0)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::engine::compute;
    use crate::model::typical_slp_workspace;

    #[test]
    fn the_week_bar_stacks_its_categories_and_marks_the_contract_week() {
        let r = compute(&typical_slp_workspace());
        let b = week_bar(&r, 600.0);
        assert_eq!(b.segments[0].category, Category::Direct);
        assert_eq!(b.segments[0].x, "0");
        let end: f64 = b.segments.iter().map(|s| s.width.parse::<f64>().unwrap()).sum();
        let mark: f64 = b.capacity.as_ref().unwrap().x.parse().unwrap();
        assert!((end - mark).abs() < 10.0, "a full week ends near the contract mark: {end} {mark}");
        assert_eq!(b.capacity.as_ref().unwrap().anchor, "end");
        assert!(week_description(&r).starts_with("Stacked bar of the week: Direct 22.0 h"));
        assert_eq!(b.segment(Category::Direct), b.segments.first());
    }

    #[test]
    fn a_category_without_time_has_no_segment() {
        let mut w = typical_slp_workspace();
        w.activities.retain(|a| a.category != Category::Travel);
        let b = week_bar(&compute(&w), 600.0);
        assert!(b.segment(Category::Travel).is_none());
        assert!(b.segment(Category::Direct).is_some());
    }

    #[test]
    fn the_heaviest_student_has_the_full_bar() {
        let r = compute(&typical_slp_workspace());
        let bars = student_bars(&r.students);
        assert_eq!(bars[0], "100");
        assert!(bars.iter().all(|b| b.parse::<f64>().unwrap() <= 100.0));
    }
}
