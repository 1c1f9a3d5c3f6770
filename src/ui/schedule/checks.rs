//! The checks, always beside the grid: each student's minutes scheduled against the plan
//! (met, short or over, and every student who is short), the conflicts in words, and the
//! schedule's week beside the calculator's; then the CSV and calendar downloads.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::grid::{focus_block, focus_id};
use super::use_schedule_page;
use crate::ui::browser::{download_text, now_utc};
use crate::ui::state::use_state;
use workload_core::engine::schedule::block_name;
use workload_core::engine::schedule_ics::schedule_ics;
use workload_core::engine::schedule_markup::{conflicts_html, coverage_html, week_html};
use workload_core::engine::school_year::plan_year;
use workload_core::interchange::schedule_csv::schedule_csv;
use workload_core::model::school_days;

#[component]
pub fn ScheduleChecks() -> impl IntoView {
    let state = use_state();
    let page = use_schedule_page();
    let coverage = Memo::new(move |_| page.checks.with(coverage_html));
    let conflicts = Memo::new(move |_| page.checks.with(conflicts_html));
    let week = Memo::new(move |_| page.checks.with(week_html));
    let short = Memo::new(move |_| page.checks.with(|c| c.short_words()));
    let words = Memo::new(move |_| page.checks.with(|c| c.week_words.clone()));
    let direct_week = Memo::new(move |_| page.checks.with(|c| c.direct_week_words()));
    // "Show" by a conflict: the week, the day and the block it is about; "Remove": gone.
    let on_show = move |ev: leptos::ev::MouseEvent| {
        let button = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.closest("button").ok().flatten());
        let Some(button) = button else { return };
        if let Some(id) = button.get_attribute("data-remove").and_then(|v| v.parse::<u32>().ok()) {
            let mut removed = None;
            state.edit_step(|w| removed = w.remove_block(id));
            if let Some(block) = removed {
                let name = state.workspace.with_untracked(|w| block_name(&block, w));
                page.said.set(format!("Removed {name}. Undo brings it back."));
            }
            // The button is gone with its conflict: the keyboard goes to the list's heading.
            focus_id("conflicts-heading");
            return;
        }
        let Some(id) = button.get_attribute("data-show").and_then(|v| v.parse::<u32>().ok()) else { return };
        let found =
            state.workspace.with_untracked(|w| w.schedule.as_ref().and_then(|s| s.block(id)).map(|b| (b.week, b.day)));
        if let Some((week, day)) = found {
            page.moving.set(None);
            if day >= page.days.get_untracked() {
                page.said.set("That block is on a day the week no longer has: remove it from the conflicts, or undo the change of days.".into());
                return;
            }
            page.week.set(week);
            page.day.set(day);
            focus_block(id);
        }
    };
    let csv = move |_| {
        let text = state.workspace.with_untracked(schedule_csv);
        download_text("weekly-schedule.csv", "text/csv;charset=utf-8", &text);
    };
    let ics = move |_| {
        let text = state.workspace.with_untracked(|w| {
            // The grid's days, so that every column's blocks have dates.
            plan_year(&w.school_year, f64::from(school_days(w)), w.profile.service_model)
                .map(|plan| schedule_ics(w, &plan, now_utc()))
        });
        match text {
            Ok(text) => download_text("weekly-schedule.ics", "text/calendar;charset=utf-8", &text),
            Err(problems) => page.said.set(format!(
                "The school year has problems, so there are no dates to put the week on: {}",
                problems.join(" ")
            )),
        }
    };
    view! {
        <section class="card schedule-checks" id="checks" aria-labelledby="checks-heading">
            <h2 id="checks-heading">"Checks"</h2>
            <h3>"Each student's minutes"</h3>
            {move || direct_week.get().map(|words| view! { <p class="hint">{words}</p> })}

            <p class="short-summary">{move || short.get()}</p>
            <div class="table-scroll" tabindex="0" role="region" aria-label="Each student's minutes">
                <table class="coverage">
                    <thead><tr>
                        <th scope="col">"Student"</th>
                        <th scope="col">{move || if page.three_to_one.get() { "Plan, each direct week" } else { "Plan a week" }}</th>
                        <th scope="col">"Scheduled"</th>
                        <th scope="col">"Standing"</th>
                    </tr></thead>
                    <tbody inner_html=move || coverage.get()></tbody>
                </table>
            </div>
            <h3 id="conflicts-heading" tabindex="-1">"Conflicts"</h3>
            <Show when=move || conflicts.with(String::is_empty)>
                <p>"No conflicts: no one is in two places at once, and every session keeps clear of the school's fixed times."</p>
            </Show>
            <ul class="conflicts" on:click=on_show inner_html=move || conflicts.get()></ul>
            <h3>"The week against the calculator's"</h3>
            <table class="week-lines">
                <thead><tr><th scope="col">"Hours a week"</th><th scope="col">"Schedule"</th><th scope="col">"Calculator"</th></tr></thead>
                <tbody inner_html=move || week.get()></tbody>
            </table>
            <ul class="week-words">{move || words.get().into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
            <div class="field-row no-print">
                <button type="button" on:click=csv>"Download the week (CSV)"</button>
                <button type="button" on:click=ics>"Download for your calendar (.ics)"</button>
            </div>
        </section>
    }
}
