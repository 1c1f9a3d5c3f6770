//! Everything computed, shown: status, both lenses, chart, tables, summary.

mod categories;
mod chart;
mod lenses;
mod rules_of_thumb;
mod status;
mod students;
mod three_to_one;

use leptos::prelude::*;
use workload_core::engine::Report;
use workload_core::model::Category;

pub use categories::CategoryTable;
pub use chart::{category_class, category_pattern, swatch, PatternDefs, WeekChart};
pub use lenses::Lenses;
pub use rules_of_thumb::RulesOfThumb;
pub use status::{StatusCard, StatusStrip};
pub use students::StudentTimes;
pub use three_to_one::ThreeToOne;

use super::state::use_state;

/// A figure of the report as text that updates in place.
///
/// Results are drawn once and only their words change: re-rendering an element removes and
/// re-adds every attribute (Leptos does so for type-erased views), and in Chromium each
/// attribute change costs more the bigger the page is. With 1,000 students' rows on the
/// page, re-rendered cards made an edit take 40 ms; text that changes in place costs almost
/// nothing. One function pointer type keeps this to one piece of code for every figure.
pub fn figure(text: fn(&Report) -> String) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let report = use_state().report;
    move || report.with(text)
}

/// [`figure`] for one category.
pub fn category_figure(
    category: Category,
    text: fn(&Report, Category) -> String,
) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let report = use_state().report;
    move || report.with(|r| text(r, category))
}

/// The plain-language summary.
#[component]
pub fn Summary() -> impl IntoView {
    let state = use_state();
    view! {
        <section class="card summary" aria-labelledby="summary-title">
            <h3 id="summary-title">"In plain words"</h3>
            <div id="summary">
                // Plain paragraphs: re-rendered, only their text changes.
                {move || state.report.with(|r| r.summary()).into_iter().map(|line| view! { <p>{line}</p> }).collect_view()}
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
            <ThreeToOne />
        </aside>
    }
}
