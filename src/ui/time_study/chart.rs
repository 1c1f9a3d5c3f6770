//! Each day of the study as a bar: its work by category, then lunch and breaks, against the
//! contract day, with the same figures in words for screen readers. The geometry is the
//! engine's (`engine::chart::study_days`); a day's bar is drawn again only when that day
//! changes.

use leptos::prelude::*;

use crate::ui::results::{category_class, category_pattern, PatternDefs};
use crate::ui::state::use_state;
use workload_core::engine::chart::{study_days, DAY_BAR};

/// The chart's width in SVG units (its viewBox).
const WIDTH: f64 = 600.0;

#[component]
pub fn StudyDaysChart() -> impl IntoView {
    let state = use_state();
    let bars = Memo::new(move |_| state.workspace.with(|w| w.time_study.as_ref().map(|s| study_days(s, WIDTH))));
    let count = Memo::new(move |_| bars.with(|b| b.as_ref().map_or(0, |b| b.rows.len())));
    let read = move |f: fn(&workload_core::engine::chart::DayBars) -> String| {
        move || bars.with(|b| b.as_ref().map(f).unwrap_or_default())
    };
    let height = DAY_BAR.to_string();
    let row = move |day: usize| {
        let row = Memo::new(move |_| bars.with(|b| b.as_ref().and_then(|b| b.rows.get(day).cloned())));
        let height = height.clone();
        move || {
            row.get().map(|r| {
                let segments = r
                    .segments
                    .into_iter()
                    .map(|s| {
                        let pattern = category_pattern(s.category)
                            .map(|p| view! { <rect x=s.x.clone() y=r.top.clone() width=s.width.clone() height=height.clone() fill=p /> });
                        view! {
                            <rect x=s.x y=r.top.clone() width=s.width height=height.clone() class=category_class(s.category)>
                                <title>{s.title}</title>
                            </rect>
                            {pattern}
                        }
                    })
                    .collect_view();
                let lunch = r.not_work.map(|(x, w)| {
                    view! { <rect x=x y=r.top.clone() width=w height=height.clone() class="not-work-bar" /> }
                });
                view! {
                    <text x="0" y=r.heading_y class="day-label">{r.heading}</text>
                    {segments}
                    {lunch}
                }
            })
        }
    };
    view! {
        <section class="card study-days-chart" aria-labelledby="days-chart-title">
            <h3 id="days-chart-title">"Each day against the contract day"</h3>
            <PatternDefs />
            <svg viewBox=move || format!("0 0 600 {}", read(|b| b.height.clone())()) role="img"
                aria-label=read(|b| b.description.clone())>
                {move || (0..count.get()).map(|d| view! { <g>{row(d)}</g> }).collect_view()}
                <line x1=read(|b| b.contract_x.clone()) x2=read(|b| b.contract_x.clone()) y1="0" y2=read(|b| b.height.clone())
                    class="capacity-line" />
            </svg>
            <p class="help">{read(|b| b.contract_label.clone())}". Work outside contract hours runs past the line."</p>
        </section>
    }
}
