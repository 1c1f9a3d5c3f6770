//! The comparison's charts, as SVG: each week stacked by category against its own contract
//! week, and how per-student time is spread. Categories and scenarios are told apart by
//! pattern and label as well as colour; the side-by-side table and the distribution table
//! carry the same figures as text.

use leptos::prelude::*;

use super::table::DistributionTable;
use super::use_compare;
use crate::ui::results::{category_class, category_pattern, swatch};
use workload_core::engine::chart::{distribution, weeks_html};
use workload_core::engine::Report;
use workload_core::model::Category;

/// The charts' width in SVG units (their viewBox).
const WIDTH: f64 = 640.0;

/// Scenarios in the distribution chart: solid, then patterns.
const SCENARIO_PATTERNS: [Option<&str>; 4] =
    [None, Some("url(#pat-diagonal)"), Some("url(#pat-dots)"), Some("url(#pat-cross)")];

/// The categories' legend, under a chart of stacked weeks.
pub fn category_legend() -> impl IntoView {
    let legend = Category::ALL
        .iter()
        .map(|&c| view! { <li>{swatch(category_class(c), category_pattern(c))}{c.short_label()}</li> })
        .collect_view();
    view! { <ul class="legend">{legend}</ul> }
}

/// One bar per scenario, its categories stacked, with its contract week marked.
#[component]
pub fn StackedWeeks() -> impl IntoView {
    let compare = use_compare();
    let chart = move || {
        let names = compare.names();
        compare.reports.with(|reports| {
            let columns: Vec<(&str, &Report)> = names.iter().map(String::as_str).zip(reports).collect();
            weeks_html(&columns, WIDTH)
        })
    };
    view! {
        <figure class="chart">
            <div inner_html=chart></div>
            <figcaption>{category_legend()}</figcaption>
        </figure>
    }
}

/// How many students take how much of the provider's week, per scenario.
#[component]
pub fn Distribution() -> impl IntoView {
    let compare = use_compare();
    let chart = move || {
        let names = compare.names();
        let chart = compare.comparison.with(|c| distribution(&c.distribution, WIDTH));
        let left = chart.left.clone();
        let bands = chart
            .bands
            .into_iter()
            .map(|band| {
                let bars = band
                    .bars
                    .into_iter()
                    .enumerate()
                    .map(|(i, b)| {
                        let class = format!("scen scen-{i}");
                        view! {
                            <rect x=left.clone() y=b.y.clone() width=b.width.clone() height="12" class=class />
                            {SCENARIO_PATTERNS[i % 4].map(|p| view! { <rect x=left.clone() y=b.y width=b.width height="12" fill=p /> })}
                            <text x=b.label_x y=b.label_y class="count-label">{b.count}</text>
                        }
                    })
                    .collect_view();
                view! {
                    <text x="0" y=band.label_y class="band-label">{band.label}</text>
                    {bars}
                }
            })
            .collect_view();
        let legend = names
            .iter()
            .enumerate()
            .map(|(i, n)| {
                let class: &'static str = ["scen scen-0", "scen scen-1", "scen scen-2", "scen scen-3"][i % 4];
                view! { <li>{swatch(class, SCENARIO_PATTERNS[i % 4])}{n.clone()}</li> }
            })
            .collect_view();
        view! {
            <svg class="distribution-chart" viewBox=format!("0 0 640 {}", chart.height) aria-hidden="true">
                {bands}
            </svg>
            <ul class="legend">{legend}</ul>
        }
    };
    view! {
        <section class="card" aria-labelledby="distribution-title">
            <h3 id="distribution-title">"Time per student"</h3>
            <p class="help">"How many students take how many minutes of the provider's week (their sessions, consultation and paperwork)."</p>
            {chart}
            <DistributionTable />
        </section>
    }
}
