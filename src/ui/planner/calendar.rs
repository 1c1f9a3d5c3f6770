//! The year at a glance: counts, a month grid with every school week marked, the list of
//! indirect weeks, and the .ics download and one-page print.

use leptos::prelude::*;
use time::{Date, Duration, Month};

use super::Plan;
use crate::ui::browser::{download_text, now_utc, print};
use crate::ui::state::use_state;
use workload_core::engine::ics::indirect_weeks_ics;
use workload_core::engine::school_year::{week_dates, DayKind, WeekKind, YearPlan};
use workload_core::model::{month_name, SchoolYear};

fn month_grid(plan: &YearPlan, year: &SchoolYear, first_of_month: Date) -> impl IntoView {
    let month = first_of_month.month();
    let caption = format!("{} {}", month_name(month), first_of_month.year());
    let last_of_month = next_month(first_of_month) - Duration::days(1);
    let mut monday = first_of_month - Duration::days(first_of_month.weekday().number_days_from_monday() as i64);
    let mut rows = Vec::new();
    while monday <= last_of_month {
        let week = plan.weeks.iter().find(|w| w.monday == monday);
        let row_label = match week {
            Some(w) => format!(
                "C{} {}{}",
                w.cycle,
                if w.kind == WeekKind::Indirect { "indirect".to_string() } else { format!("W{}", w.position) },
                if w.short { " short" } else { "" }
            ),
            None => String::new(),
        };
        let cells = (0..7)
            .map(|i| {
                let day = monday + Duration::days(i);
                if day.month() != month {
                    return view! { <td class="outside"></td> }.into_any();
                }
                let (class, note) = match plan.day(year, day) {
                    DayKind::NoSchool => ("no-school", String::new()),
                    DayKind::Off(label) => ("off", label),
                    DayKind::School { kind: WeekKind::Indirect, .. } => ("indirect", "indirect week".into()),
                    DayKind::School { .. } => ("direct", String::new()),
                };
                view! { <td class=class title=note>{day.day()}</td> }.into_any()
            })
            .collect_view();
        rows.push(view! { <tr><th scope="row">{row_label}</th>{cells}</tr> });
        monday += Duration::days(7);
    }
    view! {
        <table class="month">
            <caption>{caption}</caption>
            <thead>
                <tr>
                    <th scope="col"><span class="visually-hidden">"Cycle and week"</span></th>
                    {["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"].map(|d| view! { <th scope="col">{d}</th> })}
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

/// The first day of the month after `first_of_month`'s.
fn next_month(first_of_month: Date) -> Date {
    let (y, m) = match first_of_month.month() {
        Month::December => (first_of_month.year() + 1, Month::January),
        m => (first_of_month.year(), m.next()),
    };
    Date::from_calendar_date(y, m, 1).unwrap_or(Date::MAX)
}

/// The first of each month the school year touches (at most 14: the engine refuses longer years).
fn months(year: &SchoolYear) -> Vec<Date> {
    let mut first = year.first_day.0.replace_day(1).unwrap_or(year.first_day.0);
    let mut list = Vec::new();
    while first <= year.last_day.0 && list.len() < 14 {
        list.push(first);
        first = next_month(first);
    }
    list
}

#[component]
pub fn YearCalendar(plan: Plan) -> impl IntoView {
    let state = use_state();
    let download = move |_| {
        let text = plan.with(|p| {
            p.as_ref().ok().map(|p| {
                let tasks: Vec<String> =
                    state.workspace.with_untracked(|w| w.checklist.tasks.iter().map(|t| t.name.clone()).collect());
                indirect_weeks_ics(p, &tasks, now_utc())
            })
        });
        if let Some(text) = text {
            download_text("indirect-weeks.ics", "text/calendar", &text);
        }
    };
    view! {
        <div id="year-calendar" class="card">
            <h3>"The year, week by week"</h3>
            {move || plan.with(|p| match p {
                Err(problems) => view! {
                    <div class="problems" role="alert">
                        <p>"The calendar cannot be laid out yet:"</p>
                        <ul>{problems.iter().map(|m| view! { <li>{m.clone()}</li> }).collect_view()}</ul>
                    </div>
                }.into_any(),
                Ok(p) => {
                    let year = state.workspace.with(|w| w.school_year.clone());
                    let cut_short = (p.uses_three_to_one && p.last_cycle_weeks < 4).then(|| format!(
                        "The last cycle has only {} week{}: the year ends before its indirect week.",
                        p.last_cycle_weeks, if p.last_cycle_weeks == 1 { "" } else { "s" }));
                    let indirect: Vec<String> = p.indirect().map(|w| format!("Cycle {}: {}{}", w.cycle, week_dates(w),
                        if w.short { format!(" ({} days)", w.school_days) } else { String::new() })).collect();
                    view! {
                        <dl class="counts" id="year-counts">
                            <div><dt>"School weeks"</dt><dd>{p.weeks.len()}</dd></div>
                            <div><dt>"Cycles"</dt><dd>{p.cycles}</dd></div>
                            <div><dt>"Direct weeks"</dt><dd>{p.direct_weeks}</dd></div>
                            <div><dt>"Indirect weeks"</dt><dd>{p.indirect_weeks}</dd></div>
                        </dl>
                        {cut_short.map(|t| view! { <p class="help">{t}</p> })}
                        <ul class="calendar-legend" aria-label="Key">
                            <li><span class="key direct"></span>"Direct week"</li>
                            <li><span class="key indirect"></span>"Indirect week (named in its row: C3 indirect)"</li>
                            <li>"C2 W3: cycle 2, week 3; short: fewer school days"</li>
                            <li><span class="key off"></span>"Break or day off"</li>
                        </ul>
                        <div class="months">{months(&year).into_iter().map(|m| month_grid(p, &year, m)).collect_view()}</div>
                        <h4>"Indirect weeks"</h4>
                        {if indirect.is_empty() {
                            view! { <p id="indirect-weeks">"None: choose a 3:1 model above to mark indirect weeks."</p> }.into_any()
                        } else {
                            view! { <ol id="indirect-weeks">{indirect.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ol> }.into_any()
                        }}
                    }.into_any()
                }
            })}
            <div class="row-actions">
                <button type="button" on:click=download disabled=move || plan.with(|p| p.as_ref().map_or(true, |p| p.indirect_weeks == 0))>
                    "Download the indirect weeks (.ics)"
                </button>
                <button type="button" class="secondary" on:click=move |_| print()>"Print the year calendar"</button>
            </div>
        </div>
    }
}
