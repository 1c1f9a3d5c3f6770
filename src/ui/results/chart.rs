//! Where the week goes: a stacked bar of the categories against the contract week, drawn as
//! SVG, with the same figures in words for screen readers.

use leptos::prelude::*;

use crate::engine::{format, Report};
use crate::model::Category;
use crate::ui::state::use_state;

const WIDTH: f64 = 600.0;
const BAR_TOP: f64 = 28.0;
const BAR_HEIGHT: f64 = 44.0;

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

fn description(r: &Report) -> String {
    let parts: Vec<String> = r
        .categories
        .iter()
        .filter(|c| c.minutes > 0.0)
        .map(|c| format!("{} {} h", c.category.short_label(), format::hours(c.minutes)))
        .collect();
    format!(
        "Stacked bar of the week: {}. Total {} h against a contract week of {} h.",
        if parts.is_empty() { "no work entered".to_string() } else { parts.join(", ") },
        format::hours(r.total),
        format::hours(r.capacity)
    )
}

#[component]
pub fn WeekChart() -> impl IntoView {
    let state = use_state();
    let chart = move || {
        state.report.with(|r| {
            let scale_max = r.total.max(r.capacity).max(1.0) * 1.08;
            let x_of = |minutes: f64| minutes / scale_max * WIDTH;
            let mut x = 0.0;
            let segments = r
                .categories
                .iter()
                .filter(|c| c.minutes > 0.0)
                .map(|c| {
                    let width = x_of(c.minutes);
                    let start = x;
                    x += width;
                    let label = (width > 44.0).then(|| {
                        view! {
                            <text x=start + width / 2.0 y=BAR_TOP + BAR_HEIGHT / 2.0 + 5.0 text-anchor="middle" class="seg-label">
                                {format::hours(c.minutes)}
                            </text>
                        }
                    });
                    view! {
                        <g>
                            <rect x=start y=BAR_TOP width=width height=BAR_HEIGHT class=category_class(c.category)>
                                <title>{format!("{}: {} h", c.category.label(), format::hours(c.minutes))}</title>
                            </rect>
                            {label}
                        </g>
                    }
                })
                .collect_view();
            let capacity_x = x_of(r.capacity);
            let capacity_line = (r.capacity > 0.0).then(|| {
                let anchor = if capacity_x > WIDTH * 0.7 { "end" } else { "start" };
                let text_x = if anchor == "end" { capacity_x - 4.0 } else { capacity_x + 4.0 };
                view! {
                    <line x1=capacity_x x2=capacity_x y1=BAR_TOP - 12.0 y2=BAR_TOP + BAR_HEIGHT + 8.0 class="capacity-line" />
                    <text x=text_x y=BAR_TOP - 14.0 text-anchor=anchor class="capacity-label">
                        {format!("Contract week {} h", format::hours(r.capacity))}
                    </text>
                }
            });
            let legend = r
                .categories
                .iter()
                .filter(|c| c.minutes > 0.0)
                .map(|c| {
                    view! {
                        <li>
                            <svg class="swatch" viewBox="0 0 10 10" aria-hidden="true">
                                <rect width="10" height="10" class=category_class(c.category) />
                            </svg>
                            {format!("{} {} h", c.category.short_label(), format::hours(c.minutes))}
                        </li>
                    }
                })
                .collect_view();
            (segments, capacity_line, legend, description(r))
        })
    };
    view! {
        <section class="card" aria-labelledby="chart-title">
            <h3 id="chart-title">"Where the week goes"</h3>
            {move || {
                let (segments, capacity_line, legend, text) = chart();
                view! {
                    <svg class="week-chart" viewBox=format!("0 0 {WIDTH} 90") role="img" aria-label=text>
                        {segments}
                        {capacity_line}
                    </svg>
                    <ul class="legend" aria-hidden="true">{legend}</ul>
                }
            }}
        </section>
    }
}
