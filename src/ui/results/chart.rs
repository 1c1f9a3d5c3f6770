//! Where the week goes: a stacked bar of the categories against the contract week, drawn as
//! SVG, with the same figures in words for screen readers. Categories are told apart by
//! pattern and label as well as colour (the compare page uses the same classes, patterns
//! and swatches).

use leptos::prelude::*;

use super::{category_figure, figure};
use crate::ui::state::use_state;
use workload_core::engine::chart::{week_bar, week_description, Bar};
use workload_core::engine::format;
use workload_core::model::Category;

/// The chart's width in SVG units (its viewBox).
const WIDTH: f64 = 600.0;

pub use workload_core::engine::chart::{category_class, category_pattern};

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

/// The week's bar, drawn once: every category has its place (zero wide without time) and
/// an edit moves and resizes them. Each figure reads the bar through one function type.
#[component]
pub fn WeekChart() -> impl IntoView {
    let report = use_state().report;
    let bar = Memo::new(move |_| report.with(|r| week_bar(r, WIDTH)));
    // `blank` stands in while there is nothing to show: "0" for a length, "" for words.
    let figure_of = move |c: Category, read: fn(&Bar, Category) -> Option<String>, blank: &'static str| {
        move || bar.with(|b| read(b, c)).unwrap_or_else(|| blank.into())
    };
    let part = move |c, read| figure_of(c, read, "");
    let length = move |c, read| figure_of(c, read, "0");
    let segments = Category::ALL
        .iter()
        .map(|&c| {
            let x = length(c, |b, c| b.segment(c).map(|s| s.x.clone()));
            let width = length(c, |b, c| b.segment(c).map(|s| s.width.clone()));
            view! {
                <rect x=x y="28" width=width height="44" class=category_class(c)>
                    <title>{part(c, |b, c| b.segment(c).map(|s| s.title.clone()))}</title>
                </rect>
                {category_pattern(c).map(|p| view! { <rect x=x y="28" width=width height="44" fill=p aria-hidden="true" /> })}
                <text x=length(c, |b, c| b.segment(c)?.label.as_ref().map(|l| l.0.clone())) y="55" text-anchor="middle"
                    class="seg-label">{part(c, |b, c| b.segment(c)?.label.as_ref().map(|l| l.1.clone()))}</text>
            }
        })
        .collect_view();
    // The contract week's mark (the category does not matter to it).
    let mark = move |read: fn(&Bar, Category) -> Option<String>| part(Category::Direct, read);
    let mark_at = move |read: fn(&Bar, Category) -> Option<String>| length(Category::Direct, read);
    let legend = Category::ALL
        .iter()
        .map(|&c| {
            view! {
                <li class=category_figure(c, |r, c| if r.minutes(c) > 0.0 { String::new() } else { "empty".into() })>
                    {swatch(category_class(c), category_pattern(c))}
                    {category_figure(c, |r, c| format!("{} {} h", c.short_label(), format::hours(r.minutes(c))))}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="card" aria-labelledby="chart-title">
            <h3 id="chart-title">"Where the week goes"</h3>
            <svg class="week-chart" viewBox="0 0 600 90" role="img" aria-label=figure(week_description)>
                {segments}
                <g display=mark(|b, _| Some(if b.capacity.is_some() { "inline" } else { "none" }.into()))>
                    <line x1=mark_at(|b, _| b.capacity.as_ref().map(|m| m.x.clone())) x2=mark_at(|b, _| b.capacity.as_ref().map(|m| m.x.clone()))
                        y1="16" y2="80" class="capacity-line" />
                    <text x=mark_at(|b, _| b.capacity.as_ref().map(|m| m.text_x.clone()))
                        y="14" text-anchor=mark(|b, _| Some(b.capacity.as_ref().map_or("start", |m| m.anchor).to_string()))
                        class="capacity-label">{mark(|b, _| b.capacity.as_ref().map(|m| m.label.clone()))}</text>
                </g>
            </svg>
            <ul class="legend" aria-hidden="true">{legend}</ul>
        </section>
    }
}
