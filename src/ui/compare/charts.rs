//! The comparison's charts, as SVG: each week stacked by category against its own contract
//! week, and how per-student time is spread. Categories and scenarios are told apart by
//! pattern and label as well as colour; the side-by-side table and the distribution table
//! carry the same figures as text.

use leptos::prelude::*;

use super::table::DistributionTable;
use super::use_compare;
use crate::ui::results::{category_class, category_pattern, stacked_segments, swatch};
use workload_core::engine::compare::BANDS;
use workload_core::engine::{format, Report};
use workload_core::model::Category;

const WIDTH: f64 = 640.0;
const ROW: f64 = 84.0;
const BAR: f64 = 34.0;

/// Scenarios in the distribution chart: solid, then patterns.
const SCENARIO_PATTERNS: [Option<&str>; 4] =
    [None, Some("url(#pat-diagonal)"), Some("url(#pat-dots)"), Some("url(#pat-cross)")];

fn week_description(name: &str, r: &Report) -> String {
    let parts: Vec<String> = r
        .categories
        .iter()
        .filter(|c| c.minutes > 0.0)
        .map(|c| format!("{} {} h", c.category.short_label().to_ascii_lowercase(), format::hours(c.minutes)))
        .collect();
    format!(
        "{name}: {}; {} h in all against {} h of contract time.",
        parts.join(", "),
        format::hours(r.total),
        format::hours(r.capacity)
    )
}

/// One bar per scenario, its categories stacked, with its contract week marked.
#[component]
pub fn StackedWeeks() -> impl IntoView {
    let compare = use_compare();
    let legend = Category::ALL
        .iter()
        .map(|&c| view! { <li>{swatch(category_class(c), category_pattern(c))}{c.short_label()}</li> })
        .collect_view();
    let chart = move || {
        let names = compare.names();
        compare.reports.with(|reports| {
            let scale = reports.iter().map(|r| r.total.max(r.capacity)).fold(60.0, f64::max) * 1.1;
            let x_of = |minutes: f64| minutes / scale * WIDTH;
            let description = names.iter().zip(reports).map(|(n, r)| week_description(n, r)).collect::<Vec<_>>().join(" ");
            let rows = names
                .iter()
                .zip(reports)
                .enumerate()
                .map(|(i, (name, r))| {
                    let top = i as f64 * ROW;
                    let bar_top = top + 24.0;
                    let segments = stacked_segments(r, WIDTH / scale, bar_top, BAR);
                    let cap_x = x_of(r.capacity);
                    let utilization = r.utilization.map(|u| format!(", {}%", format::percent(u))).unwrap_or_default();
                    let anchor = if cap_x > WIDTH * 0.75 { "end" } else { "start" };
                    view! {
                        <text x="0" y=top + 17.0 class="bar-name">{format!("{name}: {} h{utilization}", format::hours(r.total))}</text>
                        {segments}
                        {(r.capacity > 0.0).then(|| view! {
                            <line x1=cap_x x2=cap_x y1=bar_top - 4.0 y2=bar_top + BAR + 6.0 class="capacity-line" />
                            <text x=if anchor == "end" { cap_x - 4.0 } else { cap_x + 4.0 } y=bar_top + BAR + 20.0 text-anchor=anchor class="capacity-label">
                                {format!("contract week {} h", format::hours(r.capacity))}
                            </text>
                        })}
                    }
                })
                .collect_view();
            let height = (reports.len() as f64 * ROW).max(ROW);
            view! {
                <svg class="weeks-chart" viewBox=format!("0 0 {WIDTH} {height}") role="img"
                    aria-label=format!("Each week stacked by category against its contract week. {description}")>
                    {rows}
                </svg>
            }
        })
    };
    view! {
        <figure class="chart">
            {chart}
            <figcaption>
                <ul class="legend">{legend}</ul>
            </figcaption>
        </figure>
    }
}

/// How many students take how much of the provider's week, per scenario.
#[component]
pub fn Distribution() -> impl IntoView {
    let compare = use_compare();
    let chart = move || {
        let names = compare.names();
        let counts = compare.comparison.with(|c| c.distribution.clone());
        let most = counts.iter().flat_map(|c| c.iter().copied()).max().unwrap_or(0).max(1) as f64;
        let per_band = names.len() as f64 * 14.0 + 14.0;
        let (left, room) = (130.0, WIDTH - 130.0 - 40.0);
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
                        let width = c[band] as f64 / most * room;
                        let class = format!("scen scen-{i}");
                        view! {
                            <rect x=left y=y width=width height="12" class=class />
                            {SCENARIO_PATTERNS[i % 4].map(|p| view! { <rect x=left y=y width=width height="12" fill=p /> })}
                            <text x=left + width + 4.0 y=y + 10.5 class="count-label">{c[band]}</text>
                        }
                    })
                    .collect_view();
                view! {
                    <text x="0" y=top + per_band / 2.0 + 2.0 class="band-label">{*label}</text>
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
            <svg class="distribution-chart" viewBox=format!("0 0 {WIDTH} {}", per_band * BANDS.len() as f64) aria-hidden="true">
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
