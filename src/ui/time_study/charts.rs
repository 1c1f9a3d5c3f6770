//! The study's two pictures: each day as a bar stacked by category against the contract
//! day, and the heat map of what each time of day mostly went to, weekday by weekday. The
//! engine computes them and writes their markup (`engine::study_charts`); the page only
//! places it. Markup, not the page's own elements: those cost this page 10 KB it does not
//! have (see ARCHITECTURE.md).

use leptos::prelude::*;

use crate::ui::state::use_state;
use workload_core::engine::study_charts::{day_bars_html, heat_map};

#[component]
pub fn DayBars() -> impl IntoView {
    let state = use_state();
    let chart =
        Memo::new(move |_| state.workspace.with(|w| w.time_study.as_ref().map(day_bars_html).unwrap_or_default()));
    view! {
        <div class="study-charts">
            <h3>"Each day, against the contract day"</h3>
            <div class="day-chart" inner_html=move || chart.get()></div>
        </div>
    }
}

#[component]
pub fn HeatMapTable() -> impl IntoView {
    let state = use_state();
    let table = Memo::new(move |_| {
        state.workspace.with(|w| w.time_study.as_ref().map(|s| heat_map(s).html()).unwrap_or_default())
    });
    view! {
        <div class="study-charts">
            <h3>"When the time goes"</h3>
            <p class="help">
                "Each time of day, weekday by weekday: the colour of what it went to most often over the study; "
                "the stronger the colour, the more of those days."
            </p>
            <div class="table-scroll heat-scroll" inner_html=move || table.get()></div>
        </div>
    }
}
