//! The time study's two pictures: each day as a bar stacked by category against the contract
//! day, and the heat map, the study's grid folded by weekday to show what each time of day
//! mostly went to. Computed a day and a row at a time, and written here as markup the page
//! places as it is (the words a screen reader hears included): the page computes nothing,
//! and markup costs it a fraction of what its own typed elements would (see ARCHITECTURE.md).

use super::chart::at;
use super::time_study::{day_has_work, totals_over, Span};
use crate::format::hours;
use crate::model::{weekday_short, Category, StudySetup, TimeStudy, WEEKDAYS_SHORT};

/// One part of a day's bar: a category of work, or lunch and breaks.
#[derive(Clone, Debug, PartialEq)]
pub struct DaySegment {
    /// The category's key ("direct"…) or "not-work".
    pub class: &'static str,
    /// Where it starts and how wide it is, in percent of the bar ("12.5").
    pub x: String,
    pub width: String,
    /// "Direct services: 2.0 h", for a tooltip.
    pub words: String,
}

/// One day of a time study: its work by category, then lunch and breaks, against the
/// contract day (see [`study_days_scale`]).
#[derive(Clone, Debug, PartialEq)]
pub struct DayBar {
    /// "Mon Oct 5, 2026: 7.0 h of work, 0.5 h outside contract hours".
    pub heading: String,
    pub segments: Vec<DaySegment>,
}

