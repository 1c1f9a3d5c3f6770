//! The team page's read-only parts as markup (ARCHITECTURE.md, "engine-written markup"): the
//! staffing in words, the tables by discipline, by building and by member, the choices of the
//! page's selects. The page places each with `inner_html`, a fraction of the code typed
//! elements would take under the page's size budget. Every user's word (labels, building
//! names, sources) is escaped.

use super::caseload::CapStatus;
use super::study_charts::text;
use super::team::{fte, BigFigure, MemberFigures, Presentation, TeamReport, Totals};
use crate::format::{hours, number, percent};

/// "short 0.6" / "surplus 0.4" / "even", for a table cell.
fn short_cell(short: f64, amount: String, unit: &str) -> String {
    if amount == "0" || amount == "0.0" {
        "<td>even</td>".to_string()
    } else if short > 0.0 {
        format!(r#"<td class="short">short {amount}{unit}</td>"#)
    } else {
        format!(r#"<td>surplus {amount}{unit}</td>"#)
    }
}

/// Students, work, FTE employed and needed, FTE and hours short or surplus.
fn totals_cells(t: &Totals) -> String {
    format!(
        "<td>{}</td><td>{} h</td><td>{}</td><td>{}</td>{}{}",
        t.students,
        hours(t.minutes),
        number(t.fte_employed, 2),
        number(t.fte_needed, 2),
        short_cell(t.fte_short(), fte(t.fte_short()), ""),
        short_cell(t.minutes_short(), hours(t.minutes_short().abs()), " h"),
    )
}

/// Items of a list, each escaped.
pub fn list_html(items: &[String]) -> String {
    items.iter().map(|i| format!("<li>{}</li>", text(i))).collect()
}

/// A select's options: (value, words), the one whose value is `selected` chosen.
pub fn options_html(options: &[(String, String)], selected: &str) -> String {
    options
        .iter()
        .map(|(value, words)| {
            let chosen = if value == selected { " selected" } else { "" };
            format!(r#"<option value="{}"{chosen}>{}</option>"#, text(value), text(words))
        })
        .collect()
}

/// The discipline table's rows: both lenses side by side.
pub fn discipline_rows_html(r: &TeamReport) -> String {
    r.disciplines
        .iter()
        .map(|d| {
            let caps = if d.with_cap == 0 {
                "no cap chosen".to_string()
            } else {
                format!("{} of {} over", d.over_cap, d.with_cap)
            };
            format!(
                r#"<tr><th scope="row">{}</th><td>{}</td>{}<td>{}</td><td>{caps}</td><td>{} over, {} at, {} with room</td></tr>"#,
                d.discipline.label(),
                d.totals.members,
                totals_cells(&d.totals),
                d.totals.students_per_fte().map_or("none".into(), |x| number(x, 1)),
                d.over,
                d.at,
                d.room
            )
        })
        .collect()
}

/// The building table's rows, each inside its `<tr>`: a building's work per discipline.
pub fn building_rows(r: &TeamReport) -> Vec<String> {
    r.buildings
        .iter()
        .map(|b| {
            let others: Vec<&str> = b.spellings.iter().filter(|s| **s != b.name).map(String::as_str).collect();
            let also = if others.is_empty() { String::new() } else { format!(" (also spelled {})", others.join(", ")) };
            format!(
                r#"<th scope="row">{}</th><td>{}</td>{}<td>{}</td>"#,
                text(&format!("{}{also}", b.name)),
                b.discipline.label(),
                totals_cells(&b.totals),
                text(&b.members.join(", "))
            )
        })
        .collect()
}

/// The titles of the team's four steps in presenter mode.
pub const SLIDES: &[&str] = &["The caseload view", "The workload view", "The shortfall", "What would fix it"];

fn big_figures(figures: &[BigFigure]) -> String {
    let cards: String = figures
        .iter()
        .map(|f| {
            format!(
                r#"<div class="big-figure"><p class="figure-name">{}</p><p class="figure-number">{}</p><p>{}</p></div>"#,
                text(&f.name),
                text(&f.number),
                text(&f.words)
            )
        })
        .collect();
    format!(r#"<div class="big-figures">{cards}</div>"#)
}

/// Step `step` of the team's presentation (its title is the presenter's): the caseload
/// view, the workload view, the shortfall, what would fix it.
pub fn slide_html(p: &Presentation, summary: &[String], step: usize) -> String {
    let point = |line: &str| format!(r#"<p class="slide-point">{}</p>"#, text(line));
    match step {
        0 => format!(
            "{}{}<p>A count of students per FTE sees heads, not the hours each one brings.</p>",
            point(&p.caseload_line),
            big_figures(&p.caseload)
        ),
        1 => format!("{}{}<ul>{}</ul>", point(&p.workload_line), big_figures(&p.workload), list_html(summary)),
        2 => format!("{}<ul>{}</ul>", point(&p.shortfall_line), list_html(&p.shortfall)),
        _ => format!(r#"<ul class="slide-list">{}</ul>"#, list_html(&p.fixes)),
    }
}

/// How a member stands on the page.
pub enum MemberState<'a> {
    /// Its scenario is being unpacked.
    Reading,
    Unreadable(&'a str),
    /// Its figures now (with any moves being tried) and, where those differ, as saved.
    Figures {
        now: &'a MemberFigures,
        was: Option<&'a MemberFigures>,
    },
}

/// A row of the members table.
pub struct MemberRow<'a> {
    pub id: u32,
    pub label: &'a str,
    pub source: &'a str,
    pub state: MemberState<'a>,
}

/// A member's cells after its label and discipline: FTE, students against the cap, the
/// week, the contract, utilization, status, FTE needed.
fn figure_cells(f: &MemberFigures) -> [String; 7] {
    let r = &f.report;
    let cap = match (&r.caseload.cap, r.caseload.cap_status) {
        (Some(cap), Some(status)) => {
            let words = match status {
                CapStatus::Over => "over",
                CapStatus::At => "at",
                CapStatus::Under => "under",
            };
            format!(" (cap {}: {words})", number(cap.max, 1))
        }
        _ => String::new(),
    };
    [
        number(r.fte, 2),
        format!("{}{cap}", r.caseload.headcount),
        format!("{} h", hours(r.total)),
        format!("{} h", hours(r.capacity)),
        r.utilization.map_or("none".into(), |u| format!("{}%", percent(u))),
        r.status.label().to_string(),
        r.fte_needed.map_or("none".into(), |n| number(n, 2)),
    ]
}

/// One member's row of the members table (inside its `<tr>`), the row at `place`, `last` or
/// not: a label field, the figures (with what they were while moves are tried), and buttons
/// that move the member up or down and remove it. The page handles every button and field
/// through the table (`data-act`, `data-id`).
pub fn member_row_html(place: usize, last: bool, row: &MemberRow) -> String {
    let (id, label) = (row.id, text(row.label));
    let figures = match &row.state {
        MemberState::Reading => r#"<td colspan="8">Reading its scenario…</td>"#.to_string(),
        MemberState::Unreadable(why) => format!(
            r#"<td colspan="8" class="status-over">Could not be read: {}. It is kept as it is; replace it with a newer backup.</td>"#,
            text(why)
        ),
        MemberState::Figures { now, was } => {
            let was = was.map(figure_cells);
            let cells: String = figure_cells(now)
                .iter()
                .enumerate()
                .map(|(c, cell)| {
                    let class =
                        if c == 5 { format!(r#" class="status-{}""#, now.report.status.key()) } else { String::new() };
                    let before = match &was {
                        Some(w) if w[c] != *cell => format!(r#"<span class="was"> (was {})</span>"#, w[c]),
                        _ => String::new(),
                    };
                    format!("<td{class}>{cell}{before}</td>")
                })
                .collect();
            format!("<td>{}</td>{cells}", now.report.discipline.label())
        }
    };
    let disabled = |yes: bool| if yes { " disabled" } else { "" };
    format!(
        r#"<th scope="row"><label class="visually-hidden" for="label-{id}">Label of member {n}</label><span class="print-only">{label}</span><input id="label-{id}" type="text" class="member-label" maxlength="16" value="{label}" title="{source}" data-id="{id}"></th>{figures}<td class="row-actions"><button type="button" class="secondary" id="up-{id}" data-act="up" data-id="{id}" aria-label="Move {label} up"{up}>↑</button><button type="button" class="secondary" id="down-{id}" data-act="down" data-id="{id}" aria-label="Move {label} down"{down}>↓</button><button type="button" class="secondary" id="remove-{id}" data-act="remove" data-id="{id}" aria-label="Remove {label}">Remove</button></td>"#,
        n = place + 1,
        source = text(row.source),
        up = disabled(place == 0),
        down = disabled(last),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::team::{member_figures, team_report, BuildingNames};
    use crate::model::demonstration;

    #[test]
    fn rows_carry_the_figures_and_escape_every_word() {
        let names = BuildingNames::default();
        let [(_, a), (_, mut b)] = demonstration();
        b.profile.buildings[0].name = "<b>North</b> & Co".into();
        let (fa, fb) = (member_figures(1, "SLP1", &a, &names), member_figures(2, "<i>x</i>", &b, &names));
        let team = team_report(&[&fa, &fb], &names);
        let buildings = building_rows(&team).concat();
        assert!(buildings.contains("&lt;b&gt;North&lt;/b&gt; &amp; Co") && !buildings.contains("<b>"));
        let rows = [
            MemberRow {
                id: 1,
                label: "SLP1",
                source: "file \"a\"",
                state: MemberState::Figures { now: &fa, was: Some(&fb) },
            },
            MemberRow { id: 2, label: "<i>x</i>", source: "", state: MemberState::Reading },
            MemberRow { id: 3, label: "OT1", source: "", state: MemberState::Unreadable("<damaged>") },
        ];
        let members: String = rows.iter().enumerate().map(|(i, r)| member_row_html(i, i == 2, r)).collect();
        assert_eq!(members.matches(r#"<th scope="row">"#).count(), 3);
        assert!(members.contains(&format!(
            "<td>{} h<span class=\"was\"> (was {} h)</span></td>",
            hours(fa.report.total),
            hours(fb.report.total)
        )));
        assert!(members.contains(r#"id="up-1" data-act="up" data-id="1" aria-label="Move SLP1 up" disabled"#));
        assert!(members.contains(r#"id="down-3" data-act="down" data-id="3" aria-label="Move OT1 down" disabled"#));
        assert!(members.contains("&lt;i&gt;x&lt;/i&gt;") && !members.contains("<i>"));
        assert!(members.contains("&lt;damaged&gt;") && members.contains("title=\"file &quot;a&quot;\""));
        let disciplines = discipline_rows_html(&team);
        assert!(disciplines.contains(&format!("<td>{}</td>", number(team.totals.fte_needed, 2))));
        assert_eq!(
            options_html(&[("1".into(), "A&B".into()), ("2".into(), "C".into())], "2"),
            r#"<option value="1">A&amp;B</option><option value="2" selected>C</option>"#
        );
    }
}
