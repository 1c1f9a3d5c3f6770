//! The weekly schedule page (schedule/index.html): every session of the caseload placed in a
//! week of days and times, with the other work of the week and the school's fixed times; the
//! checks always beside it (each student's minutes against the plan, the conflicts, the week
//! against the calculator's); printed on one landscape page, exported as CSV and .ics.
//!
//! The schedule is part of the open scenario (`Workspace::schedule`): it saves, undoes and
//! travels in backups like everything else. A page of its own, so that the rest of the app
//! carries none of its code. The grid and the lists are the engine's markup
//! (`engine::schedule_markup`); the page handles keys, clicks and drags on it.

mod checks;
mod grid;
mod settings;
mod to_place;

use leptos::prelude::*;

use super::scenarios::ScenarioBar;
use super::shell::{self, PageFrame};
use super::state::use_state;
use workload_core::engine::schedule::{check, Checks};
use workload_core::engine::schedule_markup::Moving;
use workload_core::model::{school_days, BlockWeek, ServiceModel};

/// What the page's parts share.
#[derive(Clone, Copy)]
pub struct SchedulePage {
    /// The week chosen under 3:1 (kept while a scenario is traditional).
    pub week: RwSignal<BlockWeek>,
    /// The week shown and placed into: the one chosen under 3:1, else the direct week.
    pub shown_week: Memo<BlockWeek>,
    /// The scenario's school days a week: the grid's columns.
    pub days: Memo<u32>,
    /// A block picked up to place or move, and where it would land.
    pub moving: RwSignal<Option<Moving>>,
    /// Every check of the schedule (one pass), for the shown week.
    pub checks: Memo<Checks>,
    /// The day a phone shows (a narrow screen shows one day at a time).
    pub day: RwSignal<u32>,
    /// What the last key, click or drag did, in words (read out by screen readers).
    pub said: RwSignal<String>,
    pub three_to_one: Memo<bool>,
    /// A drag in progress, from the list or the grid.
    pub drag: RwSignal<Option<grid::Drag>>,
}

pub fn use_schedule_page() -> SchedulePage {
    expect_context::<SchedulePage>()
}

#[component]
pub fn SchedulePage() -> impl IntoView {
    let notices = shell::start();
    let state = use_state();
    let week = RwSignal::new(BlockWeek::Direct);
    let three_to_one = Memo::new(move |_| {
        state.workspace.with(|w| matches!(w.profile.service_model, ServiceModel::ThreeToOne { .. }))
    });
    let shown_week = Memo::new(move |_| if three_to_one.get() { week.get() } else { BlockWeek::Direct });
    let checks =
        Memo::new(move |_| state.report.with(|report| state.workspace.with(|w| check(w, report, shown_week.get()))));
    let page = SchedulePage {
        week,
        shown_week,
        days: Memo::new(move |_| state.workspace.with(school_days)),
        moving: RwSignal::new(None),
        checks,
        day: RwSignal::new(0),
        said: RwSignal::new(String::new()),
        three_to_one,
        drag: RwSignal::new(None),
    };
    provide_context(page);
    // Any change to the workspace while a block is held (a scenario switched, an undo,
    // another tab's save, a setting) puts it back: what it was picked up from may be gone,
    // or another scenario's. (Placing it lets go of it before the workspace changes.)
    Effect::new(move |_| {
        state.workspace.track();
        if page.moving.with_untracked(Option::is_some) {
            page.moving.set(None);
            page.drag.set(None);
            page.said.set("Put back: the schedule changed while the block was held.".into());
        }
    });
    // The day a phone shows is one the week has.
    Effect::new(move |_| {
        let last = page.days.get().saturating_sub(1);
        if page.day.get_untracked() > last {
            page.day.set(last);
        }
    });
    view! {
        <PageFrame notices undo=true results_at="../#results">
            <ScenarioBar />
            <main class="schedule-page" id="content">
                <settings::Settings />
                <div class="schedule-work">
                    <to_place::ToPlace />
                    <grid::WeekGrid />
                </div>
                {shell::soon(|| view! { <checks::ScheduleChecks /> }.into_any())}
            </main>
        </PageFrame>
    }
}
