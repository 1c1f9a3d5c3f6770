//! The compare and present page: two to four scenarios side by side, live what-ifs, the
//! built-in demonstration, presenter mode and a one-page handout.
//!
//! The compared columns are snapshots: a what-if never changes a saved scenario unless the
//! user saves it as a new one.

pub(crate) mod charts;
mod picker;
mod presenter;
mod table;
mod what_if;

use leptos::prelude::*;

use super::presenter::{start, Presenter, Presenting};
use super::shell::{self, PageFrame};
use workload_core::engine::compare::{compare, Comparison};
use workload_core::engine::what_if::{apply, WhatIf};
use workload_core::engine::{compute, Report};
use workload_core::model::{IsoDate, Workspace};

/// Compare shows at most this many scenarios: four columns still read on a projector.
pub const MAX_COLUMNS: usize = 4;

/// One compared scenario: a snapshot of its workspace and the what-if applied to it.
#[derive(Clone)]
pub struct Column {
    /// The saved scenario's id, or `None` for a demonstration scenario (not saved).
    pub scenario: Option<u32>,
    pub key: u32,
    pub name: String,
    pub base: std::sync::Arc<Workspace>,
    pub what_if: RwSignal<WhatIf>,
}

#[derive(Clone, Copy)]
pub struct CompareState {
    pub columns: RwSignal<Vec<Column>>,
    pub reports: Memo<Vec<Report>>,
    pub comparison: Memo<Comparison>,
    /// The presenter: its step while presenting, and "Present full screen", which gets the
    /// keyboard back when it ends.
    pub presenter: Presenting,
}

impl CompareState {
    fn new() -> CompareState {
        let columns = RwSignal::new(Vec::<Column>::new());
        let reports = Memo::new(move |_| {
            columns.with(|cols| cols.iter().map(|c| c.what_if.with(|w| compute(&apply(&c.base, w)))).collect())
        });
        let comparison = Memo::new(move |_| {
            columns.with(|cols| {
                reports.with(|reports| {
                    let named: Vec<(&str, &Report)> = cols.iter().map(|c| c.name.as_str()).zip(reports).collect();
                    compare(&named)
                })
            })
        });
        CompareState { columns, reports, comparison, presenter: Presenting::new(presenter::STEPS) }
    }

    /// The scenarios' names, for column headings.
    pub fn names(&self) -> Vec<String> {
        self.columns.with(|cols| cols.iter().map(|c| c.name.clone()).collect())
    }
}

pub fn use_compare() -> CompareState {
    expect_context::<CompareState>()
}

/// The page.
#[component]
pub fn Compare() -> impl IntoView {
    let notices = shell::start();
    let compare = CompareState::new();
    provide_context(compare);
    picker::choose_initial_columns(compare);
    view! {
        <PageFrame notices no_status=true>
            <main class="compare-page" id="content">
                <super::results::PatternDefs />
                // Opened as `#demo`, the message comes first and the setup waits below, folded.
                <Show when=move || compare.columns.with(|c| !c.is_empty())>
                    <Comparison />
                </Show>
                <details class="setup" open=!picker::opened_as_demo()>
                    <summary>"Choose what to compare"</summary>
                    <picker::Picker />
                </details>
            </main>
            <Presenter p=compare.presenter slide=presenter::slide />
        </PageFrame>
    }
}

#[component]
fn Comparison() -> impl IntoView {
    let compare = use_compare();
    let today = super::browser::today().map(IsoDate::long).unwrap_or_default();
    view! {
        <section class="comparison" aria-labelledby="comparison-title">
            <div class="comparison-head">
                <h2 id="comparison-title">"The comparison"</h2>
                <span class="comparison-actions">
                    <button type="button" id="present" node_ref=compare.presenter.button on:click=move |_| start(compare.presenter)>"Present full screen"</button>
                    <button type="button" class="secondary" on:click=move |_| super::browser::print()>
                        "Print a one-page handout"
                    </button>
                </span>
            </div>
            <p class="handout-only handout-title">
                {move || format!("Caseload versus workload: {}. Printed {today}.", compare.names().join(", "))}
            </p>
            <p class="headline" id="headline">{move || compare.comparison.with(|c| c.headline.clone())}</p>
            <ul class="status-lines">
                {move || compare.comparison.with(|c| {
                    c.status_lines.iter().map(|l| view! { <li>{l.clone()}</li> }).collect_view()
                })}
            </ul>
            // The message first: both weeks, then what would fix them; the figures and
            // the what-if controls after. The body is one block so that the printed handout
            // can set it in two columns.
            <div class="comparison-body">
                <section class="card" aria-labelledby="weeks-title">
                    <h3 id="weeks-title">"Where each week goes"</h3>
                    <charts::StackedWeeks />
                </section>
                <div class="compare-words">
                    <section aria-labelledby="fixes-title">
                        <h3 id="fixes-title">"What would fix it"</h3>
                        <ul>{move || compare.comparison.with(|c| c.fixes.iter().map(|l| view! { <li>{l.clone()}</li> }).collect_view())}</ul>
                    </section>
                    <section aria-labelledby="differences-title">
                        <h3 id="differences-title">"What differs"</h3>
                        <ul>{move || compare.comparison.with(|c| c.differences.iter().map(|l| view! { <li>{l.clone()}</li> }).collect_view())}</ul>
                    </section>
                </div>
                <div class="compare-grid">
                    <table::SideBySide />
                    <div class="compare-charts">
                        <charts::Distribution />
                    </div>
                </div>
            </div>
            <what_if::WhatIfPanels />
        </section>
    }
}
