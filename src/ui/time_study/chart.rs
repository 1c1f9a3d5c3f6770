//! Each day of the study as a bar: its work by category, then lunch and breaks, against the
//! contract day, with the same figures in words for screen readers. The geometry is the
//! engine's (`engine::chart`). Each bar is worked out again only when its own day (or the
//! scale, or the tasks) changes: logging an interval redraws one bar, not twenty.

use leptos::prelude::*;

use crate::ui::results::{category_class, category_pattern, PatternDefs};
use crate::ui::state::use_state;
use workload_core::engine::chart::{
    study_day_row, study_days_description, study_days_frame, study_days_scale, DayRow, DAY_BAR,
};

/// The chart's width in SVG units (its viewBox).
const WIDTH: f64 = 600.0;

#[component]
pub fn StudyDaysChart() -> impl IntoView {
    let state = use_state();
    let ws = state.workspace;
    let scale = Memo::new(move |_| ws.with(|w| w.time_study.as_ref().map_or(1.0, |s| study_days_scale(s, WIDTH))));
    let tasks = Memo::new(move |_| ws.with(|w| w.time_study.as_ref().map(|s| s.tasks.clone())));
    let count = Memo::new(move |_| ws.with(|w| w.time_study.as_ref().map_or(0, |s| s.days.len())));
    // One memo per day: its own day's log, then its bar from that.
    let rows = Memo::new(move |_| {
        (0..count.get())
            .map(|day| {
                let logged =
                    Memo::new(move |_| ws.with(|w| w.time_study.as_ref().and_then(|s| s.days.get(day).cloned())));
                Memo::new(move |_| {
                    logged.track();
                    tasks.track();
                    let per_minute = scale.get();
                    ws.with_untracked(|w| w.time_study.as_ref().and_then(|s| study_day_row(s, day, per_minute)))
                })
            })
            .collect::<Vec<Memo<Option<DayRow>>>>()
    });
    let frame = Memo::new(move |_| {
        let per_minute = scale.get();
        count.track();
        ws.with_untracked(|w| w.time_study.as_ref().map(|s| study_days_frame(s, per_minute)).unwrap_or_default())
    });
    let description = Memo::new(move |_| {
        let headings: Vec<String> =
            rows.with(|rows| rows.iter().filter_map(|r| r.with(|r| r.as_ref().map(|r| r.heading.clone()))).collect());
        ws.with_untracked(|w| w.time_study.as_ref().map(|s| study_days_description(s, &headings)).unwrap_or_default())
    });
    let height = DAY_BAR.to_string();
    let bar = move |row: Memo<Option<DayRow>>| {
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
    let contract_x = move || frame.with(|f| f.0.clone());
    view! {
        <section class="card study-days-chart" aria-labelledby="days-chart-title">
            <h3 id="days-chart-title">"Each day against the contract day"</h3>
            <PatternDefs />
            <svg viewBox=move || frame.with(|f| format!("0 0 600 {}", f.2)) role="img" aria-label=move || description.get()>
                {move || rows.get().into_iter().map(|row| view! { <g>{bar(row)}</g> }).collect_view()}
                <line x1=contract_x x2=contract_x y1="0" y2=move || frame.with(|f| f.2.clone()) class="capacity-line" />
            </svg>
            <p class="help">{move || frame.with(|f| f.1.clone())}". Work outside contract hours runs past the line."</p>
        </section>
    }
}
