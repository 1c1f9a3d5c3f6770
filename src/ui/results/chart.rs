//! Where the week goes: a stacked bar of the categories against the contract week, drawn as
//! SVG, with the same figures in words for screen readers. Categories are told apart by
//! pattern and label as well as colour. The compare page stacks its bars with the same
//! pieces.

use leptos::prelude::*;

use crate::ui::state::use_state;
use workload_core::engine::chart::{week_bar, week_description, Bar};
use workload_core::engine::format;
use workload_core::model::Category;

/// The chart's width in SVG units (its viewBox).
const WIDTH: f64 = 600.0;

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

/// A bar's segments at `top`, `height` high, with their labels at `label_y`.
pub fn stacked_segments(bar: &Bar, top: &str, height: &'static str, label_y: &str) -> impl IntoView {
    bar.segments
        .iter()
        .map(|s| {
            let (x, width, top) = (s.x.clone(), s.width.clone(), top.to_string());
            view! {
                <rect x=x.clone() y=top.clone() width=width.clone() height=height class=category_class(s.category)>
                    <title>{s.title.clone()}</title>
                </rect>
                {category_pattern(s.category).map(|p| view! { <rect x=x y=top width=width height=height fill=p aria-hidden="true" /> })}
                {s.label.clone().map(|(x, hours)| view! {
                    <text x=x y=label_y.to_string() text-anchor="middle" class="seg-label">{hours}</text>
                })}
            }
        })
        .collect_view()
}

#[component]
pub fn WeekChart() -> impl IntoView {
    let state = use_state();
    let chart = move || {
        state.report.with(|r| {
            let bar = week_bar(r, WIDTH);
            let segments = stacked_segments(&bar, "28", "44", "55");
            let capacity_line = bar.capacity.map(|m| {
                view! {
                    <line x1=m.x.clone() x2=m.x y1="16" y2="80" class="capacity-line" />
                    <text x=m.text_x y="14" text-anchor=m.anchor class="capacity-label">{m.label}</text>
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
            (segments, capacity_line, legend, week_description(r))
        })
    };
    view! {
        <section class="card" aria-labelledby="chart-title">
            <h3 id="chart-title">"Where the week goes"</h3>
            {move || {
                let (segments, capacity_line, legend, text) = chart();
                view! {
                    <svg class="week-chart" viewBox="0 0 600 90" role="img" aria-label=text>
                        {segments}
                        {capacity_line}
                    </svg>
                    <ul class="legend" aria-hidden="true">{legend}</ul>
                }
            }}
        </section>
    }
}
