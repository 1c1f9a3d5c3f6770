//! Where the week goes: a stacked bar of the categories against the contract week, drawn as
//! SVG, with the same figures in words for screen readers. Categories are told apart by
//! pattern and label as well as colour. The compare page stacks its bars with the same
//! pieces.

use leptos::prelude::*;

use crate::ui::state::use_state;
use workload_core::engine::{format, Report};
use workload_core::model::Category;

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

/// The overlay pattern of each category (direct service is solid).
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

/// The patterns, defined once per page so that ids stay unique.
#[component]
pub fn PatternDefs() -> impl IntoView {
    let line = |id: &'static str, d: &'static str| {
        view! {
            <pattern id=id width="8" height="8" patternUnits="userSpaceOnUse">
                <path d=d stroke="#000" stroke-opacity="0.55" stroke-width="1.6" fill="none" />
            </pattern>
        }
    };
    view! {
        <svg class="pattern-defs" width="0" height="0" aria-hidden="true" focusable="false">
            <defs>
                {line("pat-diagonal", "M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4")}
                {line("pat-cross", "M0,0 l8,8 M8,0 l-8,8")}
                {line("pat-horizontal", "M0,4 h8")}
                {line("pat-vertical", "M4,0 v8")}
                <pattern id="pat-dots" width="7" height="7" patternUnits="userSpaceOnUse">
                    <circle cx="3.5" cy="3.5" r="1.6" fill="#000" fill-opacity="0.6" />
                </pattern>
            </defs>
        </svg>
    }
}

/// A legend or table swatch: the colour with its pattern.
pub fn swatch(class: &'static str, pattern: Option<&'static str>) -> impl IntoView {
    view! {
        <svg class="swatch" viewBox="0 0 12 12" aria-hidden="true">
            <rect width="12" height="12" class=class />
            {pattern.map(|p| view! { <rect width="12" height="12" fill=p /> })}
        </svg>
    }
}

/// A report's categories as one stacked bar from x = 0 at `px_per_minute`; segments wide
/// enough carry their hours.
pub fn stacked_segments(r: &Report, px_per_minute: f64, top: f64, height: f64) -> impl IntoView {
    let mut x = 0.0;
    r.categories
        .iter()
        .filter(|c| c.minutes > 0.0)
        .map(|c| {
            let (start, width) = (x, c.minutes * px_per_minute);
            x += width;
            view! {
                <rect x=start y=top width=width height=height class=category_class(c.category)>
                    <title>{format!("{}: {} h", c.category.label(), format::hours(c.minutes))}</title>
                </rect>
                {category_pattern(c.category).map(|p| view! { <rect x=start y=top width=width height=height fill=p aria-hidden="true" /> })}
                {(width > 42.0).then(|| view! {
                    <text x=start + width / 2.0 y=top + height / 2.0 + 5.0 text-anchor="middle" class="seg-label">
                        {format::hours(c.minutes)}
                    </text>
                })}
            }
        })
        .collect_view()
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
            let segments = stacked_segments(r, WIDTH / scale_max, BAR_TOP, BAR_HEIGHT);
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
                            {swatch(category_class(c.category), category_pattern(c.category))}
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
