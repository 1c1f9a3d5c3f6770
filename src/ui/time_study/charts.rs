//! The study's two pictures: each day as a bar stacked by category against the contract
//! day, and the heat map of what each time of day mostly went to, weekday by weekday. The
//! engine computes them and writes their markup (`engine::study_charts`); the page only
//! places it.
//!
//! Each is folded until opened, and drawn only while open: logging with them folded costs
//! nothing. Open, every bar and row is recomputed with each change but redrawn only when it
//! differs: one bar and one row for an interval logged.

use leptos::prelude::*;

use crate::ui::state::use_state;
use workload_core::engine::study_charts::{
    heat_frame, heat_row, key_html, study_day_bar, study_days_contract, study_days_scale,
};
use workload_core::model::StudySetup;

#[component]
pub fn DayBars() -> impl IntoView {
    let state = use_state();
    let scale = Memo::new(move |_| state.workspace.with(|w| w.time_study.as_ref().map_or(1.0, study_days_scale)));
    let contract = Memo::new(move |_| {
        state.workspace.with(|w| w.time_study.as_ref().map(|s| study_days_contract(s, scale.get())).unwrap_or_default())
    });
    let day_count = Memo::new(move |_| state.workspace.with(|w| w.time_study.as_ref().map_or(0, |s| s.days.len())));
    let day = move |d: usize| {
        // Recomputed with every change, but redrawn only when it differs.
        let bar = Memo::new(move |_| {
            let scale = scale.get();
            state.workspace.with(|w| w.time_study.as_ref().and_then(|s| study_day_bar(s, d, scale)))
        });
        let html = move || bar.with(|b| contract.with(|c| b.as_ref().map(|b| b.html(&c.0)).unwrap_or_default()));
        view! { <li inner_html=html></li> }
    };
    let bars = move || (0..day_count.get()).map(day).collect_view();
    view! {
        <ul class="bar-legend" inner_html=move || contract.with(|c| key_html(Some(&c.1)))></ul>
        <ol class="day-bars">{bars}</ol>
    }
}

#[component]
pub fn HeatMapTable(setup: Memo<Option<StudySetup>>) -> impl IntoView {
    let state = use_state();
    // The table's frame: weekdays and times of day.
    let frame = Memo::new(move |_| setup.with(|s| s.as_ref().map(heat_frame).unwrap_or_default()));
    let table = move || {
        frame.with(|(days, rows)| {
            let head = days.iter().map(|d| view! { <th scope="col">{*d}</th> }).collect_view();
            let row = move |r: usize| {
                // Recomputed with every change, but redrawn only when it differs.
                let cells =
                    Memo::new(move |_| state.workspace.with(|w| w.time_study.as_ref().and_then(|s| heat_row(s, r))));
                view! { <tr inner_html=move || cells.with(|row| row.as_ref().map(|row| row.html()).unwrap_or_default())></tr> }
            };
            view! {
                <table class="heat-map">
                    <caption class="visually-hidden">"What each time of day mostly went to, by weekday"</caption>
                    <thead><tr><th scope="col">"Time"</th>{head}</tr></thead>
                    <tbody>{(0..*rows).map(row).collect_view()}</tbody>
                </table>
            }
        })
    };
    view! {
        <p class="help">
            "Each time of day, weekday by weekday: the colour of what it went to most often on the days with "
            "work logged; the stronger the colour, the more of those days."
        </p>
        <ul class="bar-legend" inner_html=key_html(None)></ul>
        <div class="table-scroll heat-scroll">{table}</div>
    }
}
