//! Live what-ifs, one panel per compared scenario: students, average minutes, buildings,
//! 3:1 and FTE. They change the comparison at once and never the saved scenario, unless
//! the user saves the result as a new scenario.

use leptos::prelude::*;

use super::{use_compare, Column};
use crate::ui::fields::{CheckboxField, NumberField};
use crate::ui::state::use_state;
use workload_core::engine::format;
use workload_core::engine::what_if::{apply, baseline, WhatIf};
use workload_core::model::validation::{WEEKLY_MINUTES, WHAT_IF_BUILDINGS, WHAT_IF_FTE, WHAT_IF_STUDENTS};
use workload_core::model::Scenarios;

#[component]
pub fn WhatIfPanels() -> impl IntoView {
    let compare = use_compare();
    view! {
        <section class="what-ifs" aria-labelledby="what-if-title">
            <h3 id="what-if-title">"What if…"</h3>
            <p class="help">"Change a scenario here and every figure, chart and sentence updates at once. Your saved scenarios stay as they are."</p>
            <div class="what-if-grid">
                <For each=move || compare.columns.get() key=|c| c.key children=|c| view! { <Panel column=c /> } />
            </div>
        </section>
    }
}

#[component]
fn Panel(column: Column) -> impl IntoView {
    let state = use_state();
    let what_if = column.what_if;
    let base = column.base.clone();
    let start = baseline(&base);
    // A panel built again (a column added beside it) shows the what-if it already has.
    let shown = move || {
        let w = what_if.get_untracked();
        (
            w.students.unwrap_or(start.students) as f64,
            w.average_minutes.unwrap_or((start.average_minutes * 10.0).round() / 10.0),
            w.buildings.unwrap_or(start.buildings) as f64,
            w.fte.unwrap_or(start.fte),
            w.three_to_one.unwrap_or(start.three_to_one),
        )
    };
    let rebuild = RwSignal::new(0u32);
    let saved = RwSignal::new(String::new());
    let set = move |change: fn(&mut WhatIf, f64), value: f64| what_if.update(|w| change(w, value));
    let name = column.name.clone();
    let save = {
        let base = base.clone();
        let name = name.clone();
        move |_| {
            let changed = what_if.with_untracked(|w| apply(&base, w));
            let mut added = None;
            state.scenarios.update(|s| added = s.add(&format!("What if: {name}"), changed));
            saved.set(match added {
                Some(id) => format!(
                    "Saved as \"{}\".",
                    state.scenarios.with_untracked(|s| s.get(id).map(|x| x.name.clone()).unwrap_or_default())
                ),
                None => Scenarios::full_message(),
            });
        }
    };
    view! {
        <fieldset class="what-if">
            <legend>{name}</legend>
            {move || {
                rebuild.track();
                let (students, average, buildings, fte, three_to_one) = shown();
                view! {
                    <NumberField label="Students" value=students rule=WHAT_IF_STUDENTS
                        on_valid=move |v: f64| set(|w, v| w.students = Some(v.round() as u32), v) />
                    <NumberField label="Average service minutes a week per student" value=average
                        rule=WEEKLY_MINUTES unit="min"
                        on_valid=move |v: f64| set(|w, v| w.average_minutes = Some(v), v) />
                    <NumberField label="Buildings" value=buildings rule=WHAT_IF_BUILDINGS
                        help="An added building brings an hour of travel a week."
                        on_valid=move |v: f64| set(|w, v| w.buildings = Some(v.round() as u32), v) />
                    <NumberField label="FTE serving this caseload" value=fte rule=WHAT_IF_FTE
                        on_valid=move |v: f64| set(|w, v| w.fte = Some(v), v) />
                    <CheckboxField label="3:1 model" checked=three_to_one
                        on_change=move |on: bool| what_if.update(|w| w.three_to_one = Some(on)) />
                }
            }}
            <p class="help what-if-state">
                {move || if what_if.with(WhatIf::is_empty) {
                    "As saved.".to_string()
                } else {
                    format!("Changed from {} students at {} minutes.", start.students, format::number(start.average_minutes, 0))
                }}
            </p>
            <span class="what-if-actions">
                <button type="button" class="secondary" disabled=move || what_if.with(WhatIf::is_empty)
                    on:click=move |_| { what_if.set(WhatIf::default()); rebuild.update(|g| *g += 1); saved.set(String::new()); }>
                    "Reset"
                </button>
                <button type="button" class="secondary" disabled=move || what_if.with(WhatIf::is_empty) on:click=save>
                    "Save as a new scenario"
                </button>
            </span>
            <p role="status" class="what-if-saved">{move || saved.get()}</p>
        </fieldset>
    }
}