impl DayBar {
    /// The day as markup for the page to place: its words, then its bar (SVG, in percent
    /// of the width) with the contract day's end marked at `contract` percent. Markup, not
    /// the page's own elements: a typed view of this chart cost the page several kilobytes.
    pub fn html(&self, contract: &str) -> String {
        let rects: String = self
            .segments
            .iter()
            .map(|s| {
                format!(
                    r#"<rect class="cat-{}" x="{}" width="{}" height="10"><title>{}</title></rect>"#,
                    s.class,
                    s.x,
                    s.width,
                    text(&s.words)
                )
            })
            .collect();
        // The bar is hidden from screen readers; its parts are read out in words instead.
        let parts: Vec<String> = self.segments.iter().map(|s| text(&s.words)).collect();
        let parts = if parts.is_empty() {
            String::new()
        } else {
            format!(r#"<span class="visually-hidden">: {}</span>"#, parts.join("; "))
        };
        format!(
            r#"<span class="day-words">{}{parts}</span><svg class="day-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">{rects}<line class="contract" x1="{contract}" x2="{contract}" y1="0" y2="10" vector-effect="non-scaling-stroke"/></svg>"#,
            text(&self.heading)
        )
    }
}

/// The parts of the study its totals can be shown for (from [`super::time_study::spans`])
/// as the options of a choice; each option's value is its place in the list.
pub fn span_options_html(spans: &[(Span, String)]) -> String {
    spans.iter().enumerate().map(|(i, (_, words))| format!(r#"<option value="{i}">{}</option>"#, text(words))).collect()
}

/// Text as markup, escaped (shared with the indirect log's markup, which shows the user's
/// own words).
pub(crate) fn text(words: &str) -> String {
    words.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The minutes the full width of a day's bar stands for: the longest day logged, or the
/// contract day, with a little room.
pub fn study_days_scale(study: &TimeStudy) -> f64 {
    let contract = f64::from(study.setup.day_end.saturating_sub(study.setup.day_start));
    let per_interval = f64::from(study.setup.interval);
    let longest = study
        .days
        .iter()
        .map(|d| {
            let logged = d.intervals.iter().filter(|i| i.is_some()).count() as f64 * per_interval;
            logged.min(contract) + d.overflow.iter().map(|e| if e.minutes > 0.0 { e.minutes } else { 0.0 }).sum::<f64>()
        })
        .fold(contract, f64::max)
        .max(60.0);
    longest * 1.05
}

/// Day `day` of the study as a bar whose full width is `scale` minutes.
pub fn study_day_bar(study: &TimeStudy, day: usize, scale: f64) -> Option<DayBar> {
    let date = study.days.get(day)?.date;
    let t = totals_over(study, &[day]);
    let parts = t.categories.iter().map(|c| (c.category.key(), c.minutes, c.category.label())).chain([(
        "not-work",
        t.not_work,
        "Lunch and breaks",
    )]);
    let mut x = 0.0;
    let mut segments = Vec::new();
    for (class, minutes, what) in parts.filter(|p| p.1 > 0.0) {
        let width = minutes / scale * 100.0;
        segments.push(DaySegment { class, x: at(x), width: at(width), words: format!("{what}: {} h", hours(minutes)) });
        x += width;
    }
    let name = format!("{} {}", weekday_short(date), date.readable());
    let heading = if t.overflow > 0.0 {
        format!("{name}: {} h of work, {} h outside contract hours", hours(t.all_work()), hours(t.overflow))
    } else {
        format!("{name}: {} h of work", hours(t.all_work()))
    };
    Some(DayBar { heading, segments })
}

/// A picture's key: the categories' colours, lunch and breaks', and for the day chart the
/// contract day's line with its words (`contract`, from [`study_days_contract`]), as markup.
pub fn key_html(contract: Option<&str>) -> String {
    Category::ALL
        .iter()
        .map(|c| (c.key(), c.short_label()))
        .chain([("not-work", "Lunch and breaks")])
        .chain(contract.map(|words| ("contract", words)))
        .map(|(class, words)| format!(r#"<li><span class="key {class}"></span>{}</li>"#, text(words)))
        .collect()
}

/// Where the contract day ends on each bar (percent of its width), and its words.
pub fn study_days_contract(study: &TimeStudy, scale: f64) -> (String, String) {
    let contract = f64::from(study.setup.day_end.saturating_sub(study.setup.day_start));
    (at(contract / scale * 100.0), format!("Contract day {} h", hours(contract)))
}

/// One time of day on one weekday, over the study's weeks.
#[derive(Clone, Debug, PartialEq)]
pub struct HeatCell {
    /// The category the time most often went to ("direct"…), "not-work" or "empty".
    pub class: &'static str,
    /// How often, in quarters of those days (1-4); 0 when nothing was logged.
    pub level: u8,
    /// "Direct, 3 of 4 days", or "Nothing logged".
    pub words: String,
}

/// One time of day across the weekdays: a row of the heat map.
#[derive(Clone, Debug, PartialEq)]
pub struct HeatRow {
    /// "08:15".
    pub time: String,
    pub cells: Vec<HeatCell>,
}

impl HeatRow {
    /// The row as markup for the page to place (see [`DayBar::html`] for why markup).
    pub fn html(&self) -> String {
        let cells: String = self
            .cells
            .iter()
            .map(|c| {
                let words = text(&c.words);
                format!(
                    r#"<td class="{} level-{}" title="{words}"><span class="visually-hidden">{words}</span></td>"#,
                    c.class, c.level
                )
            })
            .collect();
        format!(r#"<th scope="row">{}</th>{cells}"#, text(&self.time))
    }
}

/// The weekdays a study logs (Monday first, by their place in the week): the heat map's
/// columns.
fn study_weekdays(setup: &StudySetup) -> Vec<usize> {
    (0..7).filter(|d| setup.weekdays.get(*d).copied().unwrap_or(false)).collect()
}

/// The heat map's frame, from the study's setup: its columns' names ("Mon"…) and how many
/// rows (times of day).
pub fn heat_frame(setup: &StudySetup) -> (Vec<&'static str>, usize) {
    (study_weekdays(setup).iter().map(|d| WEEKDAYS_SHORT[*d]).collect(), setup.intervals_per_day())
}

/// Row `interval` of the heat map: what the study's days with work logged, at that time of
/// day, weekday by weekday, mostly went to: a category of work, or lunch and breaks ("not-work"). Ties go
/// to the first in the categories' order. One row at a time, so that logging an interval
/// recomputes and redraws one row.
pub fn heat_row(study: &TimeStudy, interval: usize) -> Option<HeatRow> {
    const NOT_WORK: usize = Category::ALL.len();
    if interval >= study.setup.intervals_per_day() {
        return None;
    }
    // For each weekday: how many days, and how many of them went to each kind of time.
    let mut days = [0u32; 7];
    let mut counts = [[0u32; NOT_WORK + 1]; 7];
    // Only days with work logged: lunch filled in ahead on days to come does not count.
    for day in study.days.iter().filter(|d| day_has_work(study, d)) {
        let weekday = day.date.0.weekday().number_days_from_monday() as usize;
        days[weekday] += 1;
        let Some(task) = day.intervals.get(interval).copied().flatten().and_then(|id| study.task(id)) else { continue };
        let kind = task.category.map_or(NOT_WORK, |c| Category::ALL.iter().position(|x| *x == c).unwrap_or(0));
        counts[weekday][kind] += 1;
    }
    let cell = |weekday: usize| {
        let (kind, most) =
            counts[weekday].iter().enumerate().fold((0, 0), |best, (k, n)| if *n > best.1 { (k, *n) } else { best });
        if most == 0 {
            return HeatCell { class: "empty", level: 0, words: "Nothing logged".into() };
        }
        let of = days[weekday].max(1);
        let (class, what) = match Category::ALL.get(kind) {
            Some(c) => (c.key(), c.short_label()),
            None => ("not-work", "Lunch and breaks"),
        };
        let level = (most * 4).div_ceil(of).clamp(1, 4) as u8;
        HeatCell { class, level, words: format!("{what}, {most} of {of} {}", if of == 1 { "day" } else { "days" }) }
    };
    Some(HeatRow {
        time: crate::format::time_of_day(study.setup.interval_bounds(interval).0),
        cells: study_weekdays(&study.setup).into_iter().map(cell).collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{IsoDate, StudySetup, TaskMinutes};

    #[test]
    fn a_study_day_is_a_bar_against_the_contract_day() {
        let mut study = TimeStudy::new(StudySetup::week_from(IsoDate::ymd(2026, 10, 5).unwrap()), 1);
        study.set(0, 0, 7, Some(1)); // 2 h of therapy
        study.set(0, 8, 11, Some(6)); // 1 h of reports
        study.days[0].overflow.push(TaskMinutes { task: 6, minutes: 60.0 });
        // The longest day (3.5 h logged, 1 h more outside) is shorter than the 7.5 h contract
        // day: the bar stands for 450 × 1.05 minutes.
        let scale = study_days_scale(&study);
        assert_eq!(scale, 472.5);
        assert_eq!(study_days_contract(&study, scale), ("95.2".into(), "Contract day 7.5 h".into()));
        let monday = study_day_bar(&study, 0, scale).unwrap();
        assert_eq!(monday.heading, "Mon Oct 5, 2026: 4.0 h of work, 1.0 h outside contract hours");
        let parts: Vec<_> = monday.segments.iter().map(|s| (s.class, s.x.as_str(), s.width.as_str())).collect();
        // 2 h direct, 2 h of paperwork (1 h in the day, 1 h after it), then the 30-minute lunch.
        assert_eq!(parts, [("direct", "0", "25.4"), ("compliance", "25.4", "25.4"), ("not-work", "50.8", "6.3")]);
        assert_eq!(monday.segments[0].words, "Direct services: 2.0 h");
        assert_eq!(monday.segments[2].words, "Lunch and breaks: 0.5 h");
        let html = monday.html("95.2");
        assert!(html.starts_with(concat!(
            r#"<span class="day-words">Mon Oct 5, 2026: 4.0 h of work, 1.0 h outside contract hours<span class="visually-hidden">: "#,
            r#"Direct services: 2.0 h; Paperwork and compliance: 2.0 h; Lunch and breaks: 0.5 h</span></span><svg"#
        )));
        assert!(html.contains(r#"<rect class="cat-compliance" x="25.4" width="25.4" height="10"><title>Paperwork and compliance: 2.0 h</title></rect>"#));
        assert!(html.contains(r#"<line class="contract" x1="95.2" x2="95.2""#));
        assert!(span_options_html(&super::super::time_study::spans(&study)).starts_with(concat!(
            r#"<option value="0">The whole study</option><option value="1">Mon Oct 5, 2026</option>"#,
            r#"<option value="2">Tue Oct 6, 2026</option>"#
        )));
        assert!(key_html(Some("Contract day 7.5 h")).ends_with(concat!(
            r#"<li><span class="key not-work"></span>Lunch and breaks</li>"#,
            r#"<li><span class="key contract"></span>Contract day 7.5 h</li>"#
        )));
        assert!(key_html(None).ends_with(r#"<li><span class="key not-work"></span>Lunch and breaks</li>"#));
        assert!(study_day_bar(&study, 1, scale)
            .unwrap()
            .html("95.2")
            .contains(r#"<span class="visually-hidden">: Lunch and breaks: 0.5 h</span>"#));
        assert_eq!(study_day_bar(&study, 1, scale).unwrap().heading, "Tue Oct 6, 2026: 0.0 h of work");
        assert_eq!(study_day_bar(&study, 9, scale), None);
    }

    #[test]
    fn the_heat_map_folds_the_weeks_by_weekday() {
        let mut setup = StudySetup::week_from(IsoDate::ymd(2026, 10, 5).unwrap());
        setup.school_days = 10;
        let mut study = TimeStudy::new(setup, 1);
        // Both Mondays start with therapy (task 1, direct); one Tuesday with reports (6). No
        // other day has work logged yet: only these three count.
        study.set(0, 0, 1, Some(1));
        study.set(5, 0, 0, Some(1));
        study.set(5, 1, 1, Some(6));
        study.set(1, 0, 0, Some(6));
        let (weekdays, rows) = heat_frame(&study.setup);
        assert_eq!(weekdays, ["Mon", "Tue", "Wed", "Thu", "Fri"]);
        assert_eq!(rows, study.setup.intervals_per_day());
        let row = |i: usize| heat_row(&study, i).unwrap();
        assert_eq!(row(0).time, "08:00");
        let monday = &row(0).cells[0];
        assert_eq!((monday.class, monday.level, monday.words.as_str()), ("direct", 4, "Direct, 2 of 2 days"));
        // 8:15 on Mondays: therapy once, reports once: a tie goes to direct, half the days.
        assert_eq!((row(1).cells[0].class, row(1).cells[0].level), ("direct", 2));
        assert_eq!(row(0).cells[1].words, "Paperwork, 1 of 1 day");
        assert_eq!(row(0).cells[2], HeatCell { class: "empty", level: 0, words: "Nothing logged".into() });
        // Lunch, filled in ahead, counts on the days with work logged, not on days to come.
        let lunch = (0..rows).map(row).find(|r| r.cells[0].class == "not-work").unwrap();
        assert_eq!(lunch.cells[0].words, "Lunch and breaks, 2 of 2 days");
        assert_eq!(lunch.cells[4].words, "Nothing logged");
        assert_eq!(heat_row(&study, rows), None);
        let nothing = r#"<td class="empty level-0" title="Nothing logged"><span class="visually-hidden">Nothing logged</span></td>"#;
        assert_eq!(
            row(0).html(),
            [
                r#"<th scope="row">08:00</th><td class="direct level-4" title="Direct, 2 of 2 days"><span class="visually-hidden">Direct, 2 of 2 days</span></td>"#,
                r#"<td class="compliance level-4" title="Paperwork, 1 of 1 day"><span class="visually-hidden">Paperwork, 1 of 1 day</span></td>"#,
                nothing,
                nothing,
                nothing,
            ]
            .concat()
        );
    }
}
