//! The administrator report (`report/`): the open scenario on one or two printed pages
//! (Letter or A4): the assignment, both lenses, the category table and chart, the summary,
//! every student's time, and the assumptions and standard values behind the numbers.

use leptos::prelude::*;

use super::browser::{print, today};
use super::results::{CategoryTable, Lenses, PatternDefs, StatusCard, StudentTimes, Summary, ThreeToOne, WeekChart};
use super::shell::{self, PageFrame};
use super::state::use_state;
use workload_core::engine::format::{hours, number, rate};
use workload_core::model::{IsoDate, ServiceModel, StandardValue};

/// The assignment in one sentence.
fn assignment() -> String {
    let state = use_state();
    state.workspace.with(|w| {
        let p = &w.profile;
        let buildings = match p.buildings.len() {
            0 => String::new(),
            1 => "; one building".into(),
            n => format!("; {n} buildings"),
        };
        format!(
            "{}, {} FTE{buildings}; {}; {} school weeks a year.",
            p.discipline.label(),
            number(p.fte, 2),
            p.service_model.label(),
            number(p.school_weeks_per_year, 1)
        )
    })
}

#[component]
fn Assumptions() -> impl IntoView {
    let state = use_state();
    move || {
        let rows: Vec<(String, String)> = state.workspace.with(|w| {
            let p = &w.profile;
            let s = &w.standards;
            let standard = |v: &StandardValue| format!("{} ({})", rate(&v.rate), v.source);
            let mut rows = vec![
                (
                    "Contract week (full time)".to_string(),
                    format!(
                        "{} h{}",
                        number(p.contract_hours_per_week, 2),
                        if p.contract_includes_lunch {
                            format!(", including {} min of lunch a day", number(p.lunch_minutes_per_day, 0))
                        } else {
                            ", lunch not included".into()
                        }
                    ),
                ),
                ("School days a week".into(), number(p.days_per_week, 1)),
                (
                    "School weeks a year; weeks a quarter".into(),
                    format!("{}; {}", number(p.school_weeks_per_year, 1), number(p.weeks_per_quarter, 1)),
                ),
                (
                    "Status bands".into(),
                    format!(
                        "at capacity from {}%, over capacity above {}%",
                        number(p.thresholds.at_capacity_from, 1),
                        number(p.thresholds.over_capacity_above, 1)
                    ),
                ),
                ("Annual plan and meeting, per student".into(), standard(&s.annual_plan)),
                ("Progress reports, per student".into(), standard(&s.progress_reports)),
                ("Re-evaluation, per student".into(), standard(&s.reevaluation)),
                (
                    "Notes per session, per student".into(),
                    format!("{} min ({})", number(s.documentation_minutes_per_session, 1), s.documentation_source),
                ),
            ];
            if let ServiceModel::ThreeToOne { .. } = p.service_model {
                rows.push(("Service model".into(), "3:1: three direct weeks, then one indirect week".into()));
            }
            rows
        });
        let travel = state.report.with(|r| r.travel);
        view! {
            <section class="card assumptions" aria-labelledby="assumptions-title">
                <h3 id="assumptions-title">"Assumptions and standard values"</h3>
                <table id="assumptions">
                    <tbody>
                        {rows.into_iter().map(|(k, v)| view! { <tr><th scope="row">{k}</th><td class="text">{v}</td></tr> }).collect_view()}
                        <tr><th scope="row">"Travel between buildings"</th><td class="text">{format!("{} h a week", hours(travel))}</td></tr>
                    </tbody>
                </table>
                <p class="help">"All time is averaged to minutes per week over the school year. Group sessions count once for the provider."</p>
            </section>
        }
    }
}

/// The page.
#[component]
pub fn Report() -> impl IntoView {
    let notices = shell::start();
    let state = use_state();
    let today = today().map(IsoDate::long).unwrap_or_default();
    view! {
        <PageFrame notices actions=|| view! {
            <button type="button" id="print-report" on:click=|_| print()>"Print the report"</button>
        }>
            <main class="report-page" id="content">
                <PatternDefs />
                <header class="report-head">
                    <h2 id="report-title">{move || format!("Workload report: {}", state.scenarios.with(|s| s.active_name().to_string()))}</h2>
                    <p id="report-assignment">{assignment}</p>
                    <p class="report-date">{format!("Prepared {today} with the caseload and workload calculator. Student labels are codes, not names.")}</p>
                </header>
                <div class="report-grid">
                    <StatusCard />
                    <Lenses />
                    <WeekChart />
                    <CategoryTable />
                    <Summary />
                    <Show when=move || state.report.with(|r| r.uses_three_to_one)>
                        <ThreeToOne />
                    </Show>
                </div>
                {shell::soon(|| view! {
                    <StudentTimes all=true />
                    <Assumptions />
                }.into_any())}
            </main>
        </PageFrame>
    }
}
