//! The side-by-side table: the caseload view, the workload view and hours by category, one
//! column per scenario. Also the text equivalent of both charts.

use leptos::prelude::*;

use super::use_compare;
use workload_core::engine::compare::{Row, BANDS};

fn body(title: &'static str, rows: Vec<Row>) -> impl IntoView {
    let span = rows.first().map_or(1, |r| r.cells.len() + 1);
    view! {
        <tbody>
            <tr class="table-section"><th scope="colgroup" colspan=span.to_string()>{title}</th></tr>
            {rows.into_iter().map(|row| view! {
                <tr>
                    <th scope="row">{row.label}</th>
                    {row.cells.into_iter().map(|cell| view! { <td>{cell}</td> }).collect_view()}
                </tr>
            }).collect_view()}
        </tbody>
    }
}

fn head(names: Vec<String>, corner: &'static str) -> impl IntoView {
    view! {
        <thead>
            <tr>
                <th scope="col">{corner}</th>
                {names.into_iter().map(|n| view! { <th scope="col">{n}</th> }).collect_view()}
            </tr>
        </thead>
    }
}

#[component]
pub fn SideBySide() -> impl IntoView {
    let compare = use_compare();
    view! {
        <section class="card side-by-side" aria-labelledby="side-by-side-title">
            <h3 id="side-by-side-title">"Both lenses, side by side"</h3>
            <div class="table-scroll">
                <table class="numbers compare-table" id="compare-table">
                    {move || {
                        let c = compare.comparison.get();
                        view! {
                            {head(compare.names(), "")}
                            {body("Caseload view: how many students?", c.caseload_rows)}
                            {body("Workload view: how much time?", c.workload_rows)}
                            {body("Hours a week by category", c.category_rows)}
                        }
                    }}
                </table>
            </div>
        </section>
    }
}

/// Students per band of weekly provider minutes, per scenario: the distribution chart's
/// figures as a table.
#[component]
pub fn DistributionTable() -> impl IntoView {
    let compare = use_compare();
    view! {
        <table class="numbers" id="distribution-table">
            <caption>"Students by weekly provider minutes"</caption>
            {move || {
                let counts = compare.comparison.with(|c| c.distribution.clone());
                view! {
                    {head(compare.names(), "Minutes a week")}
                    <tbody>
                        {BANDS.iter().enumerate().map(|(band, (_, label))| view! {
                            <tr>
                                <th scope="row">{*label}</th>
                                {counts.iter().map(|c| view! { <td>{c[band]}</td> }).collect_view()}
                            </tr>
                        }).collect_view()}
                    </tbody>
                }
            }}
        </table>
    }
}
