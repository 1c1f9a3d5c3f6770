//! Everything computed, shown: status, both lenses, chart, tables, summary.

mod categories;
mod chart;
mod lenses;
mod rules_of_thumb;
mod status;
mod students;
mod three_to_one;

use leptos::prelude::*;

pub use categories::CategoryTable;
pub use chart::{category_class, category_pattern, stacked_segments, swatch, PatternDefs, WeekChart};
pub use lenses::Lenses;
pub use status::{StatusCard, StatusStrip};
pub use students::StudentTimes;
pub use three_to_one::ThreeToOne;

use super::state::use_state;

/// The plain-language summary.
#[component]
pub fn Summary() -> impl IntoView {
    let state = use_state();
    view! {
        <section class="card summary" aria-labelledby="summary-title">
            <h3 id="summary-title">"In plain words"</h3>
            <div id="summary">
                {move || state.report.with(|r| r.summary.clone()).into_iter().map(|line| view! { <p>{line}</p> }).collect_view()}
            </div>
        </section>
    }
}

#[component]
pub fn ResultsPanel() -> impl IntoView {
    view! {
        <aside id="results" class="results" aria-labelledby="results-title" tabindex="-1">
            <h2 id="results-title">"Results"</h2>
            <StatusCard />
            <Lenses />
            <WeekChart />
            <CategoryTable />
            <Summary />
            {super::shell::soon(|| view! {
                <ThreeToOne />
                <rules_of_thumb::RulesOfThumb />
            }.into_any())}
        </aside>
    }
}
