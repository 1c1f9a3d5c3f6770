//! Everything computed, shown: status, both lenses, chart, tables, summary.

mod categories;
mod chart;
mod lenses;
mod rules_of_thumb;
mod status;
mod students;
mod three_to_one;

use leptos::prelude::*;

pub use chart::{category_class, category_pattern, stacked_segments, swatch, PatternDefs};
pub use status::StatusStrip;

use super::state::use_state;

#[component]
pub fn ResultsPanel() -> impl IntoView {
    let state = use_state();
    view! {
        <aside id="results" class="results" aria-labelledby="results-title" tabindex="-1">
            <h2 id="results-title">"Results"</h2>
            <status::StatusCard />
            <lenses::Lenses />
            <chart::WeekChart />
            <categories::CategoryTable />
            <section class="card summary" aria-labelledby="summary-title">
                <h3 id="summary-title">"In plain words"</h3>
                <div id="summary">
                    {move || state.report.with(|r| r.summary.clone()).into_iter().map(|line| view! { <p>{line}</p> }).collect_view()}
                </div>
            </section>
            <three_to_one::ThreeToOne />
            <students::StudentTimes />
            <rules_of_thumb::RulesOfThumb />
        </aside>
    }
}
